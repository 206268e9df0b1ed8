"""Lanes, bars, markers and undated items for the swimlane timeline, computed from careers without Qt.

The window and the PNG export only map what is decided here to pixels, so which things are drawn,
where uncertainty lies and what is left undated is tested without a display. Positions are in days
(`date.toordinal()`), so the screen layer needs one multiplication to place anything.
"""
from __future__ import annotations

import colorsys
import gc
import hashlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Callable, Iterator

from carrousel.careers import Careers, Tenure, fold, surname_of
from carrousel.model import DateInterval, Event, Kind, Reason, Role

OPEN_FADE_DAYS = 365
"""How far an end with no outer bound fades out: long enough to read as "continues", short enough not
to suggest a date."""

ROLE_LABELS = {
    Role.HEAD_COACH: "head coach",
    Role.ASSISTANT_COACH: "assistant",
    Role.INTERIM_COACH: "interim",
    Role.YOUTH_COACH: "youth coach",
    Role.PLAYER: "player",
    Role.TECHNICAL_DIRECTOR: "technical director",
    Role.NATIONAL_COACH: "national coach",
    Role.OTHER: "other role",
}



def role_text(e: Event) -> str:
    """The event's role in words; "head coach (assumed)" where the article named none and the extractor
    took the trainerscarrousel's default, so that a reader knows not to trust it as stated."""
    return ROLE_LABELS[e.role] + (" (assumed)" if e.role_guessed else "")


class LaneMode(str, Enum):
    COACH = "coach"
    CLUB = "club"


@dataclass(frozen=True)
class Filters:
    """What the user chose to see; the default shows every coach and every kind of event."""

    query: str = ""
    kinds: frozenset[Kind] = frozenset(Kind)
    roles: frozenset[Role] = frozenset(Role)
    show_players: bool = False


@dataclass(eq=False)
class Bar:
    """One tenure on a lane: solid over `core0..core1`, fading over `x0..core0` and `core1..x1`."""

    tenure: Tenure
    label: str
    x0: float
    core0: float
    core1: float
    x1: float
    open_start: bool
    open_end: bool
    row: int = 0
    room: float = float("inf")  # where the next bar in this row starts: how far a label may run past the end
    colour_key: str = ""  # the club in coach lanes, the person in club lanes (to follow someone across clubs)

    @property
    def playing(self) -> bool:
        return self.tenure.role is Role.PLAYER

    @property
    def estimated(self) -> bool:
        return self.tenure.estimated


@dataclass(eq=False)
class Marker:
    """One dated joined/left/rumour event, as reported by one or more articles (`events`: the same
    person, club, role, kind and date in each); `lo..hi` is the interval the date could lie in."""

    events: list[Event]
    lo: float
    hi: float
    row: int = 0
    bar: Bar | None = None
    x: float = field(init=False)  # the middle of lo..hi, where the glyph is drawn

    def __post_init__(self) -> None:
        self.x = (self.lo + self.hi) / 2

    @property
    def event(self) -> Event:
        return self.events[0]

    @property
    def dismissed(self) -> bool:
        return self.event.kind is Kind.LEFT and self.event.reason is Reason.DISMISSED

    @property
    def estimated(self) -> bool:
        """Drawn as estimated only when no report gives the date as stated."""
        return all(e.date is not None and e.date.estimated for e in self.events)


@dataclass(eq=False)
class UndatedItem:
    """A tenure with no date at all, or an undated event (as reported by one or more articles) that no
    drawn bar can carry."""

    label: str
    colour_key: str
    tenure: Tenure | None = None
    events: list[Event] = field(default_factory=list)

    @property
    def event(self) -> Event | None:
        return self.events[0] if self.events else None

    @property
    def playing(self) -> bool:
        role = self.tenure.role if self.tenure is not None else self.event.role  # type: ignore[union-attr]
        return role is Role.PLAYER


