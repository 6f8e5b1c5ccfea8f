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
echo "packaging: 1 passed, 0 failed"
