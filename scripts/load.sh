#!/usr/bin/env bash
# Sustained load on the web API: starts `lantern serve` on a free loopback port, drives POST /api/analyze with wrk
# (a 4.8 KB article, tools/Lantern.Web.Load/article-5k.txt) for SECONDS at each CONCURRENCY in turn, samples the
# server's resident memory every few seconds, prints errors, latency percentiles, throughput and memory over time,
# stops the server and exits: 0 when every answer was 2xx with no socket error, 1 otherwise.
#
#   bash scripts/load.sh [SECONDS] [CONCURRENCY...]        default: 600 s (10 minutes) at concurrency 2
#
# Rate limiting: the server allows each client a burst of 60 /api requests refilled at 10/s (LanternWebOptions).
# Analyses are CPU-bound (two at a time on this machine, about 4–5 answers/s), so one client stays under the refill
# and nothing is refused; a 429 is counted on its own line ("rate limited") should a faster machine go past it.
# Environment: LANTERN_LOAD_SAMPLE (seconds between memory samples, default 5), LANTERN_LOAD_NO_BUILD=1 to use the
# existing Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

seconds=${1:-600}
shift || true
levels=("$@")
[ "${#levels[@]}" -eq 0 ] && levels=(2)
for n in "$seconds" "${levels[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "load.sh: '$n' is not a positive whole number (usage: load.sh [SECONDS] [CONCURRENCY...])" >&2; exit 2; }
done
sample=${LANTERN_LOAD_SAMPLE:-5}

for need in wrk:wrk curl:curl; do
    if ! command -v "${need%%:*}" >/dev/null 2>&1; then
        sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need##*:}"
    fi
done

work=$(mktemp -d /tmp/lantern-load.XXXXXX)
server_pid=""
sampler_pid=""
cleanup() {
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ "${LANTERN_LOAD_NO_BUILD:-}" != 1 ]; then
    echo "load.sh: building the CLI (Release)" >&2
    dotnet build src/Lantern.Cli -c Release -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
# A private copy, so a rebuild elsewhere cannot replace the binaries under the running server.
cp -r src/Lantern.Cli/bin/Release/net10.0 "$work/cli"

port=""
for candidate in $(seq 55600 55699); do
    (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { port=$candidate; break; }
done
[ -n "$port" ] || { echo "load.sh: no free port in 55600-55699" >&2; exit 1; }
url="http://127.0.0.1:$port"

LANTERN_MODELS="$repo/models" dotnet "$work/cli/lantern.dll" serve --urls "$url" >"$work/server.log" 2>&1 &
server_pid=$!
disown "$server_pid" 2>/dev/null || true # no job notice when it is stopped
for _ in $(seq 1 240); do
    curl -fsS "$url/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "load.sh: the server stopped:" >&2; cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
done
curl -fsS "$url/health" >/dev/null || { echo "load.sh: the server did not answer /health within 120 s" >&2; exit 1; }

article="$repo/tools/Lantern.Web.Load/article-5k.txt"
export LANTERN_LOAD_ARTICLE="$article"
# Warm-up: the first analyses load the model and JIT the pipeline; they are not part of the measurement.
body=$(jq -Rs '{text: .}' <"$article")
for _ in 1 2 3; do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary "$body" "$url/api/analyze" \
        || { echo "load.sh: the warm-up request failed" >&2; cat "$work/server.log" >&2; exit 1; }
done

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status" 2>/dev/null || echo 0; }

echo "load.sh: $url (server pid $server_pid), article $(wc -c <"$article") bytes, ${seconds} s per level, levels: ${levels[*]}" >&2
echo "load.sh: machine before: $(uptime)" >&2
status=0
summary="$work/summary.txt"
printf '| concurrency | requests | req/s | 2xx | rate limited (429) | other non-2xx | socket errors (connect/read/write/timeout) | p50 ms | p95 ms | p99 ms | max ms | RSS MB first → max → last | RSS slope MB/min |\n' >"$summary"
printf '|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---:|\n' >>"$summary"
for c in "${levels[@]}"; do
    samples="$work/rss-$c.tsv"
    start=$(date +%s)
    ( while :; do echo "$(($(date +%s) - start)) $(rss_kb)" >>"$samples"; sleep "$sample"; done ) &
    sampler_pid=$!
    threads=$((c < 4 ? c : 4))
    wrk -t "$threads" -c "$c" -d "${seconds}s" --timeout 60s -s scripts/load/analyze.lua "$url" >"$work/wrk-$c.txt" 2>&1 || status=1
    kill "$sampler_pid" 2>/dev/null || true
    wait "$sampler_pid" 2>/dev/null || true
    sampler_pid=""
    echo "$(($(date +%s) - start)) $(rss_kb)" >>"$samples"

    value() { sed -n "s/^$1=//p" "$work/wrk-$c.txt"; }
    if [ -z "$(value requests)" ]; then
        echo "load.sh: wrk gave no figures at concurrency $c:" >&2; cat "$work/wrk-$c.txt" >&2; status=1; continue
    fi
    sockets="$(value socket_connect)/$(value socket_read)/$(value socket_write)/$(value socket_timeout)"
    if [ "$(value status_429)" != 0 ] || [ "$(value status_other)" != 0 ] || [ "$sockets" != "0/0/0/0" ]; then status=1; fi
    # Memory: first, max and last sample, and the least-squares slope over the whole level.
    memory=$(awk '$2 > 0 { n++; x = $1 / 60; y = $2 / 1024; sx += x; sy += y; sxx += x * x; sxy += x * y;
                            if (n == 1) first = y; last = y; if (y > max) max = y }
                  END { d = n * sxx - sx * sx; slope = d > 0 ? (n * sxy - sx * sy) / d : 0;
                        printf "%.0f → %.0f → %.0f|%+.2f", first, max, last, slope }' "$samples")
    printf '| %s | %s | %.2f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$c" "$(value requests)" "$(value rps)" \
        "$(value status_2xx)" "$(value status_429)" "$(value status_other)" "$sockets" \
        "$(value p50_ms)" "$(value p95_ms)" "$(value p99_ms)" "$(value max_ms)" "${memory%%|*}" "${memory##*|}" >>"$summary"
    echo "load.sh: concurrency $c: server RSS (MB) by minute:" >&2
    awk -v every=60 '$1 >= next_at { printf "  %4d s  %6.0f MB\n", $1, $2 / 1024; next_at += every }' "$samples" >&2
done
echo "load.sh: machine after: $(uptime)" >&2
kill -0 "$server_pid" 2>/dev/null || { echo "load.sh: the server died during the run:" >&2; tail -n 20 "$work/server.log" >&2; status=1; }
cat "$summary"
exit "$status"
