"""Fixtures for the reading tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from carrousel.paths import seeds_dir

from .support import SEED_NAMES


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """The seed articles without their sources.csv, in a folder the test may change."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name in SEED_NAMES:
        shutil.copyfile(seeds_dir() / name, folder / name)
    return folder