@dataclass(eq=False)
class Lane:
    key: str
    title: str
    bars: list[Bar] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    undated: list[UndatedItem] = field(default_factory=list)
    rows: int = 1  # sub-rows the bars need so that none overlap

    def height_rows(self, undated_per_row: int) -> int:
        """Rows the lane needs, counting the undated column (which wraps `undated_per_row` items a row)."""
        return max(self.rows, -(-len(self.undated) // max(1, undated_per_row)))

    def summary(self, mode: LaneMode) -> str:
        """'5 clubs · 3 articles' for a person, '4 people · 2 articles' for a club: the lane at a glance."""
        tenures = [b.tenure for b in self.bars] + [u.tenure for u in self.undated if u.tenure is not None]
        others = {t.club_id for t in tenures} if mode is LaneMode.COACH else {t.person for t in tenures}
        docs = {e.doc for t in tenures for e in t.events}
        docs |= {e.doc for item in [*self.markers, *self.undated] for e in item.events}
        noun = "club" if mode is LaneMode.COACH else "person"
        plural = {"club": "clubs", "person": "people"}[noun]
        parts = [f"{len(others)} {noun if len(others) == 1 else plural}"] if others else []
        parts.append(f"{len(docs)} article{'' if len(docs) == 1 else 's'}")
        return " · ".join(parts)

    def search_text(self) -> str:
        parts = [self.title, *(b.label for b in self.bars), *(u.label for u in self.undated)]
        parts += [m.event.club + " " + m.event.person for m in self.markers]
        return fold(" | ".join(parts))


@dataclass
class Timeline:
    """Everything the screen draws, in draw order, plus the time range and the events it shows."""

    mode: LaneMode
    lanes: list[Lane]
    events: list[Event]
    start: float
    end: float
    today: float
    _position_of: dict[int, int] | None = field(default=None, repr=False)

    def events_of(self, item: Bar | Marker | UndatedItem) -> list[int]:
        """Indices into `events` of the events behind one drawn thing (a bar has all its tenure's events)."""
        behind = item.events if isinstance(item, Marker) or item.tenure is None else item.tenure.events
        positions = self._positions()
        return sorted(positions[id(e)] for e in behind if id(e) in positions)

    def _positions(self) -> dict[int, int]:
        """Event identity -> index, built on the first click rather than for every layout."""
        if self._position_of is None:
            self._position_of = {id(e): i for i, e in enumerate(self.events)}
        return self._position_of

    def item_for_event(self, index: int) -> tuple[int, Bar | Marker | UndatedItem] | None:
        """The drawn thing that stands for event `index`: its marker, else its bar, else its undated entry."""
        target = self.events[index]

        def holds(t: Tenure | None) -> bool:
            return t is not None and any(e is target for e in t.events)

        fallback: tuple[int, Bar | Marker | UndatedItem] | None = None
        for lane_index, lane in enumerate(self.lanes):
            for m in lane.markers:
                if any(e is target for e in m.events):
                    return lane_index, m
            if fallback is None:
                item = next((b for b in lane.bars if holds(b.tenure)), None) or next(
                    (u for u in lane.undated if any(e is target for e in u.events) or holds(u.tenure)), None)
                fallback = (lane_index, item) if item is not None else None
        return fallback


def club_key(e: Event) -> str:
    """The same key careers.build_careers groups clubs by."""
    return e.club_id or fold(e.club)


day = date.toordinal  # positions are day numbers; a plain alias keeps 100,000 conversions cheap


def to_date(x: float) -> date:
    return date.fromordinal(max(1, int(round(x))))


def stable_colour(key: str) -> tuple[int, int, int]:
    """A stable colour per club (or person): the same club looks the same in every run and every export.

    Hue comes from a cryptographic digest (Python's hash() is salted per process); saturation and
    lightness stay in a band where both light and dark text can be chosen to contrast with it.
    """
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    hue = int.from_bytes(digest[:2], "big") / 65536
    sat = 0.50 + digest[2] / 255 * 0.25
    light = 0.42 + digest[3] / 255 * 0.14
    r, g, b = colorsys.hls_to_rgb(hue, light, sat)
    return round(r * 255), round(g * 255), round(b * 255)


def date_range_text(lo: date | None, hi: date | None) -> str:
    """Dates as a person says them: '2020', 'Jun 2020–Aug 2020', 'by 2012-12-31', 'unknown'."""
    if lo is None and hi is None:
        return "unknown"
    if lo is None:
        return f"by {hi.isoformat()}"  # type: ignore[union-attr]
    if hi is None:
        return f"from {lo.isoformat()}"
    if lo == hi:
        return lo.isoformat()
    if lo.month == 1 and lo.day == 1 and hi.month == 12 and hi.day == 31:
        return str(lo.year) if lo.year == hi.year else f"{lo.year}–{hi.year}"
    if lo.day == 1 and _is_month_end(hi):
        return _month(lo) if (lo.year, lo.month) == (hi.year, hi.month) else f"{_month(lo)}–{_month(hi)}"
    return f"{lo.isoformat()}–{hi.isoformat()}"


def interval_text(d: DateInterval | None) -> str:
    if d is None:
        return "undated"
    text = date_range_text(d.start, d.end)
    return f"≈ {text} (estimated)" if d.estimated else text


def _month(d: date) -> str:
    return d.strftime("%b %Y")


def _is_month_end(d: date) -> bool:
    return d.month == 12 and d.day == 31 or date.fromordinal(d.toordinal() + 1).day == 1


def build_timeline(
    careers: Careers,
    mode: LaneMode = LaneMode.COACH,
    filters: Filters = Filters(),
    today: date | None = None,
) -> Timeline:
    """Lay careers out as lanes: one per person (coach mode) or per club (club mode)."""
    with _gc_paused():
        return _build(careers, mode, filters, today)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Layout allocates ~100,000 small acyclic objects for a big corpus; letting the cyclic collector rescan
    the whole heap every few hundred allocations costs as much as the layout itself (measured: 40%)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(careers: Careers, mode: LaneMode, filters: Filters, today: date | None) -> Timeline:
    today_day = day(today or date.today())
    coaches = set(careers.coaches())
    visible = _visibility(mode, filters, coaches)
    tenures = [t for t in careers.tenures if visible(t.person, t.role, None)]
    events = [e for e in careers.events if visible(e.person, e.role, e.kind)]

    lane_key = (lambda person, club: person) if mode is LaneMode.COACH else (lambda person, club: club)
    lanes: dict[str, Lane] = {}
    owner: dict[int, Tenure] = {}
    reports: dict[tuple, Marker | UndatedItem] = {}  # one drawn thing per event, however many articles report it
    for t in tenures:
        key = lane_key(t.person, t.club_id)
        lane = lanes.setdefault(key, Lane(key, t.person if mode is LaneMode.COACH else t.club))
        label = _bar_label(t, mode)
        colour = _colour_key(mode, t.person, t.club_id)
        bar = _bar(t, label, colour)
        if bar is None:
            lane.undated.append(UndatedItem(label, colour, tenure=t))
        else:
            lane.bars.append(bar)
        for e in t.events:
            owner[id(e)] = t

    for lane in lanes.values():
        _clip_open_ends(lane.bars)
        lane.rows = _pack_rows(lane.bars)
    bar_of = {id(b.tenure): b for lane in lanes.values() for b in lane.bars}

    for e in events:
        if e.kind is Kind.SPELL:
            continue  # a spell is the bar itself, never a point in time
        tenure = owner.get(id(e))
        if tenure is None and e.kind is not Kind.RUMOUR:
            continue  # its tenure is filtered out
        key = lane_key(e.person, club_key(e))
        lane = lanes.get(key)
        if lane is None:
            if e.kind is not Kind.RUMOUR:
                continue
            lane = lanes.setdefault(key, Lane(key, e.person if mode is LaneMode.COACH else e.club))
        bar = bar_of.get(id(tenure)) if tenure is not None else None
        span = _event_span(e)
        if span is None and bar is None and tenure is not None:
            continue  # an undated tenure already lists its own events
        # enum members are singletons: their ids hash in C, where hashing the members runs Python code
        if tenure is not None:  # the tenure already fixes person, club and role
            same = (key, id(tenure), id(e.kind), id(e.reason), span)
        else:
            same = (key, e.person, club_key(e), id(e.role), id(e.kind), span)
        known = reports.get(same)
        if known is not None:
            known.events.append(e)
        elif span is None:
            colour = _colour_key(mode, e.person, club_key(e))
            reports[same] = item = UndatedItem(_event_label(e, mode), colour, events=[e])
            lane.undated.append(item)
        else:
            reports[same] = marker = Marker([e], span[0], span[1], bar.row if bar else 0, bar)
            lane.markers.append(marker)

    shown = [lane for lane in lanes.values() if _lane_matches(lane, filters.query)]
    for lane in shown:
        lane.bars.sort(key=lambda b: (b.x0, b.row))
        lane.markers.sort(key=lambda m: m.x)
    shown.sort(key=_lane_order(mode))
    start, end = _range(shown, today_day)
    if len(shown) < len(lanes):  # the search hid lanes: keep only the events still drawn
        drawn = {id(e) for lane in shown for item in [*lane.markers, *lane.undated] for e in item.events}
        drawn |= {id(e) for lane in shown for t in _lane_tenures(lane) for e in t.events}
        events = [e for e in events if id(e) in drawn]
    return Timeline(mode, shown, events, start, end, today_day)


def _lane_tenures(lane: Lane) -> list[Tenure]:
    return [b.tenure for b in lane.bars] + [u.tenure for u in lane.undated if u.tenure is not None]


def _visibility(mode: LaneMode, f: Filters, coaches: set[str]) -> Callable[[str, Role, Kind | None], bool]:
    """One rule for tenures and events (kind None for a tenure), so every visible event has something
    drawn for it. Enum members are compared by id: hashing an Enum member runs Python code, and this
    runs for every event of the corpus."""
    roles = {id(r) for r in f.roles}
    kinds = {id(k) for k in f.kinds}
    coaching = {id(r) for r in Role if r.is_coaching}
    by_person = mode is LaneMode.COACH

    def visible(person: str, role: Role, kind: Kind | None) -> bool:
        if id(role) not in roles or (kind is not None and id(kind) not in kinds):
            return False
        if f.show_players:
            return True
        return person in coaches if by_person else id(role) in coaching

    return visible


def _bar_label(t: Tenure, mode: LaneMode) -> str:
    if mode is LaneMode.COACH:
        return f"{t.club} · {ROLE_LABELS[t.role]}"
    return t.person if t.role is Role.HEAD_COACH else f"{t.person} · {ROLE_LABELS[t.role]}"


def _event_label(e: Event, mode: LaneMode) -> str:
    what = e.kind.value if not (e.kind is Kind.LEFT and e.reason is Reason.DISMISSED) else "dismissed"
    other = e.club if mode is LaneMode.COACH else e.person
    return f"{what}: {other}"


def _colour_key(mode: LaneMode, person: str, club_id: str) -> str:
    return club_id if mode is LaneMode.COACH else "person:" + fold(person)


def _bar(t: Tenure, label: str, colour_key: str) -> Bar | None:
    """Solid where the sources agree, fading where a date could lie; None when nothing is dated."""
    if not t.is_dated:
        return None
    s_lo, s_hi, e_lo, e_hi = (day(d) if d else None for d in (t.start_lo, t.start_hi, t.end_lo, t.end_hi))
    core0 = s_hi if s_hi is not None else s_lo
    core1 = e_lo if e_lo is not None else e_hi
    if core0 is None:
        core0 = core1
    if core1 is None:
        core1 = core0
    assert core0 is not None and core1 is not None
    if core0 > core1:  # start and end intervals overlap: nothing is certain, draw it all as uncertain
        core0 = core1 = (core0 + core1) / 2
    open_start = s_lo is None
    open_end = e_hi is None
    x0 = core0 - OPEN_FADE_DAYS if open_start else min(s_lo, core0)  # type: ignore[type-var]
    x1 = core1 + OPEN_FADE_DAYS if open_end else max(e_hi, core1)  # type: ignore[type-var]
    return Bar(t, label, x0, core0, core1, x1, open_start, open_end, colour_key=colour_key)


def _clip_open_ends(bars: list[Bar]) -> None:
    """A person's open-ended spell stops fading where the same person's next dated spell starts."""
    by_person: dict[str, list[Bar]] = {}
    for b in bars:
        if b.tenure.role.is_coaching:
            by_person.setdefault(b.tenure.person, []).append(b)
    for group in by_person.values():
        group.sort(key=lambda b: b.core0)
        for b, nxt in zip(group, group[1:]):
            if b.open_end and b.core1 <= nxt.x0 < b.x1:
                b.x1 = nxt.x0


def _pack_rows(bars: list[Bar]) -> int:
    """Greedy interval packing: each bar takes the first row where it does not overlap the last bar."""
    row_ends: list[float] = []
    last: list[Bar] = []
    for b in sorted(bars, key=lambda b: (b.x0, b.x1)):
        for r, end in enumerate(row_ends):
            if end <= b.x0:
                b.row, row_ends[r] = r, b.x1
                last[r].room, last[r] = b.x0, b
                break
        else:
            b.row = len(row_ends)
            row_ends.append(b.x1)
            last.append(b)
    return max(1, len(row_ends))


def _event_span(e: Event) -> tuple[float, float] | None:
    d = e.date
    if d is None or (d.start is None and d.end is None):
        return None
    lo = day(d.start) if d.start else day(d.end)  # type: ignore[arg-type]
    hi = day(d.end) if d.end else lo
    return lo, hi


def _lane_matches(lane: Lane, query: str) -> bool:
    words = fold(query).split()
    if not words:
        return True
    text = lane.search_text()
    return all(w in text for w in words)


def _lane_order(mode: LaneMode) -> Callable[[Lane], tuple]:
    """Coaches by when their career starts (a cascade reads like history); clubs alphabetically."""
    if mode is LaneMode.CLUB:
        return lambda lane: (fold(lane.title), lane.key)

    def key(lane: Lane) -> tuple[float, str, str]:
        first = min([b.core0 for b in lane.bars] + [m.x for m in lane.markers], default=float("inf"))
        return (first, surname_of(lane.title), lane.title)

    return key


def _range(lanes: list[Lane], today: float) -> tuple[float, float]:
    xs = [x for lane in lanes for b in lane.bars for x in (b.x0, b.x1)]
    xs += [x for lane in lanes for m in lane.markers for x in (m.lo, m.hi)]
    if not xs:
        return today - 5 * 365, today + 365
    lo, hi = min(xs), max(max(xs), today)
    pad = max(90.0, (hi - lo) * 0.03)
    return lo - pad, hi + pad


@dataclass(frozen=True)
class Tick:
    day: float
    label: str
    major: bool


TICK_STEPS_MONTHS = (120, 60, 24, 12, 6, 3, 1)


def ticks(start: float, end: float, px_per_day: float, min_spacing: float = 64.0) -> list[Tick]:
    """Axis ticks that adapt from decades to months: the finest step whose labels do not crowd."""
    step = next(
        (s for s in reversed(TICK_STEPS_MONTHS) if s * 30.44 * px_per_day >= min_spacing), TICK_STEPS_MONTHS[0]
    )
    first = to_date(start)
    month_index = first.year * 12 + first.month - 1
    month_index -= month_index % step
    out: list[Tick] = []
    last = to_date(end)
    while True:
        y, m = divmod(month_index, 12)
        if y > last.year or y > 9998:
            break
        d = date(y, m + 1, 1)
        if d > last:
            break
        if step >= 12:
            major = y % (50 if step >= 60 else 10) == 0
            label = str(y)
        else:
            major = m == 0
            label = str(y) if m == 0 else d.strftime("%b")
        if d >= first:
            out.append(Tick(day(d), label, major))
        month_index += step
    return out
