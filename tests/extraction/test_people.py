"""Person detection and in-article reference resolution, as tables of sentences."""
from __future__ import annotations

import pytest

from carrousel.extraction.extractor import Extractor
from carrousel.extraction.people import PeopleResolver
from carrousel.extraction.sentences import split_clauses, split_sentences
from carrousel.model import Span

EXTRACTOR = Extractor()


def mentions(text: str) -> list[list[tuple[str, str]]]:
    """Per sentence: (surface text, resolved name)."""
    sentences = split_sentences(text, Span(0, len(text)))
    clubs = EXTRACTOR._clubs(text, sentences)
    masks = [EXTRACTOR._masks(text, s, c) for s, c in zip(sentences, clubs)]
    resolver = PeopleResolver(EXTRACTOR.lexicon)
    resolver.collect(text, sentences, masks)
    return [[(text[m.start:m.end], m.name) for m in resolver.mentions(text, s, mask, split_clauses(text, s))]
            for s, mask in zip(sentences, masks)]


@pytest.mark.parametrize("text, sentence, expected", [
    ("Blessin vertrekt. Alexander Blessin gaat naar Genoa.", 0, [("Blessin", "Alexander Blessin")]),
    ("Alexander Blessin tekent. De Duitser was blij.", 1, [("De Duitser", "Alexander Blessin")]),
    ("Alexander Blessin tekent. Hij was blij.", 1, [("Hij", "Alexander Blessin")]),
    ("Danny Buijs faalde. Steven Defour verving hem.", 1, [("Steven Defour", "Steven Defour"), ("hem", "Danny Buijs")]),
    ("Union-verdediger Kevin en Liverpool-middenvelder Alexis Mac Allister staan tegenover elkaar.", 0,
     [("Kevin", "Kevin Mac Allister"), ("Alexis Mac Allister", "Alexis Mac Allister")]),
    ("Zo onthult hij in La Dernière Heure.", 0, []),
    ("Rode Duivel Zinho Vanheusden speelt.", 0, [("Zinho Vanheusden", "Zinho Vanheusden")]),
    ("Hij volgde in Almelo John Stegeman op.", 0, [("John Stegeman", "John Stegeman")]),
    ("Erik ten Hag en Virgil van Dijk praten.", 0, [("Erik ten Hag", "Erik ten Hag"), ("Virgil van Dijk", "Virgil van Dijk")]),
    ("Bij Genoa treedt Blessin in de voetsporen van Andriy Shevchenko. De voormalige topspits betaalde het gelag.", 1,
     [("De voormalige topspits", "Andriy Shevchenko")]),
])
def test_people(text: str, sentence: int, expected: list[tuple[str, str]]) -> None:
    assert mentions(text)[sentence] == expected


def test_trainer_title_makes_a_single_name_a_person() -> None:
    assert mentions("Coach Hasi is tevreden. Hasi lacht.")[1] == [("Hasi", "Hasi")]


def test_names_and_pronouns_do_not_run_across_sentences() -> None:
    assert mentions("Alexander Blessin tekent voor Jan\nPeters lacht.\nHem zag men niet.") == [
        [("Alexander Blessin", "Alexander Blessin")], [], [("Hem", "Alexander Blessin")]]


@pytest.mark.parametrize("between", ["Genoa wacht.", "Genoa wacht in İzmir."])  # "İ" lower-cases to two characters
def test_descriptions_are_found_in_their_own_sentence(between: str) -> None:
    found = mentions(f"Alexander Blessin tekent. {between} De Duitser was blij. Ook de trainer lacht.")
    assert found[1:] == [[], [("De Duitser", "Alexander Blessin")], [("de trainer", "Alexander Blessin")]]


def test_a_sentence_can_be_read_without_collecting_the_article_first() -> None:
    text = "Coach Hasi is tevreden over Steven Defour."
    sentence = Span(0, len(text))
    resolver = PeopleResolver(EXTRACTOR.lexicon)
    found = resolver.mentions(text, sentence, [], split_clauses(text, sentence))
    assert [(text[m.start:m.end], m.name, m.via) for m in found] == [("Hasi", "Hasi", "surname"), ("Steven Defour", "Steven Defour", "name")]
