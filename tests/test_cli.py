"""The command line: formats, exit codes, and one line per unreadable file."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from carrousel.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_extract_jsonl_has_the_documented_fields(capsys) -> None:
    assert main(["extract", str(SEEDS), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all({"doc", "person", "club", "role", "kind", "reason", "date", "evidence"} <= set(r) for r in rows)
    assert all(r["doc"].endswith(".txt") and "/" not in r["doc"] for r in rows)


def test_extract_csv_and_table(capsys) -> None:
    assert main(["extract", str(SEEDS), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert any(r["person"] == "Besnik Hasi" and r["kind"] == "joined" for r in rows)
    assert main(["extract", str(SEEDS), "--format", "table"]) == 0
    assert "Alexander Blessin" in capsys.readouterr().out


def test_careers_merge_across_articles(capsys) -> None:
    assert main(["careers", str(SEEDS), "--format", "jsonl"]) == 0
    tenures = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    union = [t for t in tenures if t["person"] == "Alexander Blessin" and t["club"] == "Union"]
    assert union and union[0]["start"] == {"from": "2023-06-01", "to": "2023-08-31"}


def test_bad_files_are_one_line_each_and_the_rest_goes_on(tmp_path: Path, capsys) -> None:
    (tmp_path / "good.txt").write_text("Kop\n\nKV Mechelen heeft Danny Buijs ontslagen.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    warnings = captured.err.strip().splitlines()
    assert len(warnings) == 2 and any("empty.txt" in w for w in warnings) and any("binary.txt" in w for w in warnings)
    assert "Danny Buijs" in captured.out


def test_nothing_readable_exits_non_zero(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path)]) == 1
    assert "no article could be read" in capsys.readouterr().err
