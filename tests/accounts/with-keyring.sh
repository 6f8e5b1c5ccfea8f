#!/usr/bin/env bash
# Runs a command against a real Secret Service: a private D-Bus session with gnome-keyring-daemon in a
# throw-away HOME (so nothing touches the user's keyring), unlocked with a throw-away password. The
# daemon and the bus end with the command.
#   with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring.sh: $tool is missing (scripts/install-deps.sh installs it)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
export POSTINO_TEST_KEYRING=1

# The inner script: start the daemon (its login keyring is created unlocked with a non-empty password, so
# that it is stored encrypted), wait until it owns org.freedesktop.secrets, run the test, stop the daemon.
inner='
set -u
printf "%s" "postino-test-keyring" | gnome-keyring-daemon --unlock --components=secrets --foreground \
    >"$XDG_RUNTIME_DIR/keyring.log" 2>&1 &
daemon=$!
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
        break
    fi
    sleep 0.05
done
"$@"
status=$?
kill "$daemon" 2>/dev/null
wait "$daemon" 2>/dev/null
exit $status
'
status=0
dbus-run-session -- bash -c "$inner" with-keyring "$@" || status=$?
exit $status
