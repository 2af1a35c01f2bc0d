#!/usr/bin/env bash
# The main job on the embedded sample data: build the demo warehouse (synthetic statistics for the
# counties of Zhejiang and Jiangsu plus the project's sample reports), train the models and write
# their forecasts and at-risk aggregates, then serve the read-only scorecard on localhost.
# Steps whose output exists are skipped; delete ${ANALYTICS_DATA:-data}/ to start over.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

data=${ANALYTICS_DATA:-data}
port=${ANALYTICS_PORT:-5080}
db="$data/warehouse.duckdb"
households="$data/households.duckdb"   # synthetic household roster: never inside the warehouse
mkdir -p "$data"

echo "== build"
dotnet build Analytics.sln -c Release --nologo -v quiet -clp:ErrorsOnly
etl() { dotnet etl/bin/Release/net10.0/analytics-etl.dll "$@"; }
models() { dotnet models/Cli/bin/Release/net10.0/analytics-models.dll "$@"; }

if [ ! -f "$db" ]; then
  echo "== demo warehouse (synthetic, marked as such everywhere) -> $db"
  etl demo --db "$db"
fi
if [ ! -d "$data/models" ]; then
  echo "== backtest, train and forecast -> $data/models, forecast facts in the warehouse"
  models forecast --db "$db"
fi
if [ ! -f "$households" ]; then
  echo "== synthetic households, at-risk model -> aggregates per county in the warehouse"
  models households generate --out "$households" --seed 7
  models households score --households "$households" --db "$db"
fi

echo "== scorecard: http://127.0.0.1:$port/  (Ctrl+C stops it)"
exec dotnet web/bin/Release/net10.0/analytics-web.dll --urls "http://127.0.0.1:$port" \
  --Warehouse:Snapshots "$(realpath "$data")/snapshots" --contentRoot "$PWD/web"
