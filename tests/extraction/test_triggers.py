"""The word pre-checks: what they read off a pattern, and that they never hide a match."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carrousel.extraction.lexicon import load_lexicon
from carrousel.extraction.sentences import split_clauses, split_sentences
from carrousel.extraction.triggers import (AnchoredPattern, CueTriggers, Vocabulary, alternative_sources,
                                           required_words)
from carrousel.model import Span
from carrousel.paths import seeds_dir

from test_extractor_table import TABLE  # type: ignore[import-not-found]


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:neemt|nam)\s+(?:\S+\s+){0,3}?over\b", [[{"neemt", "nam"}, {"over"}]]),
    (r"\bbeland", [[{"beland*"}]]),  # also "belandde": a prefix, not a word
    (r"\b(?:de |het )?vertrek van\b", [[{"vertrek"}]]),  # "van" is shorter
    (r"(?:de |het )?vertrek van", [[{"van*", "vertrek"}]]),  # without "de ", "vertrek" may end a longer word
    (r"\b(?:ontslagen|zet\b.{0,30}?\baan de deur)", [[{"ontslagen*"}], [{"zet"}, {"deur*"}]]),
    (r"\b(?:speelt|speelde)\b(?:.{0,40}?\bbij\b)?", [[{"speelt", "speelde"}]]),  # the optional part is not needed
    (r"\w+ trainer", [[{"trainer*"}]]),
    (r"\w+", [[]]),  # nothing to read off: always a candidate
])
def test_required_words(pattern: str, expected: list[list[set[str]]]) -> None:
    assert [[set(g) for g in alternative] for alternative in required_words(pattern)] == expected


def _clauses() -> list[str]:
    texts = [sentence for sentence, _ in TABLE]
    texts += [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    out = []
    for text in texts:
        for sentence in split_sentences(text, Span(0, len(text))):
            out += [text[c.start:c.end].lower() for c in split_clauses(text, sentence)]
    return out


CLAUSES = _clauses()


def _patterns(vocabulary: Vocabulary) -> list[tuple[str, AnchoredPattern]]:
    lexicon = load_lexicon()
    named = [(cue.id, cue.regex) for cue in lexicon.cues]
    named += [(name, getattr(lexicon, name)) for name in
              ("hypothetical", "negators", "rumour_markers", "searching", "other_role", "interim", "context_club",
               "descriptions", "role_regex", "opponent")]
    return [(name, AnchoredPattern(regex, vocabulary)) for name, regex in named]


VOCABULARY = Vocabulary()
PATTERNS = _patterns(VOCABULARY)


def test_the_precheck_never_hides_a_match_in_the_table_and_the_seeds() -> None:
    vocabulary, patterns = VOCABULARY, PATTERNS
    assert len(CLAUSES) > 300
    matched = 0
    for clause in CLAUSES:
        hits = vocabulary.hits(clause)
        for name, pattern in patterns:
            if pattern.regex.search(clause):
                matched += 1
                assert pattern.possible(hits), (name, clause)
    assert matched > 300  # the check ran on real matches


def test_cue_index_agrees_with_each_cue() -> None:
    lexicon = load_lexicon()
    vocabulary = Vocabulary()
    triggers = CueTriggers(lexicon.cues, vocabulary)
    for clause in CLAUSES:
        hits = vocabulary.hits(clause)
        possible = triggers.cues_in(hits)
        assert {c.id for c in lexicon.cues if c.regex.search(clause)} <= possible, clause
    assert triggers.cues_in(vocabulary.hits("de supporters zongen nog lang in het stadion.")) == frozenset()


def test_a_search_by_alternatives_finds_what_the_whole_pattern_finds() -> None:
    """Patterns searched one alternative at a time give the same first match as the whole regex."""
    split = [(name, pattern) for name, pattern in PATTERNS if pattern._parts is not None]
    assert {"hypothetical", "rumour_markers", "negators"} <= {name for name, _ in split}
    found = 0
    for clause in CLAUSES:
        hits = VOCABULARY.hits(clause)
        for name, pattern in split:
            whole, parts = pattern.regex.search(clause), pattern.search(clause, hits)
            assert (whole and whole.span()) == (parts and parts.span()), (name, clause)
            found += whole is not None
    assert found > 20


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:ab|c[|)]d|e(?:f|g))\b", [r"\b(?:ab)\b", r"\b(?:c[|)]d)\b", r"\b(?:e(?:f|g))\b"]),
    (r"(?:^als\b(?!x)|\bmog)", [r"(?:^als\b(?!x))", r"(?:\bmog)"]),
    (r"\b(?:a|b)\s+$", None),  # a trailing part that is not an anchor: kept whole
    (r"(?:a|b)c", None),
])
def test_alternative_sources(pattern: str, expected: list[str] | None) -> None:
    assert alternative_sources(pattern) == expected


def test_prefix_anchors_match_longer_words() -> None:
    vocabulary = Vocabulary()
    pattern = AnchoredPattern(re.compile(r"\bbeland"), vocabulary)
    assert pattern.search("hij belandde in genk", vocabulary.hits("hij belandde in genk"))
    assert not pattern.possible(vocabulary.hits("hij kwam in genk terecht"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["neemt", "nam", "het", "roer", "over", "van", "ontslagen", "aan", "de", "deur",
                                 "zet", "slag", "gaat", "belandde", "via", "niet", "ex-speler", "voormalige",
                                 ",", ".", "-", "  "]), max_size=14))
def test_the_precheck_is_sound_on_word_salad(words: list[str]) -> None:
    """Shuffled cue words make matches the table does not hold."""
    text = " ".join(words)
    hits = VOCABULARY.hits(text)
    for name, pattern in PATTERNS:
        whole = pattern.regex.search(text)
        if whole:
            assert pattern.possible(hits), (name, text)
        found = pattern.search(text, hits)
        assert (whole and whole.span()) == (found and found.span()), (name, text)


@given(st.text(max_size=60))
def test_a_texts_words_are_what_the_regex_engine_calls_words(text: str) -> None:
    """`hits` splits words without the regex engine; it must agree with `\\w+` on any text."""
    hits = Vocabulary().hits(text)
    assert hits == set(re.findall(r"\w+", text))
