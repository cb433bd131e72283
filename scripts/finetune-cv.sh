#!/usr/bin/env bash
# Cross-validation of a fine-tuned encoder: for each fold F, fine-tune on the other folds (tools/Lantern.FineTune
# --cv 5 --hold-out F), train the heads on the tuned encoder and report fold F only (lantern train --cv-folds F).
# No fold is ever scored by an encoder or heads that saw it. Folds are those of `lantern train --cv 5 --seed 1`.
#
#   bash scripts/finetune-cv.sh DATA_DIR OUT_DIR [FOLDS] [-- FINE-TUNING OPTIONS...]
#
#   FOLDS      comma-separated, default 1,2,3,4,5
#   options    passed to the fine-tuning tool after the fixed ones, e.g. --epochs 2 --window 254 --stride 192
#
# Writes, per fold, OUT_DIR/foldF.onnx (the tuned fp32 graph), OUT_DIR/foldF-tune.log, OUT_DIR/foldF-heads.log and the
# heads under OUT_DIR/heads-foldF; prints each fold's line of official measures as `lantern train` prints it, then
# the mean over the folds run. Environment: LANGS (default en), LAYERS (default 4), SEED (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 2 ] || { echo "usage: finetune-cv.sh DATA_DIR OUT_DIR [FOLDS] [-- OPTIONS...]" >&2; exit 2; }
data=$1 out=$2
shift 2
folds=1,2,3,4,5
if [ $# -gt 0 ] && [ "$1" != "--" ]; then folds=$1; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
[[ "$folds" =~ ^[1-5](,[1-5])*$ ]] || { echo "finetune-cv.sh: FOLDS must be folds 1-5, comma-separated, not '$folds'" >&2; exit 2; }
[ -d "$data" ] || { echo "finetune-cv.sh: no data folder '$data'" >&2; exit 2; }
langs=${LANGS:-en} layers=${LAYERS:-4} seed=${SEED:-1}

mkdir -p "$out"
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
dotnet build tools/Lantern.FineTune -c Release -o "$bin/tune" -nologo -v q >/dev/null
dotnet build src/Lantern.Cli -c Release -o "$bin/cli" -nologo -v q >/dev/null

lines=()
for fold in ${folds//,/ }; do
    start=$(date +%s)
    dotnet "$bin/tune/Lantern.FineTune.dll" --data "$data" --langs "$langs" --cv 5 --hold-out "$fold" --seed "$seed" \
        --layers "$layers" --out "$out/fold$fold.onnx" "$@" > "$out/fold$fold-tune.log" 2>&1
    tuned=$(date +%s)
    dotnet "$bin/cli/lantern.dll" train --data "$data" --langs "$langs" --cv 5 --cv-folds "$fold" --seed "$seed" \
        --layers "$layers" --encoder-model "$out/fold$fold.onnx" --out "$out/heads-fold$fold" > "$out/fold$fold-heads.log" 2>&1
    line=$(grep -E "^fold $fold [a-z]+:" "$out/fold$fold-heads.log")
    lines+=("$line")
    echo "$line   (tuning $(( tuned - start )) s, heads $(( $(date +%s) - tuned )) s)"
done

# Mean of each figure over the folds run (the six measures and their baselines, in lantern train's order).
printf '%s\n' "${lines[@]}" | awk -F'[|:]' '
    { for (i = 2; i <= NF; i++) { field = $i; gsub(/[()]/, " ", field); split(field, v, " "); a[i] += v[1]; b[i] += v[2] } rows++ }
    END { printf "mean of %d folds:", rows; for (i = 2; i <= NF; i++) printf "%s %.3f (%.3f)", (i > 2 ? " |" : ""), a[i] / rows, b[i] / rows; print "" }'
