#!/usr/bin/env bash
# Quick start 1: install what is needed, build, and start the Postino desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DPOSTINO_TESTS=OFF
exec "${BUILD_DIR:-build}/app/postino" "$@"
