#!/usr/bin/env bash
# Records headroom-cli's outputs as golden files: `plan --json` for every preset, every sample and
# a set of variations, `compare --json`, the plan/compare text, and the text of the PDF reports.
#
#   record.sh [--no-report] CLI OUTDIR          write one file per case into OUTDIR (created)
#   record.sh [--no-report] --check CLI GOLDEN  record into a temp dir, diff -u against GOLDEN
#
# --no-report: the CLI was built without the GUI (no `report` command); report-* cases are skipped
# (and, with --check, left out of the comparison). See README.md for when to regenerate.
set -euo pipefail

usage() {
    echo "usage: $0 [--no-report] [--check] HEADROOM_CLI DIR" >&2
    exit 2
}

check=0
reports=1
while [ $# -gt 0 ]; do
    case "$1" in
    --check) check=1 ;;
    --no-report) reports=0 ;;
    -h | --help) usage ;;
    -*) usage ;;
    *) break ;;
    esac
    shift
done
[ $# -eq 2 ] || usage
cli=$(realpath "$1")
dir=$2
[ -x "$cli" ] || { echo "$0: $cli is not an executable" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

if [ "$check" = 1 ]; then
    golden=$(realpath "$dir")
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/headroom-golden.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    args=()
    [ "$reports" = 1 ] || args+=(--no-report)
    "$0" "${args[@]}" "$cli" "$tmp/out"
    exclude=()
    [ "$reports" = 1 ] || exclude=(-x 'report-*')
    if diff -ru "${exclude[@]}" "$golden" "$tmp/out"; then
        echo "golden: $(find "$tmp/out" -type f | wc -l) outputs match $golden"
        exit 0
    fi
    echo "golden: outputs differ from $golden (above: - golden, + now)." >&2
    echo "If the change is intended, regenerate with tools/golden/update.sh and say why in the commit." >&2
    exit 1
fi

# A fixed environment: C locale, English, no user GPU catalog, no display.
export LC_ALL=C LANG=C LANGUAGE=
export HEADROOM_LANG=en
export HEADROOM_GPU_CATALOG=          # set and empty: no user catalog (not ~/.config/headroom/gpus.json)
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d "${TMPDIR:-/tmp}/headroom-golden-work.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

mkdir -p "$dir"
out=$(realpath "$dir")
cd "$repo" # relative paths for every input, whoever runs this from where

# run FILE ARGS...: stdout of `headroom-cli ARGS...` into FILE; fails (showing stderr) on a non-zero exit.
run() {
    local file=$1
    shift
    if ! "$cli" "$@" >"$file" 2>"$work/stderr"; then
        echo "$0: failed: headroom-cli $*" >&2
        cat "$work/stderr" >&2
        exit 1
    fi
}

# case_ NAME ARGS...: one golden file, OUTDIR/NAME.
case_() {
    local name=$1
    shift
    run "$out/$name" "$@"
}

# report NAME FILE ARGS...: the PDF report's text (pdftotext -layout), with the date and the
# version filtered out:
#   "<name> — generated 2026-12-04 by Headroom 0.1.0"  -> "... generated <DATE> by Headroom <VERSION>"
#   "Headroom 0.1.0 build report      Page 1 of 4"     -> "Headroom <VERSION> build report  Page 1 of 4"
#   (the footer's padding depends on the version's width, so it is squeezed to two spaces)
report() {
    local name=$1 file=$2
    shift 2
    run "$work/$name.log" report "$file" -o "$work/$name.pdf" "$@" # "Wrote /tmp/... (N page(s))": not kept
    pdftotext -layout "$work/$name.pdf" - |
        sed -E \
            -e 's/ — generated [0-9]{4}-[0-9]{2}-[0-9]{2} by Headroom [^ ]+$/ — generated <DATE> by Headroom <VERSION>/' \
            -e 's/^Headroom [^ ]+ build report +Page ([0-9]+) of ([0-9]+)$/Headroom <VERSION> build report  Page \1 of \2/' \
            >"$out/$name.txt"
}

# Listings.
case_ presets.json presets --json
case_ gpus.json gpus --json

# Every preset with the default flags.
presets=$(sed -nE 's/^ *"id": "([^"]+)",?$/\1/p' "$out/presets.json")
[ -n "$presets" ] || { echo "$0: no presets in presets --json" >&2; exit 1; }
for id in $presets; do
    case_ "plan-preset-$id.json" plan --preset "$id" --json
done

# Every sample plan, as JSON and (the sample) as text in English and German.
samples=(resources/samples/*.headroom)
for f in "${samples[@]}"; do
    case_ "plan-sample-$(basename "$f" .headroom).json" plan "$f" --json
done
case_ plan-sample-sample.txt plan resources/samples/sample.headroom
case_ plan-sample-sample.de.txt plan resources/samples/sample.headroom --lang de

# Variations over the code paths: modes, precisions, optimizers, checkpointing, sharding,
# tensor/pipeline parallelism, offload, imported architectures, run length and storage.
case_ plan-var-llama-2-7b-inference-bf16.json plan --preset llama-2-7b --mode inference --precision bf16 --batch 4 --context 4096 --json
case_ plan-var-llama-3-8b-inference-int4-flash.json plan --preset llama-3-8b --mode inference --precision int4 --context 8192 --flash-attention --gpu l4 --json
case_ plan-var-mixtral-8x7b-inference-tp2.json plan --preset mixtral-8x7b --mode inference --precision fp8 --gpu h100-sxm --gpus 2 --tp 2 --batch 8 --context 2048 --json
case_ plan-var-llama-2-7b-finetune-lora.json plan --preset llama-2-7b --mode finetune --precision bf16 --batch 2 --seq 2048 --json
case_ plan-var-llama-2-7b-finetune-lora-file.json plan resources/samples/sample.headroom --checkpointing selective --batch 8 --json
case_ plan-var-llama-2-13b-fsdp8-full-ckpt.json plan --preset llama-2-13b --gpu a100-80gb-sxm --gpus 8 --fsdp --checkpointing full --flash-attention --json
case_ plan-var-gpt2-xl-zero2-offload4.json plan --preset gpt2-xl --gpu rtx-3090 --gpus 4 --zero 2 --offload optimizer --optimizer adam8bit --json
case_ plan-var-gpt2-large-zero1-2.json plan --preset gpt2-large --gpus 2 --zero 1 --optimizer lion --precision fp16-amp --json
case_ plan-var-llama-2-70b-zero3-2nodes.json plan --preset llama-2-70b --gpu h100-sxm --gpus 16 --nodes 2 --zero 3 --offload params --checkpointing selective --json
case_ plan-var-llama-2-70b-tp8-sp-pp2.json plan --preset llama-2-70b --gpu h100-sxm --gpus 16 --nodes 2 --tp 8 --sp --pp 2 --grad-accum 8 --in-flight 4 --tokens 1e9 --json
case_ plan-var-gpt3-175b-tp8-pp8-zero1.json plan --preset gpt3-175b --gpu h200 --gpus 128 --nodes 16 --tp 8 --pp 8 --zero 1 --grad-accum 16 --checkpointing full --json
case_ plan-var-resnet50-sgd-fp16amp-ckpt.json plan --preset resnet50 --batch 256 --image 224 --precision fp16-amp --optimizer sgd --checkpointing full --dataset-gb 150 --checkpoints-kept 5 --json
case_ plan-var-vit-l-16-adafactor-fp32.json plan --preset vit_l_16 --precision fp32 --optimizer adafactor --image 384 --batch 16 --gpu v100-32gb --json
case_ plan-var-bert-base-momentum-tf32.json plan --preset bert-base --optimizer momentum --precision tf32 --seq 512 --batch 32 --samples 5e6 --json
case_ plan-var-unet-mi300x.json plan --preset unet --gpu mi300x --image 512 --batch 16 --json
case_ plan-var-hf-llama-3.1-8b.json plan --hf-config tests/data/hf/llama-3.1-8b.json --json
case_ plan-var-hf-llama-3.1-8b-inference.json plan --hf-config tests/data/hf/llama-3.1-8b.json --mode inference --context 32768 --gpu h100-pcie --json
case_ plan-var-hf-mixtral-8x7b-fsdp.json plan --hf-config tests/data/hf/mixtral-8x7b-v0.1.json --gpu h100-sxm --gpus 8 --fsdp --checkpointing full --json
case_ plan-var-hf-t5-small.json plan --hf-config tests/data/hf/t5-small.json --batch 64 --seq 512 --json
case_ plan-var-gpt2-pp4-text.txt plan --preset gpt2 --gpus 4 --pp 4 --grad-accum 8 --checkpointing selective

# The other commands that share the plan options, and the importer summary.
case_ recommend-llama-2-7b.json recommend --preset llama-2-7b --json
case_ recommend-gpt2-budget-time.json recommend --preset gpt2 --budget 5000 --rank time --top 5 --json
case_ import-hf-llama-3.1-8b.json import tests/data/hf/llama-3.1-8b.json --json
case_ import-hf-mixtral-8x7b.json import tests/data/hf/mixtral-8x7b-v0.1.json --json
case_ classical-random-forest.json classical --algorithm random-forest --rows 1000000 --features 50 --trees 200 --jobs 8 --json
case_ classical-svm-precomputed.json classical --algorithm svm --rows 50000 --features 100 --precomputed-kernel --json

# The samples that pin scenarios: compare as JSON (against the first and the second) and as text.
for f in "${samples[@]}"; do
    grep -q '"scenarios"' "$f" || continue
    s=$(basename "$f" .headroom)
    case_ "compare-$s.json" compare "$f" --json
    case_ "compare-$s-baseline2.json" compare "$f" --baseline 2 --json
    case_ "compare-$s.txt" compare "$f"
done

# The PDF report of every sample (A4), and one on US Letter.
if [ "$reports" = 1 ]; then
    for f in "${samples[@]}"; do
        report "report-$(basename "$f" .headroom)" "$f"
    done
    report report-sample-letter resources/samples/sample.headroom --page letter
fi
