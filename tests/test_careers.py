"""The career model: identity across articles, tenure ends as intervals, conflicts flagged, no invented dates."""
from __future__ import annotations

from datetime import date

from carrousel.careers import build_careers, resolve_people, surname_of
from carrousel.model import DateInterval, Event, Evidence, Kind, Precision, Reason, Role


def ev(person: str, club: str, kind: Kind, start: str | None = None, end: str | None = None,
       role: Role = Role.HEAD_COACH, doc: str = "a.txt", reason: Reason | None = None, text: str = "",
       precision: Precision = Precision.MONTH) -> Event:
    d = None
    if start or end:
        d = DateInterval(date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None,
                         precision, text or f"{start}..{end}")
    return Event(doc, person, club, role, kind, Evidence(0, 4, "text"), d, reason, club_id=club.lower())


def test_surname_keeps_particles() -> None:
    assert surname_of("Alexis Mac Allister") == "mac allister"
    assert surname_of("Erik ten Hag") == "ten hag"
    assert surname_of("Blessin") == "blessin"


def test_surname_only_mention_joins_the_full_name() -> None:
    people = resolve_people([ev("Blessin", "Genoa", Kind.JOINED), ev("Alexander Blessin", "Union", Kind.JOINED)])
    assert people["Blessin"] is people["Alexander Blessin"]
    assert people["Blessin"].name == "Alexander Blessin"


def test_brothers_stay_apart_and_their_surname_alone_is_not_guessed() -> None:
    people = resolve_people([ev("Kevin Mac Allister", "Union", Kind.SPELL),
                             ev("Alexis Mac Allister", "Liverpool", Kind.SPELL),
                             ev("Mac Allister", "Boca", Kind.SPELL)])
    assert people["Kevin Mac Allister"] is not people["Alexis Mac Allister"]
    assert people["Mac Allister"].name == "Mac Allister"


def test_accented_spellings_are_one_person() -> None:
    people = resolve_people([ev("Jürgen Klopp", "Liverpool", Kind.JOINED), ev("Jurgen Klopp", "Mainz", Kind.SPELL)])
    assert people["Jurgen Klopp"] is people["Jürgen Klopp"]


def test_join_and_leave_across_documents_make_one_tenure() -> None:
    careers = build_careers([
        ev("Alexander Blessin", "KV Oostende", Kind.JOINED, "2020-06-01", "2020-08-31", doc="a.txt"),
        ev("Blessin", "KV Oostende", Kind.LEFT, "2022-01-01", "2022-01-31", doc="b.txt", reason=Reason.MOVED),
    ])
    (t,) = careers.tenures
    assert t.person == "Alexander Blessin"
    assert (t.start_lo, t.start_hi) == (date(2020, 6, 1), date(2020, 8, 31))
    assert (t.end_lo, t.end_hi) == (date(2022, 1, 1), date(2022, 1, 31))
    assert t.documents == ["a.txt", "b.txt"] and t.ended and not t.conflicts


def test_disagreeing_sources_are_flagged_not_silently_merged() -> None:
    careers = build_careers([
        ev("Danny Buijs", "KV Mechelen", Kind.JOINED, "2022-06-01", "2022-06-30", doc="a.txt", text="in juni 2022"),
        ev("Danny Buijs", "KV Mechelen", Kind.JOINED, "2022-09-01", "2022-09-30", doc="b.txt", text="in september 2022"),
    ])
    (t,) = careers.tenures
    assert t.conflicts and "in juni 2022" in t.conflicts[0] and "in september 2022" in t.conflicts[0]
    assert (t.start_lo, t.start_hi) == (date(2022, 6, 1), date(2022, 9, 30))


def test_undated_events_add_evidence_but_no_dates() -> None:
    careers = build_careers([ev("Steven Defour", "KV Mechelen", Kind.LEFT, reason=Reason.DISMISSED)])
    (t,) = careers.tenures
    assert not t.is_dated and t.ended and t.events[0].reason is Reason.DISMISSED


def test_spell_covers_its_interval_and_until_pins_the_end() -> None:
    careers = build_careers([
        ev("Alexander Blessin", "Stuttgarter Kickers", Kind.SPELL, "2000-01-01", "2000-12-31", role=Role.PLAYER),
        ev("Alexander Blessin", "Antalyaspor", Kind.SPELL, None, "2012-12-31", role=Role.PLAYER, precision=Precision.YEAR),
    ])
    kickers, antalya = careers.tenures_of("Alexander Blessin")
    assert kickers.club == "Stuttgarter Kickers" and kickers.start_hi == date(2000, 1, 1) and kickers.end_lo == date(2000, 12, 31)
    assert antalya.start_lo is None and (antalya.end_lo, antalya.end_hi) == (date(2012, 1, 1), date(2012, 12, 31))


def test_a_second_spell_after_a_dated_departure_is_a_new_tenure() -> None:
    careers = build_careers([
        ev("Ivan Leko", "Club Brugge", Kind.JOINED, "2017-06-01", "2017-06-30"),
        ev("Ivan Leko", "Club Brugge", Kind.LEFT, "2019-05-01", "2019-05-31"),
        ev("Ivan Leko", "Club Brugge", Kind.JOINED, "2025-06-01", "2025-06-30"),
    ])
    first, second = careers.tenures_at("club brugge")
    assert first.end_hi == date(2019, 5, 31) and second.start_lo == date(2025, 6, 1) and second.end_hi is None


def test_rumours_are_events_but_not_tenures() -> None:
    careers = build_careers([ev("Alexander Blessin", "Club Brugge", Kind.RUMOUR)])
    assert careers.tenures == [] and len(careers.events) == 1


def test_roles_make_separate_tenures_and_coaches_are_listed() -> None:
    careers = build_careers([
        ev("Markus Pflanz", "KV Oostende", Kind.SPELL, role=Role.ASSISTANT_COACH),
        ev("Markus Pflanz", "KV Oostende", Kind.JOINED, "2022-01-19", "2022-01-19", role=Role.INTERIM_COACH),
        ev("Zinho Vanheusden", "Genoa", Kind.SPELL, role=Role.PLAYER),
    ])
    assert {t.role for t in careers.tenures_of("Markus Pflanz")} == {Role.ASSISTANT_COACH, Role.INTERIM_COACH}
    assert careers.coaches() == ["Markus Pflanz"]
