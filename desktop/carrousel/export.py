"""Events and careers as JSONL, CSV and plain-text tables (for the command line and for files)."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Iterable

from carrousel.careers import Careers, Tenure
from carrousel.model import Event

EVENT_COLUMNS = ["doc", "person", "club", "role", "kind", "reason", "date_from", "date_to", "precision",
                 "date_text", "evidence_start", "evidence_end", "evidence"]


def events_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events)


def events_csv(events: Iterable[Event]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(EVENT_COLUMNS)
    for e in events:
        d = e.date
        writer.writerow([
            e.doc, e.person, e.club, e.role.value, e.kind.value, e.reason.value if e.reason else "",
            _iso(d.start) if d else "", _iso(d.end) if d else "", d.precision.value if d else "",
            d.text if d else "", e.evidence.start, e.evidence.end, e.evidence.text,
        ])
    return out.getvalue()


def events_table(events: Iterable[Event]) -> str:
    rows = [[e.doc[:12], e.person, e.club, e.role.value, e.kind.value, _when(e.date.start, e.date.end) if e.date
             else "undated"] for e in events]
    return _table(["doc", "person", "club", "role", "kind", "date"], rows)


def tenure_json(t: Tenure) -> dict:
    return {
        "person": t.person,
        "club": t.club,
        "club_id": t.club_id,
        "role": t.role.value,
        "start": {"from": _iso(t.start_lo), "to": _iso(t.start_hi)},
        "end": {"from": _iso(t.end_lo), "to": _iso(t.end_hi)},
        "ended": t.ended,
        "documents": t.documents,
        "events": [{"doc": e.doc, "kind": e.kind.value, "evidence": e.evidence.text} for e in t.events],
        "conflicts": t.conflicts,
    }


def careers_jsonl(careers: Careers) -> str:
    return "".join(json.dumps(tenure_json(t), ensure_ascii=False) + "\n" for t in careers.tenures)


def careers_table(careers: Careers) -> str:
    rows = []
    for t in careers.tenures:
        start = _when(t.start_lo, t.start_hi) if (t.start_lo or t.start_hi) else "?"
        end = _when(t.end_lo, t.end_hi) if (t.end_lo or t.end_hi) else ("ended, undated" if t.ended else "open")
        flag = " (!)" if t.conflicts else ""
        rows.append([t.person, t.club + flag, t.role.value, start, end, str(len(t.documents))])
    return _table(["person", "club", "role", "start", "end", "sources"], rows)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _when(lo: date | None, hi: date | None) -> str:
    if lo and hi and lo == hi:
        return lo.isoformat()
    if lo and hi and lo.year == hi.year and lo.month == 1 and lo.day == 1 and hi.month == 12 and hi.day == 31:
        return str(lo.year)
    return f"{_iso(lo) or '…'}..{_iso(hi) or '…'}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)]) + "\n"
