"""Dutch time expressions in one sentence, resolved to date intervals.

News dates most events relative to its own publication ("afgelopen zomer", "twee weken geleden") or to
the last date it mentioned ("enkele maanden later"). Every relative phrase is resolved against BOTH ends
of its anchor interval (start from the anchor's start, end from the anchor's end), so an approximate or
open publication date gives an honestly wider or open result, flagged `estimated` when the anchor was.
A phrase that cannot be resolved gives no mention: no date is ever invented.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from carrousel.extraction import dates_calendar as cal
from carrousel.extraction.dates_grammar import Grammar, alt, fold
from carrousel.extraction.dates_lexicon import DateLexicon, Quantity, Unit, default_lexicon
from carrousel.model import DateInterval, Precision

__all__ = ["TimeMention", "find_times", "shift"]

Pair = tuple[date, date]
Resolver = Callable[[date], Pair]


class TimeMention(NamedTuple):
    """One time phrase: `text == sentence[start:end]` (or the document's, see `find_times`), resolved to
    `interval`. A named tuple: an extractor makes many, and a frozen dataclass costs several times as much.

    `role` says how the phrase relates to what happened: "point" (then), "since" (open end), "until"
    (open start), "during" (a year, season or range a state covers) or "duration" (a length, `years`).
    `named` is the period a "since" or "until" phrase names before its preposition opened one end: "sinds
    2022" names 2022, the year in which something began.
    """

    start: int
    end: int
    text: str
    interval: DateInterval
    anchor: str  # "absolute" | "publication" | "previous"
    role: str
    years: float | None = None
    named: DateInterval | None = None


Previous = DateInterval | None | Callable[[], DateInterval | None]  # the date the text last set, or how to find it


class _Base(NamedTuple):
    """What a base phrase means before prepositions: a fixed pair, or a function of an anchor day."""

    precision: Precision
    anchor: str
    resolve: Resolver
    during: bool = False  # a year, season, decade or range: a period a state can cover
    open_end: bool = False  # "daarna", "sindsdien": from the anchor on, with no known end
    role: str | None = None


_UNIT_PRECISION = {
    "dag": Precision.DAY, "week": Precision.WEEK, "maand": Precision.MONTH,
    "jaar": Precision.YEAR, "seizoen": Precision.SEASON,
}
_OFFSETS = {"past": -1, "this": 0, "next": 1}
_PICKS = {"past": cal.past, "this": cal.this, "next": cal.upcoming}
_STEPS = {"week": cal.week, "weekend": cal.weekend, "month": cal.month, "year": cal.year}
_STEP_PRECISION = {"week": Precision.WEEK, "weekend": Precision.WEEK, "month": Precision.MONTH, "year": Precision.YEAR}


def _fixed(pair: Pair) -> Resolver:
    return lambda _day: pair


_ANY_DAY = date(2000, 1, 1)


def _ends(resolve: Resolver, anchor: DateInterval | None) -> tuple[date | None, date | None]:
    """A phrase resolved monotonically: its start from the anchor's start, its end from the anchor's end."""
    if anchor is None:
        return resolve(_ANY_DAY)  # an absolute phrase: any day gives the same pair
    if anchor.start is not None and anchor.start == anchor.end:
        return resolve(anchor.start)
    return resolve(anchor.start)[0] if anchor.start else None, resolve(anchor.end)[1] if anchor.end else None


@lru_cache(maxsize=4096)
def _calendar_date(day: int, month: str, number: int, year: int) -> date | None:
    """A written date through dateparser (which rejects "31 februari"); cached, as phrases repeat a lot.

    The result must keep the day and month asked for: dateparser fills gaps ("00 januari") from today.
    """
    import dateparser  # imported on first use: most sentences never need it

    if not 1 <= day <= 31:
        return None
    parsed = dateparser.parse(
        f"{day} {month} {year}",
        languages=["nl"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"},
    )
    if parsed is None or (parsed.day, parsed.month, parsed.year) != (day, number, year):
        return None
    return parsed.date()


class _Resolver:
    """Turns one rule match into a mention; holds the lexicon-derived tables the rules need."""

    def __init__(self, lex: DateLexicon) -> None:
        self.lex = lex
        self.grammar = Grammar(lex)
        self.month_names = lex.months
        self.month_word = {number: name for name, number in lex.months.items()}
        self.season_start = lex.football_season_start_month
        self.blocked_before = re.compile(rf"(?<!\w){alt(lex.year_blockers_before)}\s*$")
        # what text blocked_before finds ends with: tested first, as that search stops at every character
        self.blocker_ends = tuple({blocker.split()[-1] for blocker in lex.year_blockers_before})
        self.blocked_after = re.compile(rf"\s*{alt(lex.year_blockers_after)}(?!\w)")
        self.bases: dict[str, Callable[[re.Match[str], str], _Base | None]] = {
            rule.name: getattr(self, f"_{rule.name}") for rule in self.grammar.rules
        }
        self.groups = {rule.name: frozenset(rule.pattern.groupindex) for rule in self.grammar.rules}

    # --- helpers -------------------------------------------------------------------------------------
    def quantity(self, m: re.Match[str]) -> Quantity:
        word = fold(m["num"])
        if word in self.lex.numbers:
            q = self.lex.numbers[word]
        else:
            value = float(word.replace(",", "."))
            q = Quantity(value, value, value)
        if m["approx"]:
            low, high = self.lex.approximators[fold(m["approx"])]
            q = Quantity(q.low * low, q.high * high, q.typical * (low + high) / 2)
        return q

    def unit(self, m: re.Match[str]) -> Unit:
        return self.lex.units[fold(m["unit"])]

    def template_season(self, word: str) -> cal.Template:
        return self.lex.seasons[fold(word)]

    # --- base phrases ------------------------------------------------------------------------------------
    def _date(self, m: re.Match[str], _text: str) -> _Base | None:
        month = fold(m["month"])
        day = int(m["day"])
        if m["year"]:
            parsed = _calendar_date(day, month, self.month_names[month], int(m["year"]))
            return _Base(Precision.DAY, "absolute", _fixed((parsed, parsed))) if parsed else None
        parsed = _calendar_date(day, month, self.month_names[month], 2000)  # a leap year, so "29 februari" is accepted
        if parsed is None:
            return None
        template = ((parsed.month, parsed.day), (parsed.month, parsed.day))
        return _Base(Precision.DAY, "publication", lambda d: cal.nearest(template, d))

    def _numeric_date(self, m: re.Match[str], _text: str) -> _Base | None:
        month = int(m["mon"])
        if not 1 <= month <= 12:
            return None
        parsed = _calendar_date(int(m["day"]), self.month_word[month], month, int(m["year"]))
        return _Base(Precision.DAY, "absolute", _fixed((parsed, parsed))) if parsed else None

    def _month(self, m: re.Match[str], _text: str) -> _Base:
        number = self.month_names[fold(m["month"])]
        if m["year"]:
            first = date(int(m["year"]), number, 1)
            return _Base(Precision.MONTH, "absolute", _fixed(cal.month(first)))
        template = cal.month_template(number)
        return _Base(Precision.MONTH, "publication", lambda d: cal.nearest(template, d))

    def _season(self, m: re.Match[str], _text: str) -> _Base | None:
        template = self.template_season(m["season"])
        if not m["year"]:
            return _Base(Precision.SEASON, "publication", lambda d: cal.nearest(template, d))
        year = int(m["year"])
        crosses = template[1] < template[0]
        if m["year2"]:
            second = int(m["year2"])
            if second % 100 != (year + 1) % 100 or not crosses:
                return None
            year += 1
        return _Base(Precision.SEASON, "absolute", _fixed(cal.occurrence(template, year)))

    def _football_season(self, m: re.Match[str], _text: str) -> _Base | None:
        first, second = int(m["y1"]), m["y2"]
        if len(second) == 2:
            if int(second) != (first + 1) % 100:
                return None
            last = first + 1
        else:
            last = int(second)
        if last == first + 1:
            return _Base(Precision.SEASON, "absolute", _fixed(cal.season_of_year(first, self.season_start)), True)
        if first < last <= first + 40:
            return _Base(Precision.YEARS, "absolute", _fixed((date(first, 1, 1), date(last, 12, 31))), True)
        return None

    def _year(self, m: re.Match[str], text: str) -> _Base | None:
        if not self._plausible_year(m, text):
            return None
        year = int(m["year"])
        return _Base(Precision.YEAR, "absolute", _fixed((date(year, 1, 1), date(year, 12, 31))), True)

    def _plausible_year(self, m: re.Match[str], text: str) -> bool:
        """A bare four-digit number is a year unless it counts something or belongs to a name."""
        before = m.string[max(0, m.start() - 20): m.start()]
        if self.blocked_after.match(m.string, m.end()) or (
            before.rstrip().endswith(self.blocker_ends) and self.blocked_before.search(before)
        ):
            return False  # "2000 toeschouwers", "rugnummer 2019", "€ 2020"
        if m["prep"] or m["mod"] or m["hetjaar"]:
            return True
        if text[m.end():].lstrip()[:1].isupper():  # "2000 Supporters Club"
            return False
        words = text[: m.start()].split()
        if words and words[-1][:1].isupper() and len(words) > 1 and words[-2][-1] not in ".!?:\"“”'(":
            return False  # "TSV 2000", "EK 2024": part of a name, unless that word opens the sentence
        return True

    def _decade(self, m: re.Match[str], _text: str, *, reference: int | None = None) -> _Base | None:
        if m["dfull"]:
            first = int(m["dfull"])
            if first % 10:
                return None
        else:
            tens = int(m["dd"]) if m["dd"] else self.lex.tens[fold(m["dw"])]
            first = 1900 + tens
            if reference is not None and 2000 + tens <= reference:
                first = 2000 + tens
        return _Base(Precision.YEARS, "absolute", _fixed((date(first, 1, 1), date(first + 9, 12, 31))), True)

    def _relative(self, m: re.Match[str], _text: str) -> _Base:
        qual = self.lex.qualifiers[fold(m["qual"])]
        period = fold(m["period"])
        anchor = "publication"
        if m["art"] and qual == "next" and fold(m["qual"]) in self.lex.narrative_next:
            anchor = "previous"  # "het volgende seizoen": the one after the date the story is at
        offset = _OFFSETS[qual]
        if period in self.lex.calendar_periods:
            kind = self.lex.calendar_periods[period]
            step = _STEPS[kind]
            return _Base(_STEP_PRECISION[kind], anchor, lambda d: step(d, offset), kind == "year")
        if period in self.lex.football_season_words:
            return _Base(Precision.SEASON, anchor, lambda d: cal.football_season(d, self.season_start, offset), True)
        template, pick = self.template_season(period), _PICKS[qual]
        return _Base(Precision.SEASON, anchor, lambda d: pick(template, d))

    def _current(self, m: re.Match[str], _text: str) -> _Base:
        period = fold(m["period"])
        if period in self.lex.football_season_words:
            return _Base(Precision.SEASON, "publication", lambda d: cal.football_season(d, self.season_start), True)
        kind = self.lex.calendar_periods[period]
        precision = Precision.MONTH if kind == "month" else Precision.YEAR
        return _Base(precision, "publication", _STEPS[kind], kind == "year")

    def _deictic(self, m: re.Match[str], _text: str) -> _Base | None:
        before = m.string[: m.start()].split()[-1:]
        if m["prep"] is None and before and before[0] in self.lex.not_deictic_before:
            return None  # "'s morgen", "de volgende morgen"
        offset = self.lex.deictic_days[fold(m["deictic"])]
        return _Base(Precision.DAY, "publication", lambda d: (d + timedelta(days=offset),) * 2)

    def _weekday(self, m: re.Match[str], _text: str) -> _Base:
        weekday = self.lex.weekdays[fold(m["wd"])]
        direction = _OFFSETS[self.lex.qualifiers[fold(m["qual"])]] if m["qual"] else 0
        return _Base(Precision.DAY, "publication", lambda d: (cal.weekday_near(d, weekday, direction),) * 2)

    def _ago(self, m: re.Match[str], _text: str, sign: int = -1) -> _Base:
        q, unit = self.quantity(m), self.unit(m)
        near, far = sign * q.low, sign * q.high

        def around(d: date) -> Pair:
            # Half a unit either way: "twee weken geleden" is a week-wide window around day -14.
            first, last = sorted((cal.add(d, near, unit.months, unit.days), cal.add(d, far, unit.months, unit.days)))
            if unit.months:
                return cal.add(first, -0.5, unit.months, 0), cal.add(last, 0.5, unit.months, 0)
            half = timedelta(days=unit.days // 2)
            return first - half, last + half

        return _Base(_UNIT_PRECISION[unit.name], "publication", around)

    def _ahead(self, m: re.Match[str], text: str) -> _Base:
        """ "over twee weken": the mirror image of "twee weken geleden"."""
        return self._ago(m, text, sign=1)

    def _later(self, m: re.Match[str], _text: str) -> _Base:
        q, unit = self.quantity(m), self.unit(m)
        sign = 1 if fold(m["dir"]) in self.lex.later else -1
        low, high = (q.low, q.high) if sign > 0 else (-q.high, -q.low)
        return _Base(
            _UNIT_PRECISION[unit.name], "previous",
            lambda d: (cal.add(d, low, unit.months, unit.days), cal.add(d, high, unit.months, unit.days)),
        )

    def _previous(self, m: re.Match[str], _text: str) -> _Base:
        kind = self.lex.previous[fold(m["prev"])]
        if kind == "soon":
            months = self.lex.soon_months
            return _Base(Precision.MONTH, "previous", lambda d: (d, cal.add_months(d, months)))
        return _Base(
            Precision.DAY, "previous", lambda d: (d, d), open_end=kind in ("after", "since"),
            role="since" if kind == "since" else None,
        )

    def _modified(self, base: _Base, modifier: str) -> _Base:
        """ "begin 2020", "eind vorig seizoen", "later dit jaar": a part of the base period, as wide as it is."""
        which = self.lex.modifiers[modifier]
        if which in ("earlier", "later") and base.anchor == "absolute":
            return base._replace(during=False)  # "later in 2020" still lies in 2020: keep the whole year
        inner = base.resolve
        return base._replace(precision=Precision.DAY, during=False, resolve=lambda d: cal.part(inner(d), which, d))

    def _range(self, m: re.Match[str], _text: str) -> _Base | None:
        """ "tussen 2015 en 2018", "van maart tot juni 2020"; "tussen 1 juli en 31 augustus" nearest to publication."""
        first, second = self._range_part(m, "a"), self._range_part(m, "b")
        if first is None or second is None:
            return None
        (first_template, first_year, first_precision), (second_template, second_year, _) = first, second
        stated = max(first_precision, second[2], key=cal.rank)
        if second_year is None and first_year is not None:
            return None

        def start_before(end: date) -> date:
            """The first end, in the year that puts it at or just before the second end."""
            if first_year is not None:
                return cal.occurrence(first_template, first_year)[0]
            start = cal.occurrence(first_template, end.year)[0]
            return start if start <= end else cal.occurrence(first_template, end.year - 1)[0]

        if second_year is not None:
            end = cal.occurrence(second_template, second_year)[1]
            start = start_before(end)
            return _Base(stated, "absolute", _fixed((start, end)), True) if start <= end else None

        def near(d: date) -> Pair:  # neither end names a year: the second is the one nearest to publication
            last = cal.nearest(second_template, d)[1]
            return start_before(last), last

        return _Base(stated, "publication", near, True)

    def _range_part(self, m: re.Match[str], side: str) -> tuple[cal.Template, int | None, Precision] | None:
        """One end of a range as a recurring template, the year it names (if any) and its precision."""
        if m[f"yy{side}"]:
            return ((1, 1), (12, 31)), int(m[f"yy{side}"]), Precision.YEAR
        year = int(m[f"y{side}"]) if m[f"y{side}"] else None
        month = fold(m[f"m{side}"])
        number = self.month_names[month]
        if m[f"d{side}"]:
            parsed = _calendar_date(int(m[f"d{side}"]), month, number, 2000 if year is None else year)
            if parsed is None:
                return None
            return ((number, parsed.day), (number, parsed.day)), year, Precision.DAY
        return cal.month_template(number), year, Precision.MONTH

    # --- whole mentions ------------------------------------------------------------------------------------
    def mention(
        self, rule: str, m: re.Match[str], text: str, published: DateInterval, previous: Previous, offset: int = 0,
    ) -> TimeMention | None:
        """The mention a rule's match on the lowered form of `text` makes, at `offset` plus its place in `text`,
        or None if it does not resolve."""
        if rule == "duration":
            return self._duration(m, text, published, offset)
        if rule == "decade":
            reference = published.start or published.end
            base = self._decade(m, text, reference=reference.year if reference else None)
        else:
            base = self.bases[rule](m, text)
        if base is None:
            return None
        groups = self.groups[rule]
        if "mod" in groups and m["mod"]:
            base = self._modified(base, fold(m["mod"]))
        if base.anchor == "previous" and callable(previous):
            previous = previous()
        anchor = published if base.anchor == "publication" else previous if base.anchor == "previous" else None
        if anchor is None and base.anchor == "previous":
            return None
        start, end = _ends(base.resolve, anchor)
        role = base.role or ("during" if base.during else "point")
        if base.open_end:
            end = None
        prep = m["prep"] if "prep" in groups else None
        kind = self.lex.prepositions[fold(prep)] if prep else "point"
        named_start, named_end = start, end
        if kind == "since":
            end, role = None, "since"
        elif kind == "after":
            start, end, role = (end + timedelta(days=1) if end else None), None, "since"
        elif kind == "until":
            start, role = None, "until"
        if (start is None and end is None) or (start and end and start > end):
            return None
        first, last = m.span()
        phrase = text[first:last]
        estimated = bool(anchor and anchor.estimated)
        precision = cal.precision_for(base.precision, start, end)
        interval = DateInterval(start, end, precision, phrase, estimated, _REASONS[base.anchor])  # positional: faster
        named = None
        if kind in ("since", "until") and named_start is not None and named_end is not None:
            named = DateInterval(named_start, named_end, cal.precision_for(base.precision, named_start, named_end),
                                 phrase, estimated, _REASONS[base.anchor])
        return TimeMention(first + offset, last + offset, phrase, interval, base.anchor, role, None, named)

    def _duration(self, m: re.Match[str], text: str, published: DateInterval, offset: int) -> TimeMention:
        q, unit = self.quantity(m), self.unit(m)
        years = q.typical * unit.years
        first, last = m.span()
        phrase = text[first:last]
        if m["now"] and (published.start or published.end):
            # "al acht jaar", "sinds twee seizoenen": the span that ends now.
            start = cal.add(published.start, -q.high, unit.months, unit.days) if published.start else None
            interval = DateInterval(
                start, published.end, cal.precision_for(_UNIT_PRECISION[unit.name], start, published.end),
                text=phrase, estimated=published.estimated, reason="a duration up to the publication date",
            )
            return TimeMention(first + offset, last + offset, phrase, interval, "publication", "duration", years)
        interval = DateInterval(None, None, Precision.YEARS, text=phrase, reason="a duration, not a date")
        return TimeMention(first + offset, last + offset, phrase, interval, "absolute", "duration", years)


_REASONS = {
    "absolute": "stated in the text",
    "publication": "counted from the publication date",
    "previous": "counted from the date mentioned before",
}


@lru_cache(maxsize=1)
def _default() -> _Resolver:
    return _Resolver(default_lexicon())


def find_times(
    text: str, published: DateInterval, previous: Previous = None, *, lower: str | None = None, offset: int = 0,
) -> list[TimeMention]:
    """All time phrases in one sentence, in text order, longest reading first where phrases overlap.

    `previous` is the date the text last set ("toen", "enkele maanden later" count from it), or a function
    giving it, called only if a phrase needs it: finding that date may mean reading earlier sentences.
    `lower` is `text` lower-cased character for character, if the caller has it already; `offset` is where
    `text` stands in a longer document, so that the mentions' `start` and `end` are offsets into that document.
    """
    resolver = _default()
    candidates = resolver.grammar.candidates(text, lower)
    if not candidates:
        return []
    mentions = []
    for name, m in _readings(candidates):
        try:
            found = resolver.mention(name, m, text, published, previous, offset)
        except (ValueError, OverflowError):  # counted past year 1 or 9999 from an absurd anchor: unresolvable
            continue
        if found is not None:
            mentions.append(found)
            if found.role != "duration" and found.interval.start is not None:
                previous = found.interval  # "in 2017 ..., maar in december van dat jaar" counts from 2017
    return mentions


def _readings(candidates: list[tuple[str, re.Match[str]]]) -> list[tuple[str, re.Match[str]]]:
    """The candidates to resolve, in text order: the longest first, then each that overlaps none kept so far
    (at equal length the earlier one, and at the same span the rule that comes first in the grammar)."""
    if len(candidates) < 2:
        return candidates
    kept: list[tuple[int, int, int]] = []  # (start, end, index in candidates)
    for shortness, start, index in sorted([(m.start() - m.end(), m.start(), i) for i, (_, m) in enumerate(candidates)]):
        end = start - shortness
        for other_start, other_end, _ in kept:  # a plain loop: a generator in all() costs more than the test
            if end > other_start and start < other_end:
                break
        else:
            kept.append((start, end, index))
    return [candidates[index] for _, _, index in sorted(kept)]


def shift(interval: DateInterval, years: float, text: str) -> DateInterval:
    """The interval moved by a duration ("zeven jaar" before a date); open ends stay open."""
    start = cal.add(interval.start, years, 12, 0) if interval.start else None
    end = cal.add(interval.end, years, 12, 0) if interval.end else None
    return DateInterval(
        start, end, cal.precision_for(interval.precision, start, end), text=text, estimated=interval.estimated,
        reason=f"{interval.text or 'a date'} moved by {years:g} years",
    )
