#!/bin/bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan) in build-fuzz/ and runs each one, bounded.
#
#   scripts/fuzz.sh [--seconds N | --runs N] [--seed N] [--merge] [--jobs N] [TARGET...]
#
#   --seconds N   run each target for N seconds (default 30)
#   --runs N      run each target for N executions instead (10000000 for the release goal)
#   --seed N      libFuzzer's random seed (default: a new one each run). CI gives --runs and --seed, so that
#                 its run is the same on every machine: a finding there is a regression that reproduces, and a
#                 new finding of a long run elsewhere does not block a landing until it is fixed
#   --merge       keep what the fuzzers found that adds coverage: merged (minimised) into tests/fuzz/corpus
#   --jobs N      run N targets at a time (default 1; CI runs one per core)
#   TARGET...     only these (fuzz_smtp_reply, fuzz_address, ...); default: all
#
# FUZZ_BUILD_DIR names another build directory: one configured with POSTINO_FUZZ=ON already (as
# scripts/sanitize-tests.sh's build-asan/ is) is used as it is, so CI compiles the sanitized code once.
# Each target starts from its seeds in tests/fuzz/corpus/<target>/ plus what earlier runs found
# (build-fuzz/corpus/<target>/). A crash, a leak, a sanitizer report or a broken invariant stops that target,
# leaves the input in build-fuzz/artifacts/ and makes the script exit 1. At the end a table gives each
# target's executions and result. Needs clang (Debian's clang and libclang-rt-14-dev).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=30
runs=""
seed=""
merge=0
jobs=1
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --merge) merge=1; shift ;;
        --jobs) jobs="$2"; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
        *) targets+=("$1"); shift ;;
    esac
done
case "$jobs" in ''|*[!0-9]*|0) echo "fuzz.sh: --jobs needs a positive number" >&2; exit 64 ;; esac
case "$seed" in *[!0-9]*) echo "fuzz.sh: --seed needs a number" >&2; exit 64 ;; esac
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing: apt-get install clang libclang-rt-14-dev" >&2; exit 69; }

build=${FUZZ_BUILD_DIR:-build-fuzz}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOSTINO_FUZZ=ON \
        -DPOSTINO_TESTS=OFF "${launcher[@]}" >/dev/null
fi
grep -q '^POSTINO_FUZZ:BOOL=ON' "$build/CMakeCache.txt" || { echo "fuzz.sh: $build is not configured with POSTINO_FUZZ=ON" >&2; exit 64; }
cmake --build "$build" -j"$(nproc)" --target fuzzers >/dev/null
if [ ${#targets[@]} -eq 0 ]; then
    # A here-string, not a process substitution: a chroot without /dev/fd has none.
    mapfile -t targets <<<"$(sed -n 's/^postino_add_fuzzer(\(fuzz_[a-z0-9_]*\).*/\1/p' tests/fuzz/CMakeLists.txt)"
fi
for target in "${targets[@]}"; do
    [ -x "$build/tests/fuzz/$target" ] || { echo "fuzz.sh: no target $target" >&2; exit 64; }
done

mkdir -p "$build/artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
# Qt's hash seed is random per process; fixed, so that a run with --seed takes the same paths every time.
export QT_HASH_SEED=0

# Runs one target; its line of the table goes to $build/<target>.result. Status 1 when it found something.
fuzz_one() {
    local target=$1
    local binary="$build/tests/fuzz/$target"
    local work="$build/corpus/$target"
    local seeds="tests/fuzz/corpus/$target"
    local log="$build/$target.log"
    mkdir -p "$work" "$seeds"
    local bound=(-max_total_time="$seconds")
    [ -n "$runs" ] && bound=(-runs="$runs")
    [ -n "$seed" ] && bound+=(-seed="$seed")
    local status=0
    "$binary" "${bound[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" "$work" "$seeds" >"$log" 2>&1 || status=$?
    local executions result
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ $status -eq 0 ]; then
        result="clean"
    else
        result="FAILED (exit $status; see $log)"
        grep -E "ERROR|invariant broken|SUMMARY|Test unit written" "$log" | head -5 >&2 || true
    fi
    printf '%-24s %12s  %s\n' "$target" "${executions:-?}" "$result" >"$build/$target.result"
    if [ $merge -eq 1 ] && [ $status -eq 0 ]; then
        "$binary" -merge=1 -max_len=65536 "$seeds" "$work" >"$log.merge" 2>&1 || true
    fi
    [ $status -eq 0 ]
}

failed=0
running=0
for target in "${targets[@]}"; do
    rm -f "$build/$target.result"
    if [ "$running" -ge "$jobs" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done
printf '%-24s %12s  %s\n' target executions result
for target in "${targets[@]}"; do
    cat "$build/$target.result" 2>/dev/null || { printf '%-24s %12s  %s\n' "$target" "?" "FAILED (no result)"; failed=1; }
done
exit $failed
