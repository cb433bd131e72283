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

install_missing_packages() {
    [ "${#missing_packages[@]}" -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "test.sh: installing ${missing_packages[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing_packages[@]}"
}

# --- services the tests need (none yet) -------------------------------------------------------
start_services() {
    : # e.g. a throwaway PostgreSQL cluster on 127.0.0.1; export its connection string here
}

stop_services() {
    : # stop what start_services started
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
