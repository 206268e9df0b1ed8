"""The Qt-free timeline layout: lanes, bars with uncertain ends, markers, undated items, filters, ticks."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from carrousel.careers import build_careers
from carrousel.model import DateInterval, Event, Evidence, Kind, Precision, Role
from carrousel.timeline import (
    OPEN_FADE_DAYS, Bar, Filters, LaneMode, Marker, UndatedItem, build_timeline, date_range_text, day, stable_colour,
    role_text, ticks,
)
from ui import sample

TODAY = date(2025, 1, 1)
CLUB_COLOUR_OOSTENDE = (65, 198, 34)  # fixed forever: exports from different runs must match


@pytest.fixture(scope="module")
def careers():
    return sample.careers()


def lane(tl, title):
    return next(l for l in tl.lanes if l.title == title)


def test_coach_lane_holds_every_spell_in_date_order(careers):
    tl = build_timeline(careers, LaneMode.COACH, today=TODAY)
    blessin = lane(tl, "Alexander Blessin")
    assert [b.tenure.club for b in sorted(blessin.bars, key=lambda b: b.core0)] == [
        "Stuttgarter Kickers", "RB Leipzig", "KV Oostende", "Genoa", "Union"]
    kickers = next(b for b in blessin.bars if b.tenure.club == "Stuttgarter Kickers")
    assert kickers.playing and kickers.label == "Stuttgarter Kickers · player"
    assert blessin.bars[2].label == "KV Oostende · head coach"


def test_club_lane_holds_each_coach_labelled_with_the_person(careers):
    tl = build_timeline(careers, LaneMode.CLUB, today=TODAY)
    mechelen = lane(tl, "KV Mechelen")
    people = {b.tenure.person for b in mechelen.bars} | {u.tenure.person for u in mechelen.undated if u.tenure}
    assert people == {"Wouter Vrancken", "Danny Buijs", "Steven Defour", "Besnik Hasi"}
    assert {b.label for b in mechelen.bars} == {"Steven Defour", "Besnik Hasi"}
    assert "Stuttgarter Kickers" not in {l.title for l in tl.lanes}, "playing spells need the players toggle"


def test_players_who_never_coached_hide_behind_the_toggle(careers):
    ev = sample.events()
    kevin = replace(ev[0], person="Kevin Mac Allister", club="Union", club_id="union-sg", role=Role.PLAYER,
                    kind=Kind.SPELL, date=None)
    c = build_careers(ev + [kevin])
    assert "Kevin Mac Allister" not in {l.title for l in build_timeline(c, today=TODAY).lanes}
    shown = build_timeline(c, filters=Filters(show_players=True), today=TODAY)
    assert "Kevin Mac Allister" in {l.title for l in shown.lanes}


def test_uncertain_and_open_ends_span_the_interval_the_date_could_lie_in(careers):
    tl = build_timeline(careers, today=TODAY)
    bars = {b.tenure.club: b for b in lane(tl, "Alexander Blessin").bars}
    oostende = bars["KV Oostende"]
    assert (oostende.x0, oostende.core0) == (day(date(2020, 6, 1)), day(date(2020, 8, 31)))
    assert oostende.core1 == oostende.x1 == day(date(2022, 1, 17))
    assert not oostende.open_start and not oostende.open_end
    union = bars["Union"]
    assert union.open_end and union.x1 == union.core1 + OPEN_FADE_DAYS
    assert union.estimated, "a date resolved against an estimated publication date must look estimated"
    genoa = bars["Genoa"]
    assert genoa.open_end and genoa.x1 == genoa.core1 + OPEN_FADE_DAYS
    leipzig = bars["RB Leipzig"]
    assert leipzig.open_start and leipzig.x0 == leipzig.core0 - OPEN_FADE_DAYS


def test_an_open_end_stops_fading_where_the_next_spell_starts():
    early = DateInterval(date(2022, 6, 1), date(2022, 8, 31), Precision.SEASON, "zomer 2022")
    events = [replace(e, date=early) if e.club == "Union" and e.person == "Blessin" else e for e in sample.events()]
    bars = {b.tenure.club: b for b in lane(build_timeline(build_careers(events), today=TODAY),
                                            "Alexander Blessin").bars}
    assert bars["Genoa"].x1 == bars["Union"].x0 == day(date(2022, 6, 1))


def test_nothing_is_dropped_undated_things_sit_in_the_undated_column(careers):
    tl = build_timeline(careers, today=TODAY)
    assert [u.label for u in lane(tl, "Danny Buijs").undated] == ["KV Mechelen · head coach"]
    assert "rumour: Club Brugge" in [u.label for u in lane(tl, "Alexander Blessin").undated]
    drawn = set()
    for l in tl.lanes:
        drawn |= {id(m.event) for m in l.markers}
        drawn |= {id(e) for b in l.bars for e in b.tenure.events}
        drawn |= {id(u.event) for u in l.undated if u.event}
        drawn |= {id(e) for u in l.undated if u.tenure for e in u.tenure.events}
    assert all(id(e) in drawn for e in tl.events)
    assert all(m.event.date is not None for l in tl.lanes for m in l.markers), "no invented dates"


def test_markers_tell_dismissals_from_other_departures(careers):
    tl = build_timeline(careers, today=TODAY)
    defour = [m for m in lane(tl, "Steven Defour").markers if m.event.kind is Kind.LEFT]
    oostende = [m for m in lane(tl, "Alexander Blessin").markers if m.event.kind is Kind.LEFT]
    assert [m.dismissed for m in defour] == [True]
    assert not any(m.dismissed for m in oostende)
    assert all(m.bar is not None and m.row == m.bar.row for m in oostende)


@pytest.mark.parametrize("mode, query, expected", [
    (LaneMode.COACH, "genoa", {"Alexander Blessin", "Andriy Shevchenko"}),
    (LaneMode.COACH, "blessin", {"Alexander Blessin"}),
    (LaneMode.COACH, "mechelen hasi", {"Besnik Hasi"}),
    (LaneMode.CLUB, "mechelen", {"KV Mechelen"}),
    (LaneMode.CLUB, "Jürgen", {"Mainz"}),
    (LaneMode.COACH, "nobody at all", set()),
])
def test_search_filters_lanes_by_person_or_club(careers, mode, query, expected):
    tl = build_timeline(careers, mode, Filters(query=query), today=TODAY)
    assert {l.title for l in tl.lanes} == expected


def test_kind_and_role_toggles(careers):
    no_rumours = build_timeline(careers, filters=Filters(kinds=frozenset({Kind.JOINED, Kind.LEFT, Kind.SPELL})),
                                today=TODAY)
    assert not any(e.kind is Kind.RUMOUR for e in no_rumours.events)
    assert "rumour: Club Brugge" not in [u.label for u in lane(no_rumours, "Alexander Blessin").undated]
    heads = build_timeline(careers, filters=Filters(roles=frozenset({Role.HEAD_COACH})), today=TODAY)
    assert all(b.tenure.role is Role.HEAD_COACH for l in heads.lanes for b in l.bars)


def test_selection_maps_between_events_and_drawn_items(careers):
    tl = build_timeline(careers, today=TODAY)
    for i, e in enumerate(tl.events):
        found = tl.item_for_event(i)
        assert found is not None, f"event {e.person}/{e.club} has nothing drawn for it"
        lane_index, item = found
        assert i in tl.events_of(item)
        assert isinstance(item, (Bar, Marker, UndatedItem))


def test_time_range_covers_everything_and_today(careers):
    tl = build_timeline(careers, today=TODAY)
    xs = [x for l in tl.lanes for b in l.bars for x in (b.x0, b.x1)]
    assert tl.start < min(xs) and tl.end > max(max(xs), tl.today)


@pytest.mark.parametrize("px_per_day, label", [
    (0.02, "2000"),  # decades
    (0.3, "2001"),  # every year
    (1.0, "Jul"),  # half-years or quarters
    (4.0, "Feb"),  # every month
])
def test_ticks_adapt_from_decades_to_months(px_per_day, label):
    tick_list = ticks(day(date(1999, 6, 1)), day(date(2011, 1, 1)), px_per_day)
    assert label in [t.label for t in tick_list]
    spacing = min(b.day - a.day for a, b in zip(tick_list, tick_list[1:]))
    assert spacing * px_per_day >= 64, "labels would crowd"


def test_club_colours_are_stable_across_runs_and_distinct():
    assert stable_colour("kv-oostende") == stable_colour("kv-oostende") == CLUB_COLOUR_OOSTENDE
    assert stable_colour("genoa") != stable_colour("kv-oostende")


@pytest.mark.parametrize("lo, hi, text", [
    (date(2020, 1, 1), date(2020, 12, 31), "2020"),
    (date(2020, 6, 1), date(2020, 8, 31), "Jun 2020–Aug 2020"),
    (date(2022, 1, 17), date(2022, 1, 17), "2022-01-17"),
    (None, date(2012, 12, 31), "by 2012-12-31"),
    (None, None, "unknown"),
])
def test_date_range_text(lo, hi, text):
    assert date_range_text(lo, hi) == text


def test_rumours_without_a_tenure_get_a_lane_of_their_own():
    ev = Event("d", "Marc Brys", "Anderlecht", Role.HEAD_COACH, Kind.RUMOUR, Evidence(0, 4, "Brys"))
    tl = build_timeline(build_careers([ev]), LaneMode.CLUB, today=TODAY)
    assert [l.title for l in tl.lanes] == ["Anderlecht"]
    assert [u.label for u in tl.lanes[0].undated] == ["rumour: Marc Brys"]


def test_bars_are_coloured_by_club_in_coach_lanes_and_by_person_in_club_lanes(careers):
    coach = lane(build_timeline(careers, LaneMode.COACH, today=TODAY), "Alexander Blessin")
    assert {b.colour_key for b in coach.bars} == {"stuttgarter-kickers", "rb-leipzig", "kv-oostende", "genoa",
                                                  "union-sg"}
    by_club = build_timeline(careers, LaneMode.CLUB, today=TODAY)
    blessin = {b.colour_key for l in by_club.lanes for b in l.bars if b.tenure.person == "Alexander Blessin"}
    assert len(blessin) == 1, "one person keeps one colour across club lanes"


def test_lane_summary_counts_clubs_or_people_and_articles(careers):
    coach = lane(build_timeline(careers, LaneMode.COACH, today=TODAY), "Alexander Blessin")
    assert coach.summary(LaneMode.COACH) == "5 clubs · 2 articles"
    club = lane(build_timeline(careers, LaneMode.CLUB, today=TODAY), "KV Mechelen")
    assert club.summary(LaneMode.CLUB) == "4 people · 2 articles"


def test_the_same_event_in_many_articles_is_one_marker_or_entry_listing_them_all():
    base = sample.events()
    copies = []
    for n in range(3):  # two more articles repeat the Genoa appointment and the Club Brugge rumour
        copies += [replace(e, doc=f"copy{n}.txt") for e in base if e.club in ("Genoa", "Club Brugge")
                   and e.kind in (Kind.JOINED, Kind.RUMOUR)]
    tl = build_timeline(build_careers(base + copies), today=TODAY)
    blessin = lane(tl, "Alexander Blessin")
    genoa = [m for m in blessin.markers if m.event.club == "Genoa" and m.event.kind is Kind.JOINED]
    rumours = [u for u in blessin.undated if u.event is not None and u.event.kind is Kind.RUMOUR]
    assert len(genoa) == 1 and len(genoa[0].events) == 4
    assert len(rumours) == 1 and len(rumours[0].events) == 4
    assert [tl.events[i] for i in tl.events_of(genoa[0])] == genoa[0].events


def test_a_guessed_role_reads_as_assumed() -> None:
    """The reader must see which roles the article stated and which the extractor assumed."""
    e = Event(doc="a.txt", person="Jan Peeters", club="KV Mechelen", role=Role.HEAD_COACH, kind=Kind.JOINED,
              evidence=Evidence(0, 3, "Jan"))
    assert role_text(e) == "head coach"
    assert role_text(replace(e, role_guessed=True)) == "head coach (assumed)"
    assert replace(e, role_guessed=True).to_json()["role_guessed"] is True and "role_guessed" not in e.to_json()
