"""One file to documents, by format; file-level trouble is raised as ReadError with a readable reason."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from carrousel.model import DateInterval, Document, ReadProblem, Segment, SegmentKind
from carrousel.reading.dates import dateline_published, estimate_published, parse_date
from carrousel.reading.decoding import decode, normalise_newlines
from carrousel.reading.errors import ReadError
from carrousel.reading.frontmatter import split_front_matter
from carrousel.reading.html import read_page
from carrousel.reading.layout import segment_story
from carrousel.reading.sidecar import SourceFacts

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)

MB = 1024 * 1024
MAX_ARTICLE_BYTES = 2 * MB  # a long feature is ~50 kB; anything this big is a dump, a log or a book
MAX_PAGE_BYTES = 20 * MB  # saved pages carry scripts, styles and inlined images besides the article
MAX_JSONL_BYTES = 1024 * MB  # a whole corpus in one file; read line by line, never whole


def supported(path: Path) -> bool:
    return path.suffix.casefold() in SUPPORTED_SUFFIXES


def unsupported_reason(path: Path) -> str:
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return f"not a supported type ({path.suffix or 'no file extension'}): Carrousel reads {kinds} files"


def read_file(path: Path, facts: dict[str, SourceFacts]) -> Iterator[Document | ReadProblem]:
    """The documents of one file; a JSONL file also yields one problem per broken line."""
    suffix = path.suffix.casefold()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, facts)
        return
    limit = MAX_PAGE_BYTES if suffix in HTML_SUFFIXES else MAX_ARTICLE_BYTES
    text = _text_of(_read_bytes(path, limit))
    if suffix in HTML_SUFFIXES or _HTML_START.match(text):  # a page saved under a .txt name is still a page
        page = read_page(text)
        segments = segment_story(page.text, 0, page.title)
        yield _document(path.name, path, page.text, segments, page.published, page.url, page.title, facts)
        return
    fields, body_start = split_front_matter(text)
    if not text[body_start:].strip():
        raise ReadError("has front matter but no article text")
    title = fields.get("title", "")
    segments = segment_story(text, body_start, title)
    published = parse_date(fields.get("date", ""), reason="date in the front matter")
    yield _document(path.name, path, text, segments, published, fields.get("url"), title, facts)


def _read_bytes(path: Path, limit: int) -> bytes:
    size = _stat_size(path)
    if size > limit:
        raise ReadError(f"is too large to be an article ({size / MB:.1f} MB; the limit is {limit // MB} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(os_reason(exc)) from exc


def _stat_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise ReadError(os_reason(exc)) from exc


def os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "vanished before it could be read"
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied"
    return f"cannot be read: {exc.strerror or exc}"


def _text_of(data: bytes) -> str:
    if not data:
        raise ReadError("the file is empty")
    text = decode(data)
    if not text.strip():
        raise ReadError("contains only whitespace")
    return text


def _document(
    doc_id: str,
    path: Path,
    text: str,
    segments: list[Segment],
    published: DateInterval | None,
    url: str | None,
    title: str | None,
    facts: dict[str, SourceFacts],
) -> Document:
    """Fills what the file itself does not say from the sidecar, then from its dateline, then from
    the years the story mentions."""
    known = facts.get(doc_id)
    if published is None and known and known.published:
        published = known.published
    if published is None:
        published = dateline_published(text, segments) or estimate_published(text, segments)
    headline = next((s.span.slice(text) for s in segments if s.kind is SegmentKind.HEADLINE), "")
    title = title or (known.title if known else "") or headline or doc_id
    url = url or (known.url if known else "") or None
    return Document(doc_id, str(path), text, title, segments, published, url)


def _read_jsonl(path: Path, facts: dict[str, SourceFacts]) -> Iterator[Document | ReadProblem]:
    """One article per line; a broken line is reported and the others still load. A sidecar row
    names a line by its doc_id (its `id`, or `<file name>#<line number>`)."""
    size = _stat_size(path)
    if size > MAX_JSONL_BYTES:
        raise ReadError(f"is too large ({size / MB:.0f} MB; the limit for a JSONL file is {MAX_JSONL_BYTES // MB} MB)")
    if size == 0:
        raise ReadError("the file is empty")
    lines = 0
    try:
        with path.open("rb") as stream:
            for number, raw in enumerate(stream, start=1):
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                lines += 1
                try:
                    yield _jsonl_document(path, number, raw, facts)
                except ReadError as exc:
                    yield ReadProblem(str(path), f"line {number}: {exc.reason}")
    except OSError as exc:
        raise ReadError(os_reason(exc)) from exc
    if lines == 0:
        raise ReadError("contains only whitespace")


def _jsonl_document(path: Path, number: int, raw: bytes, facts: dict[str, SourceFacts]) -> Document:
    if len(raw) > 2 * MAX_ARTICLE_BYTES:  # JSON escaping can double an article's size
        raise ReadError("too large to be an article")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ReadError("not UTF-8 text (JSONL files must be UTF-8)") from exc
    except json.JSONDecodeError as exc:
        raise ReadError(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise ReadError("expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("has no article text (a non-empty 'text' field)")
    text = normalise_newlines(text.removeprefix("\ufeff"))
    title, url, when, ident = (_field(record, key) for key in ("title", "url", "date", "id"))
    segments = segment_story(text, 0, title)
    published = parse_date(when, reason="date field in the JSONL file")
    return _document(ident or f"{path.name}#{number}", path, text, segments, published, url, title, facts)


def _field(record: dict[str, object], key: str) -> str:
    value = record.get(key)
    return str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
