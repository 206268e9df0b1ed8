"""Merge events from many articles into careers: one tenure per person, club and role.

A tenure's start and end are each kept as an interval in which the moment lies (`start_lo..start_hi`,
`end_lo..end_hi`); `None` on the outer side means "unknown, possibly much earlier/later". This is exactly
what the timeline needs to draw solid cores and fading, uncertain ends, and it never invents a date:
an event without a date adds evidence to a tenure but does not move its ends.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Iterable

from rapidfuzz import fuzz

from carrousel.model import DateInterval, Event, Kind, Precision, Role

NAME_PARTICLES = frozenset(
    "van de der den ter ten von mac mc da dos do du le la 't el al di del della".split()
)


def fold(text: str) -> str:
    """Lower-case ASCII form used to compare names across spellings (Jürgen ~ Jurgen)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).strip()


def surname_of(name: str) -> str:
    """The surname with its particles ("Alexis Mac Allister" -> "mac allister")."""
    tokens = fold(name).split()
    if len(tokens) <= 1:
        return " ".join(tokens)
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1] in NAME_PARTICLES:
        i -= 1
    return " ".join(tokens[i:])


def given_name_of(name: str) -> str:
    tokens = fold(name).split()
    rest = tokens[: len(tokens) - len(surname_of(name).split())]
    return rest[0] if rest else ""


@dataclass
class Person:
    """A person as one identity across documents."""

    name: str  # the fullest spelling seen
    aliases: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return fold(self.name)


@dataclass
class Tenure:
    """A person's spell at a club in one role, with everything the articles say about it."""

    person: str
    club: str
    club_id: str
    role: Role
    events: list[Event] = field(default_factory=list)
    start_lo: date | None = None
    start_hi: date | None = None
    end_lo: date | None = None
    end_hi: date | None = None
    ended: bool = False  # some source says it ended, dated or not
    conflicts: list[str] = field(default_factory=list)

    @property
    def is_dated(self) -> bool:
        return any(d is not None for d in (self.start_lo, self.start_hi, self.end_lo, self.end_hi))

    @property
    def documents(self) -> list[str]:
        return sorted({e.doc for e in self.events})

    @property
    def is_coaching(self) -> bool:
        return self.role.is_coaching

    @property
    def core(self) -> tuple[date | None, date | None]:
        """The part of the tenure the sources agree it certainly covers (may be empty)."""
        return (self.start_hi or self.start_lo, self.end_lo or self.end_hi)

    @property
    def estimated(self) -> bool:
        return any(e.date is not None and e.date.estimated for e in self.events)


@dataclass
class Careers:
    """Everything the timeline draws: people, tenures, and every event (rumours included)."""

    people: dict[str, Person] = field(default_factory=dict)
    tenures: list[Tenure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def tenures_of(self, person: str) -> list[Tenure]:
        return sorted((t for t in self.tenures if t.person == person), key=_tenure_order)

    def tenures_at(self, club_id: str) -> list[Tenure]:
        return sorted((t for t in self.tenures if t.club_id == club_id), key=_tenure_order)

    def coaches(self) -> list[str]:
        """People with at least one coaching tenure or coaching event."""
        return sorted({e.person for e in self.events if e.role.is_coaching})


def _tenure_order(t: Tenure) -> tuple[date, date]:
    lo = t.start_lo or t.start_hi or t.end_lo or t.end_hi or date.max
    return (lo, t.end_hi or t.end_lo or date.max)


def resolve_people(events: Iterable[Event]) -> dict[str, Person]:
    """Map every person string seen to one Person: "Blessin" and "Alexander Blessin" are the same.

    A surname-only mention joins the one full name with that surname; if two full names share the
    surname (brothers), it stays on its own rather than being guessed. Spelling variants of the same
    full name (accents, one typo) merge through a fuzzy ratio on the folded form.
    """
    names = sorted({e.person for e in events}, key=lambda n: (-len(n.split()), n))
    surnames = _SurnameIndex()
    mapping: dict[str, Person] = {}
    for name in names:
        surname = surname_of(name)
        candidates = surnames.exact(surname) or surnames.similar(surname)
        given = given_name_of(name)
        match = None
        if given:
            same = [p for p in candidates if _given_compatible(given, given_name_of(p.name))]
            match = same[0] if len(same) == 1 else None
        elif len(candidates) == 1:
            match = candidates[0]
        if match is None:
            match = Person(name)
            surnames.add(surname, match)
        match.aliases.add(name)
        mapping[name] = match
    return mapping


class _SurnameIndex:
    """Surnames seen so far, also by first letter and length, so that looking for a spelling variant
    ("Sjevtsjenko"/"Shevtsjenko") compares a handful of names instead of every person in the corpus."""

    def __init__(self) -> None:
        self._people: dict[str, list[Person]] = defaultdict(list)
        self._by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)

    def add(self, surname: str, person: Person) -> None:
        if surname not in self._people:
            self._by_shape[(surname[:1], len(surname))].append(surname)
        self._people[surname].append(person)

    def exact(self, surname: str) -> list[Person]:
        return self._people.get(surname, [])

    def similar(self, surname: str) -> list[Person]:
        if len(surname) < 5:
            return []
        for length in range(len(surname) - 2, len(surname) + 3):
            for known in self._by_shape.get((surname[:1], length), ()):
                if fuzz.ratio(known, surname) >= 90:
                    return self._people[known]
        return []


