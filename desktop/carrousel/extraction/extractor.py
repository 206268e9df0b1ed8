"""Turns one document into career events (being written; the interface is final)."""
from __future__ import annotations

from carrousel.model import Document, Event


class Extractor:
    """Holds the loaded gazetteer and lexicons so many documents share one set-up cost."""

    def extract(self, document: Document) -> list[Event]:
        return []
