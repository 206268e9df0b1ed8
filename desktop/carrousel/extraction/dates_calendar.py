"""Calendar arithmetic for time expressions: recurring periods, football seasons, thirds of a period.

Everything works on one anchor day and returns a (first, last) pair of days; `dates.py` applies it to both
ends of a publication interval so that vague anchors give honestly wide results.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from carrousel.model import Precision

Pair = tuple[date, date]
MonthDay = tuple[int, int]
Template = tuple[MonthDay, MonthDay]  # a period that recurs every year, e.g. a summer or a month

# From narrowest to widest. A tuple, looked up by `index`: a dict keyed on an Enum pays for its Python-level hash.
_ORDER = (Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON, Precision.YEAR, Precision.YEARS)
_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_day(year: int, md: MonthDay) -> date:
    """The day `md` in `year`; a day beyond the month's length means its last day (29/28 February)."""
    month, day = md
    if day > 28:
        day = min(day, 29 if month == 2 and calendar.isleap(year) else _MONTH_LENGTHS[month])
    return date(year, month, day)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return month_day(year, (month + 1, day.day))


def add(day: date, count: float, months: int, days: int) -> date:
    """Adds `count` units of `months` months or `days` days; whole months stay calendar months."""
    total_months = count * months
    if months and abs(total_months - round(total_months)) < 1e-9:
        return add_months(day, round(total_months))
    length = months * 30.436875 if months else days
    return day + timedelta(days=round(count * length))


def month_template(month: int) -> Template:
    return (month, 1), (month, 31)


@lru_cache(maxsize=4096)
def occurrence(template: Template, end_year: int) -> Pair:
    """The occurrence of a recurring period that ends in `end_year` (a winter starts the year before);
    cached, as a few periods and years come back in every article."""
    start_md, end_md = template
    crosses = end_md < start_md
    return month_day(end_year - 1 if crosses else end_year, start_md), month_day(end_year, end_md)


def _distance(pair: Pair, day: date) -> int:
    if pair[0] <= day <= pair[1]:
        return 0
    return min(abs((pair[0] - day).days), abs((pair[1] - day).days))


def nearest(template: Template, day: date) -> Pair:
    """The occurrence closest to `day` ("in maart", "de winterstop" without a year); ties go to the past."""
    options = [occurrence(template, day.year + k) for k in (-1, 0, 1, 2)]  # in time order: min keeps the first
    return min(options, key=lambda pair: _distance(pair, day))


def this(template: Template, day: date) -> Pair:
    """ "deze zomer": the one in the same year; "deze winter": the coming one from July, the last one before."""
    crosses = template[1] < template[0]
    return occurrence(template, day.year + 1 if crosses and day.month >= 7 else day.year)


def past(template: Template, day: date) -> Pair:
    """ "afgelopen zomer": the latest occurrence that was over before `day`."""
    return max(p for p in (occurrence(template, day.year + k) for k in (-2, -1, 0, 1)) if p[1] < day)


def upcoming(template: Template, day: date) -> Pair:
    """ "komende zomer": the first occurrence that starts after `day`."""
    return min(p for p in (occurrence(template, day.year + k) for k in (-1, 0, 1, 2)) if p[0] > day)


def football_season(day: date, start_month: int, offset: int = 0) -> Pair:
    """The season (start_month to the month before, a year later) holding `day`, moved by `offset` seasons."""
    year = (day.year if day.month >= start_month else day.year - 1) + offset
    first = date(year, start_month, 1)
    return first, add_months(first, 12) - timedelta(days=1)


def season_of_year(start_year: int, start_month: int) -> Pair:
    first = date(start_year, start_month, 1)
    return first, add_months(first, 12) - timedelta(days=1)


def week(day: date, offset: int = 0) -> Pair:
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def weekend(day: date, offset: int = 0) -> Pair:
    saturday = week(day, offset)[0] + timedelta(days=5)
    return saturday, saturday + timedelta(days=1)


def month(day: date, offset: int = 0) -> Pair:
    first = add_months(day.replace(day=1), offset)
    return first, month_day(first.year, (first.month, 31))


def year(day: date, offset: int = 0) -> Pair:
    return date(day.year + offset, 1, 1), date(day.year + offset, 12, 31)


def weekday_near(day: date, weekday: int, direction: int) -> date:
    """The nearest `weekday` to `day` (direction 0: within three days either way), or strictly before/after."""
    if direction < 0:
        return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
    if direction > 0:
        return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead if ahead <= 3 else ahead - 7)


_PARTS = {"begin": (0, 1 / 3), "middle": (1 / 3, 2 / 3), "end": (2 / 3, 1), "first_half": (0, 0.5),
          "second_half": (0.5, 1)}


def part(pair: Pair, which: str, anchor: date) -> Pair:
    """A third or half of a period (in whole months when it is long), or the part before/after `anchor`."""
    first, last = pair
    if which == "earlier":
        return first, max(first, min(anchor, last))
    if which == "later":
        return min(last, max(anchor, first)), last
    low, high = _PARTS[which]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day == 1 and months >= 3 and last == add_months(first, months) - timedelta(days=1):
        return (add_months(first, round(low * months)),
                add_months(first, round(high * months)) - timedelta(days=1))
    days = (last - first).days + 1
    return first + timedelta(days=round(low * days)), first + timedelta(days=round(high * days) - 1)


def rank(precision: Precision) -> int:
    return _ORDER.index(precision)


def precision_for(stated: Precision, start: date | None, end: date | None) -> Precision:
    """The coarser of what the phrase states and how wide the interval really came out (open ends: YEARS)."""
    if start is None or end is None:
        return Precision.YEARS
    days = (end - start).days + 1
    if days <= 1:
        width = 0
    elif days <= 8:
        width = 1
    elif days <= 32:
        width = 2
    elif days <= 200 or (days <= 366 and stated is Precision.SEASON):
        width = 3
    elif days <= 366:
        width = 4
    else:
        width = 5
    return _ORDER[width] if width > _ORDER.index(stated) else stated
