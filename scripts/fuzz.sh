#!/bin/bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan) in build-fuzz/ and runs each one, bounded.
#
#   scripts/fuzz.sh [--seconds N | --runs N] [--merge] [--jobs N] [TARGET...]
#
#   --seconds N   run each target for N seconds (default 30, what CI does)
#   --runs N      run each target for N executions instead (10000000 for the release goal)
#   --merge       keep what the fuzzers found that adds coverage: merged (minimised) into tests/fuzz/corpus
#   TARGET...     only these (fuzz_smtp_reply, fuzz_address, ...); default: all
#
# Each target starts from its seeds in tests/fuzz/corpus/<target>/ plus what earlier runs found
# (build-fuzz/corpus/<target>/). A crash, a leak, a sanitizer report or a broken invariant stops that target,
# leaves the input in build-fuzz/artifacts/ and makes the script exit 1. At the end a table gives each
# target's executions and result. Needs clang (Debian's clang and libclang-rt-14-dev).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=30
runs=""
merge=0
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --merge) merge=1; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
        *) targets+=("$1"); shift ;;
    esac
done
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing: apt-get install clang libclang-rt-14-dev" >&2; exit 69; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f build-fuzz/CMakeCache.txt ]; then
    cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOSTINO_FUZZ=ON \
        -DPOSTINO_TESTS=OFF "${launcher[@]}" >/dev/null
fi
cmake --build build-fuzz -j"$(nproc)" --target fuzzers >/dev/null
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(sed -n 's/^postino_add_fuzzer(\(fuzz_[a-z0-9_]*\).*/\1/p' tests/fuzz/CMakeLists.txt)
fi

mkdir -p build-fuzz/artifacts
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
failed=0
report=()
for target in "${targets[@]}"; do
    binary="build-fuzz/tests/fuzz/$target"
    [ -x "$binary" ] || { echo "fuzz.sh: no target $target" >&2; exit 64; }
    work="build-fuzz/corpus/$target"
    seeds="tests/fuzz/corpus/$target"
    mkdir -p "$work" "$seeds"
    bound=(-max_total_time="$seconds")
    [ -n "$runs" ] && bound=(-runs="$runs")
    log="build-fuzz/$target.log"
    set +e
    "$binary" "${bound[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/artifacts/$target-" "$work" "$seeds" >"$log" 2>&1
    status=$?
    set -e
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ $status -eq 0 ]; then
        result="clean"
    else
        result="FAILED (exit $status; see $log)"
        failed=1
        grep -E "ERROR|invariant broken|SUMMARY|Test unit written" "$log" | head -5 >&2 || true
    fi
    report+=("$(printf '%-24s %12s  %s' "$target" "${executions:-?}" "$result")")
    if [ $merge -eq 1 ] && [ $status -eq 0 ]; then
        "$binary" -merge=1 -max_len=65536 "$seeds" "$work" >"$log.merge" 2>&1 || true
    fi
done
printf '%-24s %12s  %s\n' target executions result
printf '%s\n' "${report[@]}"
exit $failed
