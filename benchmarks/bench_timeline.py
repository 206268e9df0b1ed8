"""Timeline benchmark: 50,000+ events over 5,000 lanes, offscreen.

Measures careers merge, model -> first painted frame, ms per frame while panning and zooming, PNG
export of the visible view and of the whole timeline, and peak memory. Run with `make bench`
(QT_QPA_PLATFORM=offscreen); not part of the tests. Targets: first frame < 1.5 s, < 16 ms per frame,
visible-view export < 0.5 s.
"""
from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from carrousel.careers import build_careers  # noqa: E402
from carrousel.model import DateInterval, Event, Evidence, Kind, Precision, Reason, Role  # noqa: E402

PEOPLE = 5_000
CLUBS = 900
SPELLS_PER_PERSON = 5  # each spell gives a joined + a left event (sometimes a spell, rumour, undated one)
SEED = 20240601

GIVEN = "Jan Piet Kris Tom Wout Bart Dirk Koen Stijn Jens Lars Sven Ruud Marc Frank Hein Bram Luc Erik Joost".split()


def person_name(i: int) -> str:
    """Distinct random surnames, so name resolution does not merge people: this measures drawing."""
    letters = random.Random(i).choices("bcdfghjklmnprstvwz", k=5)
    vowels = random.Random(-i).choices("aeiou", k=4)
    surname = "".join(c + v for c, v in zip(letters, vowels)) + letters[-1]
    return f"{GIVEN[i % len(GIVEN)]} {surname.capitalize()}"


def interval(rng: random.Random, d: date) -> DateInterval:
    kind = rng.random()
    if kind < 0.5:
        return DateInterval(d, d, Precision.DAY, d.isoformat())
    if kind < 0.8:
        first = d.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return DateInterval(first, last, Precision.MONTH, d.strftime("%B %Y"), estimated=rng.random() < 0.2)
    return DateInterval(date(d.year, 1, 1), date(d.year, 12, 31), Precision.YEAR, str(d.year))


def generate(rng: random.Random) -> list[Event]:
    ev = Evidence(0, 10, "evidence.")
    events: list[Event] = []
    roles = [Role.HEAD_COACH] * 6 + [Role.ASSISTANT_COACH, Role.INTERIM_COACH, Role.YOUTH_COACH, Role.PLAYER]
    for i in range(PEOPLE):
        name = person_name(i)
        d = date(1975, 1, 1) + timedelta(days=rng.randrange(0, 40 * 365))
        for s in range(SPELLS_PER_PERSON):
            club_no = rng.randrange(CLUBS)
            club, club_id = f"Club {club_no:03d}", f"club-{club_no:03d}"
            role = Role.PLAYER if s == 0 else rng.choice(roles)
            doc = f"doc{i:05d}-{s}.txt"
            length = timedelta(days=rng.randrange(120, 4 * 365))
            if rng.random() < 0.1:  # undated spell
                events.append(Event(doc, name, club, role, Kind.SPELL, ev, None, club_id=club_id))
                continue
            events.append(Event(doc, name, club, role, Kind.JOINED, ev, interval(rng, d), club_id=club_id))
            if rng.random() < 0.85:
                reason = Reason.DISMISSED if rng.random() < 0.3 else Reason.MOVED
                events.append(Event(doc, name, club, role, Kind.LEFT, ev, interval(rng, d + length), reason,
                                    club_id=club_id))
            if rng.random() < 0.3:
                events.append(Event(doc, name, club, role, Kind.SPELL, ev, None, club_id=club_id))
            d = d + length + timedelta(days=rng.randrange(10, 400))
        for _ in range(rng.randrange(0, 4)):
            club_no = rng.randrange(CLUBS)
            when = interval(rng, d - timedelta(days=rng.randrange(0, 3000))) if rng.random() < 0.7 else None
            events.append(Event(f"doc{i:05d}-r.txt", name, f"Club {club_no:03d}", Role.HEAD_COACH, Kind.RUMOUR, ev,
                                when, club_id=f"club-{club_no:03d}"))
    return events


