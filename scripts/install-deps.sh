#!/usr/bin/env bash
# Installs everything Postino needs to build, run and test on Debian 12, non-interactively.
# Runs apt-get as root (directly, or through sudo). Safe to run again: it only installs what is missing.
set -euo pipefail

PACKAGES=(
    # build (lld: CMake links with it where it is installed, in a third of ld.bfd's time)
    build-essential cmake ninja-build pkg-config clang-format lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    qtkeychain-qt6-dev libgl-dev libvulkan-dev libunbound-dev libhunspell-dev
    # run: fonts, a keyring for stored passwords, certificates, the DNS client and its DNSSEC trust anchor, the public suffix list,
    # the spell checker and its Italian and English dictionaries (the tests check against them)
    fonts-dejavu-core gnome-keyring dbus dbus-x11 ca-certificates libsecret-tools libunbound8 dns-root-data publicsuffix
    libhunspell-1.7-0 hunspell-it hunspell-en-us
    # test: real SMTP servers, certificates, a DNS server (dnsmasq, the program without its system service), an X server for screenshots, validators
    python3 python3-aiosmtpd openssl postfix dnsmasq-base xvfb xauth imagemagick
    desktop-file-utils appstream iproute2 procps
    # test: programs the test scripts call that a minimal Debian lacks (man --warnings, file)
    man-db file
    # test, the sanitizer and fuzzing stages (scripts/sanitize-tests.sh, tsan-tests.sh, fuzz.sh): clang with its
    # sanitizer and libFuzzer runtimes, and llvm-symbolizer (package llvm) so that reports name file and line
    clang libclang-rt-14-dev llvm
    # bench: bench/start-time.sh waits for the first window with xdotool, and starts xterm as its peer
    xdotool xterm
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Postfix is only used for its smtp-sink/smtp-source load tools: never configure a mail system.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
