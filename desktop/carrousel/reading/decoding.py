"""Bytes to text: which encoding a saved article uses, and whether it is text at all.

`Document.text` is defined as the decoded file with any byte-order mark removed and every line break
(CRLF or a lone CR) turned into "\\n"; every span indexes that string, never the raw bytes.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from carrousel.reading.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Files that merely carry a text suffix: a clearer message than "binary".
_MAGIC = (
    (b"%PDF-", "a PDF document, not text: save the article as text or HTML"),
    (b"PK\x03\x04", "a zip archive or Office document, not text: save the article as text or HTML"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
)

# When charset-normalizer finds several single-byte code pages equally likely (it cannot tell cp1250
# from cp1252 on a short Dutch text), prefer the Western European ones Dutch and Belgian sites use.
_WESTERN = ("cp1252", "iso8859_15", "latin_1")

# What a Western European article decoded as cp1252 may contain beyond ASCII: accented Latin letters and the
# typographic punctuation of the 0x80-0x9F range. A short Dutch text ("na één seizoen") gives charset-
# normalizer too little to rank cp1252 first, so this test comes first.
_WESTERN_EXTRA = frozenset("‘’‚“”„–—…•€™«»°§©®·\u00a0¡¿ºª")

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_LINE_BREAK = re.compile(r"\r\n?")


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF so offsets do not depend on the platform the file was saved on."""
    return _LINE_BREAK.sub("\n", text)


def decode(data: bytes) -> str:
    """The text of a file, BOM removed and newlines normalised; raises ReadError if it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_newlines(data[len(bom):].decode(encoding))
            except UnicodeDecodeError as exc:
                raise ReadError(f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}") from exc
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise ReadError(f"this is {reason}")
    if b"\x00" in data:
        return normalise_newlines(_decode_utf16_without_bom(data))
    try:
        return normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if len(_CONTROL.findall(data)) > max(2, len(data) // 100):
        raise ReadError("looks like a binary file, not text")
    return normalise_newlines(_guess(data))


def _decode_utf16_without_bom(data: bytes) -> str:
    """NUL bytes mean binary, unless every other byte is NUL: then it is UTF-16 saved without a BOM."""
    if len(data) % 2 == 0 and len(data) >= 4:
        even_nuls = data[0::2].count(0) / (len(data) // 2)
        odd_nuls = data[1::2].count(0) / (len(data) // 2)
        encoding = "utf-16-le" if odd_nuls > 0.3 and even_nuls == 0 else "utf-16-be" if even_nuls > 0.3 and odd_nuls == 0 else ""
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
    raise ReadError("looks like a binary file, not text")


def _guess(data: bytes) -> str:
    western = _western_text(data)
    if western is not None:
        return western
    matches = list(from_bytes(data))
    if not matches:
        raise ReadError("the text encoding could not be recognised")
    best = matches[0]
    tied = {m.encoding: m for m in matches if m.chaos == best.chaos and m.coherence == best.coherence}
    chosen = next((tied[name] for name in _WESTERN if name in tied), best)
    if chosen.chaos > 0.5:
        raise ReadError("the text encoding could not be recognised")
    text = str(chosen)
    return text[1:] if text.startswith("\ufeff") else text


def _western_text(data: bytes) -> str | None:
    """The cp1252 reading of `data` when it holds only Western European letters and punctuation."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    for ch in set(text):
        if not (ch.isascii() or ch in _WESTERN_EXTRA or ("\u00c0" <= ch <= "\u00ff" and ch not in "×÷")):
            return None
    return text
