"""Helpers for the reading tests: the seed names and reading a batch into documents and problems."""
from __future__ import annotations

from pathlib import Path

from carrousel.model import Document, ReadProblem
from carrousel.paths import seeds_dir
from carrousel.reading import iter_documents

SEED_NAMES = sorted(p.name for p in seeds_dir().glob("*.txt"))


def read_all(*paths: Path | str) -> tuple[list[Document], list[ReadProblem]]:
    documents: list[Document] = []
    problems: list[ReadProblem] = []
    for item in iter_documents(paths):
        (problems if isinstance(item, ReadProblem) else documents).append(item)
    return documents, problems


def only_document(path: Path) -> Document:
    documents, problems = read_all(path)
    assert problems == [], problems
    assert len(documents) == 1
    return documents[0]
