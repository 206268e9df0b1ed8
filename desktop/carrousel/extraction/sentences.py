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
# The end pattern starts with a character class, which the regex engine scans for quickly; a look-behind
# first would make it attempt a match at every position.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)\n*|[\"'”’»]?(?=\s+[\"'“‘«(]?[A-ZÀ-Ý0-9]))")
_ABBREVIATIONS = ("o.a", "bv", "ca", "vs", "nl", "dhr", "mr", "St", "jr", "sr", "vz", "i.p.v", "m.a.w", "d.w.z")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.\s?[A-Z]|" + "|".join(r"\b" + re.escape(a) for a in _ABBREVIATIONS) + r")\.$")
# The longest word an abbreviation (or "J.F.") ends in: a dot after a longer word needs no pattern search.
_ABBREVIATION_WORD = max(len(re.split(r"\W", a)[-1]) for a in _ABBREVIATIONS)

# Clause boundaries: a semicolon, a coordinating or subordinating word after a comma, or a comma that
# starts a new main clause ("..., Blessin was ..."): a capitalised word and a finite verb; and, without a
# comma, "maar" or "en" with a finite verb of its own ("was assistent bij Charleroi en werd in 2023
# interimcoach"), which only sentences holding those words are scanned for.
_FINITE = (r"(?:was|is|werd|wordt|had|heeft|ging|gaat|kwam|komt|speelde|speelt|bleef|blijft|zat|zit|stond|staat|nam|"
           r"neemt|haalde|haalt|tekende|tekent)\b")
_PUNCTUATION_BREAK = (
    r";\s*"
    r"|,\s*(?=(?:maar|terwijl|want|waar|waarna|zodat|nadat|toen|omdat|hoewel|al|die|dat)\b)"
    r"|,\s*(?=[A-ZÀ-Ý][\w'’-]+\s+" + _FINITE + ")"
    # the comma closing an inserted phrase, before the main verb: "Rik De Mil, vorig seizoen nog assistent bij
    # Gent, tekende ..." (a break only after an earlier comma: "Nadat hij overkwam, werd X" is one thought)
    r"|(?P<resume>,)\s*(?=" + _FINITE + ")"
)
_CLAUSE_BREAK = re.compile(_PUNCTUATION_BREAK)
_CLAUSE_BREAK_OR_CONJUNCTION = re.compile(_PUNCTUATION_BREAK + r"|\s+(?=maar\b)|\s+(?=en\s+" + _FINITE + ")")
FINITE_VERB = re.compile(_FINITE)  # a clause that starts with one continues the main clause its subject began
_EN_FINITE = re.compile(r"en\s+" + _FINITE)  # starts with a literal: found fast, unlike the break before it


def split_sentences(text: str, span: Span) -> list[Span]:
    """Sentences of `text[span.start:span.end]`, trimmed of surrounding white space, never empty."""
    out: list[Span] = []
    start = span.start
    # An end mark just before the span still ends a sentence at its start (a quote there stands alone).
    scan = span.start - 1 if span.start and text[span.start - 1] in ".!?" else span.start
    for match in _SENTENCE_END.finditer(text, scan, span.end):
        mark, end = match.span()
        if text[mark] == "\n":
            _append_trimmed(text, start, mark, out, span)
        else:
            if end == mark + 1 and _is_abbreviation(text, span.start, end):
                continue
            _append_trimmed(text, start, end, out, span)
        start = end
    _append_trimmed(text, start, span.end, out, span)
    return out


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Clauses of one sentence, so that two people in one sentence keep their own clubs."""
    out: list[Span] = []
    start = sentence.start
    conjunction = text.find("maar", sentence.start, sentence.end) >= 0 or (
        text.find(" en ", sentence.start, sentence.end) >= 0
        and _EN_FINITE.search(text, sentence.start, sentence.end) is not None)
    breaks = _CLAUSE_BREAK_OR_CONJUNCTION if conjunction else _CLAUSE_BREAK
    # A search per break, as most sentences have none; without a conjunction, one needs a comma or a semicolon,
    # which `str.find` rules out faster than the pattern.
    punctuated = conjunction or text.find(",", start, sentence.end) >= 0 or text.find(";", start, sentence.end) >= 0
    match = breaks.search(text, start, sentence.end) if punctuated else None
    while match:
        if match.lastgroup == "resume" and text.find(",", sentence.start, match.start()) < 0:
            match = breaks.search(text, match.end(), sentence.end)
            continue
        if match.start() > start:
            _append_trimmed(text, start, match.start(), out, sentence)
            start = match.end()
        match = breaks.search(text, match.end(), sentence.end)
    _append_trimmed(text, start, sentence.end, out, sentence)
    return out


def _is_abbreviation(text: str, floor: int, after_dot: int) -> bool:
    """Whether the dot before `after_dot` closes an abbreviation ("o.a.", "J.F.") rather than a sentence; the
    abbreviation starts at `floor` or later."""
    dot = after_dot - 1
    reach = _ABBREVIATION_WORD + 1  # the word and the boundary before it
    if text[dot] != "." or (dot >= reach and text[dot - reach:dot].isalnum()):
        return False
    return _ABBREVIATION.search(text, max(floor, after_dot - 8), after_dot) is not None


def _append_trimmed(text: str, start: int, end: int, out: list[Span], whole: Span) -> None:
    """Append `text[start:end]` without surrounding white space, if anything is left: as `whole` itself when
    it is that span (spans are immutable, and creating one costs more than the rest of a short sentence)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(whole if start == whole.start and end == whole.end else Span(start, end))
