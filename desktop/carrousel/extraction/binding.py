"""Where a cue's person and clubs stand in a clause: positional rules shared by every cue.

A cue says "the person before me" or "the clubs listed after me"; these functions turn that into mentions
by their character positions, without knowing anything about the cue's meaning.
"""
from __future__ import annotations

import re

from carrousel.extraction.dates import TimeMention
from carrousel.extraction.gazetteer import ClubMention
from carrousel.extraction.lexicon import Cue
from carrousel.extraction.people import PersonMention
from carrousel.model import Kind, Reason

_TOWARDS = re.compile(r"\b[nN][aA][aA][rR]\b")  # "naar", in any case; cheaper than re.IGNORECASE
_LIST_SEPARATOR = re.compile(r"^\s*(?:,|en|of|\s)*\s*$")
_LIST_LEAD = re.compile(
    r"^\s*(?:van|bij|in)?\s*"
    r"(?:onder meer|onder andere|o\.a\.|ook|nog|achtereenvolgens|zowel|eerder|al|ooit|vroeger)?\s*$")


def distance(m: ClubMention | TimeMention | PersonMention, start: int, end: int) -> int:
    if m.end <= start:
        return start - m.end
    if m.start >= end:
        return m.start - end
    return 0


def pick_person(slot: str, people: list[PersonMention], start: int, end: int) -> PersonMention | None:
    if not people:
        return None
    if len(people) == 1:  # most clauses: the one person there is, if the slot reaches where it stands
        p = people[0]
        return p if p.start >= start or (slot != "after" and p.end <= start) else None
    before = [p for p in people if p.end <= start]
    inside = [p for p in people if start <= p.start < end]
    after = [p for p in people if p.start >= end]
    if slot == "before":  # the subject; after a fronted phrase Dutch puts it after the verb
        return (before[-1:] or inside[:1] or after[:1] or [None])[0]
    if slot == "after":  # the object after "van"/"voor"; a cue with a gap may hold it ("volgt X op")
        return (after[:1] or inside[-1:] or [None])[0]
    candidates = before[-1:] + inside + after[:1]
    return min(candidates, key=lambda p: (distance(p, start, end), p.start >= end)) if candidates else None


def club_list(text: str, end: int, clubs: list[ClubMention]) -> list[ClubMention]:
    """"voormalige speler van Standard, KRC Genk en FC Porto": every club of the list after the cue."""
    out: list[ClubMention] = []
    cursor = end
    for c in sorted((c for c in clubs if c.start >= end), key=lambda c: c.start):
        gap = text[cursor:c.start]
        if (not out and _LIST_LEAD.match(gap)) or (out and _LIST_SEPARATOR.match(gap)):
            out.append(c)
            cursor = c.end
        else:
            break
    return out


def club_after(clubs: list[ClubMention], end: int, other: ClubMention) -> ClubMention | None:
    """"verruilde Jong PSV voor Go Ahead Eagles": the first club after the cue that is not the one bound."""
    return next((c for c in clubs if c.start >= end and c.club is not None and c.club.id != other.club.id), None)


def club_list_before(text: str, start: int, clubs: list[ClubMention]) -> list[ClubMention]:
    """"die eerder Antwerp en Beveren trainde": the list that ends right before a verb-final cue."""
    out: list[ClubMention] = []
    cursor = start
    for c in sorted((c for c in clubs if c.end <= start), key=lambda c: c.start, reverse=True):
        gap = text[c.end:cursor]
        if (not out and not gap.strip()) or (out and _LIST_SEPARATOR.match(gap)):
            out.insert(0, c)
            cursor = c.start
        else:
            break
    return out


def is_title(club: ClubMention, people: list[PersonMention], text: str) -> bool:
    """"Rode Duivel Zinho Vanheusden": a national team used as a player's title is no club of the clause."""
    if club.club is None or club.club.kind != "national" or not any(0 <= p.start - club.end <= 1 for p in people):
        return False
    return not re.search(r"\b(?:van|bij|voor)\s+$", text[max(0, club.start - 8):club.start], re.IGNORECASE)


def reason_for(cue: Cue, kind: Kind, clause: str) -> Reason | None:
    """Why a spell ended; an unexplained departure towards somewhere ("naar") is a move."""
    if kind is not Kind.LEFT:
        return None
    reason = cue.reason or Reason.UNKNOWN
    if reason is Reason.UNKNOWN and _TOWARDS.search(clause):
        return Reason.MOVED
    return reason
