"""Publication dates: metadata, then sources.csv, then an estimate from the story alone."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from carrousel.model import DateInterval, Precision, SegmentKind
from carrousel.paths import seeds_dir
from carrousel.reading.dates import dateline_published, estimate_published, parse_date, story_years
from carrousel.reading.layout import segment

from .support import SEED_NAMES, only_document, read_all

SEED_DATES = {
    "000_0039a61a383cf88f.txt": date(2022, 1, 19),
    "001_36a175722d7507df.txt": date(2023, 10, 3),
    "002_db66e4b8c880dbf0.txt": date(2023, 11, 27),
    "003_fa144fbf85f06e15.txt": date(2023, 5, 8),
}
SEED_ESTIMATES = {
    "000_0039a61a383cf88f.txt": 2020,
    "001_36a175722d7507df.txt": 2020,
    "002_db66e4b8c880dbf0.txt": None,
    "003_fa144fbf85f06e15.txt": None,
}


def test_seeds_with_sources_csv_get_the_verified_dates_give_or_take_three_days(seeds_copy: Path) -> None:
    shutil.copyfile(seeds_dir() / "sources.csv", seeds_copy / "sources.csv")
    documents, problems = read_all(seeds_copy)
    assert problems == []
    assert [d.doc_id for d in documents] == SEED_NAMES
    for document in documents:
        day = SEED_DATES[document.doc_id]
        published = document.published
        assert (published.end - published.start).days == 6
        assert published.start <= day <= published.end
        assert published.precision is Precision.WEEK
        assert not published.estimated
        assert "sources.csv" in published.reason and "approximate to the week" in published.reason
        assert document.title == document.headline
        assert document.url is None


def test_seeds_without_sources_csv_get_estimates_from_the_body(seeds_copy: Path) -> None:
    documents, problems = read_all(seeds_copy)
    assert problems == []
    for document in documents:
        published = document.published
        assert published.estimated and published.end is None
        year = SEED_ESTIMATES[document.doc_id]
        if year is None:
            assert (published.start, published.reason) == (None, "no date in the text")
        else:
            assert published.start == date(year, 1, 1)
            assert published.precision is Precision.YEARS
            assert published.reason == f"not before {year}: latest year in the body"


def test_the_sidebar_never_dates_the_article() -> None:
    text = (seeds_dir() / "000_0039a61a383cf88f.txt").read_text(encoding="utf-8")
    assert "2025" in text[text.index("Meest recent"):]
    published = estimate_published(text, segment(text), today=date(2026, 1, 1))
    assert published.start == date(2020, 1, 1)


def test_asides_never_date_the_article() -> None:
    text = "Kop\n\ndoor\n\nIn 2019 werd hij trainer.\n\nLEES OOK: Nieuws uit 2024\n\nMeest recent\n\nIets in 2025 ..."
    assert estimate_published(text, segment(text), today=date(2026, 1, 1)).start == date(2019, 1, 1)


@pytest.mark.parametrize(
    "text, years",
    [
        ("Hij werd in de zomer van 2020 aangesteld.", [2020]),
        ("Blessin bleef nog tot 2012 voetballen.", []),
        ("Hij tekende een contract tot en met 2027.", []),
        ("Verlengd t.e.m. 2019, zo bleek in 2018.", [2018]),
        ("In het seizoen 2021-2022 en 2019/20 speelde hij in Genk.", [2021, 2019]),
        ("Er waren 2000 supporters en 1998 fans.", []),
        ("Dat kostte 1.950 euro in 1950.", [1950]),
        ("In 1899 en 2031 gebeurde niets.", []),
        ("Op 17.01.2022 en 15/01/2021 viel het besluit.", [2022, 2021]),
        ("Nummer 20223 en 1234.", []),
        ("Het WK 2026 komt eraan; in 2024 won hij.", [2024]),
    ],
)
def test_years_that_bound_the_publication_date(text: str, years: list[int]) -> None:
    assert story_years(text, this_year=2026) == years


def test_sidecar_fills_url_and_title_and_reads_partial_dates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kop a\n\nTekst over Genk.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kop b\n\nTekst over Genk.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,date,url,title,note\n"
        "a.txt,2023-10,https://example.be/a,Titel A,\n"
        "b.txt,2023-10-03,,,ongeveer op de maand\n",
        encoding="utf-8",
    )
    documents, problems = read_all(tmp_path)
    assert problems == []
    a, b = documents
    assert (a.url, a.title, a.published.start, a.published.end, a.published.precision) == (
        "https://example.be/a", "Titel A", date(2023, 10, 1), date(2023, 10, 31), Precision.MONTH)
    assert (b.url, b.title, b.published.start, b.published.end, b.published.precision) == (
        None, "Kop b", date(2023, 9, 18), date(2023, 10, 18), Precision.MONTH)


def test_metadata_date_wins_over_the_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: 2021-05-01\n---\nKop\n\nTekst.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,date,url\na.md,2023-10-03,https://example.be/a\n", encoding="utf-8")
    document = only_document(tmp_path / "a.md")
    assert document.published.start == date(2021, 5, 1)
    assert document.url == "https://example.be/a"


@pytest.mark.parametrize(
    "sidecar, reason",
    [
        ("datum,bestand\n2023-10-03,a.txt\n", "ignored: it has no 'file' column"),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 40, "ignored: looks like a binary file"),
        ('file,date\n"a.txt,2023\n', None),
    ],
)
def test_broken_sidecar_is_one_warning_and_ignored(tmp_path: Path, sidecar: str | bytes, reason: str | None) -> None:
    (tmp_path / "a.txt").write_text("Kop\n\nIn 2019 tekende hij.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kop\n\nGeen jaartal.", encoding="utf-8")
    data = sidecar.encode() if isinstance(sidecar, str) else sidecar
    (tmp_path / "sources.csv").write_bytes(data)
    documents, problems = read_all(tmp_path)
    assert [d.published.start for d in documents] == [date(2019, 1, 1), None]
    assert all(d.published.estimated for d in documents)
    if reason is None:
        assert len(problems) <= 1
    else:
        assert [(p.path, p.reason.startswith(reason)) for p in problems] == [(str(tmp_path / "sources.csv"), True)]


def test_bad_sidecar_rows_are_reported_together_and_good_rows_still_count(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text("Kop\n\nTekst.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text(
        "file,date,note\n"
        "a.txt,2023-10-03,\n"
        "b.txt,gisteren,\n"
        "c.txt,2023-10-03,approximate\n"
        "a.txt,2020-01-01,\n"
        ",2020-01-01,\n",
        encoding="utf-8",
    )
    documents, problems = read_all(tmp_path)
    assert [d.published.estimated for d in documents] == [False, True, True, True]
    assert documents[0].published.start == date(2023, 10, 3)
    assert len(problems) == 1
    reason = problems[0].reason
    assert reason.startswith("4 row(s) ignored: row 3: 'gisteren' is not a date")
    assert "row 4: the note 'approximate' says the date is approximate but not to what" in reason
    assert "row 5: a.txt is listed twice" in reason
    assert reason.endswith("(and 1 more)")


def test_sidecar_warning_is_given_once_per_folder(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Kop\n\nTekst.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("naam\nx\n", encoding="utf-8")
    _, problems = read_all(tmp_path)
    assert len(problems) == 1


def test_jsonl_line_can_be_dated_by_the_sidecar_through_its_id(tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "Tekst."}\n{"id": "x1", "text": "Tekst."}\n', encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,date\nc.jsonl#1,2022-02-02\nx1,2021-01-01\n", encoding="utf-8")
    documents, _ = read_all(tmp_path)
    assert [d.published.start for d in documents] == [date(2022, 2, 2), date(2021, 1, 1)]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("", None),
        ("morgen of zo", None),
        ("gisteren", None),
        ("2023-02-30", None),
        ("17 januari 2022", DateInterval(date(2022, 1, 17), date(2022, 1, 17), Precision.DAY, "17 januari 2022",
                                         reason="r")),
        ("2022-01-17T09:00:00Z", DateInterval(date(2022, 1, 17), date(2022, 1, 17), Precision.DAY,
                                              "2022-01-17T09:00:00Z", reason="r")),
    ],
)
def test_parse_date(value: str, expected: DateInterval | None) -> None:
    assert parse_date(value, reason="r") == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("dinsdag 3 oktober 2023, 10u15", date(2023, 10, 3)),
        ("03/10/2023 om 10:15", date(2023, 10, 3)),
        ("Gepubliceerd op 3 okt. 2023", date(2023, 10, 3)),
        ("Bijgewerkt: 2023-10-03 10:15", date(2023, 10, 3)),
        ("za 1 april 2023 - 18.30 uur", date(2023, 4, 1)),
        ("03-10-23", date(2023, 10, 3)),
        ("3 oktober 2023 werd hij ontslagen", None),  # a sentence, not a dateline
        ("31/02/2023", None),
        ("3 oktober 2099", None),  # after today: not a publication date
        ("Vandaag om 10:15", None),
    ],
)
def test_dateline(line: str, expected: date | None) -> None:
    text = f"Anderlecht ontslaat Hasi\n\n{line}\n\nAnderlecht heeft Besnik Hasi ontslagen. Hij kwam in 2024."
    published = dateline_published(text, segment(text), today=date(2026, 1, 1))
    assert (published.start if published else None) == expected
    kinds = [s.kind for s in segment(text)]
    assert (SegmentKind.BYLINE in kinds) == (expected is not None)


def test_dateline_in_a_byline_dates_the_article_unless_the_sidecar_does(tmp_path: Path) -> None:
    text = "Anderlecht ontslaat Hasi\n\nDoor: Jan Peeters | 3 oktober 2023 om 10:15\n\nAnderlecht heeft Hasi ontslagen."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,date\nb.txt,2023-10-04\n", encoding="utf-8")
    a, b = read_all(tmp_path)[0]
    assert [s.kind for s in a.segments] == [SegmentKind.HEADLINE, SegmentKind.BYLINE, SegmentKind.BODY]
    assert (a.published.start, a.published.end, a.published.precision) == (date(2023, 10, 3), date(2023, 10, 3), Precision.DAY)
    assert not a.published.estimated and a.published.reason == "dateline under the headline"
    assert b.published.start == date(2023, 10, 4)


def test_date_in_the_repeated_headline_is_not_a_dateline() -> None:
    text = "Finale op 3 oktober 2023\n\ndoor\nFinale op 3 oktober 2023\n\nDe finale wordt gespeeld in Brussel."
    assert dateline_published(text, segment(text)) is None
