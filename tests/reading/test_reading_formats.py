"""Each supported format becomes documents whose spans index `Document.text`."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from carrousel.model import Document, Precision, SegmentKind
from carrousel.paths import seeds_dir
from carrousel.reading import SUPPORTED_SUFFIXES, ReadError, read_corpus, read_document

from .support import SEED_NAMES, only_document, read_all

BODY_TEXT = ("KV Mechelen heeft Besnik Hasi aangesteld als nieuwe hoofdcoach. Hij volgt Steven Defour op, "
             "die in 2023 werd ontslagen na een reeks tegenvallende resultaten.")


def assert_spans_index_text(document: Document) -> None:
    for s in document.segments:
        assert 0 <= s.span.start < s.span.end <= len(document.text)
        assert s.span.slice(document.text).strip()


def body(document: Document) -> str:
    return "\n".join(s.slice(document.text) for s in document.spans(SegmentKind.BODY))


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == frozenset({".txt", ".md", ".html", ".htm", ".jsonl"})


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_files_read_as_one_document_named_by_file(name: str) -> None:
    [document] = read_document(seeds_dir() / name)
    assert document.doc_id == name
    assert document.path.endswith(name)
    assert document.text == (seeds_dir() / name).read_text(encoding="utf-8")
    assert document.title == document.text.split("\n", 1)[0]
    assert_spans_index_text(document)


def test_front_matter_gives_date_url_title_and_spans_index_the_full_text(tmp_path: Path) -> None:
    text = ("---\ndate: 2023-10-03\nurl: https://example.be/hasi\ntitle: \"Hasi nieuwe coach KVM\"\n---\n"
            f"Hasi nieuwe coach KVM\n\n{BODY_TEXT}\n")
    (tmp_path / "hasi.md").write_text(text, encoding="utf-8")
    document = only_document(tmp_path / "hasi.md")
    assert document.text == text
    assert document.url == "https://example.be/hasi"
    assert document.title == "Hasi nieuwe coach KVM"
    assert document.published.start == document.published.end == date(2023, 10, 3)
    assert document.published.precision is Precision.DAY
    assert not document.published.estimated
    assert document.published.reason == "date in the front matter"
    assert [s.kind for s in document.segments] == [SegmentKind.HEADLINE, SegmentKind.BODY]
    assert document.segments[0].span.start == text.index("Hasi nieuwe coach KVM\n\n")
    assert body(document) == BODY_TEXT
    assert_spans_index_text(document)


@pytest.mark.parametrize(
    "value, start, end, precision",
    [
        ("2023-10-03", date(2023, 10, 3), date(2023, 10, 3), Precision.DAY),
        ("2023-10-03T18:45:00+02:00", date(2023, 10, 3), date(2023, 10, 3), Precision.DAY),
        ("2023-10", date(2023, 10, 1), date(2023, 10, 31), Precision.MONTH),
        ("2023", date(2023, 1, 1), date(2023, 12, 31), Precision.YEAR),
        ("3 oktober 2023", date(2023, 10, 3), date(2023, 10, 3), Precision.DAY),
    ],
)
def test_front_matter_date_forms(tmp_path: Path, value: str, start: date, end: date, precision: Precision) -> None:
    (tmp_path / "a.txt").write_text(f"---\ndate: {value}\n---\nTitel\n\n{BODY_TEXT}", encoding="utf-8")
    published = only_document(tmp_path / "a.txt").published
    assert (published.start, published.end, published.precision) == (start, end, precision)


def test_unreadable_front_matter_date_falls_back_to_the_estimate(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"---\ndate: binnenkort\n---\nTitel\n\n{BODY_TEXT}", encoding="utf-8")
    published = only_document(tmp_path / "a.txt").published
    assert published.estimated and published.start == date(2023, 1, 1)


def test_horizontal_rule_without_fields_is_not_front_matter(tmp_path: Path) -> None:
    text = f"---\nTitel\n---\n{BODY_TEXT}"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    assert BODY_TEXT in body(only_document(tmp_path / "a.md"))


HTML = """<!DOCTYPE html>
<html lang="nl"><head>
<meta charset="utf-8">
<title>Hasi nieuwe coach van KV Mechelen | Voetbalnieuws</title>
<link rel="canonical" href="https://voetbal.example/kvm/hasi-nieuwe-coach">
<meta property="og:title" content="Hasi nieuwe coach van KV Mechelen">
<meta property="article:published_time" content="2023-11-08T14:05:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/kvm">KV Mechelen</a></nav>
<article>
<h1>Hasi nieuwe coach van KV Mechelen</h1>
<p>KV Mechelen heeft Besnik Hasi aangesteld als nieuwe hoofdcoach. De Albanees volgt Steven Defour op,
die vorige week werd ontslagen na een reeks tegenvallende resultaten.</p>
<p>Hasi was eerder trainer van RSC Anderlecht, Legia Warschau en Olympiakos. Hij tekende een contract
tot het einde van het seizoen met een optie op een extra jaar.</p>
</article>
<aside><h3>Meest gelezen</h3><ul><li><a href="/x">Genk wint topper in 2025</a></li></ul></aside>
<footer>Copyright 2025 Voetbalnieuws</footer>
</body></html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_page_main_text_title_url_and_date(tmp_path: Path, suffix: str) -> None:
    (tmp_path / f"hasi{suffix}").write_text(HTML, encoding="utf-8")
    document = only_document(tmp_path / f"hasi{suffix}")
    assert document.doc_id == f"hasi{suffix}"
    assert document.title == "Hasi nieuwe coach van KV Mechelen"
    assert document.text.startswith("Hasi nieuwe coach van KV Mechelen\n")
    assert document.url == "https://voetbal.example/kvm/hasi-nieuwe-coach"
    assert document.published.start == document.published.end == date(2023, 11, 8)
    assert not document.published.estimated
    assert document.headline == "Hasi nieuwe coach van KV Mechelen"
    assert "Besnik Hasi aangesteld" in body(document)
    assert "Home" not in document.text and "Copyright" not in document.text
    assert_spans_index_text(document)


