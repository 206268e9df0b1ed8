"""Publication dates: reading stated ones, widening approximate ones, estimating missing ones.

Relative expressions ("vorig seizoen", "donderdag") are resolved against `Document.published`, so a
wrong publication date spoils every relative date in the article. Hence an estimate only ever claims
what the story's own text supports: a lower bound from the latest year it mentions.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from carrousel.model import DateInterval, Precision, SegmentKind, Segment
from carrousel.reading.dateline import find_date, is_dateline
from carrousel.reading.resources import boilerplate, year_cues

FIRST_PLAUSIBLE_YEAR = 1900

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"(\d{4})")
_IN_TEXT_YEAR = re.compile(r"(?<![\d,])(?<!\d{4}[-/–])(1[89]\d\d|20\d\d)(?!\d|[.,]\d)")

# "approximate to the week" (or Dutch "ongeveer op de week") in a sources.csv note: the stated date may be
# off by up to half that unit either way.
_APPROXIMATION = re.compile(
    r"(?:approximate(?:ly)?|approx\.?|ongeveer|bij benadering)\s+(?:to|on|op|tot)\s+(?:the|de|het|een)\s+"
    r"(day|week|month|year|dag|maand|jaar)\b",
    re.IGNORECASE,
)
_MENTIONS_APPROXIMATION = re.compile(r"approx|ongeveer|bij benadering", re.IGNORECASE)
_HALF_UNIT = {
    "day": (0, Precision.DAY),
    "dag": (0, Precision.DAY),
    "week": (3, Precision.WEEK),
    "month": (15, Precision.MONTH),
    "maand": (15, Precision.MONTH),
    "year": (182, Precision.YEAR),
    "jaar": (182, Precision.YEAR),
}


def parse_date(value: str, reason: str) -> DateInterval | None:
    """A stated date ("2023-10-03", "2023-10", "2023", "3 oktober 2023", an ISO timestamp) as an interval
    as wide as what it states; None when it is not a date."""
    value = value.strip()
    if not value:
        return None
    try:
        if match := _ISO_DAY.fullmatch(value):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return DateInterval(day, day, Precision.DAY, text=value, reason=reason)
        if match := _ISO_MONTH.fullmatch(value):
            year, month = int(match[1]), int(match[2])
            last = calendar.monthrange(year, month)[1]
            return DateInterval(date(year, month, 1), date(year, month, last), Precision.MONTH, text=value, reason=reason)
        if match := _YEAR.fullmatch(value):
            year = int(match[1])
            return DateInterval(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, text=value, reason=reason)
    except ValueError:
        return None
    parsed = _dateparser(value)
    return DateInterval(parsed, parsed, Precision.DAY, text=value, reason=reason) if parsed else None


def _dateparser(value: str) -> date | None:
    import dateparser  # slow to import: only for dates written in words

    # Only absolute dates: "gisteren" in metadata would mean the day the file is opened.
    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]}
    parsed = dateparser.parse(value, languages=["nl", "en", "fr"], settings=settings)
    return parsed.date() if parsed else None


def approximation(note: str) -> tuple[int, Precision] | None:
    """Half-width in days and precision of an approximation stated in a note, if any."""
    match = _APPROXIMATION.search(note)
    return _HALF_UNIT[match[1].casefold()] if match else None


def mentions_approximation(note: str) -> bool:
    return bool(_MENTIONS_APPROXIMATION.search(note))


def widen(interval: DateInterval, days: int, precision: Precision, reason: str) -> DateInterval:
    """`interval` give or take `days`; its precision never becomes finer than it was."""
    order = list(Precision)
    precision = max(precision, interval.precision, key=order.index)
    start = interval.start - timedelta(days=days) if interval.start else None
    end = interval.end + timedelta(days=days) if interval.end else None
    return DateInterval(start, end, precision, text=interval.text, estimated=interval.estimated, reason=reason)


def dateline_published(text: str, segments: list[Segment], today: date | None = None) -> DateInterval | None:
    """The day printed under the headline (in the byline, or a headline that is only a date)."""
    prefixes = boilerplate().byline_prefixes
    for s in segments:
        if s.kind not in (SegmentKind.HEADLINE, SegmentKind.BYLINE):
            continue
        for line in s.span.slice(text).split("\n"):  # a byline also holds the repeated headline
            words = line.replace(":", " ").split()
            if is_dateline(line) or (s.kind is SegmentKind.BYLINE and words and words[0].casefold() in prefixes):
                found = find_date(line, today)
                if found:
                    return DateInterval(found[0], found[0], Precision.DAY, text=found[1],
                                        reason="dateline under the headline")
    return None


def estimate_published(text: str, segments: list[Segment], today: date | None = None) -> DateInterval:
    """'Not before the latest year the story mentions'; the sidebar and asides never count, because
    they list other, later articles."""
    latest = max(
        (year for s in segments if s.kind in (SegmentKind.HEADLINE, SegmentKind.BODY)
         for year in story_years(s.span.slice(text), (today or date.today()).year)),
        default=None,
    )
    if latest is None:
        return DateInterval(None, None, Precision.YEARS, estimated=True, reason="no date in the text")
    return DateInterval(
        date(latest, 1, 1), None, Precision.YEARS, text=str(latest), estimated=True,
        reason=f"not before {latest}: latest year in the body",
    )


def story_years(text: str, this_year: int) -> list[int]:
    """Years that bound the publication date from below: not quantities ("2000 supporters"), not
    second years of a range ("2023-2024"), not possibly future ones ("contract tot 2028")."""
    future, quantity = _cue_patterns()
    years = []
    for match in _IN_TEXT_YEAR.finditer(text):
        year = int(match[1])
        if not FIRST_PLAUSIBLE_YEAR <= year <= this_year:
            continue
        if future.search(text[max(0, match.start() - 40):match.start()]):
            continue
        if quantity.match(text[match.end():match.end() + 30]):
            continue
        years.append(year)
    return years


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = year_cues()
    future = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(cues.future_before, key=len, reverse=True))
    quantity = "|".join(re.escape(p) for p in cues.not_a_year_after)
    return (
        re.compile(rf"(?<!\w)(?:{future})\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{quantity})\b", re.IGNORECASE),
    )
