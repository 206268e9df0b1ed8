"""Reading Carrousel's own JSON data files (lexicons, word lists) with errors that name the file.

Each kind of data raises its own error class, so a caller knows which knowledge failed to load, but the
way a file is read and the words of the complaint are the same everywhere.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_json_object(path: Path, error: type[Exception]) -> dict[str, Any]:
    """The top-level JSON object of `path`, or `error` with a message that starts with the path."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        where = f"line {exc.lineno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise error(f"{path}: not valid JSON ({where})") from exc
    if not isinstance(data, dict):
        raise error(f"{path}: expected a JSON object at the top level")
    return data
