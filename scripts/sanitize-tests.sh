#!/usr/bin/env bash
# The AddressSanitizer + UBSan stage: builds the tests (core, CLI, GUI) and the libFuzzer targets with clang,
# -fsanitize=address,undefined and fuzzer-no-link (POSTINO_FUZZ=ON) in build-asan/ (ASAN_BUILD_DIR overrides),
# and runs the tests with ctest. Every report is fatal (UBSan does not recover; LeakSanitizer is on). The same
# build serves scripts/fuzz.sh (FUZZ_BUILD_DIR=build-asan), so CI compiles the sanitized code once.
#
#   scripts/sanitize-tests.sh [--no-gui] [--build-only] [CTEST ARGS...]
#
#   --no-gui      leave out the GUI tests (label gui)
#   --build-only  build, do not run
#   CTEST ARGS    passed to ctest, e.g. -R TestOutbox
#   JOBS=N        (environment) compile N at a time; default: one per core
#
# Excluded: the tests that check the sources or the packaging rather than running our code (translation
# catalogues, the install tree, the layering check), which the normal stage (scripts/run-tests.sh) runs.
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${ASAN_BUILD_DIR:-build-asan}
gui=1
build_only=0
ctest_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --no-gui) gui=0; shift ;;
        --build-only) build_only=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) ctest_args+=("$1"); shift ;;
    esac
done
command -v clang++ >/dev/null || { echo "sanitize-tests.sh: clang++ is missing: apt-get install clang libclang-rt-14-dev" >&2; exit 69; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
gui_option=ON
[ $gui -eq 0 ] && gui_option=OFF
# -O0 (POSTINO_FUZZ adds line tables): a third less compile time than -O1, which CI cannot spare; the tests
# wait on sockets and timers, not on the CPU. The fuzz stage runs on this build too: fewer executions in its 30 s.
# Precompiled Qt headers (POSTINO_PCH): at -O0 parsing them is a third of a file's compile time. The tests' own
# sources take the same -O0 as the rest (POSTINO_TEST_CXX_FLAGS empty).
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -DNDEBUG" -DPOSTINO_FUZZ=ON -DPOSTINO_TESTS=ON -DPOSTINO_PCH=ON \
    -DPOSTINO_TEST_CXX_FLAGS= -DPOSTINO_GUI_TESTS=$gui_option "${launcher[@]}" >/dev/null

excluded='^(TestTranslationCatalogues|PackagingInstall|CoreInclude.*)$'
# Only what the tests run (and the fuzzers), not the desktop app, its install tree or the benchmarks.
cmake --build "$BUILD_DIR" --parallel "${JOBS:-$(nproc)}" --target postino-cli fuzzers postino-tests
[ $build_only -eq 1 ] && exit 0

# Reports are fatal and name file and line; leaks are reported (LeakSanitizer); Qt's and the system
# libraries' own leaks are suppressed in tests/sanitizers/lsan.supp, each with its reason.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 -E "$excluded" "${ctest_args[@]}"
