#!/bin/sh
# Renders the committed hicolor PNGs from headroom.svg (needs rsvg-convert, Debian's librsvg2-bin).
# Run after editing the SVG and commit the results; the build does not render them.
set -eu
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${s}x${s}"
    rsvg-convert -w "$s" -h "$s" headroom.svg -o "hicolor/${s}x${s}/headroom.png"
done
