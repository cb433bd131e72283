#!/usr/bin/env bash
# Fuzzes every Lantern reader with AFL++ and SharpFuzz, SECONDS_PER_TARGET each (default 300), then prints per
# target the executions, time, exec/s and crashes/hangs found. Stops by itself.
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]        (targets: text html jsonl semeval-article semeval-labels feed api)
# Work folder: $FUZZ_WORK (default /tmp/lantern-fuzz): build, instrumented copy, AFL output, crashing inputs.
# A crash found is kept as $FUZZ_WORK/findings/TARGET/*; replay one with
#   dotnet $FUZZ_WORK/bin/Lantern.Fuzz.dll TARGET replay FILE
# then copy it to fuzz/findings/TARGET/ and add a regression test (see fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
shift || true
targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=(text html jsonl semeval-article semeval-labels feed api)
work="${FUZZ_WORK:-/tmp/lantern-fuzz}"
mkdir -p "$work"

# --- tools: afl-fuzz (Debian afl++) and the SharpFuzz instrumenter (a dotnet tool) -------------------------------
if ! command -v afl-fuzz >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq afl++
fi
sharpfuzz="$work/tools/sharpfuzz"
if [ ! -x "$sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

# --- build, then instrument a fresh copy (instrumenting twice fails, and a build must not see instrumented files) ---
dotnet build fuzz/Lantern.Fuzz -c Release -o "$work/build" -v quiet -nologo >/dev/null
rm -rf "$work/bin" && cp -r "$work/build" "$work/bin"
for dll in Lantern.Core Lantern.Store Lantern.Web AngleSharp System.ServiceModel.Syndication; do
    "$sharpfuzz" "$work/bin/$dll.dll" >/dev/null
done

# --- run: AFL in a container or on a busy machine needs these (no core_pattern change, no CPU governor, no pinning) ---
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1
export DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=1 DOTNET_gcServer=0
summary="$work/summary.tsv"
printf 'target\texecutions\tseconds\texec/s\tcrashes\thangs\n' >"$summary"
for target in "${targets[@]}"; do
    out="$work/out/$target"
    rm -rf "$out" && mkdir -p "$work/out"
    echo "run.sh: fuzzing $target for $seconds s" >&2
    # -V stops AFL by itself; timeout is only a backstop. -t: ms per input (the .NET runtime is slow to warm up).
    timeout -s INT "$((seconds + 120))" afl-fuzz -V "$seconds" -t 5000 -m none -i "fuzz/seeds/$target" -o "$out" \
        -- "$(command -v dotnet)" "$work/bin/Lantern.Fuzz.dll" "$target" afl >"$work/$target.log" 2>&1 || true
    stats="$out/default/fuzzer_stats"
    if [ ! -f "$stats" ]; then
        echo "run.sh: $target did not start; see $work/$target.log" >&2
        tail -20 "$work/$target.log" >&2
        printf '%s\t0\t0\t0\t?\t?\n' "$target" >>"$summary"
        continue
    fi
    stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
    execs=$(stat execs_done); start=$(stat start_time); last=$(stat last_update)
    crashes=$(stat saved_crashes); hangs=$(stat saved_hangs)
    elapsed=$((last - start)); [ "$elapsed" -le 0 ] && elapsed=1
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$execs" "$elapsed" "$((execs / elapsed))" "${crashes:-0}" "${hangs:-0}" >>"$summary"
    if compgen -G "$out/default/crashes/id:*" >/dev/null; then
        mkdir -p "$work/findings/$target"
        cp "$out"/default/crashes/id:* "$work/findings/$target/"
    fi
done

column -t -s $'\t' "$summary"
total=$(awk -F'\t' 'NR > 1 { s += $5 } END { print s + 0 }' "$summary")
echo "run.sh: $total crashes; inputs in $work/findings" >&2
[ "$total" -eq 0 ]
