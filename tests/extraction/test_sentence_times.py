"""Sentence times are read on demand, give what reading every sentence in order gives, and never recurse
without bound."""
from __future__ import annotations

from datetime import date

from carrousel.extraction.sentence_times import SentenceTimes
from carrousel.extraction.sentences import split_sentences
from carrousel.model import DateInterval, Precision, Span

PUB = DateInterval(date(2023, 10, 3), date(2023, 10, 3), Precision.DAY)


def _times(text: str) -> tuple[SentenceTimes, list[Span]]:
    sentences = split_sentences(text, Span(0, len(text)))
    return SentenceTimes(text, text.lower(), sentences, PUB), sentences


def test_a_sentence_is_read_alone_unless_a_phrase_counts_from_the_date_before() -> None:
    text = "In 2015 werd hij trainer van Genk. Hij bleef er lang. Twee jaar later stopte hij. Vorig seizoen kwam hij terug."
    times, _ = _times(text)
    assert [t.text for t in times[3]] == ["Vorig seizoen"]
    assert set(times._found) == {3}  # nothing before it was read
    later = times[2]
    assert later[0].interval.start == date(2017, 1, 1)  # two years after 2015, two sentences back
    assert set(times._found) == {0, 1, 2, 3}


def test_the_date_set_reaches_one_sentence_without_a_date_and_no_further() -> None:
    text = "In 2015 werd hij trainer. Hij won veel. Hij was graag gezien. Twee jaar later stopte hij."
    times, _ = _times(text)
    assert times[3] == []  # 2015 is three sentences back: "twee jaar later" counts from nothing


def test_a_long_chain_of_anaphors_does_not_exhaust_the_stack() -> None:
    """Read out of order, a chain longer than the cap is cut (its phrase then counts from nothing, never from
    a guess); read in order, as the extractor reads an article, every link resolves."""
    text = "In 2015 werd hij trainer. " + "Een jaar later stopte hij. " * 600
    times, sentences = _times(text)
    assert times[len(sentences) - 1] == []
    times, sentences = _times(text)
    in_order = [times[i] for i in range(len(sentences))]
    assert in_order[-1][0].interval.start == date(2615, 1, 1)
