"""The regular grammar of Dutch time phrases, compiled once from the lexicon.

Each rule is one regex: an optional preposition ("sinds", "tot en met"), an optional modifier ("begin",
"aan het einde van") and a base phrase with named groups. `dates.py` keeps the longest non-overlapping
matches, so "in de zomer van 2020" wins over "2020", and "enkele maanden later" over "enkele maanden".
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from carrousel.extraction.dates_lexicon import DateLexicon

YEAR = r"(?:19|20)\d\d"
_START = r"(?<![\w\-/])(?<!\d[.,])"
_END = r"(?![\w\-/]|[.,]\d)"
_SEP = r"\s*[-/–]\s*['’]?"


def alt(words: Iterable[str]) -> str:
    """An alternation that tries longer phrases first and lets any whitespace separate words."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique) + ")"


_WORD = re.compile(r"\w+")
_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")


# Letters that re.IGNORECASE lets match an ASCII letter; folded so a match always finds its table entry.
_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(phrase: str) -> str:
    """The lexicon key of a matched phrase: look-alikes mapped, spaces collapsed, casefolded."""
    return " ".join(phrase.translate(_LOOKALIKES).split()).casefold()


_FUNCTION_WORDS = frozenset("van de het een in op en dat die af tot aan met voor bij naar".split())


def _key(phrase: str) -> str:
    """The longest uncommon word of a phrase: a sentence holding the phrase holds this word, and a
    function word ("van" in "van dan af") would send a third of all sentences through every rule."""
    return max(phrase.split(), key=lambda w: (w.casefold() not in _FUNCTION_WORDS, len(w)))


@dataclass(frozen=True)
class Rule:
    """One regex and the words (or a four-digit year) without which it cannot match, to skip it cheaply."""

    name: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]
    year: bool


