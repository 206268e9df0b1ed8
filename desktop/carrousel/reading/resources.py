"""Loads and validates the reading package's word lists, so a broken data file fails loudly and clearly."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from carrousel.datafile import read_json_object
from carrousel.paths import resource_path


class ResourceError(ValueError):
    """A data file under resources/reading/ is missing or malformed."""


@dataclass(frozen=True)
class Boilerplate:
    """Markers of page furniture; all stored casefolded."""

    strong_sidebar: tuple[str, ...]
    weak_sidebar: tuple[str, ...]
    aside_prefixes: tuple[str, ...]
    byline_prefixes: tuple[str, ...]
    byline_lowercase_words: tuple[str, ...]
    month_names: tuple[tuple[str, ...], ...]  # index 0 is January
    dateline_fillers: tuple[str, ...]


@dataclass(frozen=True)
class YearCues:
    """Phrases around a four-digit number that keep it from dating an article; casefolded."""

    future_before: tuple[str, ...]
    not_a_year_after: tuple[str, ...]


def _load(path: Path) -> dict[str, Any]:
    return read_json_object(path, ResourceError)


def _phrases(path: Path, data: dict[str, Any], *keys: str) -> tuple[str, ...]:
    value: Any = data
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            raise ResourceError(f"{path}: missing key {'.'.join(keys)!r}")
        value = value[key]
    where = ".".join(keys)
    if not isinstance(value, list) or not value:
        raise ResourceError(f"{path}: {where!r} must be a non-empty list of phrases")
    phrases = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ResourceError(f"{path}: {where!r} holds {item!r}, expected a non-empty string")
        phrases.append(" ".join(item.split()).casefold())
    return tuple(phrases)


@lru_cache(maxsize=None)
def boilerplate(path: Path | None = None) -> Boilerplate:
    path = path or resource_path("reading", "boilerplate.json")
    data = _load(path)
    return Boilerplate(
        strong_sidebar=_phrases(path, data, "sidebar_markers", "strong"),
        weak_sidebar=_phrases(path, data, "sidebar_markers", "weak"),
        aside_prefixes=_phrases(path, data, "aside_prefixes"),
        byline_prefixes=_phrases(path, data, "byline", "prefixes"),
        byline_lowercase_words=_phrases(path, data, "byline", "lowercase_words"),
        month_names=_months(path, data),
        dateline_fillers=_phrases(path, data, "dateline", "filler_words"),
    )


def _months(path: Path, data: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    months = data.get("dateline", {}).get("months") if isinstance(data.get("dateline"), dict) else None
    if not isinstance(months, list) or len(months) != 12:
        raise ResourceError(f"{path}: 'dateline.months' must list the names of the 12 months, January first")
    return tuple(_phrases(path, {"month": names}, "month") for names in months)


@lru_cache(maxsize=None)
def year_cues(path: Path | None = None) -> YearCues:
    path = path or resource_path("reading", "years.json")
    data = _load(path)
    return YearCues(
        future_before=_phrases(path, data, "future_before"),
        not_a_year_after=_phrases(path, data, "not_a_year_after"),
    )
