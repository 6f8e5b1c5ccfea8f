# Sourced by the benchmark scripts (bash), with WORK set to their scratch folder.
# timed NAME CMD...: runs CMD under /usr/bin/time, its output in $WORK/NAME.out and .err; prints
# "NAME seconds user sys maxrss_kb" and keeps them in $WORK/NAME.time. A failing CMD ends the script.
timed() {
    local name=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" \
        || { echo "$name failed:" >&2; cat "$WORK/$name.err" >&2; exit 1; }
    echo "$name $(cat "$WORK/$name.time")"
}
