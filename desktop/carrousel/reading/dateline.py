"""Datelines: the day an article appeared, printed under its headline ("dinsdag 3 oktober 2023, 10u15",
"door Jan Peeters | 03/10/23"). Pages pasted as text often keep this line, and it dates the article
better than any estimate. Dates are read day-month-year, as Dutch and Belgian sites write them.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from carrousel.reading.resources import boilerplate

MAX_DATELINE_CHARS = 80
_TIME = re.compile(r"(?<!\d)\d{1,2}(?:[:.hu]\d{2}(?:\s*u(?:ur)?)?|\s*u(?:ur)?)(?![\w])", re.IGNORECASE)
_SEPARATORS = re.compile(r"[|,·•–—\-/:()]+")


@lru_cache(maxsize=1)
def _date_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    months = {name: number for number, names in enumerate(boilerplate().month_names, start=1) for name in names}
    names = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    pattern = re.compile(
        r"(?<!\d)(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
        r"|(?<!\d)(?P<nd>\d{1,2})[-/.](?P<nm>\d{1,2})[-/.](?P<ny>\d{4}|\d{2})(?!\d)"
        rf"|(?<!\w)(?P<wd>\d{{1,2}})(?:e|ste|de)?\s+(?P<wm>{names})\.?,?\s+(?P<wy>\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    return pattern, months


def find_date(text: str, today: date | None = None) -> tuple[date, str] | None:
    """The first real, not future, day-month-year date in `text`, with the words it was read from."""
    pattern, months = _date_pattern()
    today = today or date.today()
    for match in pattern.finditer(text):
        if match["iy"]:
            year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
        elif match["ny"]:
            year, month, day = int(match["ny"]), int(match["nm"]), int(match["nd"])
            if year < 100:
                year += 2000 if 2000 + year <= today.year else 1900
        else:
            year, month, day = int(match["wy"]), months[match["wm"].casefold()], int(match["wd"])
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if date(1900, 1, 1) <= found <= today:
            return found, match[0]
    return None


def strip_dates(text: str) -> str:
    """`text` without dates and clock times, for judging what else a line says."""
    pattern, _ = _date_pattern()
    return _TIME.sub(" ", pattern.sub(" ", text))


def is_dateline(text: str) -> bool:
    """A short line saying only when: a date, perhaps a weekday, a time and words like 'bijgewerkt'."""
    if len(text) > MAX_DATELINE_CHARS or find_date(text) is None:
        return False
    rest = _SEPARATORS.sub(" ", strip_dates(text)).casefold().split()
    return all(word.strip(".") in boilerplate().dateline_fillers for word in rest)