def test_html_without_article_text_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "leeg.html").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    documents, problems = read_all(tmp_path / "leeg.html")
    assert documents == []
    assert [(p.path, p.reason) for p in problems] == [(str(tmp_path / "leeg.html"), "no article text found in this page")]


def test_html_without_date_uses_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "hasi.html").write_text(HTML.replace("2023-11-08T14:05:00+01:00", ""), encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,date\nhasi.html,2023-11-09\n", encoding="utf-8")
    assert only_document(tmp_path / "hasi.html").published.start == date(2023, 11, 9)


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_one_document_per_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "corpus.jsonl", [
        json.dumps({"id": "kvm-1", "title": "Hasi bij KVM", "text": f"Hasi bij KVM\n\n{BODY_TEXT}",
                    "date": "2023-11-08", "url": "https://example.be/1"}),
        "",
        json.dumps({"text": BODY_TEXT}),
        json.dumps({"id": 7, "text": "Genk ontslaat Fink\r\nThorsten Fink is niet langer trainer van Genk."}),
    ])
    documents, problems = read_all(path)
    assert problems == []
    assert [d.doc_id for d in documents] == ["kvm-1", "corpus.jsonl#3", "7"]
    first, second, third = documents
    assert (first.title, first.url, first.published.start) == ("Hasi bij KVM", "https://example.be/1", date(2023, 11, 8))
    assert first.headline == "Hasi bij KVM"
    assert second.text == BODY_TEXT and second.published.estimated
    assert [s.kind for s in second.segments] == [SegmentKind.BODY]
    assert third.text == "Genk ontslaat Fink\nThorsten Fink is niet langer trainer van Genk."
    for document in documents:
        assert document.path == str(path)
        assert_spans_index_text(document)


def test_jsonl_title_differing_from_the_first_line_does_not_make_a_long_lead_a_headline(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", [json.dumps({"title": "Hasi bij KVM", "text": BODY_TEXT})])
    [document] = read_document(path)
    assert document.title == "Hasi bij KVM"
    assert [s.kind for s in document.segments] == [SegmentKind.BODY]


@pytest.mark.parametrize(
    "bad, reason",
    [
        ("{not json", "line 2: not valid JSON"),
        ("[1, 2]", "line 2: expected a JSON object"),
        (json.dumps({"title": "zonder tekst"}), "line 2: has no article text"),
        (json.dumps({"text": "   "}), "line 2: has no article text"),
    ],
)
def test_jsonl_broken_line_is_one_problem_and_the_rest_loads(tmp_path: Path, bad: str, reason: str) -> None:
    path = jsonl(tmp_path / "c.jsonl", [json.dumps({"text": BODY_TEXT}), bad, json.dumps({"text": BODY_TEXT})])
    documents, problems = read_all(path)
    assert [d.doc_id for d in documents] == ["c.jsonl#1", "c.jsonl#3"]
    assert len(problems) == 1
    assert problems[0].path == str(path) and problems[0].reason.startswith(reason)


def test_jsonl_without_any_good_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "c.jsonl", ["{kapot"])
    corpus = read_corpus([path])
    assert corpus.documents == []
    assert [p.reason for p in corpus.problems] == ["line 1: not valid JSON (Expecting property name enclosed in double "
                                                   "quotes at column 2)"]
    with pytest.raises(ReadError, match="line 1: not valid JSON"):
        read_document(path)


def test_cp1252_page_and_a_page_saved_as_txt(tmp_path: Path) -> None:
    page = HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace("De Albanees", "De ex-bondscoach van Oekraïne")
    (tmp_path / "pagina.htm").write_bytes(page.encode("cp1252"))
    (tmp_path / "pagina.txt").write_text(HTML, encoding="utf-8")
    htm, txt = (only_document(tmp_path / name) for name in ("pagina.htm", "pagina.txt"))
    assert "De ex-bondscoach van Oekraïne volgt Steven Defour op" in body(htm)
    assert "<p>" not in txt.text and txt.title == "Hasi nieuwe coach van KV Mechelen"


def test_same_file_name_in_two_folders_gives_two_distinct_documents(tmp_path: Path) -> None:
    """Each event names its document by doc_id; two "artikel.txt" must not collapse into one article."""
    for folder, coach in (("2022", "Jan Peeters"), ("2023", "Piet Janssens"), ("2024", "Karel Maes")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "artikel.txt").write_text(f"{coach} is de nieuwe trainer van KV Mechelen.\n", encoding="utf-8")
    documents, problems = read_all(tmp_path)
    assert problems == []
    assert [d.doc_id for d in documents] == ["artikel.txt", "2023/artikel.txt", "2024/artikel.txt"]
    assert ["Peeters" in documents[0].text, "Janssens" in documents[1].text] == [True, True]
