"""Cheap pre-checks for regular expressions: the whole words without which a pattern cannot match.

Running every cue pattern over every clause costs most of the extraction time, yet a clause rarely holds more
than one or two cues. Reading a pattern with Python's own regex parser gives the literal words every match
must contain ("neemt|nam" and "over" for "(?:neemt|nam)\\s+...over\\b"); a set look-up of the clause's words
then rules a pattern out before the regex engine runs. Only words the pattern bounds on both sides count
(a `\\b`, a space or a space class), so "beland" in "\\bbeland" is no anchor: it also matches "belandde".
"""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Iterable

from carrousel.extraction.lexicon import Cue

WORD = re.compile(r"\w+")
_BOUNDARY = "\x00"  # stands for \b inside a literal run: a word may end or start there
_PREFIX = 3  # a word prefix shorter than this is no anchor
_MAX_ALTERNATIVES = 256  # literal runs multiply through alternations; beyond this a run is not expanded
# Words in most Dutch sentences: a poor key for deciding which patterns to try.
_LEAD, _TRAIL = re.compile(r"^(?:\\b|\^)*"), re.compile(r"(?:\\b|\$)*")  # anchors around an alternation
_FUNCTION_WORDS = frozenset("de het een en van in op bij naar is was zijn aan voor met uit te die dat er hij als om "
                            "over ook nog al dan maar of tot werd wordt heeft had".split())
_NON_WORD_CATEGORIES = {C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_NOT_DIGIT}

Groups = list[frozenset[str]]  # every group must share a word with the text


def required_words(pattern: str, flags: int = 0) -> list[Groups]:
    """For each top-level alternative of a pattern, groups of words with one word of each group in every
    match of that alternative; an alternative with nothing to read off has no groups ([])."""
    try:
        items = list(P.parse(pattern, flags))
    except re.error:
        return [[]]
    return [_sequence(alternative, left=False) for alternative in _top_alternatives(items)]


def _top_alternatives(items: list) -> list[list]:
    """"\\b(?:a|b)\\b" as the sequences "\\b a \\b" and "\\b b \\b", so that each is checked on its own."""
    core = [i for i, (op, _av) in enumerate(items) if op is not C.AT]
    if len(core) != 1:
        return [items]
    op, av = items[core[0]]
    if op is C.SUBPATTERN and len(av[-1]) == 1:
        op, av = list(av[-1])[0]
    if op is not C.BRANCH:
        return [items]
    before, after = items[:core[0]], items[core[0] + 1:]
    return [before + list(branch) + after for branch in av[1]]


def _literal_alternatives(items: list) -> list[str] | None:
    """The strings a purely literal sequence can spell (\\b kept as a marker), or None."""
    out = [""]
    for op, av in items:
        if op is C.LITERAL:
            out = [s + chr(av) for s in out]
        elif op is C.AT and av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            out = [s + _BOUNDARY for s in out]
        elif op is C.SUBPATTERN:
            inner = _literal_alternatives(list(av[-1]))
            if inner is None:
                return None
            out = [s + t for s in out for t in inner]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and (av[0], av[1]) == (0, 1):  # "e?", "(?:rwijs)?"
            inner = _literal_alternatives(list(av[2]))
            if inner is None:
                return None
            out = [s + t for s in out for t in ["", *inner]]
        elif op is C.BRANCH:
            options: list[str] = []
            for branch in av[1]:
                inner = _literal_alternatives(list(branch))
                if inner is None:
                    return None
                options += inner
            out = [s + t for s in out for t in options]
        else:
            return None
        if len(out) > _MAX_ALTERNATIVES:
            return None
    return out


