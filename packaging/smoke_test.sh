#!/usr/bin/env bash
# Smoke test of the frozen Linux build: does the bundle run and give the same answers as the source tree?
#  1. builds dist/carrousel (+ tar.gz + .deb) with build_linux.sh when it is missing or older than the sources;
#  2. `export-png` of the bundled sample articles, offscreen, must write a non-blank PNG;
#  3. `extract` and `careers --format jsonl` of the bundled seeds must equal the source tree's on seeds/;
#  4. a Dutch written date ("17 januari 2022", parsed by dateparser) must survive freezing, and a saved
#     web page (trafilatura, htmldate) and a cp1252 article must give the same events frozen as from source;
#  5. the .deb must hold the launcher, the menu entry and the icons.
# Usage: bash packaging/smoke_test.sh   (PYTHON defaults to .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
APP=dist/carrousel/carrousel
BUNDLED_SEEDS=dist/carrousel/_internal/seeds
SOURCE=(env "PYTHONPATH=$PWD/desktop${PYTHONPATH:+:$PYTHONPATH}" "$PY" -m carrousel)  # this tree's code, not an install
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
fail() { echo "smoke_test: FAIL: $*" >&2; exit 1; }

stale="$(find desktop resources seeds packaging pyproject.toml -type f -not -path '*/__pycache__/*' \
    -newer "$APP" -print -quit 2>/dev/null || true)"
if [ ! -x "$APP" ] || [ -n "$stale" ]; then
    bash packaging/build_linux.sh
fi
[ -d "$BUNDLED_SEEDS" ] || fail "the sample articles are not in the bundle ($BUNDLED_SEEDS)"

echo "smoke_test: export-png (offscreen)"
QT_QPA_PLATFORM=offscreen "$APP" export-png "$BUNDLED_SEEDS" -o "$TMP/out.png" || fail "export-png exited with $?"
QT_QPA_PLATFORM=offscreen "$PY" - "$TMP/out.png" <<'EOF' || fail "the exported PNG is blank or unreadable"
"""A drawn timeline has text, lanes and bars: many colours and a good share of non-background pixels."""
import sys
from PySide6.QtGui import QImage