def frames(view, steps: int = 120) -> list[float]:
    """Render a sequence of viewport changes (zoom in, pan right, wheel down, zoom out) and time each frame."""
    times = []
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    actions = []
    for k in range(steps):
        phase = k * 4 // steps
        if phase == 0:
            actions.append(lambda: view.zoom(1.08))
        elif phase == 1:
            actions.append(lambda: h.setValue(h.value() + 37))
        elif phase == 2:
            actions.append(lambda: v.setValue(v.value() + 3 * v.singleStep()))  # one wheel notch
        else:
            actions.append(lambda: view.zoom(1 / 1.08))
    for act in actions:
        act()
        t = time.perf_counter()
        view.viewport().grab()
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from carrousel.timeline import build_timeline
    from carrousel.ui.export import render_visible, render_whole
    from carrousel.ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(SEED)
    events = generate(rng)

    t = time.perf_counter()
    careers = build_careers(events)
    t_careers = time.perf_counter() - t

    view = TimelineView()
    view.resize(1600, 1000)
    view.show()
    app.processEvents()

    t = time.perf_counter()
    timeline = build_timeline(careers)
    t_layout = time.perf_counter() - t
    view.set_timeline(timeline)
    view.viewport().grab()
    t_first = time.perf_counter() - t

    v = view.verticalScrollBar()
    fit_ms = []
    for _ in range(30):  # fully zoomed out (every bar of the visible lanes on screen), one wheel notch a frame
        v.setValue(v.value() + 3 * v.singleStep())
        t = time.perf_counter()
        view.viewport().grab()
        fit_ms.append((time.perf_counter() - t) * 1000)
    view.zoom(6.0)
    v.setValue(v.maximum() // 3)
    frame_ms = frames(view)

    out = Path(tempfile.mkdtemp(prefix="carrousel-bench-"))
    t = time.perf_counter()
    visible = render_visible(timeline, view.renderer, view.view())
    visible.save(str(out / "visible.png"), "PNG")
    t_visible = time.perf_counter() - t
    t = time.perf_counter()
    whole = render_whole(timeline, view.renderer)
    whole.save(str(out / "whole.png"), "PNG")
    t_whole = time.perf_counter() - t

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lanes = len(timeline.lanes)
    bars = sum(len(l.bars) for l in timeline.lanes)
    markers = sum(len(l.markers) for l in timeline.lanes)
    rows = [
        ("corpus", f"{len(events):,} events, {lanes:,} lanes, {bars:,} bars, {markers:,} markers", ""),
        ("careers merge (build_careers)", f"{t_careers * 1000:,.0f} ms", "(not part of the timeline)"),
        ("lane layout (build_timeline)", f"{t_layout * 1000:,.0f} ms", ""),
        ("model -> first painted frame", f"{t_first * 1000:,.0f} ms", "target < 1500 ms"),
        ("frame while panning/zooming", f"mean {statistics.mean(frame_ms):.1f} ms, "
                                        f"p95 {sorted(frame_ms)[int(len(frame_ms) * 0.95)]:.1f} ms, "
                                        f"max {max(frame_ms):.1f} ms", "target < 16 ms"),
        ("frame wheel-scrolling at fit-all (50 y)", f"mean {statistics.mean(fit_ms):.1f} ms, "
                                                   f"p95 {sorted(fit_ms)[int(len(fit_ms) * 0.95)]:.1f} ms", ""),
        ("export visible view (1600x1000)", f"{t_visible * 1000:,.0f} ms", "target < 500 ms"),
        ("export whole timeline", f"{t_whole * 1000:,.0f} ms",
         f"{whole.width()}x{whole.height()} px (cut at 32,000 px high)"),
        ("peak memory (max RSS)", f"{peak_mb:,.0f} MB", ""),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\nTimeline benchmark ({os.environ.get('QT_QPA_PLATFORM')}, Python {sys.version.split()[0]})")
    for name, value, note in rows:
        print(f"  {name.ljust(width)}  {value}  {note}".rstrip())
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
