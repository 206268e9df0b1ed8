"""Each sentence's time phrases, read when something first asks for them.

Most sentences of an article state no career event; their dates matter only as the date the story is at
when a later sentence says "toen" or "enkele maanden later". `SentenceTimes` reads a sentence's phrases on
first use, and reads the sentences before it only if one of its phrases counts from the date set before.
"""
from __future__ import annotations

from carrousel.extraction.dates import TimeMention, find_times
from carrousel.model import DateInterval, Span

ANAPHORA_REACH = 1  # "toen", "daarna", "dat jaar" reach back over at most one sentence without a date
_MAX_CHAIN = 40  # sentences read back for one phrase: past this, an anaphor counts from nothing (no guess)


class SentenceTimes:
    """`times[i]`: the time phrases of sentence `i`, with document offsets."""

    def __init__(self, text: str, lower: str, sentences: list[Span], published: DateInterval) -> None:
        self._text, self._lower, self._sentences, self._published = text, lower, sentences, published
        self._found: dict[int, list[TimeMention]] = {}

    def __getitem__(self, i: int) -> list[TimeMention]:
        return self._read(i, 0)

    def _read(self, i: int, depth: int) -> list[TimeMention]:
        found = self._found.get(i)
        if found is None:
            span = self._sentences[i]
            found = find_times(self._text[span.start:span.end], self._published, lambda: self._set_before(i, depth + 1),
                               lower=self._lower[span.start:span.end], offset=span.start)
            self._found[i] = found
        return found

    def _set_before(self, i: int, depth: int) -> DateInterval | None:
        """The date the story is at when sentence `i` begins: the last one a sentence within reach named
        ("sinds februari 2025 ... Hij volgde toen X op": "toen" is February, not an open end)."""
        if depth > _MAX_CHAIN:
            return None
        for j in range(i - 1, max(i - 2 - ANAPHORA_REACH, -1), -1):
            explicit = [t for t in self._read(j, depth) if t.role != "duration"]
            if explicit:
                return explicit[-1].named or explicit[-1].interval
        return None
