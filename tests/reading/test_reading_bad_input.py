"""Bad input: one readable problem per file, the rest of the batch still loads, nothing raises."""
from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from carrousel.model import ReadProblem
from carrousel.paths import seeds_dir
from carrousel.reading import ReadError, iter_documents, read_document
from carrousel.reading import files as reading_files

from .support import SEED_NAMES, read_all

GOOD = "Genk ontslaat Fink\n\nThorsten Fink is niet langer trainer van KRC Genk.\n"

BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binair.txt": (bytes(range(256)) * 4, "looks like a binary file, not text"),
    "scan.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this is a PDF document, not text"),
    "leeg.txt": (b"", "the file is empty"),
    "spaties.md": (b"  \n\t\r\n  \n", "contains only whitespace"),
    "kapot.txt": (codecs.BOM_UTF16_LE + b"\x00\xd8A", "starts with a UTF-16-LE byte-order mark but is not valid"),
    "stuurtekens.txt": (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\xe9" * 20,
                        "looks like a binary file, not text"),
    "te-groot.txt": (b"Titel\n\n" + b"Een zin die blijft duren. " * 90_000, "is too large to be an article"),
    "alleen-kop.md": (b"---\ndate: 2023-10-03\n---\n\n", "has front matter but no article text"),
    "leeg.jsonl": (b"\n\n", "contains only whitespace"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_gives_one_problem_and_the_batch_goes_on(tmp_path: Path, name: str) -> None:
    data, reason = BAD_FILES[name]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "goed.txt").write_text(GOOD, encoding="utf-8")
    documents, problems = read_all(tmp_path)
    assert [d.doc_id for d in documents] == ["goed.txt"]
    assert len(problems) == 1
    assert problems[0].path == str(tmp_path / name)
    assert problems[0].reason.startswith(reason)
    with pytest.raises(ReadError, match=reason.split(",")[0]):
        read_document(tmp_path / name)


def test_all_bad_files_together_beside_the_seeds(tmp_path: Path) -> None:
    for name, (data, _) in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    for name in SEED_NAMES:
        shutil.copyfile(seeds_dir() / name, tmp_path / name)
    documents, problems = read_all(tmp_path)
    assert [d.doc_id for d in documents] == SEED_NAMES
    assert sorted(Path(p.path).name for p in problems) == sorted(BAD_FILES)
    assert all(str(p).startswith(p.path + ": ") for p in problems)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "op-slot.txt"
    locked.write_text(GOOD, encoding="utf-8")
    (tmp_path / "open.txt").write_text(GOOD, encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # the tests may run as root, for whom chmod 000 changes nothing
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    documents, problems = read_all(tmp_path)
    assert [d.doc_id for d in documents] == ["open.txt"]
    assert [(p.path, p.reason) for p in problems] == [(str(locked), "cannot be read: permission denied")]


def test_file_vanishing_while_the_batch_is_read(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    results = iter_documents([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"])
    first = next(results)
    (tmp_path / "b.txt").unlink()
    rest = list(results)
    assert first.doc_id == "a.txt"
    assert isinstance(rest[0], ReadProblem) and rest[0].path == str(tmp_path / "b.txt")
    assert rest[0].reason == "does not exist"
    assert rest[1].doc_id == "c.txt"


def test_file_vanishing_between_listing_and_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "weg.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "blijft.txt").write_text(GOOD, encoding="utf-8")
    real_stat = Path.stat

    def stat(self: Path, **kwargs: bool) -> object:  # gone after the folder was listed
        if self.name == "weg.txt":
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    documents, problems = read_all(tmp_path)
    assert [d.doc_id for d in documents] == ["blijft.txt"]
    assert [(p.path, p.reason) for p in problems] == [(str(tmp_path / "weg.txt"), "vanished before it could be read")]


def test_unsupported_type_named_explicitly_is_a_problem_but_skipped_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "artikel.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "notities.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "goed.TXT").write_text(GOOD, encoding="utf-8")
    documents, problems = read_all(tmp_path)
    assert ([d.doc_id for d in documents], problems) == (["goed.TXT"], [])
    documents, problems = read_all(tmp_path / "artikel.pdf")
    assert documents == []
    assert len(problems) == 1 and problems[0].path == str(tmp_path / "artikel.pdf")
    assert problems[0].reason.startswith("not a supported type (.pdf)")


@pytest.mark.parametrize("contents", [{}, {"notities.docx": b"x", ".verborgen.txt": GOOD.encode()}, {"sources.csv": b"file\n"}])
def test_folder_without_articles(tmp_path: Path, contents: dict[str, bytes]) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    documents, problems = read_all(folder)
    assert documents == []
    assert len(problems) == 1 and problems[0].path == str(folder)
    assert problems[0].reason.startswith("no articles in this folder")


def test_missing_path(tmp_path: Path) -> None:
    documents, problems = read_all(tmp_path / "bestaat-niet.txt", tmp_path / "ook-niet")
    assert documents == []
    assert [p.reason for p in problems] == ["does not exist", "does not exist"]


def test_folders_are_walked_recursively_sorted_skipping_hidden_entries(tmp_path: Path) -> None:
    for relative in ("b/2.txt", "b/1.md", "a.txt", "c/d/e.txt", ".git/x.txt", "b/.x.txt", "b/.cache/y.txt"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(GOOD, encoding="utf-8")
    documents, problems = read_all(tmp_path)
    assert problems == []
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in documents] == ["a.txt", "b/1.md", "b/2.txt", "c/d/e.txt"]


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    documents, problems = read_all(tmp_path, tmp_path / "a.txt", str(tmp_path / "a.txt"))
    assert ([d.doc_id for d in documents], problems) == (["a.txt"], [])


def test_a_library_failing_on_one_file_does_not_stop_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Boem\n\nDit artikel laat de segmentatie ontploffen.", encoding="utf-8")
    real = reading_files.segment_story

    def fragile(text: str, start: int = 0, title: str | None = None) -> list:
        if "ontploffen" in text:
            raise RuntimeError("kapot")
        return real(text, start, title)

    monkeypatch.setattr(reading_files, "segment_story", fragile)
    documents, problems = read_all(tmp_path)
    assert [d.doc_id for d in documents] == ["a.txt"]
    assert [(Path(p.path).name, p.reason) for p in problems] == [("b.txt", "could not be read (RuntimeError: kapot)")]


def test_read_document_refuses_folders_and_unsupported_files(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ReadError, match="is a folder"):
        read_document(tmp_path)
    with pytest.raises(ReadError, match=r"not a supported type \(\.csv\)"):
        read_document(tmp_path / "x.csv")
    with pytest.raises(ReadError, match="does not exist"):
        read_document(tmp_path / "nee.txt")


def test_a_bare_path_is_one_path_not_a_list_of_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert [d.doc_id for d in iter_documents(str(tmp_path))] == ["a.txt"]
    assert [d.doc_id for d in iter_documents(tmp_path / "a.txt")] == ["a.txt"]


def test_folders_are_read_lazily_one_article_at_a_time(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    results = iter_documents([tmp_path])
    assert next(results).doc_id == "a.txt"
    (tmp_path / "b.txt").unlink()  # after the folder was listed, before b.txt was read
    rest = list(results)
    assert [(Path(p.path).name, p.reason) for p in rest if isinstance(p, ReadProblem)] == [
        ("b.txt", "vanished before it could be read")]
    assert [d.doc_id for d in rest if not isinstance(d, ReadProblem)] == ["c.txt"]
