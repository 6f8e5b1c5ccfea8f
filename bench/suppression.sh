#!/usr/bin/env bash
# The suppression list at campaign size: a list of COUNT addresses (suppression.json, as `suppress import`
# writes it), then
#   postino-cli suppress list --json         the list loaded, checked and printed
#   postino-cli suppress add ADDR            the list loaded, one address added, the file written durably
#   postino-cli suppress remove ADDR         the same, one taken out
# and their peers in the same run: Python scripts that load the same file with json and either print every
# entry as JSON (the peer of list --json) or add one address (lower-cased as the key) and write the file back
# with a temporary file, fsync and rename, as Postino does (the peer of add and remove).
# Each is timed with /usr/bin/time (seconds, CPU, peak RSS); the ratios to the peer are what to compare.
# The list's contents are checked after each step (COUNT, COUNT + 1, COUNT), so a wrong answer fails the run.
# Usage: bench/suppression.sh [COUNT]    (default 100000; build first: scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
BUILD=${BUILD_DIR:-build}
CLI=$BUILD/app/cli/postino-cli
[ -x "$CLI" ] || { echo "build first: scripts/build.sh (no $CLI)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_LOGGING_RULES='*.debug=false;*.info=false'
DATA=$WORK/data
mkdir -p "$DATA" "$WORK/peer"

/usr/bin/python3 - "$DATA/suppression.json" "$COUNT" <<'PY'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
entries = [{"email": "utente%d@esempio.it" % i, "added": "2026-03-01T09:00:00Z", "source": "import:vecchia.csv"}
           for i in range(count)]
with open(path, "w") as f:
    json.dump({"version": 1, "entries": entries}, f, indent=1)
PY
cp "$DATA/suppression.json" "$WORK/peer/suppression.json"

cat > "$WORK/peer.py" <<'PY'
import json, os, sys
path, address = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    data = json.load(f)
keys = {e["email"].lower() for e in data["entries"]}
if address.lower() not in keys:
    data["entries"].append({"email": address, "added": "2026-12-01T09:00:00Z", "source": "manual"})
tmp = path + ".tmp"
with open(tmp, "w") as f:
    json.dump(data, f, indent=1)
    f.flush()
    os.fsync(f.fileno())
os.rename(tmp, path)
dirfd = os.open(os.path.dirname(path), os.O_RDONLY)
os.fsync(dirfd)
os.close(dirfd)
PY

# shellcheck source=bench/timed.sh
. bench/timed.sh # timed NAME CMD...
entries() {
    /usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["entries"]))' "$1"
}
expect() {
    local got
    got=$(entries "$1")
    [ "$got" = "$2" ] || { echo "$1 has $got entries, not $2" >&2; exit 1; }
}

echo "cores $(nproc); load average $(cut -d' ' -f1-3 /proc/loadavg); $COUNT addresses"
echo "name seconds user sys maxrss_kb"
timed list-json "$CLI" suppress list --json --config-dir "$DATA"
n=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/list-json.out")
[ "$n" = "$COUNT" ] || { echo "suppress list --json gave $n addresses, not $COUNT" >&2; exit 1; }
timed add "$CLI" suppress add nuovo@esempio.it --config-dir "$DATA"
expect "$DATA/suppression.json" $((COUNT + 1))
timed remove "$CLI" suppress remove NUOVO@esempio.it --config-dir "$DATA"
expect "$DATA/suppression.json" "$COUNT"
timed peer-python-list /usr/bin/python3 -c 'import json,sys; json.dump(json.load(open(sys.argv[1]))["entries"], sys.stdout, indent=4)' \
    "$WORK/peer/suppression.json"
timed peer-python-add /usr/bin/python3 "$WORK/peer.py" "$WORK/peer/suppression.json" nuovo@esempio.it
expect "$WORK/peer/suppression.json" $((COUNT + 1))
/usr/bin/python3 - "$WORK" <<'PY'
import sys
work = sys.argv[1]
def cpu(name):
    t = open("%s/%s.time" % (work, name)).read().split()
    return float(t[1]) + float(t[2]), float(t[0])
for name, peer in (("list-json", "peer-python-list"), ("add", "peer-python-add"), ("remove", "peer-python-add")):
    c, s = cpu(name)
    p, _ = cpu(peer)
    print("%s: %.2f s, %.2f CPU s; %.2fx the CPU time of %s" % (name, s, c, c / max(p, 0.01), peer))
PY
