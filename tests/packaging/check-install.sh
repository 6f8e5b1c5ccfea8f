#!/usr/bin/env bash
# Validates the desktop integration files and installs Postino into a scratch root
# (cmake --install with DESTDIR), checking that everything lands in the freedesktop locations.
# Usage: check-install.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
SRC=$1
BUILD=$2
ID=org.postino.Postino
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$SRC/packaging/linux/$ID.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$SRC/packaging/linux/$ID.metainfo.xml" || fail "appstreamcli validate"
grep -q 'xml:lang="it"' "$SRC/packaging/linux/$ID.metainfo.xml" || fail "metainfo has no Italian description"
man --warnings -l "$SRC/packaging/linux/postino-cli.1" >/dev/null 2>"$BUILD/man-warnings.txt" || true
[ ! -s "$BUILD/man-warnings.txt" ] || { cat "$BUILD/man-warnings.txt"; fail "man page has warnings"; }

ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
DESTDIR="$ROOT" cmake --install "$BUILD" --prefix /usr >/dev/null || fail "cmake --install"
for f in \
    usr/bin/postino usr/bin/postino-cli \
    usr/share/applications/$ID.desktop \
    usr/share/metainfo/$ID.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$ID.svg \
    usr/share/icons/hicolor/48x48/apps/$ID.png \
    usr/share/icons/hicolor/256x256/apps/$ID.png \
    usr/share/man/man1/postino-cli.1; do
    [ -s "$ROOT/$f" ] || fail "$f was not installed"
done
file "$ROOT/usr/share/icons/hicolor/48x48/apps/$ID.png" 2>/dev/null | grep -q "48 x 48" \
    || /usr/bin/python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); assert struct.unpack('>II', d[16:24])==(48,48)" \
       "$ROOT/usr/share/icons/hicolor/48x48/apps/$ID.png" || fail "48px icon is not 48x48"
"$ROOT/usr/bin/postino-cli" --version | grep -q "postino-cli" || fail "installed postino-cli --version"

# The .deb: CPack builds it, it unpacks into a scratch root with everything in place, its
# dependencies are resolvable on this system, and the programs in it run.
DEBDIR=$(mktemp -d)
trap 'rm -rf "$ROOT" "$DEBDIR"' EXIT
(cd "$BUILD" && cpack -G DEB -B "$DEBDIR" >"$DEBDIR/cpack.log" 2>&1) || { cat "$DEBDIR/cpack.log"; fail "cpack -G DEB"; }
DEB=$(ls "$DEBDIR"/*.deb | head -n 1)
[ -s "$DEB" ] || fail "cpack made no .deb"
[ "$(dpkg-deb --field "$DEB" Package)" = postino ] || fail ".deb has no package name"
depends=$(dpkg-deb --field "$DEB" Depends)
echo "$depends" | grep -q "libqt6network6" || fail ".deb does not depend on Qt Network: $depends"
echo "$depends" | grep -q "libunbound8" || fail ".deb does not depend on libunbound (the DNS client): $depends"
echo "$depends" | grep -q "libhunspell-1.7-0" || fail ".deb does not depend on libhunspell (the spell checker): $depends"
recommends=$(dpkg-deb --field "$DEB" Recommends)
for dictionary in hunspell-it hunspell-en-us; do
    echo "$recommends" | grep -q "$dictionary" || fail ".deb does not recommend $dictionary (a spelling dictionary): $recommends"
    echo "$depends" | grep -q "$dictionary" && fail ".deb depends on $dictionary: a dictionary is only recommended"
done
# Every dependency must be installable here (Debian 12's names).
for dep in $(echo "$depends" | tr ',' '\n' | sed 's/([^)]*)//g; s/|.*//' | tr -d ' '); do
    apt-cache show "$dep" >/dev/null 2>&1 || dpkg -s "$dep" >/dev/null 2>&1 || fail ".deb depends on $dep, which Debian 12 does not have"
done
DEBROOT="$DEBDIR/root"
dpkg-deb -x "$DEB" "$DEBROOT"
for f in usr/bin/postino usr/bin/postino-cli usr/share/applications/$ID.desktop \
    usr/share/metainfo/$ID.metainfo.xml usr/share/icons/hicolor/scalable/apps/$ID.svg usr/share/man/man1/postino-cli.1; do
    [ -s "$DEBROOT/$f" ] || fail "$f is not in the .deb"
done
"$DEBROOT/usr/bin/postino-cli" --version | grep -q "postino-cli" || fail "postino-cli from the .deb does not run"
# The desktop app from the .deb starts under a real X server (Xvfb) and keeps running until stopped.
if command -v xvfb-run >/dev/null; then
    rc=0
    HOME="$DEBDIR/home" XDG_CONFIG_HOME="$DEBDIR/home/config" XDG_DATA_HOME="$DEBDIR/home/data" \
        timeout 60 xvfb-run -a -s "-screen 0 1024x768x24" timeout 4 "$DEBROOT/usr/bin/postino" >"$DEBDIR/app.log" 2>&1 \
        || rc=$?
    [ "$rc" = 124 ] || { cat "$DEBDIR/app.log"; fail "the app from the .deb exited with $rc instead of running"; }
fi
echo "packaging: 1 passed, 0 failed"
