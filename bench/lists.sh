#!/usr/bin/env bash
# How a campaign's CSV list and its recipients' check scale (bench/lists.cpp): the median CPU time of five runs
# at 20,000 and at 100,000 rows, and their ratio (linear: about 5, quadratic: 25). Builds what it needs in
# build/ (BUILD_DIR overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake --build "$BUILD_DIR" --target postino-bench-lists >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$BUILD_DIR/bench/postino-bench-lists"
