"""Every lexicon file loads; a broken one fails with the file and the problem named."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from carrousel.extraction.lexicon import LexiconError, _at_word_start, default_lexicon, load_lexicon
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
    ("cues.json", lambda d: d["cues"][0].update(pattern=r"\bAangesteld"), "must be written in lower case"),
    ("cues.json", lambda d: d.update(negators=["Niet"]), "must be written in lower case"),
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


@given(st.text(alphabet="de aié-.'\n1Lx", max_size=40))
def test_word_start_alternation_matches_like_a_leading_word_boundary(text: str) -> None:
    """The rewritten alternation (boundary checked after the first character) finds exactly what
    `\\b(?:...)` finds, words and fragments alike."""
    words, fragments = ["de", "dea", "laat", "é-x", "1e"], [r"de \d", "a+d"]
    fast = re.compile(_at_word_start(words, fragments))
    plain = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True) + fragments) + ")")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_start_alternation_lets_the_engine_skip_to_first_letters() -> None:
    """What makes it fast: the compiled pattern starts with a set of first characters."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    pattern = _at_word_start(["coach", "de trainer"], [r"de \d{2}-jarige"])
    assert _compiler._get_charset_prefix(_parser.parse(pattern), 0) is not None


@given(st.lists(st.sampled_from(["trainer", "coach", "assistent", "assistent-trainer", "union", "oud", "x", "t1",
                                 "hoofdtrainer", "é", "_", "-", " ", "."]), max_size=8))
@example(["oud", "x", "-", "trainer", "-", "t1", "-", "assistent"])  # a compound right after a compound
@example(["trainer", "-", "coach", " ", "union", "-", "assistent-trainer"])
def test_role_nouns_are_where_the_role_pattern_matches(pieces: list[str]) -> None:
    """`role_nouns` finds role nouns by their first letters; it must give exactly `role_regex`'s matches,
    compounds ("oud-assistent", "trainer-coach") and words glued together included."""
    lexicon, text = default_lexicon(), "".join(pieces)
    assert lexicon.role_nouns(text) == [m.span() for m in lexicon.role_regex.finditer(text)]
