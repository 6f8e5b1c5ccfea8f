#!/usr/bin/env bash
# Quick start 2: install what is needed, build with warnings as errors, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh -DPOSTINO_TESTS=ON -DPOSTINO_WERROR=ON
# The sources must be clang-formatted.
cmake --build "$BUILD_DIR" --target format-check
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 300 "$@"
