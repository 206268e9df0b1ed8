from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from carrousel.extraction.sentences import split_clauses, split_sentences
from carrousel.model import Span


def texts(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text, expected", [
    ("Hij tekende. Daarna vertrok hij.", ["Hij tekende.", "Daarna vertrok hij."]),
    ("Hij speelt in de Serie A. Blessin zal het zwaar hebben.", ["Hij speelt in de Serie A.", "Blessin zal het zwaar hebben."]),
    ("Onder meer o.a. Club Brugge. En Genk.", ["Onder meer o.a. Club Brugge.", "En Genk."]),
    ("Kop zonder punt\nHet eerste zinnetje.", ["Kop zonder punt", "Het eerste zinnetje."]),
    ("\"Ik blijf.\" Dat zei hij.", ["\"Ik blijf.\"", "Dat zei hij."]),
    ("Naar J.F. Kennedy vernoemd. Klaar.", ["Naar J.F. Kennedy vernoemd.", "Klaar."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert texts(text, split_sentences(text, Span(0, len(text)))) == expected


@pytest.mark.parametrize("abbreviation", ["o.a.", "bv.", "ca.", "vs.", "nl.", "dhr.", "mr.", "St.", "jr.", "sr.", "vz.",
                                          "i.p.v.", "m.a.w.", "d.w.z."])
def test_abbreviations_do_not_end_a_sentence(abbreviation: str) -> None:
    text = f"Hij sprak {abbreviation} Jansen aan. Klaar."
    assert texts(text, split_sentences(text, Span(0, len(text)))) == [f"Hij sprak {abbreviation} Jansen aan.", "Klaar."]


@pytest.mark.parametrize("text, expected", [
    ("Abcd. Hij tekende.", ["Abcd.", "Hij tekende."]),  # a word longer than any abbreviation
    ("Bv. Hij tekende.", ["Bv.", "Hij tekende."]),  # abbreviations are case-sensitive
    ("\nKop\n\nTekst. Meer", ["Kop", "Tekst.", "Meer"]),
])
def test_sentence_ends_next_to_abbreviations_and_line_breaks(text: str, expected: list[str]) -> None:
    assert texts(text, split_sentences(text, Span(0, len(text)))) == expected


def test_an_end_mark_just_before_the_span_ends_a_sentence_at_its_start() -> None:
    text = "Hij zei: stop.” Dan ging hij."
    assert texts(text, split_sentences(text, Span(text.index("”"), len(text)))) == ["”", "Dan ging hij."]


@pytest.mark.parametrize("text, expected", [
    ("Klopp was verdediger bij Mainz, Blessin was spits bij Stuttgarter Kickers.",
     ["Klopp was verdediger bij Mainz", "Blessin was spits bij Stuttgarter Kickers."]),
    ("Club Brugge werd genoemd, maar daar koos men voor Schreuder.",
     ["Club Brugge werd genoemd", "maar daar koos men voor Schreuder."]),
    ("De speler van Standard, KRC Genk en Antwerp blijft.", ["De speler van Standard, KRC Genk en Antwerp blijft."]),
    ("Hij werd jeugdtrainer bij RB Leipzig, waar Oostende hem wegplukte.",
     ["Hij werd jeugdtrainer bij RB Leipzig", "waar Oostende hem wegplukte."]),
    ("Hij won  maar verloor; toen stopte hij.", ["Hij won", "maar verloor", "toen stopte hij."]),
    ("Hij won maarten niet.", ["Hij won maarten niet."]),
    ("Hij won; toen stopte hij.", ["Hij won", "toen stopte hij."]),  # a semicolon without a comma or conjunction
    ("Hij was assistent bij Charleroi en werd in 2023 interimcoach.",
     ["Hij was assistent bij Charleroi", "en werd in 2023 interimcoach."]),
    ("Hasi en Defour werden ontslagen.", ["Hasi en Defour werden ontslagen."]),  # "en" between two names
])
def test_clauses(text: str, expected: list[str]) -> None:
    assert texts(text, split_clauses(text, Span(0, len(text)))) == expected


@given(st.text(max_size=300))
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text, Span(0, len(text))):
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        previous_end = s.end
        for c in split_clauses(text, s):
            assert s.start <= c.start < c.end <= s.end