image = QImage(sys.argv[1])
assert not image.isNull() and image.width() >= 200 and image.height() >= 100, "no usable image"
background = image.pixel(0, 0)
step = max(1, min(image.width(), image.height()) // 100)
samples = [image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
inked = sum(p != background for p in samples) / len(samples)
colours = len(set(samples))
print(f"smoke_test:   {image.width()}x{image.height()}, {colours} colours, {inked:.0%} drawn")
assert colours >= 8 and inked >= 0.02, "looks blank"
EOF

normalise() {  # rows as sorted JSON lines, with every document path (`doc`, `documents`) reduced to its file name
    "$PY" -c '
import json, sys
from pathlib import PurePath

def names(value, key=""):
    if isinstance(value, dict):
        return {k: names(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [names(v, key) for v in value]
    return PurePath(value).name if key in ("doc", "documents") and isinstance(value, str) else value

rows = [names(json.loads(line)) for line in sys.stdin if line.strip()]
print("\n".join(sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)))'
}

echo "smoke_test: extract, frozen vs source tree"
"$APP" extract "$BUNDLED_SEEDS" --format jsonl | normalise >"$TMP/frozen.jsonl"
"${SOURCE[@]}" extract seeds --format jsonl | normalise >"$TMP/source.jsonl"
[ -s "$TMP/source.jsonl" ] || fail "the source tree finds no events in seeds/"
diff -u "$TMP/source.jsonl" "$TMP/frozen.jsonl" >&2 || fail "the frozen app's events differ from the source tree's"
echo "smoke_test:   $(wc -l <"$TMP/frozen.jsonl") events, identical"
"$APP" careers "$BUNDLED_SEEDS" --format jsonl | normalise >"$TMP/frozen-careers.jsonl"
"${SOURCE[@]}" careers seeds --format jsonl | normalise >"$TMP/source-careers.jsonl"
diff -u "$TMP/source-careers.jsonl" "$TMP/frozen-careers.jsonl" >&2 || fail "the frozen app's careers differ"
echo "smoke_test:   $(wc -l <"$TMP/frozen-careers.jsonl") careers, identical"

echo "smoke_test: Dutch date through dateparser in the frozen app"
mkdir "$TMP/nl"
cat >"$TMP/nl/aanstelling.txt" <<'EOF'
KV Oostende stelt Jan Peeters aan als nieuwe trainer

KV Oostende heeft op 17 januari 2022 Jan Peeters aangesteld als nieuwe hoofdtrainer.
EOF
"$APP" extract "$TMP/nl" --format jsonl >"$TMP/nl.jsonl"
if ! grep -q '"from": "2022-01-17"' "$TMP/nl.jsonl"; then
    cat "$TMP/nl.jsonl" >&2
    "${SOURCE[@]}" extract "$TMP/nl" --format jsonl >"$TMP/nl-source.jsonl"
    if grep -q '"from": "2022-01-17"' "$TMP/nl-source.jsonl"; then
        fail "\"17 januari 2022\" is not parsed in the frozen app (dateparser data missing?)"
    fi
    fail "\"17 januari 2022\" is not found by the source tree either: an extractor problem, not packaging"
fi

echo "smoke_test: saved web page (trafilatura, htmldate) and a cp1252 article (charset-normalizer), frozen vs source"
mkdir "$TMP/web"
cat >"$TMP/web/oostende.html" <<'EOF'
<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>KV Oostende stelt Jan Peeters aan als nieuwe trainer | Voetbalnieuws</title>
<meta property="article:published_time" content="2022-01-17T10:00:00+01:00"></head>
<body>
<nav><a href="/">Home</a> | <a href="/nieuws">Nieuws</a> | <a href="/uitslagen">Uitslagen</a></nav>
<article>
<h1>KV Oostende stelt Jan Peeters aan als nieuwe trainer</h1>
<p>KV Oostende heeft Jan Peeters per direct aangesteld als nieuwe hoofdtrainer. De 45-jarige Belg tekende
een contract voor twee seizoenen aan de kust.</p>
<p>Het bestuur rekent op hem om de ploeg uit de degradatiezone te halen.</p>
</article>
<footer>Meest recent: Anderlecht wint van Genk | Lees ook: transfers</footer>
</body></html>
EOF
# Windows-1252 bytes for "één", "coördinatie", "José": the reader has to guess the code page.
printf 'KV Mechelen ontslaat trainer Wouter Vrancken na \xe9\xe9n seizoen\n\nKV Mechelen heeft trainer Wouter Vrancken na \xe9\xe9n seizoen ontslagen. De co\xf6rdinatie komt in handen van Jos\xe9 Riga.\n' \
    >"$TMP/web/mechelen.txt"
"$APP" extract "$TMP/web" --format jsonl | normalise >"$TMP/web-frozen.jsonl"
"${SOURCE[@]}" extract "$TMP/web" --format jsonl | normalise >"$TMP/web-source.jsonl"
[ -s "$TMP/web-source.jsonl" ] || fail "the source tree finds no events in the web page and the cp1252 article"
diff -u "$TMP/web-source.jsonl" "$TMP/web-frozen.jsonl" >&2 || fail "the frozen app reads these articles differently"

echo "smoke_test: .deb contents"
DEB="$(ls -t dist/carrousel_*.deb | head -1)"
CONTENTS="$(dpkg-deb -c "$DEB")"
for path in ./opt/carrousel/carrousel ./usr/bin/carrousel ./usr/share/applications/carrousel.desktop \
    ./usr/share/icons/hicolor/scalable/apps/carrousel.svg ./usr/share/icons/hicolor/16x16/apps/carrousel.png \
    ./usr/share/icons/hicolor/512x512/apps/carrousel.png ./opt/carrousel/_internal/seeds/; do
    grep -q " $path" <<<"$CONTENTS" || fail "$DEB lacks $path"
done

TARBALL="$(ls -t dist/carrousel-*-linux-*.tar.gz | head -1)"
echo "smoke_test: OK ($(du -sb dist/carrousel | cut -f1) bytes unpacked, $TARBALL $(stat -c %s "$TARBALL") bytes)"
