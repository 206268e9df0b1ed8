"""A small, realistic career set built by hand, so UI tests do not depend on the extractor.

Documents are the real seed articles (their text, so evidence offsets index real sentences); events
are what a careful reader finds in them, with a mix of exact, seasonal, estimated and missing dates.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from carrousel.careers import Careers, build_careers
from carrousel.model import (
    DateInterval, Document, Event, Evidence, Kind, Precision, Reason, Role, Segment, SegmentKind, Span,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GENOA_SENTENCE = "Alexander Blessin gaat namelijk bij het Italiaanse Genoa aan de slag."

PUBLISHED = {
    "000_0039a61a383cf88f.txt": (date(2022, 1, 17), date(2022, 1, 17), False, ""),
    "001_36a175722d7507df.txt": (date(2023, 10, 1), date(2023, 10, 31), True, "estimated from 'Europa League' and 'afgelopen zomer'"),
    "002_db66e4b8c880dbf0.txt": (date(2024, 11, 1), date(2024, 11, 30), True, "estimated from the body"),
    "003_fa144fbf85f06e15.txt": (date(2024, 4, 1), date(2024, 4, 30), True, "estimated from the body"),
}
URLS = {"000_0039a61a383cf88f.txt": "https://www.voetbalkrant.com/nieuws/blessin-genoa"}


def documents() -> dict[str, Document]:
    docs = {}
    for doc_id, (lo, hi, estimated, reason) in PUBLISHED.items():
        path = SEEDS / doc_id
        text = path.read_text(encoding="utf-8")
        headline_end = text.index("\n")
        sidebar = text.find("Meest recent")
        segments = [Segment(SegmentKind.HEADLINE, Span(0, headline_end)),
                    Segment(SegmentKind.BODY, Span(headline_end + 1, sidebar))]
        segments.append(Segment(SegmentKind.SIDEBAR, Span(sidebar, len(text))))
        precision = Precision.DAY if lo == hi else Precision.MONTH
        published = DateInterval(lo, hi, precision, "", estimated, reason)
        docs[doc_id] = Document(doc_id, str(path), text, text[:headline_end], segments, published, URLS.get(doc_id))
    return docs


def _sentence(text: str, phrase: str) -> Evidence:
    """The sentence around `phrase`: from after the previous full stop or line break to its own full stop."""
    at = text.index(phrase)
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    end_match = re.compile(r"[.?!](?=\s|$)|\n").search(text, at + len(phrase) - 1)
    end = end_match.end() if end_match else len(text)
    end -= text[end - 1] == "\n"
    return Evidence(start, end, text[start:end])


def _when(lo: str | None, hi: str | None, precision: Precision, text: str = "", estimated: bool = False) -> DateInterval:
    return DateInterval(date.fromisoformat(lo) if lo else None, date.fromisoformat(hi) if hi else None,
                        precision, text, estimated, "publication date estimated" if estimated else "")


def events(docs: dict[str, Document] | None = None) -> list[Event]:
    docs = docs or documents()
    d0, d1, d2, d3 = (docs[k].text for k in PUBLISHED)
    k0, k1, k2, k3 = PUBLISHED
    jan22 = _when("2022-01-17", "2022-01-17", Precision.DAY, "per direct")
    summer20 = _when("2020-06-01", "2020-08-31", Precision.SEASON, "in de zomer van 2020")
    nov24 = _when("2024-11-01", "2024-11-30", Precision.MONTH, "", estimated=True)

    def ev(doc, text, person, club, role, kind, phrase, when=None, reason=None, club_id=""):
        return Event(doc, person, club, role, kind, _sentence(text, phrase), when, reason, club_id=club_id)

    return [
        ev(k0, d0, "Alexander Blessin", "KV Oostende", Role.HEAD_COACH, Kind.LEFT, "per direct", jan22, Reason.MOVED, "kv-oostende"),
        ev(k0, d0, "Alexander Blessin", "Genoa", Role.HEAD_COACH, Kind.JOINED, GENOA_SENTENCE, jan22, club_id="genoa"),
        ev(k0, d0, "Blessin", "KV Oostende", Role.HEAD_COACH, Kind.JOINED, "in de zomer van 2020", summer20, club_id="kv-oostende"),
        ev(k0, d0, "Blessin", "RB Leipzig", Role.YOUTH_COACH, Kind.LEFT, "weggeplukt", summer20, Reason.MOVED, "rb-leipzig"),
        ev(k0, d0, "Blessin", "Club Brugge", Role.HEAD_COACH, Kind.RUMOUR, "meermaals gelinkt", club_id="club-brugge"),
        ev(k0, d0, "Andriy Shevchenko", "Genoa", Role.HEAD_COACH, Kind.LEFT, "betaalde gelag", None, Reason.DISMISSED, "genoa"),
        ev(k0, d0, "Andriy Shevchenko", "AC Milan", Role.PLAYER, Kind.SPELL, "topspits", club_id="ac-milan"),
        ev(k1, d1, "Alexander Blessin", "Stuttgarter Kickers", Role.PLAYER, Kind.SPELL, "als spits aan de slag",
           _when("2000-01-01", "2000-12-31", Precision.YEAR, "in 2000"), club_id="stuttgarter-kickers"),
        ev(k1, d1, "Blessin", "RB Leipzig", Role.YOUTH_COACH, Kind.SPELL, "jeugdtrainer bij RB Leipzig",
           _when("2012-01-01", "2020-12-31", Precision.YEARS, "daarna"), club_id="rb-leipzig"),
        ev(k1, d1, "Blessin", "Genoa", Role.HEAD_COACH, Kind.SPELL, "passage bij Genoa", club_id="genoa"),
        ev(k1, d1, "Blessin", "Union", Role.HEAD_COACH, Kind.JOINED, "Union haalde hem afgelopen zomer",
           _when("2023-06-01", "2023-08-31", Precision.SEASON, "afgelopen zomer", estimated=True), club_id="union-sg"),
        ev(k1, d1, "Jürgen Klopp", "Mainz", Role.PLAYER, Kind.SPELL, "verdediger bij Mainz",
           _when("2000-01-01", "2000-12-31", Precision.YEAR, "in 2000"), club_id="mainz"),
        ev(k1, d1, "Klopp", "Mainz", Role.HEAD_COACH, Kind.JOINED, "trainer geworden bij Mainz",
           _when("2000-01-01", "2001-12-31", Precision.YEARS, "enkele maanden later"), club_id="mainz"),
        ev(k1, d1, "Karel Geraerts", "Union", Role.HEAD_COACH, Kind.LEFT, "vervanger van Karel Geraerts",
           _when("2023-06-01", "2023-08-31", Precision.SEASON, "afgelopen zomer", estimated=True), Reason.UNKNOWN, "union-sg"),
        ev(k2, d2, "Steven Defour", "KV Mechelen", Role.HEAD_COACH, Kind.LEFT, "Na het ontslag van Steven Defour", nov24,
           Reason.DISMISSED, "kv-mechelen"),
        ev(k2, d2, "Besnik Hasi", "KV Mechelen", Role.HEAD_COACH, Kind.JOINED, "Besnik Hasi een nieuwe hoofdcoach", nov24,
           club_id="kv-mechelen"),
        ev(k2, d2, "Defour", "KV Mechelen", Role.OTHER, Kind.RUMOUR, "Een terugkeer van Steven Defour", club_id="kv-mechelen"),
        ev(k3, d3, "Wouter Vrancken", "KV Mechelen", Role.HEAD_COACH, Kind.LEFT, "het vertrek van Wouter Vrancken",
           None, Reason.UNKNOWN, "kv-mechelen"),
        ev(k3, d3, "Danny Buijs", "KV Mechelen", Role.HEAD_COACH, Kind.LEFT, "Danny Buijs zijn passage", None, Reason.UNKNOWN,
           "kv-mechelen"),
        ev(k3, d3, "Defour", "KV Mechelen", Role.HEAD_COACH, Kind.JOINED, "Steven Defour verving hem", club_id="kv-mechelen"),
        ev(k3, d3, "Defour", "Standard", Role.PLAYER, Kind.SPELL, "De voormalige speler van Standard", club_id="standard"),
        ev(k3, d3, "Defour", "FC Porto", Role.PLAYER, Kind.SPELL, "De voormalige speler van Standard", club_id="fc-porto"),
    ]


def careers() -> Careers:
    return build_careers(events())
