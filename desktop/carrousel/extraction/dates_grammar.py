"""The regular grammar of Dutch time phrases, compiled once from the lexicon.

Each rule is one regex: an optional preposition ("sinds", "tot en met"), an optional modifier ("begin",
"aan het einde van") and a base phrase with named groups. `dates.py` keeps the longest non-overlapping
matches, so "in de zomer van 2020" wins over "2020", and "enkele maanden later" over "enkele maanden".

The rules are written in lower case and run case-sensitively on the lowered text (see `forms`), and each is
tried only at a few word starts instead of at every position: a match always holds one of its rule's anchor
words, with nothing but lead words (prepositions, modifiers, numbers, articles) before that word, so it can
only start among the lead words just before an anchor.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from carrousel.extraction.dates_lexicon import DateLexicon

YEAR = r"(?:19|20)\d\d"
_START = r"(?<![\w\-/])(?<!\d[.,])"
_END = r"(?![\w\-/]|[.,]\d)"
_SEP = r"\s*[-/–]\s*['’]?"


Trie = dict[str, "Trie"]


def alt(words: Iterable[str]) -> str:
    """An alternation that tries longer phrases first and lets any whitespace separate words.

    It is written as a trie ("tot(?:\\s+(?:en\\s+met|in))?"), so the regex engine reads each character once
    rather than once per phrase; where one phrase extends another, the longer one is still tried first.
    """
    trie: Trie = {}
    for phrase in set(words):
        node = trie
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return f"(?:{_trie_pattern(trie)})"


def _trie_pattern(node: Trie) -> str:
    """The regex below one trie node; made optional where a phrase may also end at the node."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child) for char, child in node.items() if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


YEAR_WORD = "<year>"  # stands for the years of a sentence among its words; see Rule
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"\W")
_ASCII_NON_WORDS = bytes(c for c in range(128) if _NON_WORD.match(chr(c)))
_ASCII_SPACED = bytes.maketrans(_ASCII_NON_WORDS, b" " * len(_ASCII_NON_WORDS))
_YEAR = re.compile(rf"{YEAR}(?!\d)")  # led by a digit, so re scans for it in C; callers look at what precedes


def _has_year(spaced: str) -> bool:
    """Whether a year stands in the text, not glued to a digit before it."""
    m = _YEAR.search(spaced)
    while m and spaced[m.start() - 1:m.start()].isdecimal():
        m = _YEAR.search(spaced, m.start() + 1)
    return m is not None


def _year_word_starts(spaced: str) -> list[int]:
    """Where the words that start with a year begin ("2018", "2018-19" is "2018 19" when spaced)."""
    return [m.start() for m in _YEAR.finditer(spaced) if spaced[m.start() - 1:m.start()] in ("", " ")]

# Letters that re.IGNORECASE lets match an ASCII letter although their lower case is not that letter.
_LOOKALIKES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def forms(text: str, lower: str | None = None) -> tuple[str, str]:
    """The text as the rules read it and as its words are split, both at the text's own offsets.

    Lowered, so that a case-sensitive match finds what re.IGNORECASE would (İ, whose lower case is two
    characters long, becomes i first); spaced, every character that is no word character a space, so that
    str.split() gives the words \\w+ would find, and much faster. `lower`, the text already lowered character
    for character, saves lowering it again when it is ASCII (then it is what the rules read).
    """
    if lower is not None and lower.isascii() and len(lower) == len(text):
        return lower, lower.encode().translate(_ASCII_SPACED).decode()
    if text.isascii():
        lowered = text.lower()
        return lowered, lowered.encode().translate(_ASCII_SPACED).decode()
    lowered = text.translate(_LOOKALIKES).lower()
    return lowered, _NON_WORD.sub(" ", lowered)


def fold(phrase: str) -> str:
    """The lexicon key of a phrase matched in lowered text: its words with single spaces between them."""
    return phrase if phrase.isalpha() else " ".join(phrase.split())  # most are one word: no new string


_FUNCTION_WORDS = frozenset("van de het een in op en dat die af tot aan met voor bij naar".split())


def _key(phrase: str) -> str:
    """The longest uncommon word of a phrase: a sentence holding the phrase holds this word, and a
    function word ("van" in "van dan af") would send a third of all sentences through every rule."""
    return max(_WORD.findall(phrase), key=lambda w: (w not in _FUNCTION_WORDS, len(w)))


