"""Cheap pre-checks for regular expressions: the literal text any match must start with.

Running every cue pattern over every clause costs most of the extraction time, yet a clause rarely holds
more than one or two cues. The leading literal words of a pattern's alternatives (read from Python's own
regex parser) let a plain substring test rule a pattern out before the regex engine runs.
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from carrousel.extraction.lexicon import Cue

_MIN_PREFIX = 2


def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match contains; None when no such set can be read off."""
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    prefixes = _prefixes(list(parsed))
    if prefixes is None or any(len(p) < _MIN_PREFIX for p in prefixes):
        return None
    return frozenset(p.lower() for p in prefixes)


def trie_pattern(literals: set[str] | frozenset[str]) -> str:
    """One regex alternative for many literals, factored as a character trie ("ab|ac" -> "a(?:b|c)"),
    so that the engine rejects a position on its first character instead of trying every literal."""
    trie: dict = {}
    for word in literals:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a shorter literal ends here: the longer ones are optional continuations, longest first
        return "(?:" + body + ")?"
    return body


def _prefixes(items: list) -> set[str] | None:
    """Leading literals of a sequence of parsed items (None: the sequence may start with anything)."""
    text = ""
    for i, (op, av) in enumerate(items):
        if op is C.AT:  # \b and friends match no characters
            continue
        if op is C.LITERAL:
            text += chr(av)
            continue
        if text:
            return {text}
        if op is C.SUBPATTERN:
            inner = _prefixes(list(av[-1]))
            return _joined(inner, items[i + 1:])
        if op is C.BRANCH:
            result: set[str] = set()
            for branch in av[1]:
                sub = _prefixes(list(branch))
                if sub is None:
                    return None
                result |= sub
            return _joined(result, items[i + 1:])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0:  # optional: whatever follows must still occur
            return _prefixes(items[i + 1:])
        return None
    return {text} if text else None


def _joined(prefixes: set[str] | None, rest: list) -> set[str] | None:
    if prefixes is None:
        return None
    if any(p == "" for p in prefixes):
        return _prefixes(rest)
    return prefixes


class CueTriggers:
    """Which cues can match in a clause, from one scan for the literal text every match starts with.

    The scan tries every position and takes the longest literal there; every shorter literal that is a
    prefix of it matches at that position too, so no cue that could match is ever skipped.
    """

    def __init__(self, cues: list[Cue]) -> None:
        pairs = [(p, c.id) for c in cues for p in (literal_prefixes(c.regex.pattern, re.IGNORECASE) or ())]
        self.always = frozenset(c.id for c in cues if literal_prefixes(c.regex.pattern, re.IGNORECASE) is None)
        literals = sorted({p for p, _ in pairs}, key=len, reverse=True)
        self.regex = re.compile("(?=(" + trie_pattern(set(literals)) + "))")
        self.implied = {p: frozenset(cue for q, cue in pairs if p.startswith(q)) for p in literals}

    def cues_in(self, lower: str) -> frozenset[str]:
        found = set(self.always)
        for m in self.regex.finditer(lower):
            if m.group(1):
                found |= self.implied[m.group(1)]
        return frozenset(found)
