"""Qt stays in carrousel.ui: the core must import and run on a machine without any display libraries."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ["carrousel.model", "carrousel.careers", "carrousel.export", "carrousel.pipeline", "carrousel.cli",
        "carrousel.reading", "carrousel.extraction.extractor", "carrousel.paths"]


def test_core_modules_do_not_load_qt() -> None:
    code = "import sys\n" + "".join(f"import {m}\n" for m in CORE) + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT / "desktop"), "PATH": ""}, check=True)
    assert out.stdout.strip() == "[]"


def test_import_linter_contract_holds() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(linter), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Only carrousel.ui may import Qt KEPT" in out.stdout
