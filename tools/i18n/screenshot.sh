#!/bin/sh
# Screenshot of the main window in a language under Xvfb: tools/i18n/screenshot.sh de_DE.UTF-8 /tmp/de.png
# Needs xvfb, imagemagick (import) and, for Chinese, fonts-noto-cjk. Settings go to a scratch HOME.
set -e
lang=${1:-de_DE.UTF-8}
out=${2:-/tmp/shot.png}
bin=${HEADROOM_BIN:-./build/app/gui/headroom}
home=$(mktemp -d)
xvfb-run -a -s "-screen 0 1280x800x24" sh -c "
  env HOME=$home XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home LANG=$lang LC_ALL= LANGUAGE= $bin $3 &
  pid=\$!
  sleep ${SHOT_DELAY:-5}
  import -window root $out
  kill \$pid"
rm -rf "$home"
echo "$out"
