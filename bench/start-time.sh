#!/usr/bin/env bash
# Start-time benchmark (issue #17, point 11): how long until the first window is on the screen.
# Starts `postino` RUNS times, each from a fresh profile (its own HOME, XDG_CONFIG_HOME, XDG_DATA_HOME,
# XDG_CACHE_HOME, XDG_RUNTIME_DIR), and `xterm` (the peer: a small X program) as many times, interleaved, on
# the same Xvfb in the same run, and measures from the fork to the moment a window of the program is mapped
# (xdotool search --onlyvisible, polled every few milliseconds; each wait bounded by TIMEOUT seconds).
# Prints each run, then the median and the minimum of both and their ratio.
# Usage: bench/start-time.sh [RUNS]    (default 10; build first; BUILD_DIR overrides build/)
#        POSTINO_STARTUP_TRACE=1 bench/start-time.sh 1   also prints where postino's start went (stderr)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
TIMEOUT=${TIMEOUT:-15}
BUILD=${BUILD_DIR:-build}
APP=$BUILD/app/postino
[ -x "$APP" ] || { echo "build first: scripts/build.sh (no $APP)" >&2; exit 1; }
for tool in xvfb-run xdotool xterm; do
    command -v "$tool" >/dev/null || { echo "start-time: needs $tool (apt-get install xvfb xdotool xterm)" >&2; exit 1; }
done

# One X server for the whole run, as a desktop has: the script runs itself again under xvfb-run.
if [ -z "${START_TIME_UNDER_XVFB:-}" ]; then
    exec env START_TIME_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1200x800x24" "$0" "$@"
fi

WORK=$(mktemp -d)
CHILD=
trap '[ -z "$CHILD" ] || kill "$CHILD" 2>/dev/null || true; rm -rf "$WORK"' EXIT

now_ns() { date +%s%N; }

# Runs CLASS's program (the rest of the arguments) from a fresh profile and prints the milliseconds until a
# window of that class is mapped; stops it again.
time_one() {
    local class=$1
    shift
    local profile
    profile=$(mktemp -d "$WORK/profile.XXXXXX")
    mkdir -p "$profile/config" "$profile/data" "$profile/cache" "$profile/runtime"
    chmod 700 "$profile/runtime"
    local start end deadline
    start=$(now_ns)
    HOME=$profile XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data XDG_CACHE_HOME=$profile/cache \
        XDG_RUNTIME_DIR=$profile/runtime "$@" >"$profile/out.log" 2>&1 &
    CHILD=$!
    deadline=$((start + TIMEOUT * 1000000000))
    until xdotool search --onlyvisible --class "$class" >/dev/null 2>&1; do
        if [ "$(now_ns)" -gt "$deadline" ] || ! kill -0 "$CHILD" 2>/dev/null; then
            echo "start-time: no $class window within ${TIMEOUT}s; its output:" >&2
            cat "$profile/out.log" >&2
            exit 1
        fi
        sleep 0.002
    done
    end=$(now_ns)
    kill "$CHILD" 2>/dev/null || true
    wait "$CHILD" 2>/dev/null || true
    CHILD=
    if [ -n "${POSTINO_STARTUP_TRACE:-}" ] && [ -s "$profile/out.log" ]; then
        sed "s/^/  $class: /" "$profile/out.log" >&2
    fi
    echo $(((end - start) / 1000000))
}

# Median and minimum of the numbers given, one line: "MEDIAN MIN".
stats() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%d %d\n", m, v[1] }'
}

# Once each before measuring: the disk cache warm for both, as on a desktop.
time_one postino "$APP" >/dev/null
time_one xterm xterm >/dev/null

postino=()
xterm=()
for ((i = 1; i <= RUNS; i++)); do
    p=$(time_one postino "$APP")
    x=$(time_one xterm xterm)
    postino+=("$p")
    xterm+=("$x")
    printf 'run %2d: postino %5d ms   xterm %5d ms\n' "$i" "$p" "$x"
done
read -r pmed pmin <<<"$(stats "${postino[@]}")"
read -r xmed xmin <<<"$(stats "${xterm[@]}")"
echo "postino: median $pmed ms, min $pmin ms (first window mapped, fresh profile, $RUNS runs)"
echo "xterm:   median $xmed ms, min $xmin ms"
awk -v p="$pmed" -v x="$xmed" 'BEGIN { if (x > 0) printf "ratio (medians): postino takes %.1fx xterm'"'"'s time\n", p / x }'
