"""Articles written in the styles of other outlets (front matter, a saved web page, plain text with a dateline),
none of them from the seeds: the facts a reader finds must be there, and the misreadings fixed so far must
not come back. Each row is (person, club, kind[, first day of the date]).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from carrousel.pipeline import extract_all

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture(scope="module")
def events():
    corpus, found = extract_all([FOLDER])
    assert not corpus.problems and len(corpus.documents) == 5
    return found


def facts(events, doc: str) -> set[tuple]:
    return {(e.person, e.club, e.kind.value) for e in events if e.doc == doc}


def first_day(events, doc: str, person: str, club: str, kind: str) -> str | None:
    e = next(e for e in events if (e.doc, e.person, e.club, e.kind.value) == (doc, person, club, kind))
    return e.date.start.isoformat() if e.date and e.date.start else None


CASES = {
    "standard_leko.md": {
        "has": [("Ivan Leko", "Standard", "left", "2024-03-12"), ("Ivan Leko", "Shanghai Port", "left"),
                ("Carl Hoefkens", "Standard", "joined", "2024-03-12"), ("Carl Hoefkens", "Club Brugge", "spell"),
                ("Ivan Leko", "Standard", "joined", "2023-06-01")],
        "not": [("Ivan Leko", "Shanghai Port", "joined"), ("Ivan Leko", "KRC Genk", "joined")],
    },
    "feyenoord_priske.txt": {
        "has": [("Brian Priske", "Feyenoord", "joined", "2024-06-05"), ("Brian Priske", "Sparta Praag", "left"),
                ("Arne Slot", "Feyenoord", "left"), ("Arne Slot", "Liverpool", "joined"), ("Arne Slot", "AZ", "left", "2021-01-01"),
                ("Jürgen Klopp", "Liverpool", "left"), ("Sjors Ultee", "Feyenoord", "rumour")],
        "not": [("Brian Priske", "Sparta Praag", "joined"), ("Arne Slot", "Liverpool", "left"), ("Arne Slot", "Sparta Praag", "left")],
    },
    "heracles_wormuth.html": {
        "has": [("Frank Wormuth", "Heracles", "left", "2022-02-14"), ("John Lammers", "Heracles", "joined", "2022-02-14"),
                ("John Stegeman", "Heracles", "left"), ("John Stegeman", "PEC Zwolle", "joined"), ("Dick Lukkien", "FC Emmen", "spell")],
        "not": [("Almelo John Stegeman", "Heracles", "left"), ("John Stegeman", "PEC Zwolle", "left"),
                ("Dick Lukkien", "FC Emmen", "rumour"), ("Frank Wormuth", "Duitsland", "joined")],
    },
    "anderlecht_rumours.txt": {
        "has": [("Hein Vanhaezebrouck", "RSC Anderlecht", "rumour"), ("Brian Riemer", "RSC Anderlecht", "left", "2024-11-11"),
                ("Hein Vanhaezebrouck", "KAA Gent", "left", "2023-01-01"), ("Hein Vanhaezebrouck", "RSC Anderlecht", "spell", "2012-01-01"),
                ("David Hubert", "RSC Anderlecht", "joined"), ("Ariel Jacobs", "RSC Anderlecht", "rumour")],
        "not": [("Hein Vanhaezebrouck", "RSC Anderlecht", "joined"), ("Brian Riemer", "RSC Anderlecht", "joined"),
                ("Brian Riemer", "Club Brugge", "left"), ("Jesper Fredberg", "KAA Gent", "left")],
    },
    "bosz_career.txt": {
        "has": [("Peter Bosz", "PSV", "joined", "2023-07-01"), ("Peter Bosz", "Vitesse", "spell"), ("Peter Bosz", "Feyenoord", "spell"),
                ("Peter Bosz", "De Graafschap", "joined", "2000-01-01"), ("Peter Bosz", "Heracles", "spell", "2004-01-01"),
                ("Peter Bosz", "Vitesse", "joined", "2013-01-01"), ("Peter Bosz", "Maccabi Tel Aviv", "joined", "2016-01-01"),
                ("Peter Bosz", "Ajax", "joined", "2016-06-01"), ("Peter Bosz", "Borussia Dortmund", "joined", "2017-01-01"),
                ("Peter Bosz", "Ajax", "left", "2017-01-01")],
        "not": [("Peter Bosz", "Hansa Rostock", "joined")],
    },
}


@pytest.mark.parametrize("doc", sorted(CASES))
def test_facts_a_reader_finds(events, doc: str) -> None:
    found = facts(events, doc)
    for row in CASES[doc]["has"]:
        assert row[:3] in found, f"{doc}: missing {row[:3]}"
        if len(row) > 3:
            assert first_day(events, doc, *row[:3]) == row[3], f"{doc}: {row[:3]} dated wrongly"


@pytest.mark.parametrize("doc", sorted(CASES))
def test_misreadings_stay_fixed(events, doc: str) -> None:
    found = facts(events, doc)
    for row in CASES[doc]["not"]:
        assert row not in found, f"{doc}: {row}"


def test_a_rumour_article_dates_nothing_it_does_not_say(events) -> None:
    jacobs = [e for e in events if e.person == "Ariel Jacobs"]
    assert jacobs and all(e.date is None for e in jacobs)
