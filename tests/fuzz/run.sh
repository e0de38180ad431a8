#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR (default build-fuzz) for SECONDS each (default 60),
# starting from its seed corpus in tests/fuzz/corpus/<target>. New inputs go to a scratch corpus
# under the build dir, never into the repository. Exits non-zero on the first crash, hang or
# sanitizer report, leaving the reproducer (crash-*, timeout-*, oom-*) in BUILD_DIR/fuzz-artifacts.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
build=${BUILD_DIR:-build-fuzz}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for t in "$build"/tests/fuzz/fuzz_*; do [ -f "$t" ] && [ -x "$t" ] && targets+=("$(basename "$t")"); done
fi
mkdir -p "$build/fuzz-artifacts"
for t in "${targets[@]}"; do
    # Absolute paths: the CLI target changes into a temporary directory before reading them.
    seeds=$PWD/tests/fuzz/corpus/$t
    work=$(realpath -m "$build/fuzz-corpus/$t")
    mkdir -p "$work"
    dict=$PWD/tests/fuzz/$t.dict # keys and values the format uses, when the target has one
    [ -f "$dict" ] && dictarg=(-dict="$dict") || dictarg=()
    echo "== $t: ${seconds}s from $(ls "$seeds" | wc -l) seeds"
    # -close_fd_mask=3: the CLI target prints; libFuzzer keeps its own reports on a copy of stderr.
    # -timeout: one input running longer than 60 s is a hang (inputs take milliseconds; 10 s gave
    # false alarms on a loaded 2-core machine).
    set +e # the fuzzer's own exit status decides, not grep's
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/tests/fuzz/$t" "$work" "$seeds" -max_total_time="$seconds" -timeout=60 \
        -rss_limit_mb=2048 -max_len=65536 -close_fd_mask=3 -print_final_stats=1 "${dictarg[@]}" \
        -artifact_prefix="$(realpath "$build")/fuzz-artifacts/$t-" 2>&1 | tee "$build/fuzz-$t.log" |
        grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|==[0-9]+==|SUMMARY)|runtime error|deadly signal'
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" -ne 0 ]; then
        echo "$t failed (exit $status); see $build/fuzz-$t.log" >&2
        exit 1
    fi
done
