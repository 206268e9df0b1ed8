"""The extractor's word knowledge, loaded from `resources/lexicon/*.json` and checked on load.

Keeping cues, role nouns and name stop-words as data lets a domain expert extend them without touching
code; validating them on load turns a typo in a pattern into one clear message instead of a wrong result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from carrousel.datafile import read_json_object
from carrousel.model import Kind, Reason, Role
from carrousel.paths import resource_path

PERSON_SLOTS = {"before", "after", "near", "same"}
CLUB_SLOTS = {"before", "after", "near", "list", "origin"}
IMPLIED_CLUB_SLOTS = {"same", "origin", "after"}  # the cue's club, where the person came from, the club after the cue


class LexiconError(ValueError):
    """A lexicon file is missing, malformed or holds an invalid entry."""


@dataclass(frozen=True)
class Implied:
    """A second event a cue implies for another person ("verving hem": he left)."""

    kind: Kind
    reason: Reason | None
    person: str
    club: str


@dataclass(frozen=True)
class Cue:
    id: str
    kind: Kind
    regex: re.Pattern[str]
    person: str
    club: str
    reason: Reason | None = None
    role: Role | None = None
    present: bool = False
    also: Implied | None = None
    needs_other_event: bool = False
    background: bool = False  # names someone's past: its clubs are not the context or his club now


@dataclass(frozen=True)
class Lexicon:
    cues: tuple[Cue, ...]
    role_words: tuple[tuple[str, Role], ...]  # longest first
    role_regex: re.Pattern[str]  # a role noun, compounds included: "trainer", "assistent-trainer", "union-verdediger"
    role_heads: re.Pattern[str]  # the same nouns without a compound's first part, for `role_nouns`
    other_role: re.Pattern[str]
    interim: re.Pattern[str]
    negators: re.Pattern[str]
    hypothetical: re.Pattern[str]
    rumour_markers: re.Pattern[str]
    context_club: re.Pattern[str]
    particles: frozenset[str]
    not_a_name: frozenset[str]
    media: re.Pattern[str]
    descriptions: re.Pattern[str]
    unknown_club: re.Pattern[str]  # "het Italiaanse Genoa": a name after a country adjective is a club
    country_adjectives: frozenset[str]  # the words without which `unknown_club` cannot match
    searching: re.Pattern[str]  # "op zoek naar een nieuwe trainer": nobody has been appointed
    opponent: re.Pattern[str]  # "tegen Club Brugge": a match opponent, never a career club
    club_nouns: frozenset[str]  # "de club uit Rotterdam": a noun standing for a club, not a move from somewhere
    replaced: re.Pattern[str]  # "opvolger voor (de ontslagen) ": ends right before the person being replaced
    _role_cache: dict[str, Role | None] = field(default_factory=dict, compare=False, repr=False)

    def role_of(self, word: str) -> Role | None:
        """The role a noun names, compounds included ("Union-verdediger", "topspits", "ex-bondscoach")."""
        word = word.lower()
        if word not in self._role_cache:
            self._role_cache[word] = next(
                (role for w, role in self.role_words
                 if word == w or word.endswith("-" + w) or (len(w) > 4 and word.endswith(w))), None)
        return self._role_cache[word]

    def role_nouns(self, lower: str) -> list[tuple[int, int]]:
        """Where `role_regex` matches in lower-cased text, as (start, end), found several times faster.

        `role_regex` begins with an optional compound part (`(?:\\w+-)?`), so the regex engine tries it at
        every position. `role_heads` finds the nouns themselves by their first letters; a compound part
        before one ("union-" in "union-verdediger") is added here, and a word that starts a compound
        ("trainer" in "trainer-coach") reaches over the compound, as `role_regex` would."""
        out = []
        pos, size = 0, len(lower)
        while (m := self.role_heads.search(lower, pos)) is not None:
            start, end = m.start(), m.end()
            if start - 2 >= pos and lower[start - 1] == "-" and _is_word(lower[start - 2]):
                start -= 1
                while start > 0 and _is_word(lower[start - 1]):
                    start -= 1
            else:
                hyphen = start
                while hyphen < size and _is_word(lower[hyphen]):
                    hyphen += 1
                compound = self.role_heads.match(lower, hyphen + 1) if hyphen < size and lower[hyphen] == "-" else None
                if compound is not None and hyphen > start:
                    end = compound.end()
            out.append((start, end))
            pos = end
        return out


def _is_word(ch: str) -> bool:
    """What the regex engine's `\\w` matches."""
    return ch.isalnum() or ch == "_"


def _read(path: Path) -> dict[str, Any]:
    return read_json_object(path, LexiconError)


