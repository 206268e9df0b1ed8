#!/usr/bin/env bash
# Build Carrousel for macOS: dist/Carrousel.app (PyInstaller BUNDLE) and dist/carrousel-<version>-macos-<arch>.dmg.
# Signing and notarisation happen only when their credentials are in the environment:
#   CARROUSEL_CODESIGN_IDENTITY  "Developer ID Application: Name (TEAMID)" in the login keychain; PyInstaller
#                                signs every binary with the hardened runtime, this script signs the .dmg.
#   CARROUSEL_NOTARY_PROFILE     a notarytool keychain profile, created once with
#                                  xcrun notarytool store-credentials carrousel-notary \
#                                      --apple-id you@example.com --team-id TEAMID --password <app-specific>
#                                the .dmg is then submitted, awaited and stapled.
# Without them the app is ad-hoc signed: it runs on the build Mac; elsewhere Gatekeeper asks first.
# Usage: bash packaging/build_macos.sh   (PYTHON defaults to .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
VERSION="$("$PY" -c 'from importlib.metadata import version; print(version("carrousel"))')"
ARCH="$(uname -m)"

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/carrousel.spec
APP=dist/Carrousel.app
codesign --verify --deep --strict "$APP"
"$APP/Contents/MacOS/carrousel" --version
EVENTS="$("$APP/Contents/MacOS/carrousel" extract "$APP/Contents/Resources/seeds" --format jsonl)"
grep -q '"person"' <<<"$EVENTS" || { echo "build_macos: the app finds no events in its sample articles" >&2; exit 1; }

STAGE="build/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # drag-to-install
DMG="dist/carrousel-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
hdiutil create -volname "Carrousel $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${CARROUSEL_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CARROUSEL_CODESIGN_IDENTITY" "$DMG"
    if [ -n "${CARROUSEL_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$CARROUSEL_NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    else
        echo "build_macos: CARROUSEL_NOTARY_PROFILE not set: signed but not notarised"
    fi
else
    echo "build_macos: CARROUSEL_CODESIGN_IDENTITY not set: ad-hoc signed, not notarised"
fi
echo "build_macos: $DMG  $(stat -f %z "$DMG") bytes"
