"""Saved web pages: main text, title and canonical URL by trafilatura, publication date by htmldate."""
from __future__ import annotations

from dataclasses import dataclass

from carrousel.model import DateInterval
from carrousel.reading.dates import parse_date
from carrousel.reading.decoding import normalise_newlines
from carrousel.reading.errors import ReadError


@dataclass(frozen=True)
class Page:
    """`text` is the title line, a blank line, then the main text: the string a page's spans index."""

    text: str
    title: str
    url: str | None
    published: DateInterval | None


def read_page(html: str) -> Page:
    import htmldate  # both pull in lxml and language data: only when a page is read
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        raise ReadError("is not a readable HTML page")
    # htmldate first: trafilatura may prune the tree it is given.
    found = htmldate.find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    extracted = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    main = normalise_newlines((extracted.text or "") if extracted else "").strip()
    if not main:
        raise ReadError("no article text found in this page")
    title = " ".join((extracted.title or "").split())
    first_line = main.split("\n", 1)[0].strip()
    text = main if not title or first_line == title else f"{title}\n\n{main}"
    published = parse_date(found, reason="publication date in the page (htmldate)") if found else None
    return Page(text, title or first_line, extracted.url or None, published)
