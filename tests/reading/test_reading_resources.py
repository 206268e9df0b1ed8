"""The reading word lists load, and a broken one fails with a message naming the file and the fault."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from carrousel.reading.resources import ResourceError, boilerplate, year_cues


def test_shipped_lists_load() -> None:
    words = boilerplate()
    assert "meest recent" in words.strong_sidebar
    assert "lees ook" in words.aside_prefixes and "poll" in words.aside_prefixes
    assert "door" in words.byline_prefixes
    assert "tot" in year_cues().future_before


GOOD = {
    "sidebar_markers": {"strong": ["Meest recent"], "weak": ["Reageer"]},
    "aside_prefixes": ["Lees ook"],
    "byline": {"prefixes": ["door"], "lowercase_words": ["van"]},
    "dateline": {"months": [[f"maand{i}"] for i in range(1, 13)], "filler_words": ["om"]},
}


@pytest.mark.parametrize(
    "content, message",
    [
        ("{kapot", "not valid JSON"),
        ("[]", "expected a JSON object"),
        (json.dumps({**GOOD, "aside_prefixes": []}), "'aside_prefixes' must be a non-empty list"),
        (json.dumps({**GOOD, "aside_prefixes": ["ok", 3]}), "'aside_prefixes' holds 3"),
        (json.dumps({**GOOD, "sidebar_markers": {"weak": ["x"]}}), "missing key 'sidebar_markers.strong'"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "byline"}), "missing key 'byline.prefixes'"),
        (json.dumps({**GOOD, "dateline": {"months": [["jan"]], "filler_words": ["om"]}}),
         "'dateline.months' must list the names of the 12 months"),
        (json.dumps({**GOOD, "dateline": {"months": [["jan"]] * 11 + [[]], "filler_words": ["om"]}}),
         "'month' must be a non-empty list"),
    ],
)
def test_broken_boilerplate_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "boilerplate.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as caught:
        boilerplate(path)
    assert str(path) in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="cannot be read"):
        year_cues(tmp_path / "years.json")


def test_valid_custom_file_is_casefolded(tmp_path: Path) -> None:
    path = tmp_path / "boilerplate.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert boilerplate(path).strong_sidebar == ("meest recent",)
