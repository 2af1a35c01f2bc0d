#!/usr/bin/env bash
# Runs every test: unit, acceptance on ../shared/seeds, warehouse, models, web and browser.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
log=$(mktemp)
set +e
dotnet test --project tests/Analytics.Tests.csproj -c Release 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# The extraction acceptance scores (precision/recall per family on ../shared/seeds and ../shared/dev).
if [ -f TestResults/seed-acceptance.md ]; then
  echo "== Extraction acceptance on ../shared/seeds"
  sed -n '1,9p' TestResults/seed-acceptance.md
fi
if [ -f TestResults/dev-acceptance.md ]; then
  echo "== Extraction acceptance on ../shared/dev (80 real passages; recall of area totals)"
  sed -n '1,9p' TestResults/dev-acceptance.md
fi
# One plain closing line for CI: "N passed, N failed, N skipped".
awk '$1 == "succeeded:" { p += $2 } $1 == "failed:" { f += $2 } $1 == "skipped:" { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$rc"