def _strings(path: Path, data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{path}: '{key}' must be a list of non-empty strings")
    return value


def _compile(path: Path, where: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise LexiconError(f"{path}: {where}: invalid pattern {pattern!r} ({exc})") from None


_AFTER_WORD_START = r"(?<!\w.)"  # after a match's first character: no word character before that one


def _compile_lower(path: Path, where: str, pattern: str) -> re.Pattern[str]:
    """A pattern matched on lower-cased text: written in lower case and compiled case-sensitively, which
    the regex engine runs several times faster than the same pattern with re.IGNORECASE."""
    upper = [ch for ch in re.sub(r"\\.|\(\?P<\w+>", "", pattern) if ch.isupper()]
    if upper:
        raise LexiconError(f"{path}: {where}: patterns are matched on lower-cased text, so {pattern!r} must be "
                           f"written in lower case (it has {''.join(upper)!r})")
    return _compile(path, where, pattern)


def _alternation(words: list[str], escape: bool = True) -> str:
    """One group matching any of `words`, longest first. Plain words become a character trie ("ab|ac" as
    "a(?:b|c)"), so the regex engine rejects a position on its first letter instead of trying every word;
    regex fragments (`escape=False`) stay a plain alternation."""
    if escape:
        return "(?:" + _trie(sorted(set(words))) + ")"
    parts = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


def _trie(words: list[str], after_first: str = "") -> str:
    """The words (sorted, distinct, non-empty) as a trie; a word that is a prefix of others makes the rest of
    them an optional, greedy continuation, so the longest word still wins. `after_first` goes right after
    the first character of each word (see `_at_word_start`)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in groups.items():
        longer = [r for r in rests if r]
        tail = _trie(longer) if longer else ""
        if tail and ("" in rests or "|" in _top_level(tail)):
            tail = f"(?:{tail})" + ("?" if "" in rests else "")
        branches.append(re.escape(first) + after_first + tail)
    return "|".join(branches)


def _at_word_start(words: list[str], fragments: Sequence[str] = ()) -> str:
    """One group matching any of `words` or regex `fragments` where no word character stands before them.

    Written as `\\b(?:...)` the regex engine would try the pattern at every position of the text. Here every
    branch begins with its first character and checks the boundary right after it (`(?<!\\w.)`), so the
    engine skips in C to the positions holding one of those characters. A fragment that does not begin with a
    plain letter or digit keeps a leading `\\b`: correct, only slower."""
    branches = [_trie(sorted(set(words)), _AFTER_WORD_START)] if words else []
    for fragment in sorted(fragments, key=len, reverse=True):
        plain_first = re.match(r"[a-z0-9à-ÿ](?![?*+{])", fragment) and "|" not in _top_level(fragment)
        branches.append(fragment[0] + _AFTER_WORD_START + fragment[1:] if plain_first else rf"\b(?:{fragment})")
    return "(?:" + "|".join(branches) + ")"


def _top_level(pattern: str) -> str:
    """`pattern` without its parenthesised parts, to see whether it is an alternation at the top."""
    depth, out, escaped = 0, [], False
    for ch in pattern:
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _enum(path: Path, where: str, enum: type, value: Any) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise LexiconError(f"{path}: {where}: {value!r} is not one of {allowed}") from None


def _cue(path: Path, raw: Any, index: int) -> Cue:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise LexiconError(f"{path}: cue #{index} needs an 'id'")
    where = f"cue '{raw['id']}'"
    for key in ("kind", "pattern", "person", "club"):
        if not isinstance(raw.get(key), str):
            raise LexiconError(f"{path}: {where}: missing '{key}'")
    if raw["person"] not in PERSON_SLOTS or raw["club"] not in CLUB_SLOTS:
        raise LexiconError(f"{path}: {where}: person must be one of {sorted(PERSON_SLOTS)}, club one of {sorted(CLUB_SLOTS)}")
    also = None
    if "also" in raw:
        a = raw["also"]
        if not isinstance(a, dict) or a.get("person") not in PERSON_SLOTS or a.get("club", "same") not in IMPLIED_CLUB_SLOTS:
            raise LexiconError(f"{path}: {where}: 'also' needs a kind, a person slot and a club slot of {sorted(IMPLIED_CLUB_SLOTS)}")
        also = Implied(
            kind=_enum(path, where, Kind, a.get("kind")),
            reason=_enum(path, where, Reason, a["reason"]) if "reason" in a else None,
            person=a["person"],
            club=a.get("club", "same"),
        )
    return Cue(
        id=raw["id"],
        kind=_enum(path, where, Kind, raw["kind"]),
        regex=_compile_lower(path, where, raw["pattern"]),
        person=raw["person"],
        club=raw["club"],
        reason=_enum(path, where, Reason, raw["reason"]) if "reason" in raw else None,
        role=_enum(path, where, Role, raw["role"]) if "role" in raw else None,
        present=bool(raw.get("present", False)),
        also=also,
        needs_other_event=bool(raw.get("needs_other_event", False)),
        background=bool(raw.get("background", False)),
    )


def load_lexicon(folder: Path | None = None) -> Lexicon:
    folder = folder or resource_path("lexicon")
    cues_path, roles_path, people_path = folder / "cues.json", folder / "roles.json", folder / "people.json"
    cues_data, roles_data, people_data = _read(cues_path), _read(roles_path), _read(people_path)

    raw_cues = cues_data.get("cues")
    if not isinstance(raw_cues, list) or not raw_cues:
        raise LexiconError(f"{cues_path}: 'cues' must be a non-empty list")
    cues = tuple(_cue(cues_path, c, i) for i, c in enumerate(raw_cues))
    ids = [c.id for c in cues]
    if len(ids) != len(set(ids)):
        raise LexiconError(f"{cues_path}: duplicate cue ids {sorted({i for i in ids if ids.count(i) > 1})}")

    roles = roles_data.get("roles")
    if not isinstance(roles, dict):
        raise LexiconError(f"{roles_path}: 'roles' must map a role to its words")
    role_words: list[tuple[str, Role]] = []
    for role_name, words in roles.items():
        role = _enum(roles_path, "roles", Role, role_name)
        role_words += [(w.lower(), role) for w in _strings(roles_path, roles, role_name)]
    role_words.sort(key=lambda wr: len(wr[0]), reverse=True)

    return Lexicon(
        cues=cues,
        role_words=tuple(role_words),
        role_regex=_compile_lower(roles_path, "roles", r"(?<![\w])(?:[\w]+-)?" + _alternation([w for w, _ in role_words]) + r"(?![\w])"),
        role_heads=_compile_lower(roles_path, "roles", _at_word_start([w for w, _ in role_words]) + r"(?![\w])"),
        other_role=_compile_lower(roles_path, "other", r"\b" + _alternation(_strings(roles_path, roles_data, "other")) + r"\b"),
        interim=_compile_lower(roles_path, "interim_markers",
                               r"\b" + _alternation(_strings(roles_path, roles_data, "interim_markers"), escape=False) + r"\b"),
        negators=_compile_lower(cues_path, "negators", r"\b" + _alternation(_strings(cues_path, cues_data, "negators"), escape=False) + r"\b"),
        hypothetical=_compile_lower(cues_path, "hypothetical", _alternation(_strings(cues_path, cues_data, "hypothetical"), escape=False)),
        rumour_markers=_compile_lower(cues_path, "rumour_markers", r"\b" + _alternation(_strings(cues_path, cues_data, "rumour_markers"), escape=False)),
        context_club=_compile_lower(cues_path, "context_club",
                                    r"\b" + _alternation(_strings(cues_path, cues_data, "context_club"), escape=False) + r"\b"),
        particles=frozenset(w.lower() for w in _strings(people_path, people_data, "particles")),
        not_a_name=frozenset(_strings(people_path, people_data, "not_a_name")),
        media=_compile(people_path, "media", _at_word_start(_strings(people_path, people_data, "media")) + r"(?!\w)"),
        descriptions=_compile_lower(
            people_path,
            "descriptions",
            _at_word_start(_strings(people_path, people_data, "descriptions"),
                           [people_data[k] for k in ("role_description", "age_description") if k in people_data]) + r"\b",
        ),
        searching=_compile_lower(cues_path, "searching", r"\b" + _alternation(_strings(cues_path, cues_data, "searching")) + r"\b"),
        opponent=_compile_lower(cues_path, "opponents", r"\b" + _alternation(_strings(cues_path, cues_data, "opponents"), escape=False)
                          + r"\s+(?:het\s+|de\s+)?$"),
        club_nouns=frozenset(w.lower() for w in _strings(cues_path, cues_data, "club_nouns")),
        replaced=_compile_lower(cues_path, "successor_nouns", r"\b" + _alternation(_strings(cues_path, cues_data, "successor_nouns"))
                                + r"\s+(?:van|voor)\s+(?:de\s+|het\s+)?(?:[\w-]+\s+)?$"),
        country_adjectives=frozenset(_strings(cues_path, cues_data, "country_adjectives")),
        unknown_club=_compile(
            cues_path,
            "country_adjectives",
            r"\b(?:het|de|bij|naar|van|uit)\s+" + _alternation(_strings(cues_path, cues_data, "country_adjectives"))
            + r"\s+((?:[A-ZÀ-Ý][\w'’.-]*)(?:\s+[A-ZÀ-Ý0-9][\w'’.-]*){0,2})",
        ),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