def _keys(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(_key(p) for p in phrases)


def _words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(w for p in phrases for w in _WORD.findall(p))


@dataclass(frozen=True)
class Rule:
    """One regex and the words that locate its matches.

    Every match holds a word of `anchors` (YEAR_WORD: a word that starts with a year, "2018" or "2018-19")
    with only lead words before it inside the match, and the sentence holds a word of `needs` (YEAR_WORD: a
    year anywhere) unless that is empty.
    """

    name: str
    pattern: re.Pattern[str]
    anchors: frozenset[str]
    needs: frozenset[str]


class Grammar:
    """The compiled rules, the words that anchor them and the words that may lead up to an anchor."""

    def __init__(self, lex: DateLexicon) -> None:
        months = alt(lex.months)
        weekdays = alt(lex.weekdays)
        day_parts = alt(lex.day_parts)
        seasons = alt(lex.seasons)
        football = alt(lex.football_season_words)
        units = alt(lex.units)
        qualifiers = alt(lex.qualifiers)
        periods = alt([*lex.calendar_periods, *lex.seasons, *lex.football_season_words])
        quantity = (
            rf"(?:(?P<approx>{alt(lex.approximators)})\s+)?"
            rf"(?P<num>\d{{1,3}}(?:[.,]\d)?|{alt(lex.numbers)})"
        )
        prep = rf"(?:(?P<prep>{alt(lex.prepositions)})\s+)?"
        mod = rf"(?P<mod>{alt(lex.modifiers)})\s+"
        part = r"(?:(?:(?P<d{0}>\d{{1,2}})\s+)?(?P<m{0}>{1})(?:\s+(?P<y{0}>{2}))?|(?P<yy{0}>{2}))"
        bases = {
            "date": (
                rf"(?:(?P<wd>{weekdays}){day_parts}?,?\s+)?(?P<day>\d{{1,2}})(?:ste|de|e)?\s+(?P<month>{months})"
                rf"(?:\s+(?P<year>{YEAR}))?",
                prep,
            ),
            "numeric_date": (rf"(?P<day>\d{{1,2}})[-/.](?P<mon>\d{{1,2}})[-/.](?P<year>{YEAR})", prep),
            "month": (rf"(?P<month>{months})(?:\s+(?P<year>{YEAR}))?", prep + f"(?:{mod})?"),
            "season": (
                rf"(?:de\s+|het\s+)?(?P<season>{seasons})"
                rf"(?:\s+(?:van\s+)?(?P<year>{YEAR})(?:{_SEP}(?P<year2>\d\d\d\d|\d\d))?)?",
                prep + f"(?:{mod})?",
            ),
            "football_season": (
                rf"(?:(?:het\s+)?{football}\s+)?(?P<y1>{YEAR}){_SEP}(?P<y2>\d\d\d\d|\d\d)",
                prep + f"(?:{mod})?",
            ),
            "year": (rf"(?:(?P<hetjaar>(?:het\s+)?jaar)\s+)?(?P<year>{YEAR})", prep + f"(?:{mod})?"),
            "decade": (
                rf"(?:de\s+)?{alt([lex.decade_word])}\s+"
                rf"(?:['’]?(?P<dd>\d0)|(?P<dfull>{YEAR})|(?P<dw>{alt(lex.tens)}))",
                prep + f"(?:{mod})?",
            ),
            "relative": (
                rf"(?:(?P<art>het|de)\s+)?(?P<qual>{qualifiers})\s+(?P<period>{periods})",
                prep + f"(?:{mod})?",
            ),
            "current": (rf"(?:het|de)\s+(?P<period>{football}|{alt(lex.calendar_periods)})", prep + mod),
            "deictic": (rf"(?P<deictic>{alt(lex.deictic_days)})", prep),
            "weekday": (rf"(?:(?P<qual>{qualifiers})\s+)?(?P<wd>{weekdays}){day_parts}?", prep),
            "ago": (rf"{quantity}\s+(?P<unit>{units})\s+(?:{alt(lex.ago)})", prep),
            "ahead": (rf"(?:{alt(lex.ahead)})\s+{quantity}\s+(?P<unit>{units})", ""),
            "later": (rf"{quantity}\s+(?P<unit>{units})\s+(?P<dir>{alt([*lex.later, *lex.earlier])})", ""),
            "previous": (rf"(?P<prev>{alt(lex.previous)})", ""),
            "duration": (
                rf"(?:(?P<now>{alt(lex.duration_up_to_now)})\s+)?{quantity}\s+(?P<unit>{units})"
                rf"(?:\s+(?P<long>{alt(lex.duration_after)}))?(?!\s+{alt(lex.not_duration_after)}{_END})",
                "",
            ),
            "range": (
                rf"(?P<open>{alt(lex.range_open)})\s+{part.format('a', months, YEAR)}"
                rf"\s*(?P<join>{alt(lex.range_join)})\s*{part.format('b', months, YEAR)}",
                "",
            ),
        }
        weekday_words = frozenset(f"{day}{part}" for day in lex.weekdays for part in ("", *lex.day_parts))
        months_ = frozenset(lex.months)
        units_ = frozenset(lex.units)
        periods_ = _keys([*lex.calendar_periods, *lex.seasons, *lex.football_season_words])
        year, none = frozenset([YEAR_WORD]), frozenset[str]()
        # rule -> (anchors, needs); a range is anchored on its opening word, as its months may be glued to "tot"
        words: dict[str, tuple[frozenset[str], frozenset[str]]] = {
            "date": (months_, none),
            "numeric_date": (year, none),
            "month": (months_, none),
            "season": (frozenset(lex.seasons), none),
            "football_season": (year, none),
            "year": (year, none),
            "decade": (frozenset([lex.decade_word]), none),
            "relative": (periods_, frozenset(lex.qualifiers)),
            "current": (periods_, _keys(lex.modifiers)),
            "deictic": (_keys(lex.deictic_days), none),
            "weekday": (weekday_words, none),
            "ago": (units_, _keys(lex.ago)),
            "ahead": (units_, _keys(lex.ahead)),
            "later": (units_, _keys([*lex.later, *lex.earlier])),
            "previous": (_keys(lex.previous), none),
            "duration": (units_, none),
            "range": (_keys(lex.range_open), months_ | year),
        }
        self.rules = [
            Rule(name, re.compile(_START + prefix + f"(?:{base})" + _END), *words[name])
            for name, (base, prefix) in bases.items()
        ]
        self.anchors = frozenset().union(*(rule.anchors for rule in self.rules))
        self.vocabulary = self.anchors.union(*(rule.needs for rule in self.rules))  # the words a sentence is read for
        self.plan = lru_cache(maxsize=4096)(self._plan)
        # every word that can come before an anchor inside a match, besides numbers ("1ste", "3,5")
        self.lead = _words([
            *lex.prepositions, *lex.modifiers, *lex.qualifiers, *lex.numbers, *lex.approximators, *lex.ahead,
            *lex.duration_up_to_now, *lex.previous, *lex.deictic_days, *weekday_words, *lex.football_season_words,
            "het", "de", "jaar",  # spelled out in the bases above
        ])

    def candidates(self, text: str, lower: str | None = None) -> list[tuple[str, re.Match[str]]]:
        """Every match of every rule that can apply to a sentence's lowered form, rule by rule, in text order.

        `lower` is the sentence already lowered character for character, if the caller has it (see `forms`).
        """
        lowered, spaced = forms(text, lower)
        words = spaced.split()
        if ("19" in spaced or "20" in spaced) and _has_year(spaced):  # most sentences: no search at all
            words.append(YEAR_WORD)  # after the real words, so it never stands before one of them
        present = self.vocabulary.intersection(words)
        if not present:
            return []
        starts: dict[str, list[int]] = {}  # anchor -> where matches holding it can begin, found once needed
        found = []
        for rule, anchors in self.plan(present):
            for anchor in anchors:
                if anchor not in starts:
                    starts[anchor] = self._starts(anchor, spaced, words)
            end = 0  # as finditer does: the next match starts where the last one ended
            for at in starts[anchors[0]] if len(anchors) == 1 else sorted(set().union(*map(starts.get, anchors))):
                if at >= end and (m := rule.pattern.match(lowered, at)):
                    end = m.end()
                    found.append((rule.name, m))
        return found

    def _plan(self, present: frozenset[str]) -> tuple[tuple[Rule, tuple[str, ...]], ...]:
        """The rules to try on a sentence that holds the `present` words of the vocabulary, in grammar order,
        each with its anchors among them; cached in `plan`, as few combinations of such words occur."""
        return tuple(
            (rule, tuple(rule.anchors & present)) for rule in self.rules
            if not rule.anchors.isdisjoint(present) and not (rule.needs and rule.needs.isdisjoint(present))
        )

    def _starts(self, anchor: str, spaced: str, words: list[str]) -> list[int]:
        """The word starts where a match holding `anchor` can begin, in text order: those of its occurrences
        and of the unbroken runs of lead words just before them."""
        if anchor == YEAR_WORD:
            found = [(len(spaced[:at].split()), at) for at in _year_word_starts(spaced)]
        else:
            padded, key = f" {spaced} ", f" {anchor} "  # where " word " starts in `padded`, word starts in `spaced`
            found, k, at = [], -1, padded.find(key)
            while at >= 0:
                k = words.index(anchor, k + 1)
                found.append((k, at))
                at = padded.find(key, at + 1)
        lead = self.lead
        starts = []
        for k, at in found:
            starts.append(at)
            while k and ((word := words[k - 1]) in lead or word[0].isdigit()):
                k -= 1
                at = spaced.rfind(word, 0, at)
                starts.append(at)
        return starts[::-1] if len(found) == 1 else sorted(set(starts))
