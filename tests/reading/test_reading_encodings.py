"""Encodings: whatever the bytes, `Document.text` is the same string and spans index it."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from carrousel.model import SegmentKind

from .support import only_document

ARTICLE = (
    "Shevchenko weg bij Genoa\n"
    "\n"
    "door\n"
    "Shevchenko weg bij Genoa\n"
    "\n"
    "De ex-bondscoach van Oekraïne betaalde het gelag. Blessin is dé revelatie, zegt men: “Hij is klaar”, "
    "en ‘de Kustploeg’ laat hem gaan.\n"
    "\n"
    "Meest recent\n"
    "\n"
    "Openda in 2025 ...\n"
)

ENCODINGS = {
    "utf-8": ARTICLE.encode("utf-8"),
    "utf-8-sig": ARTICLE.encode("utf-8-sig"),
    "utf-16": ARTICLE.encode("utf-16"),  # with BOM, native order
    "utf-16-le-bom": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    "utf-16-le-no-bom": ARTICLE.encode("utf-16-le"),
    "cp1252": ARTICLE.encode("cp1252"),
    "crlf-utf-8": ARTICLE.replace("\n", "\r\n").encode("utf-8"),
    "cr-cp1252": ARTICLE.replace("\n", "\r").encode("cp1252"),
    "crlf-utf-16": ARTICLE.replace("\n", "\r\n").encode("utf-16"),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_every_encoding_gives_the_same_text_and_segments(tmp_path: Path, name: str) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(ENCODINGS[name])
    document = only_document(path)
    assert document.text == ARTICLE
    kinds = [s.kind for s in document.segments]
    assert kinds == [SegmentKind.HEADLINE, SegmentKind.BYLINE, SegmentKind.BODY, SegmentKind.SIDEBAR]
    body = document.spans(SegmentKind.BODY)[0].slice(document.text)
    assert "Oekraïne" in body and "dé revelatie" in body and "“Hij is klaar”" in body


def test_short_latin1_text_is_read_as_western_european(tmp_path: Path) -> None:
    path = tmp_path / "kort.txt"
    path.write_bytes("Oekraïne wint\n\nDé ploeg van het jaar.".encode("latin-1"))
    assert only_document(path).text == "Oekraïne wint\n\nDé ploeg van het jaar."


@pytest.mark.parametrize("text", [
    "Hasi tekent\n\nNa één seizoen vertrekt de coach.",
    "Transfer\n\nDe Kroaat – zei hij – is “klaar”… voor € 2 miljoen.",
    "Genk\n\nÇa va, zei de Fransman: één, twee, drie.",
])
def test_short_cp1252_dutch_is_not_mistaken_for_another_code_page(tmp_path: Path, text: str) -> None:
    path = tmp_path / "kort.txt"
    path.write_bytes(text.encode("cp1252"))
    assert only_document(path).text == text


def test_central_european_text_still_goes_to_detection(tmp_path: Path) -> None:
    text = "Zápas\n\nTrenér Jindřich Trpišovský odchází ze Slavie po sezóně, řekl klub." * 3
    path = tmp_path / "cz.txt"
    path.write_bytes(text.encode("cp1250"))
    assert "Trpišovský" in only_document(path).text
