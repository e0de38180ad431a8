#!/bin/sh
# Installs the build tree into a temporary DESTDIR with prefix /usr, as the .deb does, and checks
# that every file the package should hold is there and that the installed files are valid.
# Usage: check-install.sh BUILD_DIR WITH_GUI(0|1)
set -eu
build=$1
with_gui=$2
id=io.github.headroom.Headroom

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr > "$root.log" 2>&1 || {
    cat "$root.log"; rm -f "$root.log"; echo "cmake --install failed"; exit 1; }
rm -f "$root.log"
usr="$root/usr"

failed=0
expect() {
    if [ -f "$usr/$1" ]; then
        echo "ok       $1"
    else
        echo "MISSING  $1"
        failed=1
    fi
}
expect_exec() {
    if [ -x "$usr/$1" ]; then
        echo "ok       $1 (executable)"
    else
        echo "MISSING  $1 (executable)"
        failed=1
    fi
}

expect_exec bin/headroom-cli
if [ "$with_gui" = 1 ]; then
    expect_exec bin/headroom
fi
expect share/applications/$id.desktop
expect share/metainfo/$id.metainfo.xml
expect share/mime/packages/$id.xml
expect share/icons/hicolor/scalable/apps/$id.svg
for s in 16 24 32 48 64 128 256; do
    expect share/icons/hicolor/${s}x${s}/apps/$id.png
done
expect share/man/man1/headroom.1
expect share/man/man1/headroom-cli.1
expect share/doc/headroom/copyright
expect share/doc/headroom/examples/sample.headroom
[ "$failed" = 0 ] || { echo "files are missing"; exit 1; }

# Each PNG has the size its directory says.
if command -v identify > /dev/null 2>&1; then
    for s in 16 24 32 48 64 128 256; do
        got=$(identify -format '%wx%h' "$usr/share/icons/hicolor/${s}x${s}/apps/$id.png")
        [ "$got" = "${s}x${s}" ] || { echo "icon ${s}x${s} is $got"; exit 1; }
    done
    echo "ok       icon sizes"
fi

# Nothing outside the prefix, and nothing unexpected inside it.
others=$(cd "$root" && find . -type f ! -path './usr/*')
[ -z "$others" ] || { echo "installed outside /usr: $others"; exit 1; }

# The installed CLI runs.
version=$("$usr/bin/headroom-cli" --version)
echo "ok       $version"
case "$version" in "headroom-cli "*) ;; *) echo "unexpected --version output"; exit 1 ;; esac

# The launcher's Icon= and MimeType= match what is installed.
grep -qx "Icon=$id" "$usr/share/applications/$id.desktop" || { echo "Icon= is not $id"; exit 1; }
grep -qx "MimeType=application/x-headroom-plan;" "$usr/share/applications/$id.desktop" ||
    { echo "MimeType= is not application/x-headroom-plan"; exit 1; }

# shared-mime-info compiles the package and maps *.headroom to the plan type.
if command -v update-mime-database > /dev/null 2>&1; then
    mime="$root/mime"
    mkdir -p "$mime/packages"
    cp "$usr/share/mime/packages/$id.xml" "$mime/packages/"
    out=$(XDG_DATA_HOME="$root" update-mime-database "$mime" 2>&1)
    [ -z "$out" ] || { echo "update-mime-database: $out"; exit 1; }
    grep -q 'application/x-headroom-plan:\*\.headroom' "$mime/globs2" ||
        { echo "globs2 lacks *.headroom"; exit 1; }
    grep -q 'headroom-plan' "$mime/magic" || { echo "magic lacks the format string"; exit 1; }
    echo "ok       update-mime-database: *.headroom and the format string -> application/x-headroom-plan"
fi

# AppStream sees the installed tree as a whole: metainfo, its launchable .desktop, the icon.
if command -v appstreamcli > /dev/null 2>&1; then
    appstreamcli validate-tree --no-net "$usr" || { echo "appstreamcli validate-tree failed"; exit 1; }
fi
echo "install check passed"
