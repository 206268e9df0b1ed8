"""Sentence and clause boundaries as character spans of the original text.

Evidence must point into the original file, so nothing here copies or normalises text: every function
takes the document text plus a span and returns spans.
"""
from __future__ import annotations

import re

from carrousel.model import Span

# A sentence ends at . ! ? (optionally followed by a closing quote) before white space and a capital,
# digit or opening quote, or at a line break. Double initials ("J.F. Kennedy") and common abbreviations do not
# end one; a single capital does ("in de Serie A. Blessin ..."), because news writes first names in full.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’»]?(?=\s+[\"'“‘«(]?[A-ZÀ-Ý0-9])|\n+")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.\s?[A-Z]|\bo\.a|\bbv|\bca|\bvs|\bnl|\bdhr|\bmr|\bSt|\bjr|\bsr|\bvz|\bi\.p\.v|\bm\.a\.w|\bd\.w\.z)\.$")

# Clause boundaries: a semicolon, a coordinating or subordinating word after a comma, or a comma that
# starts a new main clause ("..., Blessin was ..."): a capitalised word and a finite verb.
_CLAUSE_BREAK = re.compile(
    r";\s*"
    r"|,\s*(?=(?:maar|terwijl|want|waar|waarna|zodat|nadat|toen|omdat|hoewel|al|die|dat)\b)"
    r"|\s+(?=maar\b)"
    r"|,\s*(?=[A-ZÀ-Ý][\w'’-]+\s+(?:was|is|werd|wordt|had|heeft|ging|gaat|kwam|komt|speelde|speelt|bleef|blijft|zat|zit|stond|staat|nam|neemt|haalde|haalt|tekende|tekent)\b)"
)


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentences of `text[span.start:span.end]`, trimmed of surrounding white space, never empty."""
    out: list[Span] = []
    start = span.start
    for match in _SENTENCE_END.finditer(text, span.start, span.end):
        if match.group().strip() == "" and "\n" not in match.group():
            if _ABBREVIATION.search(text, max(span.start, match.start() - 8), match.start()):
                continue
        _append_trimmed(text, start, match.start() if "\n" in match.group() else match.end(), out)
        start = match.end()
    _append_trimmed(text, start, span.end, out)
    return out


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of one sentence, so that two people in one sentence keep their own clubs."""
    out: list[Span] = []
    start = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.start() > start:
            _append_trimmed(text, start, match.start(), out)
            start = match.end()
    _append_trimmed(text, start, sentence.end, out)
    return out


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))
