"""A `---` block of `key: value` lines at the top of a text file, as static-site and note tools write."""
from __future__ import annotations

import re

# Only flat `key: value` lines: article metadata (date, url, title) never needs nested YAML.
_BLOCK = re.compile(r"---[ \t]*\n((?:[^\n]*\n)*?)---[ \t]*(?:\n|$)")
_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The front matter's fields (keys lower-cased, quotes removed) and where the body starts."""
    match = _BLOCK.match(text)
    if not match:
        return {}, 0
    fields: dict[str, str] = {}
    for line in match.group(1).split("\n"):
        field = _FIELD.fullmatch(line.strip())
        if field:
            value = field.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields[field.group(1).casefold()] = value
    if not fields:
        return {}, 0  # a leading `---` rule followed by prose, not metadata
    return fields, match.end()
