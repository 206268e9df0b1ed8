"""Loads the Dutch time vocabulary from resources/dates/ and checks it, so a broken file fails with its name.

The grammar in `dates_grammar` is built entirely from these words: adding a synonym is a data change.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from carrousel.datafile import read_json_object
from carrousel.paths import resource_path

FILES = ("numbers.json", "calendar.json", "cues.json")
MODIFIER_GROUPS = ("begin", "middle", "end", "first_half", "second_half", "earlier", "later")


class DateResourceError(ValueError):
    """A file under resources/dates/ is missing or malformed."""


@dataclass(frozen=True)
class Quantity:
    """A count as a reader understands it: at least `low`, at most `high`, usually `typical`."""

    low: float
    high: float
    typical: float


@dataclass(frozen=True)
class Unit:
    """A calendar unit; exactly one of `months` and `days` is non-zero."""

    name: str
    months: int
    days: int

    @property
    def years(self) -> float:
        return self.months / 12 if self.months else self.days / 365.25


@dataclass(frozen=True)
class DateLexicon:
    """Every word list the time grammar uses; keys are casefolded and space-normalised."""

    numbers: dict[str, Quantity]
    approximators: dict[str, tuple[float, float]]
    tens: dict[str, int]
    months: dict[str, int]
    weekdays: dict[str, int]
    day_parts: tuple[str, ...]
    seasons: dict[str, tuple[tuple[int, int], tuple[int, int]]]
    football_season_words: tuple[str, ...]
    football_season_start_month: int
    decade_word: str
    qualifiers: dict[str, str]  # word -> past | this | next
    narrative_next: tuple[str, ...]
    calendar_periods: dict[str, str]  # word -> week | weekend | month | year
    deictic_days: dict[str, int]
    not_deictic_before: tuple[str, ...]
    prepositions: dict[str, str]  # phrase -> since | after | until | point
    modifiers: dict[str, str]  # phrase -> begin | middle | end | first_half | second_half | earlier | later
    range_open: tuple[str, ...]
    range_join: tuple[str, ...]
    units: dict[str, Unit]  # any word form -> unit
    ago: tuple[str, ...]
    ahead: tuple[str, ...]
    later: tuple[str, ...]
    earlier: tuple[str, ...]
    duration_up_to_now: tuple[str, ...]
    duration_after: tuple[str, ...]
    not_duration_after: tuple[str, ...]
    previous: dict[str, str]  # phrase -> same | after | soon | since
    soon_months: int
    year_blockers_after: tuple[str, ...]
    year_blockers_before: tuple[str, ...]


def _norm(word: str) -> str:
    return " ".join(word.split()).casefold()


class _Reader:
    """Typed access to one JSON file that names the file and key in every complaint."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, Any] = read_json_object(path, DateResourceError)

    def fail(self, where: str, expected: str, got: Any) -> DateResourceError:
        return DateResourceError(f"{self.path}: {where!r} must be {expected}, found {got!r}")

    def get(self, *keys: str) -> Any:
        value: Any = self.data
        for i, key in enumerate(keys):
            if not isinstance(value, dict) or key not in value:
                raise DateResourceError(f"{self.path}: missing key {'.'.join(keys[: i + 1])!r}")
            value = value[key]
        return value

    def words(self, *keys: str) -> tuple[str, ...]:
        value = self.get(*keys)
        if not isinstance(value, list) or not value:
            raise self.fail(".".join(keys), "a non-empty list of words", value)
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(".".join(keys), "a list of non-empty strings", item)
        return tuple(_norm(item) for item in value)

    def table(self, *keys: str) -> dict[str, Any]:
        """A word -> value object, without its `_about` note."""
        value = self.get(*keys)
        if not isinstance(value, dict) or not value:
            raise self.fail(".".join(keys), "a non-empty object", value)
        return {_norm(k): v for k, v in value.items() if not k.startswith("_")}

    def numbers(self, *keys: str, low: float, high: float) -> dict[str, float]:
        out = {}
        for word, value in self.table(*keys).items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
                raise self.fail(".".join(keys + (word,)), f"a number from {low} to {high}", value)
            out[word] = value
        return out

    def integer(self, *keys: str, low: int, high: int) -> int:
        value = self.get(*keys)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(".".join(keys), f"a whole number from {low} to {high}", value)
        return value

    def grouped(self, *keys: str, groups: tuple[str, ...]) -> dict[str, str]:
        """Inverts {group: [words]} into {word: group}, insisting on exactly the expected groups."""
        table = self.table(*keys)
        if set(table) != set(groups):
            raise self.fail(".".join(keys), f"an object with exactly the keys {sorted(groups)}", sorted(table))
        return {word: group for group in groups for word in self.words(*keys, group)}


def _month_day(reader: _Reader, where: str, value: Any) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not (1 <= value[0] <= 12 and 1 <= value[1] <= 31)
    ):
        raise reader.fail(where, "a [month, day] pair", value)
    return value[0], value[1]


