"""From paths on disk to events, one document at a time, so callers can show progress and cancel."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from carrousel.extraction.extractor import Extractor
from carrousel.model import Corpus, Document, Event, ReadProblem
from carrousel.reading import iter_documents


@dataclass
class DocumentResult:
    """What one article gave: the document and its events, or the reason it could not be read."""

    document: Document | None
    events: list[Event] = field(default_factory=list)
    problem: ReadProblem | None = None


def iter_extract(
    paths: Iterable[str | Path],
    cancelled: Callable[[], bool] = lambda: False,
    extractor: Extractor | None = None,
) -> Iterator[DocumentResult]:
    """Read and extract lazily; stops between documents as soon as `cancelled()` is true.

    One article that breaks the extractor becomes a problem for that article, never for the batch.
    """
    extractor = extractor or Extractor()
    for item in iter_documents(paths):
        if cancelled():
            return
        if isinstance(item, ReadProblem):
            yield DocumentResult(None, problem=item)
            continue
        try:
            events = extractor.extract(item)
        except Exception as exc:  # a bug must cost one article, not the user's whole corpus
            yield DocumentResult(item, problem=ReadProblem(item.path, f"could not analyse this article ({exc!r})"))
            continue
        yield DocumentResult(item, events)


def extract_all(paths: Iterable[str | Path]) -> tuple[Corpus, list[Event]]:
    corpus, events = Corpus(), []
    for result in iter_extract(paths):
        if result.document is not None:
            corpus.documents.append(result.document)
        if result.problem is not None:
            corpus.problems.append(result.problem)
        events.extend(result.events)
    return corpus, events
