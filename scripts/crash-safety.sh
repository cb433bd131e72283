#!/usr/bin/env bash
# Crash safety of the corpus store: no acknowledged article lost, none stored twice.
#
#   bash scripts/crash-safety.sh [ROUNDS]        default 20
#
# Builds the CLI and tools/Lantern.Store.Crash, then (all in a scratch folder, removed at the end):
#  1. writes its own made-up articles (SyntheticCorpus, no real news text) and kills `lantern ingest` with SIGKILL at
#     random moments into SQLite, then into PostgreSQL, until ROUNDS kills per store have hit a running ingest, checking
#     after each kill that every stored article is whole (one analysis, its text hashing to its content hash, nothing
#     stored twice, nothing that is not in the input); then resumes and checks every input article is stored exactly once
#     under ContentHash.Of(its text);
#  2. fills the queue with `ingest --enqueue-only`, starts 3 `lantern worker` processes and restarts PostgreSQL under
#     them (`pg_ctl restart -m immediate`) 3 times; afterwards every article must be analysed exactly once per model
#     version, the queue empty, and every worker ended on its own with exit code 0.
# Prints a summary table; exits non-zero on any violation. PostgreSQL: a throwaway cluster on 127.0.0.1 is started (as
# scripts/test.sh does) unless LANTERN_TEST_POSTGRES is set together with LANTERN_TEST_POSTGRES_RESTART (a shell
# command that restarts that server; restarting is not done to a server the script did not start otherwise).
# Environment: LANTERN_CRASH_SEED (the random seed, printed at the start), LANTERN_CRASH_RESTARTS, LANTERN_CRASH_WORKERS.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-20}
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "crash-safety.sh: ROUNDS must be a positive whole number, not '$rounds'" >&2; exit 2; }
restarts=${LANTERN_CRASH_RESTARTS:-3}
workers=${LANTERN_CRASH_WORKERS:-3}

for pg_bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do PATH="$pg_bin:$PATH"; break; done
if ! command -v pg_ctl >/dev/null 2>&1 && [ -z "${LANTERN_TEST_POSTGRES_RESTART:-}" ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql
    for pg_bin in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do PATH="$pg_bin:$PATH"; break; done
fi

work=$(mktemp -d /tmp/lantern-crash.XXXXXX)
pg_dir=""
run_as=()
[ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
cleanup() {
    if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
        (cd /tmp && "${run_as[@]}" pg_ctl -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1) || true
        rm -rf "$pg_dir"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "crash-safety.sh: building the CLI and the crash tool (Release)" >&2
dotnet build src/Lantern.Cli -c Release -nologo -v q >"$work/build.log" 2>&1 \
    && dotnet build tools/Lantern.Store.Crash -c Release -nologo -v q >>"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
# Private copies: a rebuild elsewhere must not replace binaries under the running processes.
cp -r src/Lantern.Cli/bin/Release/net10.0 "$work/cli"
cp -r tools/Lantern.Store.Crash/bin/Release/net10.0 "$work/tool"

if [ -n "${LANTERN_TEST_POSTGRES:-}" ] && [ -n "${LANTERN_TEST_POSTGRES_RESTART:-}" ]; then
    postgres=$LANTERN_TEST_POSTGRES
    restart=$LANTERN_TEST_POSTGRES_RESTART
else
    pg_dir=$(mktemp -d /tmp/lantern-crash-pg.XXXXXX)
    port=""
    for candidate in $(seq 55700 55799); do
        (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null || { port=$candidate; break; }
    done
    [ -n "$port" ] || { echo "crash-safety.sh: no free port in 55700-55799" >&2; exit 1; }
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown postgres "$pg_dir"
    fi
    # fsync stays on (the default): the restarts below are crashes of the server, and recovery must find what it acknowledged.
    (cd /tmp && "${run_as[@]}" initdb -D "$pg_dir/data" -A trust -U postgres >"$pg_dir/initdb.log" 2>&1) \
        || { cat "$pg_dir/initdb.log" >&2; exit 1; }
    (cd /tmp && "${run_as[@]}" pg_ctl -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $pg_dir -c max_connections=100" start >/dev/null) \
        || { cat "$pg_dir/server.log" >&2; exit 1; }
    postgres="postgres://postgres@127.0.0.1:$port/postgres"
    # -l keeps the restarted server's output away from the caller's pipes; the options of the first start are reused.
    restart="cd /tmp && ${run_as[*]} pg_ctl -D $pg_dir/data -l $pg_dir/server.log -m immediate -w restart"
    echo "crash-safety.sh: PostgreSQL at $postgres" >&2
fi

status=0
LANTERN_MODELS="$PWD/models" dotnet "$work/tool/Lantern.Store.Crash.dll" --cli "$work/cli/lantern.dll" --work "$work/run" \
    --postgres "$postgres" --restart "$restart" --rounds "$rounds" --restarts "$restarts" --workers "$workers" \
    ${LANTERN_CRASH_SEED:+--seed "$LANTERN_CRASH_SEED"} || status=$?
exit "$status"
