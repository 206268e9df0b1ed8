#!/usr/bin/env bash
# Build Carrousel for Linux: the PyInstaller folder dist/carrousel, then
#   dist/carrousel-<version>-linux-<arch>.tar.gz   (unpack anywhere, run ./carrousel/carrousel)
#   dist/carrousel_<version>_<debarch>.deb          (/opt/carrousel, /usr/bin/carrousel, menu entry, icons)
# Usage: bash packaging/build_linux.sh   (PYTHON defaults to .venv/bin/python; needs pyinstaller,
# binutils for strip/objdump, dpkg-deb, and desktop-file-validate when present).
set -euo pipefail
umask 022
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
VERSION="$("$PY" -c 'from importlib.metadata import version; print(version("carrousel"))')"
ARCH="$(uname -m)"

echo "build_linux: PyInstaller bundle of carrousel $VERSION"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/carrousel.spec

TARBALL="dist/carrousel-$VERSION-linux-$ARCH.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -cf - carrousel | gzip -9n >"$TARBALL"

# ---- .deb -----------------------------------------------------------------------------------------
DEB_ARCH="$(dpkg --print-architecture)"
ROOT="build/deb/carrousel_${VERSION}_$DEB_ARCH"
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/doc/carrousel" "$ROOT/usr/share/icons/hicolor/scalable/apps"
cp -a dist/carrousel "$ROOT/opt/carrousel"
ln -s /opt/carrousel/carrousel "$ROOT/usr/bin/carrousel"
install -m 644 packaging/linux/carrousel.desktop "$ROOT/usr/share/applications/carrousel.desktop"
install -m 644 packaging/linux/copyright "$ROOT/usr/share/doc/carrousel/copyright"
install -m 644 resources/icons/carrousel.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/carrousel.svg"
for png in resources/icons/carrousel-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -D -m 644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/carrousel.png"
done
install -m 755 packaging/linux/postinst packaging/linux/postrm "$ROOT/DEBIAN/"

# The oldest glibc the bundle runs on is the newest GLIBC_x.y symbol version any of its ELF files needs.
GLIBC="$( { find "$ROOT/opt/carrousel" -type f \( -name '*.so*' -o -name carrousel \) -print0 \
    | xargs -0 objdump -T 2>/dev/null || true; } | { grep -o 'GLIBC_[0-9][0-9.]*' || true; } \
    | sed 's/GLIBC_//' | sort -uV | tail -1)"
[ -n "$GLIBC" ] || { echo "build_linux: no GLIBC symbol versions found (is objdump from binutils installed?)" >&2; exit 1; }
INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DEB_ARCH@/$DEB_ARCH/" -e "s/@INSTALLED_SIZE@/$INSTALLED_SIZE/" \
    -e "s/@GLIBC@/$GLIBC/" packaging/linux/control.in >"$ROOT/DEBIAN/control"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$ROOT/usr/share/applications/carrousel.desktop"
fi
DEB="dist/carrousel_${VERSION}_$DEB_ARCH.deb"
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null

echo "build_linux: dist/carrousel  $(du -sb dist/carrousel | cut -f1) bytes unpacked"
echo "build_linux: $TARBALL  $(stat -c %s "$TARBALL") bytes"
echo "build_linux: $DEB  $(stat -c %s "$DEB") bytes (needs glibc >= $GLIBC)"
