"""Files and folders named by the user to documents and problems, one at a time and never raising."""
from __future__ import annotations

import os
from dataclasses import replace
from collections.abc import Iterable, Iterator
from pathlib import Path

from carrousel.model import Corpus, Document, ReadProblem
from carrousel.reading.errors import ReadError
from carrousel.reading.files import SUPPORTED_SUFFIXES, os_reason, read_file, supported, unsupported_reason
from carrousel.reading.sidecar import Sidecar, load_sidecar


def iter_documents(paths: Iterable[str | Path] | str | Path) -> Iterator[Document | ReadProblem]:
    """One result per article, lazily so a window can show progress.

    Folders are walked recursively in name order, skipping hidden entries, unsupported files and
    symlinked folders (they could loop). A file named twice, or named and inside a named folder, is
    read once. Nothing raises: every failure becomes a ReadProblem naming the file.
    """
    if isinstance(paths, (str, Path)):  # one path given bare: do not iterate its characters
        paths = [paths]
    reader = _Reader()
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                yield from reader.folder(path)
            elif path.exists():
                if supported(path):
                    yield from reader.file(path)
                else:
                    yield ReadProblem(str(path), unsupported_reason(path))
            else:
                yield ReadProblem(str(path), "does not exist")
        except Exception as exc:  # noqa: BLE001 - the promise is that one bad path never stops the batch
            yield ReadProblem(str(path), f"could not be read ({type(exc).__name__}: {exc})")


def read_corpus(paths: Iterable[str | Path] | str | Path) -> Corpus:
    corpus = Corpus()
    for item in iter_documents(paths):
        (corpus.problems if isinstance(item, ReadProblem) else corpus.documents).append(item)
    return corpus


def read_document(path: Path) -> list[Document]:
    """The documents of one file; raises ReadError when none can be read. Problems with single
    JSONL lines or with the sidecar are only reported by `iter_documents`."""
    path = Path(path)
    if path.is_dir():
        raise ReadError("is a folder, not a file")
    if not path.exists():
        raise ReadError("does not exist")
    if not supported(path):
        raise ReadError(unsupported_reason(path))
    results = list(read_file(path, load_sidecar(path.parent).entries))
    documents = [r for r in results if isinstance(r, Document)]
    if not documents:
        raise ReadError(next((r.reason for r in results if isinstance(r, ReadProblem)), "has no articles"))
    return documents


class _Reader:
    """Remembers what a batch has read already: files (to read each once) and sidecars per folder."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._sidecars: dict[str, Sidecar] = {}
        self._ids: set[str] = set()  # doc_ids handed out, so that two files never share one

    def folder(self, folder: Path) -> Iterator[Document | ReadProblem]:
        found = False
        for item in _walk(folder):
            if isinstance(item, ReadProblem):
                if item.path == str(folder):
                    yield item
                    return
                found = True
                yield item
            else:
                found = True
                yield from self.file(item)
        if not found:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            yield ReadProblem(str(folder), f"no articles in this folder (Carrousel reads {kinds} files)")

    def file(self, path: Path) -> Iterator[Document | ReadProblem]:
        key = os.path.realpath(path)
        if key in self._seen:
            return
        self._seen.add(key)
        folder = os.path.dirname(key)
        if folder not in self._sidecars:
            self._sidecars[folder] = load_sidecar(Path(folder))
            if self._sidecars[folder].problem:
                yield self._sidecars[folder].problem
        try:
            for item in read_file(path, self._sidecars[folder].entries):
                yield self._unique(item, path) if isinstance(item, Document) else item
        except ReadError as exc:
            yield ReadProblem(str(path), exc.reason)
        except Exception as exc:  # noqa: BLE001 - a library failing on one odd file must not stop the batch
            yield ReadProblem(str(path), f"could not be read ({type(exc).__name__}: {exc})")

    def _unique(self, document: Document, path: Path) -> Document:
        """Two folders may each hold an "artikel.txt": the later one is named with its folder too
        ("2023/artikel.txt"), so that its events still open the right article."""
        doc_id, n = document.doc_id, 1
        while doc_id in self._ids:
            n += 1
            doc_id = f"{path.parent.name}/{document.doc_id}" + (f" ({n - 1})" if n > 2 else "")
        self._ids.add(doc_id)
        return document if doc_id == document.doc_id else replace(document, doc_id=doc_id)


def _walk(folder: Path) -> Iterator[Path | ReadProblem]:
    """Supported files under `folder` in name order, depth first; unreadable folders as problems."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield ReadProblem(str(folder), f"folder {os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.is_file() and supported(path):
                yield path
        except OSError as exc:
            yield ReadProblem(str(path), os_reason(exc))
