#!/usr/bin/env bash
# Builds the site in this repository several times with the release binary and prints the
# wall time and peak memory of each run: a benchmark to rerun after a change.
#   scripts/bench.sh [RUNS] [SITE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
site="${2:-.}"
swift build -c release --product report-site >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $i: %e s wall, %M KiB peak memory" .build/release/report-site build "$site" --output "$out/site" >/dev/null
done
