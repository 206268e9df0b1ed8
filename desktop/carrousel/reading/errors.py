"""The one exception the reading package raises, so callers can tell a bad file from a bug."""
from __future__ import annotations


class ReadError(Exception):
    """A file cannot become a document; `reason` is one sentence a user understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
