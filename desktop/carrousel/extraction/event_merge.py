"""Tidying one article's events: duplicates merged, redundant spells dropped, moves dated as one moment.

These steps look at several events together, after each clause has been read, which is why they live apart
from the binding of single cues.
"""
from __future__ import annotations

import re
from dataclasses import replace

from carrousel.extraction.gazetteer import Club
from carrousel.model import DateInterval, Event, Kind, Reason, Role

AT_PUBLICATION = "at publication"  # how a date taken from the present tense begins: no date the text states
WHEN_SUCCEEDED = "(when the successor came)"  # ends the text of a date borrowed from someone's successor
# "Hij werd later trainer van FC Utrecht": a clause that says its moment differs is no part of the move beside it
EARLIER_WORDS = "eerder|voordien|vroeger|ooit|destijds"  # a moment before the one the text is at
_ANOTHER_MOMENT = re.compile(rf"\b(?:later|nadien|vervolgens|{EARLIER_WORDS})\b", re.IGNORECASE)
# "begon zijn trainersloopbaan bij X": the first step of a career follows no departure
_CAREER_START = re.compile(r"\b(?:begon|begint|startte)\b.{0,30}?\b\w*(?:loopbaan|carrière)\b", re.IGNORECASE)
_REASON_RANK = {None: 0, Reason.UNKNOWN: 1, Reason.MOVED: 2, Reason.EXPIRED: 2, Reason.MUTUAL: 3,
                Reason.RESIGNED: 3, Reason.RETIRED: 3, Reason.DISMISSED: 4}


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One event per person, club, kind and role in a document: keep the best-dated evidence (stated
    before borrowed, then the narrowest), the most specific reason."""
    merged: dict[tuple[str, str, Kind, Role], Event] = {}
    for e in events:
        key = (e.person, e.club_id, e.kind, e.role)
        kept = merged.get(key)
        if kept is None:
            merged[key] = e
            continue
        better_date = kept.date is None and e.date is not None or (
            kept.date is not None and e.date is not None
            and _rank(e.date) < _rank(kept.date))
        if better_date:
            kept = replace(kept, date=e.date, evidence=e.evidence, cue=e.cue)
        if _REASON_RANK[e.reason] > _REASON_RANK[kept.reason]:
            kept = replace(kept, reason=e.reason)
        merged[key] = kept
    return list(merged.values())


def _rank(d: DateInterval) -> tuple[int, int, int]:
    """Which of two dates for one event to keep: one stated for the person beats one borrowed from his
    successor, however narrow; then the narrowest; of equally narrow ones, a phrase the text states beats the
    present tense's publication date (a headline's "zet X op straat" against the body's "maandag ontslagen")."""
    return (1 if d.text.endswith(WHEN_SUCCEEDED) else 0, _width(d), 1 if d.text.startswith(AT_PUBLICATION) else 0)


def _width(d: DateInterval) -> int:
    if d.start is None or d.end is None:
        return 10**6
    return (d.end - d.start).days


def pair_transfers(events: list[Event]) -> list[Event]:
    """A move is one moment: an undated departure takes the date of the same person's dated arrival
    stated nearby, and vice versa. A date read off the present tense ("is de nieuwe trainer") is not
    passed on: the past event next to it ("werd eerder jeugdtrainer bij X") need not be the same move."""
    out = []
    for e in events:
        if (e.date is None and e.kind in (Kind.LEFT, Kind.JOINED) and not _ANOTHER_MOMENT.search(e.evidence.text)
                and not _CAREER_START.search(e.evidence.text)):
            partner_kind = Kind.JOINED if e.kind is Kind.LEFT else Kind.LEFT
            partners = [o for o in events if o.person == e.person and o.kind is partner_kind and o.date is not None
                        and not o.date.text.startswith(AT_PUBLICATION) and o.club_id != e.club_id and abs(o.evidence.start - e.evidence.start) < 400
                        and (e.kind is Kind.JOINED or e.reason in (Reason.MOVED, Reason.UNKNOWN))]
            if partners:
                partner = min(partners, key=lambda o: abs(o.evidence.start - e.evidence.start))
                e = replace(e, date=replace(partner.date, text=f"{partner.date.text} (same move)"))
        out.append(e)
    return out


def redundant_spell(event: Event, clause_events: list[Event], dependent: frozenset[str]) -> bool:
    """A spell says "no start or end stated": drop it where the same clause states one."""
    return event.kind is Kind.SPELL and event.cue not in dependent and any(
        e.person == event.person and e.club_id == event.club_id and e.kind in (Kind.JOINED, Kind.LEFT)
        for e in clause_events)


def successor_takes_the_club(events: list[Event], named: set[str]) -> None:
    """"Hubert nam over na het vertrek van Riemer": an arrival with no club named in the clause is at the
    club someone else leaves in that clause."""
    departures = [e for e in events if e.kind is Kind.LEFT]
    for i, e in enumerate(events):
        if e.kind is Kind.JOINED and e.club_id not in named:
            other = next((d for d in departures if d.person != e.person), None)
            if other is not None:
                events[i] = replace(e, club=other.club, club_id=other.club_id, country=other.country)


def rumours_not_where_they_left(events: list[Event], main: Club | None) -> list[Event]:
    """"Ook Smets, die vorig seizoen werd ontslagen bij Lommel, wordt genoemd": the clause's club is the one he
    left, so he is a candidate at the club the article is about (`main`), undated: the clause's time is that of
    the departure."""
    out = []
    for e in events:
        if e.kind is Kind.RUMOUR and any(o.kind is Kind.LEFT and o.person == e.person and o.club_id == e.club_id
                                         for o in events):
            if main is None or main.id == e.club_id:
                continue
            e = replace(e, club=main.name, club_id=main.id, country=main.country, date=None)
        out.append(e)
    return out
