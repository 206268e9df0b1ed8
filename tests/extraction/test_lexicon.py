"""Every lexicon file loads; a broken one fails with the file and the problem named."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from carrousel.extraction.lexicon import LexiconError, load_lexicon
from carrousel.extraction.triggers import literal_prefixes, trie_pattern
from carrousel.paths import resource_path

SOURCE = resource_path("lexicon")


def test_shipped_lexicon_loads_with_every_cue() -> None:
    lexicon = load_lexicon()
    raw = json.loads((SOURCE / "cues.json").read_text(encoding="utf-8"))["cues"]
    assert [c.id for c in lexicon.cues] == [c["id"] for c in raw]
    assert lexicon.role_of("Union-verdediger").value == "player"
    assert lexicon.role_of("ex-bondscoach").value == "national_coach"
    assert lexicon.role_of("hoofdtrainersschap") is None


@pytest.mark.parametrize("file, change, message", [
    ("cues.json", lambda d: d["cues"][0].update(pattern="(unclosed"), "invalid pattern"),
    ("cues.json", lambda d: d["cues"][0].update(kind="hired"), "'hired' is not one of"),
    ("cues.json", lambda d: d["cues"].append(dict(d["cues"][0])), "duplicate cue ids"),
    ("cues.json", lambda d: d["cues"][0].pop("person"), "missing 'person'"),
    ("roles.json", lambda d: d["roles"].update(goalie=["keeper"]), "'goalie' is not one of"),
    ("people.json", lambda d: d.update(particles=["van", ""]), "'particles' must be a list of non-empty strings"),
])
def test_broken_files_are_named(tmp_path: Path, file: str, change, message: str) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(SOURCE, folder)
    data = json.loads((folder / file).read_text(encoding="utf-8"))
    change(data)
    (folder / file).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lexicon(folder)
    assert file in str(error.value) and message in str(error.value)


def test_invalid_json_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(SOURCE, folder)
    (folder / "roles.json").write_text("{", encoding="utf-8")
    with pytest.raises(LexiconError, match="roles.json: not valid JSON"):
        load_lexicon(folder)


SAMPLES = ["Na het ontslag van Steven Defour heeft KV Mechelen met Besnik Hasi een nieuwe hoofdcoach aangesteld.",
           "Union haalde hem afgelopen zomer binnen als vervanger van Karel Geraerts.",
           "Bij Genoa treedt hij in de voetsporen van Andriy Shevchenko.",
           "Klopp bleef zeven jaar trainer van Mainz en belandde via Dortmund in Liverpool.",
           "Assistent Markus Pflanz neemt voorlopig het roer over.", "Feyenoord wil Brian Priske graag halen.",
           "De Kustploeg maakte de overstap naar Serie A en Hij komt over van Ajax, werd ontslagen, stapte op."]


@pytest.mark.parametrize("sample", SAMPLES)
def test_literal_triggers_never_hide_a_match(sample: str) -> None:
    """The pre-check is sound: whenever a cue matches, one of its literal prefixes occurs in the text."""
    lower = sample.lower()
    for cue in load_lexicon().cues:
        prefixes = literal_prefixes(cue.regex.pattern, re.IGNORECASE)
        if cue.regex.search(sample) and prefixes is not None:
            assert any(p in lower for p in prefixes), cue.id
            trie = re.compile("(?=(" + trie_pattern(prefixes) + "))")
            assert any(m.group(1) for m in trie.finditer(lower)), cue.id


def test_literal_prefixes_of_simple_patterns() -> None:
    assert literal_prefixes(r"\b(?:de |het )?vertrek van") == {"vertrek van"}
    assert literal_prefixes(r"\b(?:ontslagen|zet\b.{0,30}?\baan de deur)") == {"ontslagen", "zet"}
    assert literal_prefixes(r"\w+ trainer") is None
