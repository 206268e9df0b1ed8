"""`sources.csv` beside the articles: what the user knows about each file (date, url, title).

Columns `file,date,url,title,note`; only `file` is required. A `note` such as "approximate to the week"
widens the date (see `dates.approximation`). A faulty sidecar never stops reading: bad rows are skipped
and reported in one warning, an unreadable sidecar is ignored with one warning.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from carrousel.model import DateInterval, ReadProblem
from carrousel.reading.dates import approximation, mentions_approximation, parse_date, widen
from carrousel.reading.decoding import decode
from carrousel.reading.errors import ReadError

SIDECAR_NAME = "sources.csv"
MAX_SIDECAR_BYTES = 10 * 1024 * 1024
_MAX_REPORTED_ROWS = 3


@dataclass(frozen=True)
class SourceFacts:
    published: DateInterval | None
    url: str
    title: str


@dataclass(frozen=True)
class Sidecar:
    entries: dict[str, SourceFacts] = field(default_factory=dict)
    problem: ReadProblem | None = None


def load_sidecar(folder: Path) -> Sidecar:
    """The facts of `folder/sources.csv`, keyed by file name; empty when there is no sidecar."""
    path = folder / SIDECAR_NAME
    if not path.is_file():
        return Sidecar()
    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise ReadError("it is too large to be a list of sources")
        rows = list(csv.DictReader(io.StringIO(decode(path.read_bytes()), newline="")))
    except ReadError as exc:
        return Sidecar(problem=ReadProblem(str(path), f"ignored: {exc.reason}"))
    except OSError as exc:
        return Sidecar(problem=ReadProblem(str(path), f"ignored: cannot be read ({exc.strerror or exc})"))
    except csv.Error as exc:
        return Sidecar(problem=ReadProblem(str(path), f"ignored: not a valid CSV file ({exc})"))
    return _parse_rows(path, rows)


def _parse_rows(path: Path, rows: list[dict[str | None, str | None]]) -> Sidecar:
    header = {(k or "").strip().casefold() for row in rows[:1] for k in row}
    if rows and "file" not in header:
        return Sidecar(problem=ReadProblem(str(path), "ignored: it has no 'file' column (expected file,date,url,title,note)"))
    entries: dict[str, SourceFacts] = {}
    faults: list[str] = []
    for number, raw in enumerate(rows, start=2):  # row 1 is the header
        row = {(k or "").strip().casefold(): (v or "").strip() for k, v in raw.items() if isinstance(v, str)}
        try:
            name, facts = _parse_row(row)
        except ReadError as exc:
            faults.append(f"row {number}: {exc.reason}")
            continue
        if name in entries:
            faults.append(f"row {number}: {name} is listed twice, the first row counts")
            continue
        entries[name] = facts
    problem = None
    if faults:
        shown = "; ".join(faults[:_MAX_REPORTED_ROWS])
        more = f" (and {len(faults) - _MAX_REPORTED_ROWS} more)" if len(faults) > _MAX_REPORTED_ROWS else ""
        problem = ReadProblem(str(path), f"{len(faults)} row(s) ignored: {shown}{more}")
    return Sidecar(entries, problem)


def _parse_row(row: dict[str, str]) -> tuple[str, SourceFacts]:
    name = Path(row.get("file", "")).name
    if not name:
        raise ReadError("the 'file' column is empty")
    note = row.get("note", "")
    published = None
    if row.get("date"):
        published = parse_date(row["date"], reason=f"date from {SIDECAR_NAME}")
        if published is None:
            raise ReadError(f"{row['date']!r} is not a date (write it as 2023-10-03)")
        approx = approximation(note)
        if approx:
            published = widen(published, *approx, reason=f"date from {SIDECAR_NAME}, {note}")
        elif mentions_approximation(note):
            raise ReadError(f"the note {note!r} says the date is approximate but not to what: "
                            "write 'approximate to the day/week/month/year'")
    return name, SourceFacts(published, row.get("url", ""), row.get("title", ""))
