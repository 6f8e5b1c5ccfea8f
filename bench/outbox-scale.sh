#!/usr/bin/env bash
# The outbox at campaign size (issue #13, "the views at size"): an outbox of COUNT queued messages, then
#   postino-cli queue list --json   twice: the first listing after the enqueue (it writes the index,
#                                   OutboxIndex.h), then one from the index; the peer is a Python script
#                                   that reads and prints every item.json (what a listing without an index
#                                   does at least)
#   postino-cli queue run           from its start to its first MAIL FROM, at a listener of the script's own
#                                   (which answers 421 to it, so nothing is sent), and its peak memory
#   postino-bench-views             the GUI's Outbox view's model (OutboxModel), from the store's creation
#                                   to its rows and the first screenful of them read (no widgets)
# Each is timed with /usr/bin/time (seconds, CPU, peak RSS). The messages are small (SIZE bytes), so that the
# outbox's files, not the messages' bytes, are what is measured; they are written by postino-bench-enqueue
# (OutboxStore::addBatch, 500 to a commit), which is timed too.
# Usage: bench/outbox-scale.sh [COUNT] [SIZE]    (defaults 100000 1024; build first)
#        SCALE_DATA=DIR bench/outbox-scale.sh ...  keeps the outbox in DIR and, when DIR has one from an earlier
#                                                  run (DIR/port), measures it again without enqueuing
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
SIZE=${2:-1024}
BUILD=${BUILD_DIR:-build}
CLI=$BUILD/app/cli/postino-cli
ENQUEUE=$BUILD/bench/postino-bench-enqueue
VIEWS=$BUILD/bench/postino-bench-views
for tool in "$CLI" "$ENQUEUE" "$VIEWS"; do
    [ -x "$tool" ] || { echo "build first: scripts/build.sh (no $tool)" >&2; exit 1; }
done
WORK=$(mktemp -d)
LISTENER_PID=
trap '[ -z "$LISTENER_PID" ] || kill $LISTENER_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
export QT_LOGGING_RULES='*.debug=false;*.info=false'

# The listener: speaks SMTP until the first MAIL FROM, writes the time it came (ns since the epoch) to
# $WORK/mail-from, answers 421 and closes; stops by itself after a minute.
cat > "$WORK/listener.py" <<'PY'
import socket, sys, time
out = sys.argv[1]
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", int(sys.argv[2])))
srv.listen(16)
srv.settimeout(600)
print(srv.getsockname()[1], flush=True)
deadline = time.time() + 600
while time.time() < deadline:
    try:
        conn, _ = srv.accept()
    except socket.timeout:
        break
    conn.settimeout(30)
    f = conn.makefile("rwb")
    f.write(b"220 listener ESMTP\r\n"); f.flush()
    for line in f:
        cmd = line.strip().upper()
        if cmd.startswith(b"EHLO") or cmd.startswith(b"HELO"):
            f.write(b"250-listener\r\n250 PIPELINING\r\n"); f.flush()
        elif cmd.startswith(b"MAIL FROM"):
            stamp = time.time_ns()
            with open(out, "a") as o:
                o.write("%d\n" % stamp)
            f.write(b"421 4.3.2 benchmark over\r\n"); f.flush()
            break
        elif cmd.startswith(b"QUIT"):
            f.write(b"221 bye\r\n"); f.flush()
            break
        else:
            f.write(b"250 ok\r\n"); f.flush()
    conn.close()
PY
DATA=${SCALE_DATA:-$WORK/data}
WANTED_PORT=0
[ -s "$DATA/port" ] && WANTED_PORT=$(cat "$DATA/port")
/usr/bin/python3 "$WORK/listener.py" "$WORK/mail-from" "$WANTED_PORT" > "$WORK/port" &
LISTENER_PID=$!
for _ in $(seq 100); do [ -s "$WORK/port" ] && break; sleep 0.05; done
PORT=$(cat "$WORK/port")

# shellcheck source=bench/timed.sh
. bench/timed.sh # timed NAME CMD...

echo "cores $(nproc); load average $(cut -d' ' -f1-3 /proc/loadavg); $COUNT messages of $SIZE bytes"
if [ "$WANTED_PORT" = 0 ]; then
    mkdir -p "$DATA"
    timed enqueue "$ENQUEUE" "$DATA" "$COUNT" "$SIZE" 127.0.0.1 "$PORT" 1
    echo "$PORT" > "$DATA/port"
fi
# The index vouches only for files older than a second (OutboxIndex.h): the newest ones are.
sleep 1.2

timed list-first "$CLI" queue list --json --config-dir "$DATA"
timed list-index "$CLI" queue list --json --config-dir "$DATA"
timed list-index-2 "$CLI" queue list --json --config-dir "$DATA"
n=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/list-index.out")
[ "$n" = "$COUNT" ] || [ "$WANTED_PORT" != 0 ] || { echo "queue list --json gave $n items, not $COUNT" >&2; exit 1; }
cmp -s "$WORK/list-first.out" "$WORK/list-index.out" || { echo "the two listings differ" >&2; exit 1; }
cat > "$WORK/peer.py" <<'PY'
import json, os, sys
base = sys.argv[1]
items = []
for name in sorted(os.listdir(base)):
    path = os.path.join(base, name, "item.json")
    if os.path.isfile(path):
        with open(path, "rb") as f:
            items.append(json.load(f)["item"])
json.dump(items, sys.stdout)
PY
timed peer-python-json /usr/bin/python3 "$WORK/peer.py" "$DATA/outbox"

timed views "$VIEWS" "$DATA"
cat "$WORK/views.out"

# queue run until its first MAIL FROM (then stopped): the start over COUNT items.
start=$(date +%s%N)
/usr/bin/time -f "%e %U %S %M" -o "$WORK/run.time" "$CLI" queue run --config-dir "$DATA" --max-time 120 \
    >"$WORK/run.out" 2>"$WORK/run.err" &
TIME_PID=$!
for _ in $(seq 1200); do [ -s "$WORK/mail-from" ] && break; sleep 0.05; done
[ -s "$WORK/mail-from" ] || { echo "queue run never reached MAIL FROM" >&2; cat "$WORK/run.err" >&2; exit 1; }
mail_from=$(head -1 "$WORK/mail-from")
sleep 0.5 # its peak memory at the start, not only until the MAIL FROM
kill -TERM "$(pgrep -P $TIME_PID)" 2>/dev/null || true
wait $TIME_PID 2>/dev/null || true
echo "run-to-first-mail-from $(( (mail_from - start) / 1000000 )) ms; queue run: $(tail -1 "$WORK/run.time")"