def _separates(op, av) -> bool:
    """Whether an item always consumes at least one character that is not a word character."""
    if op is C.IN:
        return all(o is C.CATEGORY and a in _NON_WORD_CATEGORIES or o is C.LITERAL and not chr(a).isalnum() and chr(a) != "_"
                   for o, a in av)
    if op is C.LITERAL:
        return not (chr(av).isalnum() or chr(av) == "_")
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, _high, inner = av
        inner = list(inner)
        return low >= 1 and len(inner) == 1 and _separates(*inner[0])
    return False


def _anchor_group(run: list[str], left: bool, right: bool) -> frozenset[str] | None:
    """One anchor per spelling of a literal run, or None if some spelling has none.

    An anchor is the spelling's longest whole word that is not a function word, or its last word as a prefix
    when the run may go on into more letters ("aangesteld*" for a pattern that also matches "aangestelde"),
    written with a trailing `*`.
    """
    group = set()
    for spelling in run:
        pieces = re.split(r"(\W)", spelling)
        last = len(pieces) - 1
        options = [p for i, p in enumerate(pieces) if p and WORD.fullmatch(p) and (i > 0 or left) and (i < last or right)]
        if (last > 0 or left) and len(pieces[last]) >= _PREFIX and WORD.fullmatch(pieces[last]) and not right:
            options.append(pieces[last] + "*")
        if not options:
            return None
        group.add(max(options, key=lambda a: (a.rstrip("*") not in _FUNCTION_WORDS, len(a.rstrip("*")))))
    return frozenset(group)


def _sequence(items: list, left: bool) -> Groups:
    groups: Groups = []
    run: list[str] = [""]
    run_left = left

    def flush(right: bool) -> None:
        nonlocal run
        if run != [""]:
            group = _anchor_group(run, run_left, right)
            if group:
                groups.append(group)
        run = [""]

    for op, av in items:
        literal = _literal_alternatives([(op, av)])
        if literal is not None and len(run) * len(literal) <= _MAX_ALTERNATIVES:
            if run == [""]:
                run_left = left
            run = [s + t for s in run for t in literal]
            continue
        if _not_next_to_a_word(op, av):  # (?<!\w) and (?!\w) bound a word like \b
            run = [s + _BOUNDARY for s in run]
            if run == [_BOUNDARY]:
                run, left = [""], True
            continue
        if op in (C.ASSERT, C.ASSERT_NOT) or (op is C.AT and av is C.AT_NON_BOUNDARY):
            continue  # zero-width: the text around it is unchanged
        separates = _separates(op, av)
        inner_left = _ends_bounded(run) if run != [""] else left
        flush(right=separates)
        if op in (C.SUBPATTERN, C.BRANCH):
            groups += _branch_groups(op, av, inner_left)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and not separates:
            groups += _sequence(list(av[2]), left=False)
        left = separates or (inner_left and _optional_ends_bounded(op, av))
        run_left = left
    flush(right=False)
    return groups


def _not_next_to_a_word(op, av) -> bool:
    """`(?<![\\w])` or `(?![\\w])`: no word character on that side."""
    if op is not C.ASSERT_NOT:
        return False
    items = list(av[1])
    return len(items) == 1 and items[0][0] is C.IN and list(items[0][1]) == [(C.CATEGORY, C.CATEGORY_WORD)]


def _ends_bounded(spellings: list[str]) -> bool:
    return all(s[-1:] and not (s[-1].isalnum() or s[-1] == "_") for s in spellings)


def _optional_ends_bounded(op, av) -> bool:
    """"(?:de |het )?" or "(?:\\S+\\s+){0,3}": whether present or not, what follows starts where the text before
    left off or after a space, so a word that was bounded before stays bounded."""
    if op not in (C.MAX_REPEAT, C.MIN_REPEAT) or av[0] != 0 or not av[2]:
        return False
    inner = list(av[2])
    spellings = _literal_alternatives(inner)
    return _separates(*inner[-1]) or (spellings is not None and _ends_bounded(spellings))


