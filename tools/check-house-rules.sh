#!/usr/bin/env bash
# House rules (CONTRIBUTING.md), checked by ctest (house_rules) and runnable by hand:
#   tools/check-house-rules.sh [SOURCE_DIR]
# 1. No file under core/, ui/, report/ or app/ has more than 600 lines, except those listed in
#    tools/house-rules-allow.txt (each with a note saying who splits it).
# 2. clang-format (the repository's .clang-format) would not change any tracked C++ file.
# 3. A project header is included by its path from the repository root
#    (#include "core/common/units.h", never #include "units.h").
# Exits 0 when all hold, 1 listing every offence, 77 (skipped) when clang-format is missing.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 1
max_lines=600
allow_file=tools/house-rules-allow.txt
status=0

# Tracked files when this is a git checkout, else every file (a source tarball).
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    list_files() { git ls-files -- "$@"; }
else
    list_files() { find "$@" -type f 2>/dev/null | sed 's|^\./||'; }
fi

# 1. Line counts.
allowed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$allow_file" | grep -v '^$')
while read -r lines file; do
    [ "$file" = total ] && continue
    if [ "$lines" -gt "$max_lines" ]; then
        if ! grep -qxF "$file" <<<"$allowed"; then
            echo "house rules: $file has $lines lines (at most $max_lines): split it by responsibility"
            status=1
        fi
    elif grep -qxF "$file" <<<"$allowed"; then
        echo "house rules: note: $file is down to $lines lines; remove it from $allow_file"
    fi
done < <(list_files core ui report app | grep -E '\.(cpp|h)$' | xargs -r wc -l)

# 3. Includes of project headers by their full path.
headers=$(list_files core ui report app | grep -E '\.h$')
while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    inc=$(sed -E 's/.*#include[[:space:]]*"([^"]*)".*/\1/' <<<"${rest#*:}")
    grep -qxF "$inc" <<<"$headers" && continue # written from the root
    if grep -qE "(^|/)${inc//./\\.}\$" <<<"$headers"; then
        full=$(grep -E "(^|/)${inc//./\\.}\$" <<<"$headers" | head -1)
        echo "house rules: $file:$line includes \"$inc\": write it from the repository root (\"$full\")"
        status=1
    fi
done < <(list_files core ui report app tests tools | grep -E '\.(cpp|h)$' |
    xargs -r grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' /dev/null)

# 2. Formatting.
clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "house rules: $clang_format is not installed: formatting not checked"
    [ $status -eq 0 ] && exit 77
    exit $status
fi
unformatted=$(list_files | grep -E '\.(cpp|h)$' | xargs -r "$clang_format" --dry-run --Werror 2>&1 |
    sed -nE 's/^([^:]+):[0-9]+:[0-9]+: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ -n "$unformatted" ]; then
    while IFS= read -r f; do
        echo "house rules: $f is not clang-formatted: run clang-format -i $f"
    done <<<"$unformatted"
    status=1
fi

[ $status -eq 0 ] && echo "house rules: all hold"
exit $status
