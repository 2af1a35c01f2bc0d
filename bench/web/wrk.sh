#!/usr/bin/env bash
# Load benchmark of the scorecard on loopback with wrk (scripts/setup.sh installs it).
# One server, one run: a static file (the stylesheet) is the baseline; then the overview page from
# the output cache, an uncached page (a new query string each request), and a cached chart PNG.
# Usage: bench/web/wrk.sh [duration=15s] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15s}
connections=${2:-32}
port=${PORT:-5077}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build etl -c Release -v q -nologo >/dev/null
dotnet build web -c Release -v q -nologo >/dev/null
echo "== building the demo warehouse (synthetic) in $work" >&2
dotnet etl/bin/Release/net10.0/analytics-etl.dll demo --db "$work/warehouse.duckdb" --no-reports >/dev/null

# The rate limiter stays on, with a quota above what wrk can reach, so its cost is measured too.
ASPNETCORE_URLS="http://127.0.0.1:$port" Warehouse__Snapshots="$work/snapshots" \
  RateLimit__PermitsPerSecond=1000000 RateLimit__Burst=1000000 Logging__LogLevel__Default=Warning \
  dotnet web/bin/Release/net10.0/analytics-web.dll --contentRoot "$PWD/web" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.3; done

base="http://127.0.0.1:$port"
# Warm each cached URL once so that the run measures cache hits.
for u in /static/site.css / "/charts/ranking.png?res=screen"; do curl -sf "$base$u" >/dev/null; done

cat >"$work/uncached.lua" <<'LUA'
-- A different sort key and direction each request defeats the output cache: every request renders the page.
local keys = {"rank", "composite", "coverage", "trend", "change", "name", "city"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/?sort=" .. keys[(n % #keys) + 1] .. "&dir=" .. (n % 2 == 0 and "asc" or "desc") .. "&n=" .. n)
end
LUA

run() { # name, url, [script], [connections]
  local name=$1 url=$2 script=${3:-} conns=${4:-$connections}
  local out
  out=$(wrk -t2 -c"$conns" -d"$duration" --timeout 30s --latency ${script:+-s "$script"} "$base$url")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '| %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99"
  grep -q "Non-2xx" <<<"$out" && echo "   ($name: $(grep Non-2xx <<<"$out"))" >&2 || true
}

echo "| request | requests/s | p50 | p99 |"
echo "|---|---:|---:|---:|"
run "static file /static/site.css (baseline)" /static/site.css
run "overview / (output cache hit)" /
# Rendering is CPU-bound on 2 cores: 4 connections, so latency measures a render, not a queue.
run "overview, uncached (new query each request, 4 connections)" / "$work/uncached.lua" 4
run "chart /charts/ranking.png?res=screen (cache hit)" "/charts/ranking.png?res=screen"