def _branch_groups(op, av, left: bool) -> Groups:
    """A group or alternation that is not purely literal: its own requirements, or for an alternation one
    group joining each branch's most selective group (each branch needs its own, so one of them occurs)."""
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]), left)
    joined: set[str] = set()
    for branch in av[1]:
        groups = _sequence(list(branch), left)
        if not groups:
            return []
        joined |= _most_selective(groups)
    return [frozenset(joined)]


def _most_selective(groups: Groups) -> frozenset[str]:
    """The group least likely to occur by chance: fewest function words, then the longest shortest word."""
    return max(groups, key=lambda g: (-len(g & _FUNCTION_WORDS), min(len(a.rstrip("*")) for a in g), -len(g)))


class Vocabulary:
    """The anchors of all pre-checked patterns, so that a text's words are read once for all of them.

    `hits(text)` is the text's words plus every prefix anchor ("aangesteld*") one of them starts with; a
    pattern is possible when each of its groups meets the hits.
    """

    def __init__(self) -> None:
        self._prefixes: dict[str, set[str]] = {}  # first letters -> prefix anchors
        # A lexical cache: every word seen so far, and the prefix anchors of those that start with one.
        self._seen: set[str] = set()
        self._extra: dict[str, tuple[str, ...]] = {}
        self._with_extra: set[str] = set()

    def learn(self, alternatives: list[Groups]) -> None:
        for anchor in (a for groups in alternatives for g in groups for a in g if a.endswith("*")):
            self._prefixes.setdefault(anchor[:_PREFIX], set()).add(anchor)

    def hits(self, lower: str) -> frozenset[str]:
        found = set(lower.translate(_WORDS_APART).split())  # WORD.findall(lower), without the regex engine
        if not self._seen.issuperset(found):
            self._meet(found - self._seen)
        if not self._with_extra.isdisjoint(found):
            for word in found & self._with_extra:
                found.update(self._extra[word])
        return frozenset(found)

    def _meet(self, words: set[str]) -> None:
        """Note the prefix anchors of words not seen before."""
        for word in words:
            self._seen.add(word)
            extra = tuple(a for a in self._prefixes.get(word[:_PREFIX], ()) if word.startswith(a[:-1]))
            if extra:
                self._extra[word] = extra
                self._with_extra.add(word)


