#!/usr/bin/env bash
# Outbox throughput benchmark (issue: the outbox). Sends COUNT messages of SIZE bytes to Postfix's
# smtp-sink on loopback and measures, in the same run and against the same sink:
#   smtp-source -d -s1       one connection, lock-step (Postfix's C load generator)
#   smtp-source -d -sN       N connections
#   Python smtplib           one connection, a loop of sendmail()
#   postino-cli queue run    the durable outbox (journal synced before every final dot), 1 and N
#                            connections
# and reports messages per second, ratios to smtp-source, CPU per message and peak memory.
# smtp-sink does not offer CHUNKING (Postfix 3.7's), so Postino uses DATA there. Where a private Postfix can
# run (root, Debian's postfix: bench/postfix-sink.py), the same messages go once more to Postfix's own smtpd
# (which offers CHUNKING, and discards what it queued), with BDAT and with DATA (chunking = false), at 1 and N
# connections, in the same run: the second table.
# Usage: bench/outbox-bench.sh [COUNT] [SIZE] [N]    (defaults 10000 10240 2; build first)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-10000}
SIZE=${2:-10240}
N=${3:-2}
BUILD=${BUILD_DIR:-build}
CLI=$BUILD/app/cli/postino-cli
ENQUEUE=$BUILD/bench/postino-bench-enqueue
[ -x "$CLI" ] && [ -x "$ENQUEUE" ] || { echo "build first: scripts/build.sh" >&2; exit 1; }
SINK=/usr/sbin/smtp-sink
SOURCE=/usr/sbin/smtp-source
WORK=$(mktemp -d)
PF_PID=
trap 'kill $SINK_PID 2>/dev/null || true; [ -z "$PF_PID" ] || kill $PF_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# -u nobody: smtp-sink refuses to keep root privileges; backlog 256. It offers PIPELINING.
timeout 1800 $SINK -u nobody 127.0.0.1:$PORT 256 &
SINK_PID=$!
sleep 0.5

# run NAME CMD...: runs CMD under /usr/bin/time, prints "NAME seconds user sys maxrss_kb".
run() {
    local name=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>&1 \
        || { echo "$name failed:" >&2; cat "$WORK/$name.out" >&2; exit 1; }
    echo "$name $(cat "$WORK/$name.time")"
}

results=()
results+=("$(run smtp-source-s1 $SOURCE -d -s 1 -m "$COUNT" -l "$SIZE" -f bench@example.test -t sink@example.test 127.0.0.1:$PORT)")
results+=("$(run smtp-source-s$N $SOURCE -d -s "$N" -m "$COUNT" -l "$SIZE" -f bench@example.test -t sink@example.test 127.0.0.1:$PORT)")
cat > "$WORK/bench_smtplib.py" <<PY
import smtplib
body = ("Subject: bench\r\n\r\n" + ("x" * 72 + "\r\n") * ($SIZE // 74)).encode()
with smtplib.SMTP("127.0.0.1", $PORT) as s:
    for i in range($COUNT):
        s.sendmail("bench@example.test", ["sink@example.test"], body)
PY
results+=("$(run python-smtplib /usr/bin/python3 "$WORK/bench_smtplib.py")")

# postino NAME PORT CONNECTIONS [CHUNKING] [BDAT|DATA]: fills an outbox (not timed), then times `queue run`
# with durability on; checks that every message went, and (when told) with which command.
postino() {
    local name=$1 port=$2 conns=$3 chunking=${4:-on} expect=${5:-}
    mkdir -p "$WORK/$name"
    $ENQUEUE "$WORK/$name" "$COUNT" "$SIZE" 127.0.0.1 "$port" "$conns" "$chunking"
    run "$name" env QT_LOGGING_RULES='*.debug=false' $CLI queue run --until-empty --config-dir "$WORK/$name" --max-time 1500
    left=$($CLI queue list --json --config-dir "$WORK/$name" | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
    [ "$left" = 0 ] || { echo "postino left $left messages in the outbox" >&2; exit 1; }
    sent=$(find "$WORK/$name/sent" -mindepth 1 -maxdepth 1 -type d | wc -l)
    [ "$sent" = "$COUNT" ] || { echo "postino filed $sent of $COUNT messages under Sent" >&2; exit 1; }
    if [ -n "$expect" ]; then
        # One message's own transcript says which command carried it.
        item=$(find "$WORK/$name/sent" -mindepth 2 -maxdepth 2 -name item.json | head -1)
        if [ "$expect" = BDAT ]; then
            grep -q 'C: BDAT [0-9]* LAST' "$item" || { echo "$name: no BDAT in $item" >&2; exit 1; }
        else
            grep -q '"C: DATA"' "$item" || { echo "$name: no DATA in $item" >&2; exit 1; }
        fi
    fi
}

# Postino: at 1 and N connections.
for conns in 1 "$N"; do
    results+=("$(postino postino-s$conns "$PORT" "$conns")")
done

# table TITLE RESULT...: msg/s, CPU per message and peak memory, and the ratio to the first line.
table() {
    local title=$1
    shift
    echo
    echo "$title"
    printf '%-18s %10s %9s %12s %11s %10s\n' peer seconds msg/s "CPU us/msg" "peak MB" "vs first"
    local base="" line name secs user sys rss rate cpu mb ratio
    for line in "$@"; do
        read -r name secs user sys rss <<<"$line"
        rate=$(/usr/bin/python3 -c "print(f'{$COUNT/max($secs,0.001):.0f}')")
        cpu=$(/usr/bin/python3 -c "print(f'{($user+$sys)/$COUNT*1e6:.0f}')")
        mb=$(/usr/bin/python3 -c "print(f'{$rss/1024:.1f}')")
        [ -n "$base" ] || base=$rate
        ratio=$(/usr/bin/python3 -c "print(f'{$rate/$base:.2f}x')")
        printf '%-18s %10s %9s %12s %11s %10s\n' "$name" "$secs" "$rate" "$cpu" "$mb" "$ratio"
    done
}

table "against Postfix's smtp-sink (no CHUNKING: DATA)" "${results[@]}"

# BDAT against DATA: Postfix's own smtpd, which offers CHUNKING.
pf_results=()
if /usr/bin/python3 bench/postfix-sink.py 1800 >"$WORK/postfix-sink.out" 2>&1 &
then
    PF_PID=$!
    for _ in $(seq 300); do
        grep -q '^PORT ' "$WORK/postfix-sink.out" 2>/dev/null && break
        kill -0 $PF_PID 2>/dev/null || break
        sleep 0.1
    done
fi
if PF_PORT=$(sed -n 's/^PORT //p' "$WORK/postfix-sink.out" 2>/dev/null) && [ -n "$PF_PORT" ]; then
    pf_results+=("$(run smtp-source-pf-s1 $SOURCE -d -s 1 -m "$COUNT" -l "$SIZE" -f bench@example.test -t sink@example.test 127.0.0.1:$PF_PORT)")
    for conns in 1 "$N"; do
        pf_results+=("$(postino postino-data-s$conns "$PF_PORT" "$conns" off DATA)")
        pf_results+=("$(postino postino-bdat-s$conns "$PF_PORT" "$conns" on BDAT)")
    done
    table "against Postfix's smtpd (CHUNKING offered; it queues and discards): DATA and BDAT" "${pf_results[@]}"
else
    echo
    echo "(no private Postfix here ($(tail -1 "$WORK/postfix-sink.out" 2>/dev/null)): BDAT was not measured)"
fi
echo
echo "($COUNT messages of $SIZE bytes, $N connections where a peer uses several; CPU is the client's own user+sys)"
