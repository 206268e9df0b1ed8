"""Splits an article's text into headline, byline, body, asides and sidebar.

Only the headline and body are the story: the byline (author, dateline) repeats the headline, asides ("LEES OOK: ...", polls,
a closing reader question) point elsewhere, and the sidebar ("Meest recent" and everything after) lists
other articles scraped later. Extraction and dating read only the story, so this split decides what
the app believes. Rules work on whole lines, which is how scraped pages keep their furniture apart.
Spans cover the stripped content of lines, never the blank lines between segments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from carrousel.model import Segment, SegmentKind, Span
from carrousel.reading.dateline import is_dateline, strip_dates
from carrousel.reading.resources import Boilerplate, boilerplate

MAX_HEADLINE_CHARS = 150
MAX_PROMPT_CHARS = 200
PROSE_PARAGRAPH_CHARS = 200
MAX_BYLINE_WORDS = 8
MAX_BYLINE_LINES = 4

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_TRAILING_COUNT = re.compile(r"\s*(\(\d+\)|\d+)?\s*:?\s*$")
_SENTENCE_INSIDE = re.compile(r"[.!?][\"'”’»]?\s+[\"'“‘«]?[A-ZÀ-Ý]")
_QUOTES = "\"'“”‘’«»„"
_SENTENCE_END = ".!?" + _QUOTES


@dataclass(frozen=True)
class _Line:
    """A non-empty line: [start, end) is its content without surrounding whitespace."""

    start: int
    end: int
    text: str
    paragraph: int  # lines of one paragraph (no blank line between them) share this number


def segment(text: str) -> list[Segment]:
    """Headline, byline, body, aside and sidebar spans of `text`, in order and never overlapping."""
    return segment_story(text)


def segment_story(text: str, start: int = 0, title: str | None = None) -> list[Segment]:
    """Segments `text[start:]` (front matter comes before `start`); `title`, when known from metadata,
    makes a first line that resembles it the headline whatever its length."""
    words = boilerplate()
    lines = _lines(text, start)
    if not lines:
        return []
    segments: list[Segment] = []
    first = 0
    byline_end = _byline_end(lines, 1, words)
    has_byline = byline_end > 1
    if has_byline or _resembles(lines[0].text, title) or _looks_like_headline(lines[0].text):
        segments.append(Segment(SegmentKind.HEADLINE, _headline_span(lines[0])))
        first = 1
    if has_byline:
        segments.append(Segment(SegmentKind.BYLINE, Span(lines[1].start, lines[byline_end - 1].end)))
        first = byline_end
    sidebar = _sidebar_start(lines, first, words)
    body = lines[first:sidebar]
    asides = _asides(body, words, page_layout=has_byline or sidebar < len(lines))
    run: list[_Line] = []
    for index, line in enumerate(body):
        if index in asides:
            if run:
                segments.append(Segment(SegmentKind.BODY, Span(run[0].start, run[-1].end)))
                run = []
            segments.append(Segment(SegmentKind.ASIDE, Span(line.start, line.end)))
        else:
            run.append(line)
    if run:
        segments.append(Segment(SegmentKind.BODY, Span(run[0].start, run[-1].end)))
    if sidebar < len(lines):
        segments.append(Segment(SegmentKind.SIDEBAR, Span(lines[sidebar].start, len(text))))
    return segments


def _lines(text: str, start: int) -> list[_Line]:
    lines: list[_Line] = []
    paragraph = 0
    position = start
    for raw in text[start:].split("\n"):
        content = raw.strip()
        if content:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(position + lead, position + lead + len(content), content, paragraph))
        else:
            paragraph += 1
        position += len(raw) + 1
    return lines


def _headline_span(line: _Line) -> Span:
    """A Markdown '# ' is markup, not part of the headline."""
    heading = _MARKDOWN_HEADING.match(line.text)
    if heading and heading.end() < len(line.text):
        return Span(line.start + heading.end(), line.end)
    return Span(line.start, line.end)


def _looks_like_headline(text: str) -> bool:
    """Short and without a final full stop: headlines are phrases, story paragraphs end in sentences."""
    bare = _MARKDOWN_HEADING.sub("", text, count=1)
    ends_sentence = bare.endswith(".") and not bare.endswith("...")
    return len(bare) <= MAX_HEADLINE_CHARS and not ends_sentence


def _normal(text: str) -> str:
    return " ".join(_MARKDOWN_HEADING.sub("", text, count=1).strip(_QUOTES + ":;,.!? ").split()).casefold()


def _resembles(line: str, title: str | None) -> bool:
    """The same headline, possibly truncated (sites cut the repeated headline short) or retouched."""
    if not title:
        return False
    a, b = _normal(line), _normal(title)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter) and len(shorter) >= min(12, len(longer)):
        return True
    return fuzz.ratio(a, b) >= 90


def _byline_end(lines: list[_Line], start: int, words: Boilerplate) -> int:
    """End of the lines under the headline that say who wrote it and when: a byline ("door", perhaps
    followed by the repeated headline) and datelines, in either order."""
    end = start
    while end < len(lines) and end - start < MAX_BYLINE_LINES:
        if _is_byline(lines[end].text, words):
            end += 1
            if end < len(lines) and _resembles(lines[end].text, lines[0].text):
                end += 1
        elif is_dateline(lines[end].text):
            end += 1
        elif end + 1 < len(lines) and _is_name(lines[end].text, words) and is_dateline(lines[end + 1].text):
            end += 2  # an author's name without "door", above the dateline
        else:
            break
    return end


def _is_name(text: str, words: Boilerplate) -> bool:
    tokens = text.split()
    return 2 <= len(tokens) <= 5 and text[-1].isalpha() and all(
        t[0].isupper() and t.replace("-", "").replace("'", "").isalpha() or t.casefold() in words.byline_lowercase_words
        for t in tokens
    )


def _is_byline(text: str, words: Boilerplate) -> bool:
    """'door' alone (author not scraped) or 'door Firstname Lastname', perhaps with a date."""
    tokens = strip_dates(text).replace(":", " ").split()
    if not tokens or tokens[0].casefold() not in words.byline_prefixes or text.endswith("."):
        return False
    names = tokens[1:]
    known = (*words.byline_lowercase_words, *words.dateline_fillers)
    return len(names) <= MAX_BYLINE_WORDS and all(
        word[0].isupper() or word.casefold() in known or not word[0].isalnum() for word in names
    )


def _marker(text: str) -> str:
    return " ".join(_TRAILING_COUNT.sub("", text).split()).casefold()


def _sidebar_start(lines: list[_Line], first: int, words: Boilerplate) -> int:
    """Index of the line opening the sidebar, or len(lines)."""
    for index in range(first, len(lines)):
        marker = _marker(lines[index].text)
        if marker in words.strong_sidebar:
            return index
        if marker in words.weak_sidebar and index > first and not _prose_follows(lines, index):
            return index
    return len(lines)


def _prose_follows(lines: list[_Line], index: int) -> bool:
    """A weak marker ("Lees meer", "Reageer") may sit inside a story; running prose after it says so."""
    paragraphs: dict[int, list[str]] = {}
    for line in lines[index + 1:]:
        paragraphs.setdefault(line.paragraph, []).append(line.text)
    for texts in paragraphs.values():
        paragraph = " ".join(texts)
        truncated = paragraph.endswith(("...", "…"))
        if len(paragraph) >= PROSE_PARAGRAPH_CHARS and paragraph[-1] in _SENTENCE_END and not truncated:
            return True
    return False


def _is_aside_link(text: str, words: Boilerplate) -> bool:
    folded = text.casefold()
    for prefix in words.aside_prefixes:
        if folded.startswith(prefix):
            rest = folded[len(prefix):].lstrip()
            if rest[:1] in (":", "|"):
                return True
    return False


def _is_closing_prompt(text: str) -> bool:
    """A one-sentence question or truncated teaser the site adds to invite comments or votes."""
    if len(text) > MAX_PROMPT_CHARS or text[0] in _QUOTES:
        return False
    if not (text.endswith("?") or text.endswith(("...", "…"))):
        return False
    return not _SENTENCE_INSIDE.search(text.rstrip(".…?"))


def _asides(body: list[_Line], words: Boilerplate, page_layout: bool) -> set[int]:
    """Indexes of aside lines: link lines anywhere ("LEES OOK: title", or "Lees ook" alone above the
    linked title), plus the closing prompt of a scraped page."""
    asides: set[int] = set()
    for index, line in enumerate(body):
        if _is_aside_link(line.text, words):
            asides.add(index)
        elif _marker(line.text) in words.aside_prefixes:
            asides.add(index)
            if index + 1 < len(body) and _looks_like_headline(body[index + 1].text):
                asides.add(index + 1)
    if page_layout:
        for index in range(len(body) - 1, 0, -1):
            if index in asides:
                continue
            line = body[index]
            alone = body[index - 1].paragraph != line.paragraph
            if alone and _is_closing_prompt(line.text):
                asides.add(index)
            break
    return asides
