"""The seeds from disk to events, scored with the shared evaluation script, plus properties every event keeps."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carrousel.careers import build_careers
from carrousel.model import SegmentKind
from carrousel.pipeline import extract_all

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "eval" / "gold_seeds.jsonl"


@pytest.fixture(scope="module")
def seeds():
    corpus, events = extract_all([SEEDS])
    return corpus, events


def test_all_four_seeds_are_read_without_problems(seeds) -> None:
    corpus, _ = seeds
    assert sorted(d.doc_id for d in corpus.documents) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert corpus.problems == []


def test_every_evidence_span_slices_the_original_text(seeds) -> None:
    corpus, events = seeds
    texts = {d.doc_id: d.text for d in corpus.documents}
    assert events
    for e in events:
        assert texts[e.doc][e.evidence.start:e.evidence.end] == e.evidence.text


def test_the_sidebar_yields_no_event(seeds) -> None:
    corpus, events = seeds
    for doc in corpus.documents:
        sidebar = doc.spans(SegmentKind.SIDEBAR)
        assert sidebar, doc.doc_id
        assert not [e for e in events if e.doc == doc.doc_id and e.evidence.start >= sidebar[0].start]


def test_no_spell_or_departure_is_dated_after_its_article(seeds) -> None:
    corpus, events = seeds
    published = {d.doc_id: d.published for d in corpus.documents}
    for e in events:
        if e.date and e.date.start and e.kind.value in ("spell", "left"):
            assert e.date.start <= published[e.doc].end, (e.person, e.club, e.date)


def test_key_facts_of_the_seeds(seeds) -> None:
    _, events = seeds
    found = {(e.person, e.club, e.kind.value) for e in events}
    assert ("Alexander Blessin", "Genoa", "joined") in found
    assert ("Andriy Shevchenko", "Genoa", "left") in found
    assert ("Besnik Hasi", "KV Mechelen", "joined") in found
    assert ("Steven Defour", "KV Mechelen", "left") in found
    assert ("Kevin Mac Allister", "Union", "spell") in found
    assert not [e for e in events if e.person.startswith(("Meest", "Vandenbroeck", "Openda"))]


def test_blessin_career_merges_across_articles(seeds) -> None:
    _, events = seeds
    careers = build_careers(events)
    clubs = [t.club for t in careers.tenures_of("Alexander Blessin")]
    for club in ("Stuttgarter Kickers", "RB Leipzig", "KV Oostende", "Genoa", "Union"):
        assert club in clubs
    assert clubs.index("Stuttgarter Kickers") < clubs.index("RB Leipzig") < clubs.index("KV Oostende") < clubs.index("Union")


@pytest.mark.skipif(not SCORER.exists(), reason="the shared evaluation folder is not beside the repository")
def test_reference_score_on_the_seeds(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    cli = Path(sys.executable).with_name("carrousel")
    pred.write_text(subprocess.run([str(cli), "extract", str(SEEDS), "--format", "jsonl"], capture_output=True,
                                   text=True, check=True).stdout, encoding="utf-8")
    summary = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(pred)], capture_output=True, text=True,
                             check=True).stdout.strip().splitlines()[-1]
    scores = dict(re.findall(r"(\w+)=([\d.]+)", summary))
    assert float(scores["link_F1"]) >= 0.90, summary
    assert float(scores["event_F1"]) >= 0.80, summary
    assert float(scores["date_acc"]) >= 0.85, summary


def test_seeds_without_sidecar_still_give_dated_events(tmp_path: Path) -> None:
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, tmp_path / f.name)
    corpus, events = extract_all([tmp_path])
    assert all(d.published.estimated for d in corpus.documents)
    union = [e for e in events if e.person == "Alexander Blessin" and e.club == "Union" and e.kind.value == "joined"]
    assert union and union[0].date is not None and union[0].date.estimated


def test_jsonl_fields_are_exactly_the_documented_ones(seeds) -> None:
    _, events = seeds
    row = json.loads(json.dumps(events[0].to_json()))
    assert {"doc", "person", "club", "role", "kind", "reason", "date", "evidence"} <= set(row)
    assert set(row["evidence"]) == {"start", "end", "text"}
