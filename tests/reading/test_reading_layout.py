"""Segmentation: the seeds' page layout, plain article text, other outlets' furniture, and robustness."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from carrousel.model import Segment, SegmentKind
from carrousel.paths import seeds_dir
from carrousel.reading import segment
from carrousel.reading.dates import dateline_published, estimate_published

from .support import SEED_NAMES

H, BY, BODY, ASIDE, SIDE = (SegmentKind.HEADLINE, SegmentKind.BYLINE, SegmentKind.BODY, SegmentKind.ASIDE,
                            SegmentKind.SIDEBAR)


def texts(text: str, segments: list[Segment], kind: SegmentKind) -> list[str]:
    return [s.span.slice(text) for s in segments if s.kind is kind]


def seed_text(name: str) -> str:
    return (seeds_dir() / name).read_text(encoding="utf-8")


def assert_well_formed(text: str, segments: list[Segment]) -> None:
    previous_end = 0
    for s in segments:
        assert previous_end <= s.span.start < s.span.end <= len(text), segments
        previous_end = s.span.end


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_page_layout(name: str) -> None:
    text = seed_text(name)
    segments = segment(text)
    assert_well_formed(text, segments)
    kinds = [s.kind for s in segments]
    assert kinds[:3] == [H, BY, BODY]
    assert kinds[-1] is SIDE
    assert texts(text, segments, H) == [text.split("\n", 1)[0]]
    byline = texts(text, segments, BY)[0]
    assert byline.startswith("door\n")
    sidebar_start = text.index("\nMeest recent\n") + 1
    sidebar = [s for s in segments if s.kind is SIDE][0]
    assert (sidebar.span.start, sidebar.span.end) == (sidebar_start, len(text))
    assert all(s.span.end <= sidebar_start for s in segments if s.kind is not SIDE)


@pytest.mark.parametrize(
    "name, asides, body_has, body_lacks",
    [
        ("000_0039a61a383cf88f.txt",
         ["LEES OOK: Enorme schok in Club-Gent? Markante voorspelling Boskamp",
          "Blessin was een ideale coach voor een Belgische topclub ..."],
         ["ITALIAANSE DEGRADATIESTRIJD", "Assistent Markus Pflanz neemt voorlopig het roer over."],
         ["Vandenbroeck", "2025"]),
        ("001_36a175722d7507df.txt",
         ["LEES OOK: Leider Union op tandvlees: winterstop komt geen dag te vroeg",
          "Mag Union tevreden zijn over het werk van Blessin tot dusver?"],
         ["Blessin speelde bijna onder Klopp", "Twee weken geleden", "vervanger van Karel Geraerts."],
         ["Meest recent", "LEES OOK"]),
        ("002_db66e4b8c880dbf0.txt",
         ["POLL: Steven Defour wordt een topcoach"],
         ["Defour out, Hasi in", "Defour naar het buitenland?", "voor de functie van T2.”"],
         ["POLL", "Mokio"]),
        ("003_fa144fbf85f06e15.txt",
         ["LEES OOK: Gert Verheyen achterna: Defour verrast vriend en vijand",
          "Is Defour volgend jaar nog coach van KVM?"],
         ["BUITENLAND", "Wat brengt de toekomst?", "kwaliteitsinjectie."],
         ["volgend jaar nog coach", "Vazquez"]),
    ],
)
def test_seed_asides_and_body(name: str, asides: list[str], body_has: list[str], body_lacks: list[str]) -> None:
    text = seed_text(name)
    segments = segment(text)
    assert texts(text, segments, ASIDE) == asides
    body = "\n".join(texts(text, segments, BODY))
    for phrase in body_has:
        assert phrase in body
    for phrase in body_lacks:
        assert phrase not in body


def test_truncated_repeated_headline_is_byline() -> None:
    text = seed_text("001_36a175722d7507df.txt")
    assert texts(text, segment(text), BY) == ["door\nBlessin deelt opmerkelijke anekdote:"]


@pytest.mark.parametrize(
    "byline",
    ["door", "door Jan Peeters", "Door Karel Van der Velde", "door: Redactie", "door Sportredactie"],
)
def test_byline_with_or_without_author(byline: str) -> None:
    text = f"Genk stelt nieuwe trainer voor\n\n{byline}\n\nGenk heeft Thorsten Fink aangesteld als hoofdtrainer."
    segments = segment(text)
    assert [s.kind for s in segments] == [H, BY, BODY]
    assert texts(text, segments, BY) == [byline]


def test_sentence_starting_with_door_is_not_a_byline() -> None:
    text = "Genk ontslaat trainer\n\nDoor de slechte resultaten moest de trainer vertrekken.\n\nHij is niet blij."
    segments = segment(text)
    assert [s.kind for s in segments] == [H, BODY]


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Anderlecht ontslaat Hasi\n\nAnderlecht heeft Besnik Hasi ontslagen. Hij was sinds 2024 coach.", [H, BODY]),
        ("Anderlecht heeft Besnik Hasi ontslagen.\nHij was sinds 2024 coach.", [BODY]),
        ("Anderlecht heeft Besnik Hasi ontslagen, zo meldt de club vandaag op haar website, en zoekt nu een "
         "opvolger voor de rest van het seizoen zonder Europees voetbal\nHij was sinds 2024 coach.", [BODY]),
        ("# Anderlecht ontslaat Hasi\n\nAnderlecht heeft Besnik Hasi ontslagen.", [H, BODY]),
        ("Anderlecht ontslaat Hasi", [H]),
        ("", []),
        ("  \n\n \t\n", []),
    ],
)
def test_plain_text_without_page_layout(text: str, kinds: list[SegmentKind]) -> None:
    segments = segment(text)
    assert [s.kind for s in segments] == kinds
    assert_well_formed(text, segments)


def test_markdown_heading_marks_are_not_in_the_headline() -> None:
    text = "## Anderlecht ontslaat Hasi\n\nAnderlecht heeft Besnik Hasi ontslagen."
    assert texts(text, segment(text), H) == ["Anderlecht ontslaat Hasi"]


def test_spans_index_the_text_with_leading_whitespace() -> None:
    text = "\n\n   Club Brugge haalt Leko terug  \n\n  Ivan Leko is opnieuw trainer van Club Brugge.  \n"
    segments = segment(text)
    assert texts(text, segments, H) == ["Club Brugge haalt Leko terug"]
    assert texts(text, segments, BODY) == ["Ivan Leko is opnieuw trainer van Club Brugge."]


STORY = ("Cercle Brugge heeft Miron Muslic aangesteld als nieuwe hoofdtrainer. De Oostenrijker komt over van "
         "Schalke 04, waar hij sinds de zomer van 2023 aan de slag was. Hij tekende een contract tot 2027 en "
         "neemt zaterdag voor het eerst plaats in de dug-out tegen Standard.")


@pytest.mark.parametrize("marker", ["Meest gelezen", "Gerelateerde artikels", "Reageer", "Reacties (12)", "LEES MEER"])
def test_other_outlets_sidebar_markers(marker: str) -> None:
    text = f"Cercle kiest voor Muslic\n\n{STORY}\n\n{marker}\n\nAnderlecht ontslaat trainer\n\n14\nGenk wint ...\n"
    segments = segment(text)
    assert [s.kind for s in segments] == [H, BODY, SIDE]
    assert texts(text, segments, SIDE)[0].startswith(marker)


def test_weak_marker_followed_by_prose_stays_in_the_story() -> None:
    text = f"Cercle kiest voor Muslic\n\n{STORY}\n\nLees meer\n\n{STORY}\n"
    segments = segment(text)
    assert SIDE not in [s.kind for s in segments]
    assert "".join(texts(text, segments, BODY)).count("Muslic aangesteld") == 2


def test_closing_question_is_an_aside_only_on_a_scraped_page() -> None:
    question = "Wordt Muslic een succes bij Cercle?"
    page = f"Cercle kiest voor Muslic\n\ndoor\n\n{STORY}\n\n{question}\n\nMeest recent\n\nGenk wint ...\n"
    plain = f"Cercle kiest voor Muslic\n\n{STORY}\n\n{question}\n"
    assert texts(page, segment(page), ASIDE) == [question]
    assert question in texts(plain, segment(plain), BODY)[0]


def test_quoted_question_closing_a_story_stays_in_the_body() -> None:
    text = f"Cercle kiest voor Muslic\n\ndoor\n\n{STORY}\n\n\"Waarom niet?\"\n\nMeest recent\n\nGenk wint ...\n"
    assert texts(text, segment(text), ASIDE) == []


def test_lees_ook_anywhere_splits_the_body() -> None:
    text = f"Cercle kiest voor Muslic\n\n{STORY}\n\nLees ook: Muslic over zijn ambities\n\n{STORY}"
    segments = segment(text)
    assert [s.kind for s in segments] == [H, BODY, ASIDE, BODY]


def test_crlf_free_text_and_other_separators_are_kept_as_is() -> None:
    text = "Titel\n\nEerste zin.\u2028Tweede zin.\x0cDerde."
    segments = segment(text)
    assert texts(text, segments, BODY) == ["Eerste zin.\u2028Tweede zin.\x0cDerde."]


_LINES = st.sampled_from([
    "", " ", "door", "door Jan Peeters", "Meest recent", "Meest gelezen", "Reageer", "LEES OOK: iets",
    "POLL: stelling", "Is dit een vraag?", "Een teaser ...", "# Kop", "---", "Kort", "\t",
    "Een lange zin die eindigt met een punt en zo een stuk van het verhaal is.", "“Citaat?”", "\r", "12",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(_LINES, st.text(max_size=30)), max_size=25).map("\n".join)))
def test_segment_never_raises_and_spans_are_ordered(text: str) -> None:
    segments = segment(text)
    assert_well_formed(text, segments)
    assert all(s.span.slice(text).strip() for s in segments)
    assert sum(s.kind is SegmentKind.HEADLINE for s in segments) <= 1
    sidebars = [i for i, s in enumerate(segments) if s.kind is SegmentKind.SIDEBAR]
    assert sidebars in ([], [len(segments) - 1])
    assert estimate_published(text, segments).estimated
    dateline_published(text, segments)


def test_aside_prefix_alone_takes_the_linked_title_below_it() -> None:
    text = f"Cercle kiest voor Muslic\n\n{STORY}\n\nLees ook\nMuslic over zijn ambities\n\n{STORY}"
    segments = segment(text)
    assert [s.kind for s in segments] == [H, BODY, ASIDE, ASIDE, BODY]
    assert texts(text, segments, ASIDE) == ["Lees ook", "Muslic over zijn ambities"]


@pytest.mark.parametrize("drop", ["byline", "sidebar", "both"])
def test_seed_without_parts_of_its_layout(drop: str) -> None:
    text = seed_text("000_0039a61a383cf88f.txt")
    if drop in ("byline", "both"):
        text = text.replace("door\nKV Oostende ziet Blessin per direct naar Serie A trekken\n\n", "", 1)
    if drop in ("sidebar", "both"):
        text = text[:text.index("Meest recent")]
    segments = segment(text)
    assert_well_formed(text, segments)
    assert texts(text, segments, H) == ["KV Oostende ziet Blessin per direct naar Serie A trekken"]
    body = "\n".join(texts(text, segments, BODY))
    assert body.startswith("Na het vertrek van verschillende sterkhouders")
    assert "Assistent Markus Pflanz neemt voorlopig het roer over." in body
    assert "Vandenbroeck" not in body and "LEES OOK" not in body
    assert (SIDE in [s.kind for s in segments]) == (drop == "byline")


def test_author_name_and_datelines_under_the_headline_are_the_byline() -> None:
    text = ("Anderlecht zet Hasi aan de deur\n\nJan Van den Bossche\nma 2 februari 2023 om 10:15\n"
            "Bijgewerkt: 02/02/2023 11:02\n\nRSC Anderlecht heeft trainer Besnik Hasi ontslagen.\n")
    segments = segment(text)
    assert [s.kind for s in segments] == [H, BY, BODY]
    assert texts(text, segments, BY)[0].startswith("Jan Van den Bossche\n")
    assert texts(text, segments, BODY) == ["RSC Anderlecht heeft trainer Besnik Hasi ontslagen."]


def test_a_name_line_without_a_dateline_stays_in_the_body() -> None:
    text = "Anderlecht zet Hasi aan de deur\n\nBesnik Hasi\n\nRSC Anderlecht heeft trainer Besnik Hasi ontslagen.\n"
    assert [s.kind for s in segment(text)] == [H, BODY]
