#!/usr/bin/env bash
# Configures and builds Postino into build/ (BUILD_DIR overrides). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
# lld when it is there (scripts/install-deps.sh installs it): a third of ld.bfd's time per executable.
linker=()
command -v ld.lld >/dev/null && linker=(-DPOSTINO_LINKER=lld)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "${linker[@]}" "$@"
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