class Grammar:
    """The compiled rules plus one cheap regex that says whether a sentence can hold a time phrase at all."""

    def __init__(self, lex: DateLexicon) -> None:
        months = alt(lex.months)
        weekdays = alt(lex.weekdays)
        day_parts = alt(lex.day_parts)
        seasons = alt(lex.seasons)
        football = alt(lex.football_season_words)
        units = alt(lex.units)
        qualifiers = alt(lex.qualifiers)
        periods = alt([*lex.calendar_periods, *lex.seasons, *lex.football_season_words])
        quantity = (
            rf"(?:(?P<approx>{alt(lex.approximators)})\s+)?"
            rf"(?P<num>\d{{1,3}}(?:[.,]\d)?|{alt(lex.numbers)})"
        )
        prep = rf"(?:(?P<prep>{alt(lex.prepositions)})\s+)?"
        mod = rf"(?P<mod>{alt(lex.modifiers)})\s+"
        part = r"(?:(?:(?P<d{0}>\d{{1,2}})\s+)?(?P<m{0}>{1})(?:\s+(?P<y{0}>{2}))?|(?P<yy{0}>{2}))"
        bases = {
            "date": (
                rf"(?:(?P<wd>{weekdays}){day_parts}?,?\s+)?(?P<day>\d{{1,2}})(?:ste|de|e)?\s+(?P<month>{months})"
                rf"(?:\s+(?P<year>{YEAR}))?",
                prep,
            ),
            "numeric_date": (rf"(?P<day>\d{{1,2}})[-/.](?P<mon>\d{{1,2}})[-/.](?P<year>{YEAR})", prep),
            "month": (rf"(?P<month>{months})(?:\s+(?P<year>{YEAR}))?", prep + f"(?:{mod})?"),
            "season": (
                rf"(?:de\s+|het\s+)?(?P<season>{seasons})"
                rf"(?:\s+(?:van\s+)?(?P<year>{YEAR})(?:{_SEP}(?P<year2>\d\d\d\d|\d\d))?)?",
                prep + f"(?:{mod})?",
            ),
            "football_season": (
                rf"(?:(?:het\s+)?{football}\s+)?(?P<y1>{YEAR}){_SEP}(?P<y2>\d\d\d\d|\d\d)",
                prep + f"(?:{mod})?",
            ),
            "year": (rf"(?:(?P<hetjaar>(?:het\s+)?jaar)\s+)?(?P<year>{YEAR})", prep + f"(?:{mod})?"),
            "decade": (
                rf"(?:de\s+)?{alt([lex.decade_word])}\s+"
                rf"(?:['’]?(?P<dd>\d0)|(?P<dfull>{YEAR})|(?P<dw>{alt(lex.tens)}))",
                prep + f"(?:{mod})?",
            ),
            "relative": (
                rf"(?:(?P<art>het|de)\s+)?(?P<qual>{qualifiers})\s+(?P<period>{periods})",
                prep + f"(?:{mod})?",
            ),
            "current": (rf"(?:het|de)\s+(?P<period>{football}|{alt(lex.calendar_periods)})", prep + mod),
            "deictic": (rf"(?P<deictic>{alt(lex.deictic_days)})", prep),
            "weekday": (rf"(?:(?P<qual>{qualifiers})\s+)?(?P<wd>{weekdays}){day_parts}?", prep),
            "ago": (rf"{quantity}\s+(?P<unit>{units})\s+(?:{alt(lex.ago)})", prep),
            "ahead": (rf"(?:{alt(lex.ahead)})\s+{quantity}\s+(?P<unit>{units})", ""),
            "later": (rf"{quantity}\s+(?P<unit>{units})\s+(?P<dir>{alt([*lex.later, *lex.earlier])})", ""),
            "previous": (rf"(?P<prev>{alt(lex.previous)})", ""),
            "duration": (
                rf"(?:(?P<now>{alt(lex.duration_up_to_now)})\s+)?{quantity}\s+(?P<unit>{units})"
                rf"(?:\s+(?P<long>{alt(lex.duration_after)}))?(?!\s+{alt(lex.not_duration_after)}{_END})",
                "",
            ),
            "range": (
                rf"(?P<open>{alt(lex.range_open)})\s+{part.format('a', months, YEAR)}"
                rf"\s*(?P<join>{alt(lex.range_join)})\s*{part.format('b', months, YEAR)}",
                "",
            ),
        }
        weekday_words = {f"{day}{part}" for day in lex.weekdays for part in ("", *lex.day_parts)}
        months_ = set(lex.months)
        units_ = set(lex.units)
        period_words = {_key(p) for p in (*lex.calendar_periods, *lex.seasons, *lex.football_season_words)}
        triggers: dict[str, tuple[set[str], bool]] = {
            "date": (months_, False),
            "numeric_date": (set(), True),
            "month": (months_, False),
            "season": (set(lex.seasons), False),
            "football_season": (set(), True),
            "year": (set(), True),
            "decade": ({lex.decade_word}, False),
            "relative": (period_words, False),
            "current": (period_words, False),
            "deictic": ({_key(p) for p in lex.deictic_days}, False),
            "weekday": (weekday_words, False),
            "ago": (units_, False),
            "ahead": (units_, False),
            "later": (units_, False),
            "previous": ({_key(p) for p in lex.previous}, False),
            "duration": (units_, False),
            "range": (months_, True),
        }
        self.rules = [
            Rule(name, re.compile(_START + prefix + f"(?:{base})" + _END, re.IGNORECASE),
                 frozenset(triggers[name][0]), triggers[name][1])
            for name, (base, prefix) in bases.items()
        ]
        self.heads = frozenset().union(*(rule.triggers for rule in self.rules))

    def candidates(self, text: str) -> list[tuple[str, re.Match[str]]]:
        """Every match of every rule that could apply; a sentence without any time word costs one tokenisation."""
        words = set(_WORD.findall(text.casefold()))
        has_year = ("19" in text or "20" in text) and _YEAR.search(text) is not None
        if words.isdisjoint(self.heads) and not has_year:
            return []
        return [
            (rule.name, m)
            for rule in self.rules
            if (rule.year and has_year) or not rule.triggers.isdisjoint(words)
            for m in rule.pattern.finditer(text)
        ]
