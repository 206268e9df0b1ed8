#!/usr/bin/env bash
# Install the .deb, start Carrousel the way the menu entry does under Xvfb, screenshot it, then remove
# the package and check that nothing is left behind. Changes the system: run it in a throw-away machine.
# Usage: bash packaging/test_deb.sh [path/to.deb]   (needs root or sudo, Xvfb, xwininfo; `import` from
# ImageMagick for the screenshot, which lands in dist/deb-window.png)
set -euo pipefail
cd "$(dirname "$0")/.."
DEB="${1:-$(ls -t dist/carrousel_*.deb | head -1)}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
TMP="$(mktemp -d)"
XVFB_PID=""; APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT
fail() { echo "test_deb: FAIL: $*" >&2; exit 1; }

echo "test_deb: installing $DEB"
if ! $SUDO dpkg -i "$DEB"; then
    $SUDO apt-get install -f -y --no-install-recommends  # pull in missing Depends, then configure
fi
[ "$(dpkg-query -W -f='${Status}' carrousel)" = "install ok installed" ] || fail "package not installed"
[ "$(readlink -f "$(command -v carrousel)")" = /opt/carrousel/carrousel ] || fail "launcher does not lead to /opt/carrousel"
desktop-file-validate /usr/share/applications/carrousel.desktop
for size in 16 24 32 48 64 128 256 512; do
    [ -f "/usr/share/icons/hicolor/${size}x$size/apps/carrousel.png" ] || fail "no ${size}px icon"
done
missing="$(find /opt/carrousel -type f -name '*.so*' -exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)"
[ -z "$missing" ] || fail "libraries the Depends do not provide: $missing"
echo "test_deb: $(carrousel --version) installed; every bundled library resolves"

# Start it like a double-click: the desktop entry's Exec line without its field codes, in a fresh home.
EXEC="$(sed -n 's/^Exec=//p' /usr/share/applications/carrousel.desktop | sed 's/ %[fFuU]//g')"
DISPLAY_NUM=97
Xvfb ":$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
export DISPLAY=":$DISPLAY_NUM" HOME="$TMP" XDG_CONFIG_HOME="$TMP/config"
$EXEC >"$TMP/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 100); do
    xwininfo -root -tree | grep -q '("carrousel" "Carrousel")' && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$TMP/app.log" >&2; fail "the app exited"; }
    sleep 0.1
done
xwininfo -root -tree | grep '("carrousel" "Carrousel")' || fail "no Carrousel window after 10 s"
sleep 3  # let it read the sample articles and draw them
kill -0 "$APP_PID" 2>/dev/null || { cat "$TMP/app.log" >&2; fail "the app exited"; }
if command -v import >/dev/null; then
    mkdir -p dist && import -window root dist/deb-window.png && echo "test_deb: screenshot in dist/deb-window.png"
fi
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
if [ -s "$TMP/app.log" ]; then echo "test_deb: the app said:"; sed 's/^/  /' "$TMP/app.log"; fi

echo "test_deb: removing"
$SUDO dpkg -r carrousel
[ ! -e /opt/carrousel ] || fail "/opt/carrousel is still there: $(find /opt/carrousel | head)"
for path in /usr/bin/carrousel /usr/share/applications/carrousel.desktop \
    /usr/share/icons/hicolor/scalable/apps/carrousel.svg /usr/share/icons/hicolor/48x48/apps/carrousel.png; do
    [ ! -e "$path" ] && [ ! -L "$path" ] || fail "$path is still there"
done
echo "test_deb: OK"