class _NonWordToSpace(dict[int, str]):
    """A `str.translate` table that turns every character `\\w` does not match into a blank: splitting the
    result at blanks gives the same words as `WORD.findall`. Characters are classified when first met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = ch if ch.isalnum() or ch == "_" else " "  # the regex engine's \w (Unicode)
        return self[code]


_WORDS_APART = _NonWordToSpace()


class WordIndex:
    """Which of many patterns can match a text, from its hits (see `Vocabulary`).

    Each alternative of a pattern is keyed by its most selective group; its other groups are checked only
    when the key occurs. A pattern with an alternative that has no anchors is always a candidate.
    """

    def __init__(self, patterns: Iterable[tuple[str, re.Pattern[str]]], vocabulary: Vocabulary) -> None:
        self.always: set[str] = set()
        self._sure: dict[str, set[str]] = {}  # anchor -> patterns that need nothing else
        self._index: dict[str, list[tuple[str, Groups]]] = {}  # anchor -> patterns with more groups to meet
        for name, regex in patterns:
            alternatives = required_words(regex.pattern, regex.flags)
            if not all(alternatives):
                self.always.add(name)
                continue
            vocabulary.learn(alternatives)
            for groups in alternatives:
                key = _most_selective(groups)
                rest = [g for g in groups if g is not key]
                for anchor in key:
                    if rest:
                        self._index.setdefault(anchor, []).append((name, rest))
                    else:
                        self._sure.setdefault(anchor, set()).add(name)
        self._anchors = frozenset(self._index) | frozenset(self._sure)

    def candidates(self, hits: frozenset[str]) -> frozenset[str]:
        found = set(self.always)
        for anchor in self._anchors.intersection(hits):
            sure = self._sure.get(anchor)
            if sure is not None:
                found |= sure
            for name, rest in self._index.get(anchor, ()):
                if name not in found and all(not g.isdisjoint(hits) for g in rest):
                    found.add(name)
        return frozenset(found)


class AnchoredPattern:
    """A regex plus the anchors it needs, so that a text lacking them is rejected with set look-ups.

    A pattern that is one alternation ("\\b(?:a|b|c)\\b") is also kept as one regex per alternative: a text
    that has the words of only some alternatives is searched with those alone, not tried for all of them
    at every position.
    """

    def __init__(self, regex: re.Pattern[str], vocabulary: Vocabulary) -> None:
        self.regex = regex
        self._alternatives = required_words(regex.pattern, regex.flags)
        vocabulary.learn(self._alternatives)
        # One look-up that rules most texts out: every alternative needs a word of its most selective group.
        self._keys = None if not all(self._alternatives) else frozenset().union(*map(_most_selective, self._alternatives))
        sources = alternative_sources(regex.pattern)
        self._parts: dict[str, re.Pattern[str]] | None = None  # by position in the alternation, as a string
        if sources is not None and len(sources) > 1:
            self._parts = {str(i): re.compile(source, regex.flags) for i, source in enumerate(sources)}
            self._part_index = WordIndex(self._parts.items(), vocabulary)

    def possible(self, hits: frozenset[str]) -> bool:
        if self._keys is not None and self._keys.isdisjoint(hits):
            return False
        return any(all(not g.isdisjoint(hits) for g in groups) for groups in self._alternatives)

    def search(self, lower: str, hits: frozenset[str], pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The leftmost match in `lower[pos:endpos]`, as the whole pattern finds it (the match object may be
        that of the one alternative that matched)."""
        end = len(lower) if endpos is None else endpos
        if self._parts is None:
            return self.regex.search(lower, pos, end) if self.possible(hits) else None
        if self._keys is not None and self._keys.isdisjoint(hits):
            return None  # the usual case, ruled out with one look-up
        best, best_key = None, (end + 1, 0)
        for name in self._part_index.candidates(hits):
            m = self._parts[name].search(lower, pos, end)
            if m is not None and (m.start(), int(name)) < best_key:  # leftmost; at one place, the earlier alternative
                best, best_key = m, (m.start(), int(name))
        return best


def alternative_sources(pattern: str) -> list[str] | None:
    """The source of each top-level alternative of "LEAD(?:a|b|c)TRAIL", with LEAD (`\\b`, `^`) and TRAIL
    (`\\b`, `$`) kept around each: "\\b(?:a)\\b", "\\b(?:b)\\b", ...; None for a pattern of another shape."""
    match = _LEAD.match(pattern)
    lead = match.group() if match else ""
    rest = pattern[len(lead):]
    if not rest.startswith("(?:"):
        return None
    pieces, depth, start, i = [], 0, 3, 0
    while i < len(rest):
        ch = rest[i]
        if ch == "\\":
            i += 1
        elif ch == "[":  # a character class: "|" and parentheses inside it are plain characters
            i = rest.index("]", i + 2 if rest.startswith("[^", i) else i + 1)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                pieces.append(rest[start:i])
                break
        elif ch == "|" and depth == 1:
            pieces.append(rest[start:i])
            start = i + 1
        i += 1
    trail = rest[i + 1:]
    if depth != 0 or not _TRAIL.fullmatch(trail):
        return None
    return [f"{lead}(?:{piece}){trail}" for piece in pieces]


class CueTriggers:
    """The cues that can match in a clause, from the clause's hits in `vocabulary`."""

    def __init__(self, cues: Iterable[Cue], vocabulary: Vocabulary) -> None:
        self._index = WordIndex(((c.id, c.regex) for c in cues), vocabulary)

    def cues_in(self, hits: frozenset[str]) -> frozenset[str]:
        return self._index.candidates(hits)