def _given_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    return a == b or (len(a) == 1 or len(b) == 1) and a[0] == b[0] or fuzz.ratio(a, b) >= 85


def build_careers(events: Iterable[Event]) -> Careers:
    """Merge events (from any number of documents) into people and tenures."""
    events = list(events)
    people = resolve_people(events)
    canonical = [_with_person(e, people[e.person].name) for e in events]
    groups: dict[tuple[str, str, Role], list[Event]] = defaultdict(list)
    for e in canonical:
        if e.kind is Kind.RUMOUR:
            continue
        groups[(e.person, e.club_id or fold(e.club), e.role)].append(e)
    tenures: list[Tenure] = []
    for (person, club_id, role), group in groups.items():
        tenures.extend(_tenures_from(person, club_id, role, group))
    return Careers(
        people={p.name: p for p in people.values()},
        tenures=sorted(tenures, key=lambda t: (t.person, _tenure_order(t))),
        events=canonical,
    )


def _with_person(e: Event, name: str) -> Event:
    return e if e.person == name else replace(e, person=name)


def _tenures_from(person: str, club_id: str, role: Role, group: list[Event]) -> list[Tenure]:
    """Split one person-club-role group into spells: a dated join after a dated departure starts anew."""
    ordered = sorted(group, key=lambda e: (e.date.start or e.date.end or date.min) if e.date else date.max)
    spells: list[list[Event]] = [[]]
    last_left_end: date | None = None
    for e in ordered:
        starts_again = (
            e.kind is Kind.JOINED
            and e.date is not None
            and last_left_end is not None
            and (e.date.start or date.min) > last_left_end
        )
        if starts_again:
            spells.append([])
            last_left_end = None
        spells[-1].append(e)
        if e.kind is Kind.LEFT and e.date is not None and e.date.end:
            last_left_end = e.date.end
    return [_tenure(person, club_id, role, s) for s in spells if s]


def _tenure(person: str, club_id: str, role: Role, events: list[Event]) -> Tenure:
    club = _most_common(e.club for e in events)
    t = Tenure(person=person, club=club, club_id=club_id, role=role, events=list(events))
    joins = [e.date for e in events if e.kind is Kind.JOINED and e.date]
    lefts = [e.date for e in events if e.kind is Kind.LEFT and e.date]
    spells = [e.date for e in events if e.kind is Kind.SPELL and e.date]
    t.ended = any(e.kind is Kind.LEFT for e in events)
    t.start_lo, t.start_hi = _agree(joins, "start", t.conflicts)
    t.end_lo, t.end_hi = _agree(lefts, "end", t.conflicts)
    for d in spells:
        _apply_spell(t, d)
    if t.start_hi and t.end_hi and t.start_hi > t.end_hi and t.start_lo and t.end_lo and t.start_lo > t.end_hi:
        t.conflicts.append(f"sources put the start ({t.start_lo}) after the end ({t.end_hi})")
    return t


def _agree(intervals: list[DateInterval], what: str, conflicts: list[str]) -> tuple[date | None, date | None]:
    """Intersect the intervals sources give for one moment; if they are disjoint, flag and take the union."""
    if not intervals:
        return None, None
    lo = max((d.start for d in intervals if d.start), default=None)
    hi = min((d.end for d in intervals if d.end), default=None)
    if lo and hi and lo > hi:
        phrases = "; ".join(sorted({f"'{d.text}' ({d.start}..{d.end})" for d in intervals}))
        conflicts.append(f"sources disagree on the {what}: {phrases}")
        lo = min((d.start for d in intervals if d.start), default=None)
        hi = max((d.end for d in intervals if d.end), default=None)
    return lo, hi


def _apply_spell(t: Tenure, d: DateInterval) -> None:
    """A spell's interval is one it covers: start no later than its start, end no earlier than its end.

    A spell 'tot 2012' (open start) pins the end inside the period its phrase names.
    """
    if d.start is None and d.end is not None:
        period_start = _period_start(d.end, d.precision)
        t.end_lo = max(filter(None, (t.end_lo, period_start)), default=period_start)
        t.end_hi = min(filter(None, (t.end_hi, d.end)), default=d.end)
        return
    if d.start is not None:
        t.start_hi = min(filter(None, (t.start_hi, d.start)), default=d.start)
    if d.end is not None:
        t.end_lo = max(filter(None, (t.end_lo, d.end)), default=d.end)
        if t.end_hi and t.end_lo > t.end_hi:
            t.conflicts.append(f"a source places the spell until {d.end}, after the stated end {t.end_hi}")
            t.end_hi = t.end_lo


def _period_start(end: date, precision: Precision) -> date:
    if precision in (Precision.YEAR, Precision.YEARS):
        return date(end.year, 1, 1)
    if precision is Precision.SEASON:
        return end - timedelta(days=92)
    if precision is Precision.MONTH:
        return end.replace(day=1)
    return end


def _most_common(values: Iterable[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        counts[v] += 1
    return max(counts, key=lambda v: (counts[v], len(v)))