def _numbers(reader: _Reader) -> tuple[dict[str, Quantity], dict[str, tuple[float, float]], dict[str, int]]:
    units = reader.numbers("units", low=1, high=9)
    tens = {w: int(v) for w, v in reader.numbers("tens", low=20, high=90).items()}
    exact: dict[str, float] = {**units, **reader.numbers("teens", low=10, high=19), **tens}
    exact.update(reader.numbers("hundreds", low=100, high=1000))
    exact.update(reader.numbers("fractions", low=0.1, high=10))
    # Dutch writes 21..99 as unit + "en" + tens, with a diaeresis after a final e: "tweeëntwintig".
    for unit, u in units.items():
        if unit == "één":
            continue
        for ten, t in tens.items():
            exact[f"{unit}{'ën' if unit.endswith('e') else 'en'}{ten}"] = u + t
    numbers = {word: Quantity(v, v, v) for word, v in exact.items()}
    for word, spec in reader.table("vague").items():
        where = f"vague.{word}"
        if not isinstance(spec, dict) or set(spec) != {"low", "high", "typical"}:
            raise reader.fail(where, "an object with low, high and typical", spec)
        low, high, typical = (spec[k] for k in ("low", "high", "typical"))
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (low, high, typical)) or not (
            0 < low <= typical <= high
        ):
            raise reader.fail(where, "numbers with 0 < low <= typical <= high", spec)
        numbers[word] = Quantity(low, high, typical)
    approximators = {}
    for word, factors in reader.table("approximators").items():
        if (
            not isinstance(factors, list)
            or len(factors) != 2
            or not all(isinstance(f, (int, float)) and not isinstance(f, bool) for f in factors)
            or not 0 < factors[0] <= factors[1]
        ):
            raise reader.fail(f"approximators.{word}", "a [low, high] pair of factors", factors)
        approximators[word] = (float(factors[0]), float(factors[1]))
    return numbers, approximators, tens


def _units(reader: _Reader) -> dict[str, Unit]:
    units = {}
    for name, spec in reader.table("units").items():
        where = f"units.{name}"
        if not isinstance(spec, dict) or len(set(spec) & {"months", "days"}) != 1:
            raise reader.fail(where, "an object with words and either months or days", spec)
        months = reader.integer("units", name, "months", low=1, high=24) if "months" in spec else 0
        days = reader.integer("units", name, "days", low=1, high=31) if "days" in spec else 0
        unit = Unit(name, months, days)
        for word in reader.words("units", name, "words"):
            units[word] = unit
    return units


def load_lexicon(folder: Path | None = None) -> DateLexicon:
    """Reads and checks the three files; raises `DateResourceError` naming the file at the first problem."""
    folder = folder or resource_path("dates")
    num, cal, cues = (_Reader(folder / name) for name in FILES)
    numbers, approximators, tens = _numbers(num)
    seasons = {}
    for word, spec in cal.table("seasons").items():
        if not isinstance(spec, dict) or set(spec) != {"start", "end"}:
            raise cal.fail(f"seasons.{word}", "an object with start and end", spec)
        seasons[word] = (
            _month_day(cal, f"seasons.{word}.start", spec["start"]),
            _month_day(cal, f"seasons.{word}.end", spec["end"]),
        )
    periods = cues.table("calendar_periods")
    for word, kind in periods.items():
        if kind not in ("week", "weekend", "month", "year"):
            raise cues.fail(f"calendar_periods.{word}", "week, weekend, month or year", kind)
    deictic = {w: int(v) for w, v in cues.numbers("deictic_days", low=-7, high=7).items()}
    return DateLexicon(
        numbers=numbers,
        approximators=approximators,
        tens=tens,
        months={w: int(v) for w, v in cal.numbers("months", low=1, high=12).items()},
        weekdays={w: int(v) for w, v in cal.numbers("weekdays", low=0, high=6).items()},
        day_parts=cal.words("day_parts"),
        seasons=seasons,
        football_season_words=cal.words("football_season_words"),
        football_season_start_month=cal.integer("football_season_start_month", low=1, high=12),
        decade_word=_one(cal, "decade_word"),
        qualifiers=cues.grouped("qualifiers", groups=("past", "this", "next")),
        narrative_next=cues.words("narrative_next"),
        calendar_periods=periods,
        deictic_days=deictic,
        not_deictic_before=cues.words("not_deictic_before"),
        prepositions=cues.grouped("prepositions", groups=("since", "after", "until", "point")),
        modifiers=cues.grouped("modifiers", groups=MODIFIER_GROUPS),
        range_open=cues.words("ranges", "open"),
        range_join=cues.words("ranges", "join"),
        units=_units(cues),
        ago=cues.words("ago"),
        ahead=cues.words("ahead"),
        later=cues.words("later"),
        earlier=cues.words("earlier"),
        duration_up_to_now=cues.words("duration_up_to_now"),
        duration_after=cues.words("duration_after"),
        not_duration_after=cues.words("not_duration_after"),
        previous=cues.grouped("previous", groups=("same", "after", "soon", "since")),
        soon_months=cues.integer("soon_months", low=1, high=24),
        year_blockers_after=cues.words("year_blockers_after"),
        year_blockers_before=cues.words("year_blockers_before"),
    )


def _one(reader: _Reader, key: str) -> str:
    value = reader.get(key)
    if not isinstance(value, str) or not value.strip():
        raise reader.fail(key, "a non-empty word", value)
    return _norm(value)


@lru_cache(maxsize=1)
def default_lexicon() -> DateLexicon:
    """The shipped vocabulary, read once per process."""
    return load_lexicon()
