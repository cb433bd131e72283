#!/usr/bin/env bash
# Runs every test of Lantern on a fresh Debian machine that has only the .NET SDK, and ends with
# exactly one line: "N passed, N failed" (counted from the TRX result files). Exits non-zero when
# anything failed or the tests could not run.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- system packages the tests need -------------------------------------------------------------
# ensure_package COMMAND PACKAGE: queue PACKAGE for apt-get when COMMAND is missing.
# Add a line per need, e.g.  ensure_package psql postgresql   or   ensure_package chromium chromium
missing_packages=()
ensure_package() {
    command -v "$1" >/dev/null 2>&1 || missing_packages+=("$2")
}

ensure_package chromium chromium # the web page's browser tests (Playwright drives Debian's Chromium)
# PostgreSQL for the corpus store tests (Lantern.Store.Tests): Debian installs its server binaries under
# /usr/lib/postgresql/<version>/bin, which is not on PATH; put the newest there on PATH when present.
for pg_bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do PATH="$pg_bin:$PATH"; break; done
ensure_package pg_ctl postgresql

install_missing_packages() {
    [ "${#missing_packages[@]}" -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "test.sh: installing ${missing_packages[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing_packages[@]}"
}

# --- services the tests need -------------------------------------------------------------------
# A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, for Lantern.Store.Tests; its URL is exported as
# LANTERN_TEST_POSTGRES (the tests create and drop one database each), and a command that restarts it as
# LANTERN_TEST_POSTGRES_RESTART. Those tests fail when they are missing.
pg_dir=""
start_services() {
    if [ -z "${LANTERN_TEST_POSTGRES:-}" ]; then
        # apt-get may have just installed it: look for the binaries again.
        for pg_bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do PATH="$pg_bin:$PATH"; break; done
        pg_dir=$(mktemp -d /tmp/lantern-pg.XXXXXX)
        local port run_as=()
        for port in $(seq 55400 55499); do
            (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break # nothing listens there: free
        done
        # initdb refuses to run as root: run the cluster as the postgres user (created by the Debian package).
        if [ "$(id -u)" -eq 0 ]; then
            id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
            chown postgres "$pg_dir"
            run_as=(runuser -u postgres --)
        fi
        cd /tmp # the postgres user may not enter the checkout
        "${run_as[@]}" initdb -D "$pg_dir/data" -A trust -U postgres --no-sync >"$pg_dir/initdb.log" 2>&1 \
            || { cat "$pg_dir/initdb.log" >&2; return 1; }
        "${run_as[@]}" pg_ctl -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
            -o "-h 127.0.0.1 -p $port -k $pg_dir -c fsync=off -c max_connections=200" start >/dev/null \
            || { cat "$pg_dir/server.log" >&2; return 1; }
        cd - >/dev/null
        export LANTERN_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
        # For WorkerRestartTests (run alone, after the other store tests): restart this server as a crash would, every
        # connection cut. -l keeps the restarted server off the caller's pipes; the start options are reused.
        export LANTERN_TEST_POSTGRES_RESTART="cd /tmp && ${run_as[*]} pg_ctl -D $pg_dir/data -l $pg_dir/server.log -m immediate -w restart"
        echo "test.sh: PostgreSQL at $LANTERN_TEST_POSTGRES" >&2
    fi
}

stop_services() {
    if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
        local run_as=()
        if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi
        "${run_as[@]}" pg_ctl -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$pg_dir"
    fi
}

if ! command -v dotnet >/dev/null 2>&1; then
    echo "test.sh: the .NET SDK (dotnet) is not installed; see global.json for the version" >&2
    echo "0 passed, 0 failed"
    exit 1
fi

install_missing_packages
trap stop_services EXIT
start_services

results="$PWD/TestResults"
rm -rf "$results"
status=0
# One run per test project, each with its own TRX file name, so no result file overwrites another.
for project in tests/*/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" -c Release --nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
done

# Sum the <Counters ... passed="N" failed="N" .../> of every TRX file.
passed=0
failed=0
shopt -s nullglob
trx_files=("$results"/*.trx)
for trx in "${trx_files[@]}"; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done

projects=$(find tests -name '*.Tests.csproj' | wc -l)
if [ "${#trx_files[@]}" -lt "$projects" ]; then
    echo "test.sh: ${#trx_files[@]} result files for $projects test projects: a project failed to build or run" >&2
    status=1
fi

if [ "${#trx_files[@]}" -eq 0 ] && [ "$status" -eq 0 ]; then
    status=1 # nothing ran: a build or discovery problem, not a success
fi

echo "$passed passed, $failed failed"
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then
    exit 1
fi
