#!/usr/bin/env bash
# Regenerates tests/data/golden from a built headroom-cli, on purpose: only for an intended
# change of behaviour, and say why in the commit (see README.md).
#   tools/golden/update.sh [HEADROOM_CLI]     (default: build/app/cli/headroom-cli)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cli=${1:-$repo/build/app/cli/headroom-cli}
golden=$repo/tests/data/golden
tmp=$(mktemp -d "${TMPDIR:-/tmp}/headroom-golden-update.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$here/record.sh" "$cli" "$tmp/out" # all or nothing: a failing case leaves the golden files alone
rm -rf "$golden"
mv "$tmp/out" "$golden"
echo "Recorded $(find "$golden" -type f | wc -l) golden files in $golden; review with: git diff --stat -- tests/data/golden"
