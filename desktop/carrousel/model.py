"""The plain data every part of Carrousel passes around.

Kept free of Qt and of any extraction logic so that reading, extraction, the career model, exports and
the window can all depend on it without depending on each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any


class Kind(str, Enum):
    """What an event says about a person's spell at a club."""

    JOINED = "joined"
    LEFT = "left"
    SPELL = "spell"
    RUMOUR = "rumour"


class Role(str, Enum):
    HEAD_COACH = "head_coach"
    ASSISTANT_COACH = "assistant_coach"
    INTERIM_COACH = "interim_coach"
    YOUTH_COACH = "youth_coach"
    PLAYER = "player"
    TECHNICAL_DIRECTOR = "technical_director"
    NATIONAL_COACH = "national_coach"
    OTHER = "other"

    @property
    def is_coaching(self) -> bool:
        return self not in (Role.PLAYER, Role.OTHER)


class Reason(str, Enum):
    """Why a spell ended (only for `left` events)."""

    DISMISSED = "dismissed"
    RESIGNED = "resigned"
    MUTUAL = "mutual"
    MOVED = "moved"
    RETIRED = "retired"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


class Precision(str, Enum):
    """How narrow a date interval really is; the timeline draws wide ones as uncertain."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"  # a half or whole football season, a summer, a winter break
    YEAR = "year"
    YEARS = "years"  # several years, or an open end


@dataclass(frozen=True, init=False)
class DateInterval:
    """An inclusive interval in which something happened; either end may be open (None).

    `text` is the phrase the interval came from ("in de zomer van 2020"), `estimated` says the interval is
    a guess rather than something a source states (an estimated publication date, for example), and
    `reason` explains where it came from in words a user can read.
    """

    start: date | None
    end: date | None
    precision: Precision
    text: str = ""
    estimated: bool = False
    reason: str = ""

    def __init__(self, start: date | None, end: date | None, precision: Precision, text: str = "",
                 estimated: bool = False, reason: str = "") -> None:
        """Checks the ends and fills the fields in one dictionary: the extractor makes many intervals, and the
        generated frozen `__init__` (one `object.__setattr__` call per field) costs twice as much."""
        if start and end and start > end:
            raise ValueError(f"interval starts after it ends: {start} > {end}")
        fields = self.__dict__
        fields["start"], fields["end"], fields["precision"] = start, end, precision
        fields["text"], fields["estimated"], fields["reason"] = text, estimated, reason

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "precision": self.precision.value,
            "text": self.text,
            **({"estimated": True} if self.estimated else {}),
        }


@dataclass(frozen=True)
class Span:
    """A character range [start, end) of a document's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


class SegmentKind(str, Enum):
    HEADLINE = "headline"
    BYLINE = "byline"
    BODY = "body"
    ASIDE = "aside"  # "LEES OOK:" links, closing questions, polls: part of the page, not of the story
    SIDEBAR = "sidebar"  # "Meest recent" and everything after it: other articles, scraped later


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    span: Span


@dataclass
class Document:
    """One article as read from disk.

    `text` is the text every span indexes: the decoded file for plain-text formats, the extracted main
    text for HTML pages, the `text` field for JSONL lines. `published` is always set: from metadata, from
    a `sources.csv` sidecar, or estimated from the body (then `published.estimated` is true).
    """

    doc_id: str
    path: str
    text: str
    title: str
    segments: list[Segment]
    published: DateInterval
    url: str | None = None

    def spans(self, *kinds: SegmentKind) -> list[Span]:
        return [s.span for s in self.segments if s.kind in kinds]

    @property
    def headline(self) -> str:
        spans = self.spans(SegmentKind.HEADLINE)
        return spans[0].slice(self.text).strip() if spans else self.title


@dataclass(frozen=True)
class Evidence:
    """Where the text supports an event: `document.text[start:end] == text` always."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Event:
    """One career event that one document states."""

    doc: str
    person: str
    club: str
    role: Role
    kind: Kind
    evidence: Evidence
    date: DateInterval | None = None
    reason: Reason | None = None
    cue: str = ""  # the words that made the extractor see this event, shown as "why"
    club_id: str = ""  # the gazetteer id, stable across spellings
    country: str = ""
    role_guessed: bool = False  # the text named no role for this person at this club: head coach by default

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "person": self.person,
            "club": self.club,
            "role": self.role.value,
            "kind": self.kind.value,
            "reason": self.reason.value if self.reason else None,
            "date": self.date.to_json() if self.date else None,
            "evidence": self.evidence.to_json(),
            "cue": self.cue,
            "club_id": self.club_id,
            **({"role_guessed": True} if self.role_guessed else {}),
        }


@dataclass
class ReadProblem:
    """A file that could not be read, in one line a person understands."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Corpus:
    """What one open action produced: the documents read and the files that were skipped."""

    documents: list[Document] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
