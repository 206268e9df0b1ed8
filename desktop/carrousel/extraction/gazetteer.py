"""Which words of a Dutch football text name a club, a national team or a league.

Articles rarely use a club's official name: they write "KVO", "de Kustploeg", "Diaz Arena" or
"Union-verdediger". The knowledge of those names lives in `resources/gazetteer/*.json`; this module
validates it when loading (a typo in the data must fail loudly, naming file and entry) and indexes every
name once as a trie over words, so that `Gazetteer.find` costs about one set look-up per word of text (the
words split off by C string methods, not a regex) and a few per name.

Matching rules, chosen for how Dutch sports journalism writes names:
- names are case-sensitive ("de club" is never Club Brugge), except the leading article of a nickname
  ("De Kustploeg" at the start of a sentence) and the forms an entry lists as `lowercase_ok`;
- accents, curly apostrophes, dash variants and abbreviation dots are ignored ("Besiktas" = "Beşiktaş",
  "K.V. Oostende" = "KV Oostende", "Paars Wit" = "Paars-Wit" = "Paarswit");
- a hyphen may end a name, so "Union-verdediger" and "Club-Gent" yield the clubs in the compound;
- the Dutch genitive ("Unions", "Genoa's", "Ajax'") still names the club;
- at each position the longest name wins ("Cercle Brugge" over "Brugge");
- phrases in a `non_clubs` file ("Gazet van Antwerpen") are consumed without a mention.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Any, Iterable

from carrousel.model import Span
from carrousel.paths import resource_path

__all__ = ["Club", "ClubMention", "Gazetteer", "GazetteerError", "load_gazetteer"]

_FILE_KINDS = {"clubs": "club", "national_teams": "national", "leagues": "league", "non_clubs": "ignore"}
_FORM_FIELDS = ("aliases", "nicknames", "stadiums", "contextual")
_VIA = {"name": "name", "aliases": "alias", "nicknames": "nickname", "stadiums": "stadium",
        "contextual": "contextual"}
_ALLOWED = {
    "club": {"id", "name", "country", "note", "lowercase_ok", *_FORM_FIELDS},
    "national": {"id", "name", "country", "note", "lowercase_ok", *_FORM_FIELDS},
    "league": {"id", "name", "country", "note", "lowercase_ok", "aliases"},
    "ignore": {"text", "why"},
}
_REQUIRED = {"club": ("id", "name", "country"), "national": ("id", "name", "country"),
             "league": ("id", "name"), "ignore": ("text", "why")}
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[A-Z]{2}(?:-[A-Z]{3})?")  # ISO 3166-1, or 3166-2 for GB-ENG, GB-SCT, ...
_ARTICLES = {"de": "De", "het": "Het", "De": "de", "Het": "het"}
_TOKEN = re.compile(r"[^\W_]+")
_ABBREVIATION = re.compile(r"[A-Z]{2,4}")
_CAPITALISED = re.compile(r"\b[A-Z](?=[a-z])")


class GazetteerError(ValueError):
    """A gazetteer file is unreadable or breaks a rule; the message names the file, entry and problem."""


@dataclass(frozen=True)
class Club:
    id: str
    name: str
    country: str
    kind: str  # "club" | "national"


@dataclass(slots=True)  # not frozen: an article creates dozens, and frozen ones cost three times as much
class ClubMention:
    """A name found in a text.

    `club` is None for a league mention, and for a contextual name that fits several clubs ("de
    Brusselaars"): `candidates` then lists every club it could be, for the caller to resolve from the
    rest of the document. A plain mention has `candidates == (club,)`, a league mention `()`.
    """

    start: int
    end: int
    text: str
    club: Club | None
    via: str  # "name" | "alias" | "nickname" | "stadium" | "contextual" | "league"
    candidates: tuple[Club, ...]


@dataclass(frozen=True)
class _Target:
    """What an index key stands for."""

    clubs: tuple[Club, ...]
    via: str
    genitive: bool  # may take a Dutch genitive -s ("Unions", "Genks")


_LEAGUE = _Target((), "league", False)
_IGNORE = _Target((), "ignore", False)
_NOWHERE: tuple[_Target | None, bool] = (None, False)  # what a key that no name begins with stands for


# --- text normalisation -------------------------------------------------------------------------------

def _fold_char(ch: str) -> str:
    """`ch` without accents, as exactly one character so that offsets in folded text stay valid."""
    special = {"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "´": "'", "`": "'",
               "′": "'", "ʼ": "'", "‘": "'", "’": "'", "‚": "'", "‛": "'", "\u00a0": " ", "\u2009": " ",
               "\u202f": " ", "\u2212": "-", "\u00ad": "-"}
    if ch in special:
        return special[ch]
    if unicodedata.category(ch) == "Pd":
        return "-"
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isalpha() and base.isascii() else ch


_FOLD = {chr(cp): _fold_char(chr(cp)) for cp in [*range(0xA0, 0x250), *range(0x2010, 0x2016), 0x2018, 0x2019,
                                                  0x201A, 0x201B, 0x2032, 0x2212, 0x02BC, 0x2009, 0x202F]
         if _fold_char(chr(cp)) != chr(cp)}
# Substituting only the characters that fold is ~15x faster than `str.translate`, which looks up every
# character of a non-ASCII text in a dict.
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD)) + "]")


def _fold(text: str) -> str:
    return text if text.isascii() else _FOLDABLE.sub(lambda m: _FOLD[m.group()], text)


# A byte for each ASCII character: itself if a letter or digit, else a blank.
_BLANK_ASCII = bytes(code if chr(code).isascii() and chr(code).isalnum() else ord(" ") for code in range(256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_WORD = re.compile(r"[\W_]")


def _blank(folded: str) -> str:
    """`folded` with a blank for every character that is not a letter or digit, so that splitting it at blanks
    gives the words `_TOKEN` finds. `bytes.translate` does that fastest; other characters than quotes, dashes
    and symbols (which "?" stands in for) need a regex."""
    if folded.isascii() or not any(char.isalnum() for char in _NON_ASCII.findall(folded)):
        return folded.encode("ascii", "replace").translate(_BLANK_ASCII).decode("ascii")
    return _NON_WORD.sub(" ", folded)


def _join(sep: str, prev: str) -> str | None:
    """How the gap between two words reads inside a name key, or None when no name spans that gap."""
    if sep == " ":
        return " "
    if len(sep) > 3 or "\n" in sep or "\r" in sep:
        return None
    core = sep.strip(" \t")
    if not core or core == "-":
        return " "
    if core == ".":  # abbreviation dots: "St. Pauli", "K.V. Oostende", "1. FC Köln"
        if sep[0] == "." and (len(prev) <= 3 or prev.isdigit()):
            return " " if sep.endswith(" ") else ""
        return None
    if sep in ("'", " '") or (sep == "' " and prev[-1] == "s"):  # "Buffalo's", "Achilles '29", "James' Park"
        return sep
    if core in ("&", "/"):
        return core
    return None


_SEPARATORS = (" ", "", "'", " '", "' ", "&", "/")  # all that `_join` puts between two words of a key


def _prefix_keys(form: str) -> list[str] | None:
    """The index key after each word of a folded name, or None when punctuation splits the name."""
    matches = list(_TOKEN.finditer(form))
    words = [m.group() for m in matches]
    spans = [m.span() for m in matches]
    if not words or form[:spans[0][0]].strip(" '") or form[spans[-1][1]:].strip(" .'"):
        return None
    keys = [words[0]]
    for k in range(1, len(words)):
        sep = _join(form[spans[k - 1][1]:spans[k][0]], words[k - 1])
        if sep is None:
            return None
        keys.append(keys[-1] + sep + words[k])
    return keys


def _lookup_key(name: str) -> str | None:
    keys = _prefix_keys(_fold(name.strip()))
    return keys[-1].casefold() if keys else None


def _variants(form: str, lowercase_ok: bool) -> set[str]:
    """Spellings of `form` that news text uses: article case, glued hyphens, dotted abbreviations."""
    out = {form}
    head, _, rest = form.partition(" ")
    if head in _ARTICLES and rest:
        out.add(f"{_ARTICLES[head]} {rest}")
    if lowercase_ok:  # capitalised words may lose their capital: "paars-wit", "de kustploeg", "eerste klasse A"
        for v in list(out):
            lowered = _CAPITALISED.sub(lambda m: m.group().lower(), v)
            out.update((lowered, lowered[:1].upper() + lowered[1:]))
    for v in list(out):
        glued = re.sub(r"(?<=[^\W\d_])-([^\W\d_])", lambda m: m.group(1).lower(), v)
        if glued != v:
            out.add(glued)
        dotted = " ".join(".".join(w) + "." if _ABBREVIATION.fullmatch(w) else w for w in v.split(" "))
        if dotted != v:
            out.add(dotted)
    return out


# --- loading and validation ---------------------------------------------------------------------------

@dataclass
class _Form:
    text: str
    field: str  # "name" or one of _FORM_FIELDS, or "ignore"/"league"
    owner: Club | None
    label: str  # "file: entry id" for error messages
    lowercase: bool = False  # also matches written in lower case


def _fail(where: str, problem: str) -> GazetteerError:
    return GazetteerError(f"{where}: {problem}")


def _check_entry(raw: Any, kind: str, where: str) -> None:
    if not isinstance(raw, dict):
        raise _fail(where, "an entry must be a JSON object")
    unknown = set(raw) - _ALLOWED[kind]
    if unknown:
        raise _fail(where, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(_ALLOWED[kind])}")
    for field in _REQUIRED[kind]:
        if field not in raw:
            raise _fail(where, f"missing required field '{field}'")
    for field, value in raw.items():
        values = value if field in (*_FORM_FIELDS, "lowercase_ok") else [value]
        if field in (*_FORM_FIELDS, "lowercase_ok") and not isinstance(value, list):
            raise _fail(where, f"field '{field}' must be a list of strings")
        for item in values:
            if not isinstance(item, str):
                raise _fail(where, f"field '{field}' must hold strings, not {type(item).__name__}")
            if not item.strip():
                raise _fail(where, f"field '{field}' holds an empty string")
            if item != item.strip() or "  " in item:
                raise _fail(where, f"field '{field}' value {item!r} has stray spaces")
    if "id" in raw and not _ID.fullmatch(raw["id"]):
        raise _fail(where, f"id {raw['id']!r} is not a lowercase slug like 'be-kv-oostende'")
    if "country" in raw and not _COUNTRY.fullmatch(raw["country"]):
        raise _fail(where, f"country {raw['country']!r} is not an ISO code like 'BE' or 'GB-ENG'")


def _read_file(path: Path) -> tuple[str, list[Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path.name, f"cannot be read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise _fail(path.name, f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from exc
    if not isinstance(data, dict) or data.get("type") not in _FILE_KINDS:
        raise _fail(path.name, f"must be an object whose 'type' is one of {sorted(_FILE_KINDS)}")
    if not isinstance(data.get("entries"), list):
        raise _fail(path.name, "must have an 'entries' list")
    return _FILE_KINDS[data["type"]], data["entries"]


def _entry_forms(raw: dict[str, Any], kind: str, where: str) -> tuple[Club | None, list[_Form]]:
    if kind == "ignore":
        return None, [_Form(raw["text"], "ignore", None, where)]
    if kind == "league":
        forms = [_Form(t, "league", None, where) for t in [raw["name"], *raw.get("aliases", [])]]
        return None, forms
    club = Club(raw["id"], raw["name"], raw["country"], kind)
    forms = [_Form(raw["name"], "name", club, where)]
    forms += [_Form(t, field, club, where) for field in _FORM_FIELDS for t in raw.get(field, [])]
    return club, forms


class Gazetteer:
    """Clubs, national teams and leagues, indexed for fast matching in running text."""

    def __init__(self, folder: Path) -> None:
        files = sorted(folder.glob("*.json"))
        if not files:
            raise GazetteerError(f"{folder}: holds no gazetteer *.json file")
        self.clubs: dict[str, Club] = {}
        self._keys: dict[str, _Target] = {}
        self._prefixes: set[str] = set()
        self._first: set[str] = set()
        self._genitive: dict[str, _Target] = {}
        self._lookup: dict[str, tuple[Club, ...]] = {}
        claims: dict[str, list[_Form]] = {}
        for path in files:
            kind, entries = _read_file(path)
            for index, raw in enumerate(entries):
                where = f"{path.name}: entry #{index}"
                _check_entry(raw, kind, where)
                where = f"{path.name}: entry '{raw.get('id', raw.get('text'))}'"
                club, forms = _entry_forms(raw, kind, where)
                if club is not None:
                    if club.id in self.clubs:
                        raise _fail(where, f"id '{club.id}' is used twice")
                    self.clubs[club.id] = club
                texts = [f.text for f in forms]
                lowered = set(raw.get("lowercase_ok", []))
                if lowered - set(texts):
                    raise _fail(where, f"lowercase_ok names {sorted(lowered - set(texts))}, "
                                       "which are not among the entry's names")
                seen: set[str] = set()
                for form in forms:
                    keys = _prefix_keys(_fold(form.text))
                    if keys is None:
                        raise _fail(where, f"{form.text!r} cannot be matched: punctuation splits it")
                    if keys[-1] in seen:
                        raise _fail(where, f"{form.text!r} is listed twice")
                    seen.add(keys[-1])
                    form.lowercase = form.text in lowered
                    claims.setdefault(keys[-1].casefold(), []).append(form)
        for key, forms in claims.items():
            self._claim(key, forms)
        # What `find` looks up: the genitive forms ("Unions") joined to the names, keys taking precedence.
        self._ends = {key + "s": target for key, target in self._genitive.items()} | self._keys
        self._starters = self._first | {key + "s" for key in self._genitive}
        self._seconds = self._second_words()
        # Both facts `_longest` needs about a key in one look-up: the name it completes, and whether longer names
        # begin with it.
        self._index = {key: (self._ends.get(key), key in self._prefixes) for key in self._prefixes | self._ends.keys()}

    def _second_words(self) -> dict[str, set[str]]:
        """For each word that begins names but is none itself ("de", "Jupiler"), the words that may follow it
        in one of them ("Kustploeg", "Pro"); as words of a text, so "K" takes "V" for "K.V. Oostende"."""
        seconds: dict[str, set[str]] = {first: set() for first in self._starters if first not in self._ends}
        for key in self._prefixes | self._ends.keys():
            for cut in range(1, len(key)):
                if key[:cut] in seconds:
                    rest = key[cut:]
                    seconds[key[:cut]].update(rest[len(sep):] for sep in _SEPARATORS
                                              if rest.startswith(sep) and _TOKEN.fullmatch(rest, len(sep)))
        return seconds

    def _claim(self, key: str, forms: list[_Form]) -> None:
        """Index every spelling of one name; several entries may share it only as 'contextual'."""
        owners = {f.label for f in forms}
        if len(owners) > 1 and any(f.field != "contextual" for f in forms):
            listing = "; ".join(f"{f.label} ({f.field})" for f in forms)
            raise GazetteerError(f"{forms[-1].label}: {forms[-1].text!r} is claimed by several entries "
                                 f"({listing}); list it as 'contextual' in all of them")
        shared = tuple(dict.fromkeys(f.owner for f in forms if f.owner is not None))
        if shared:
            self._lookup[key] = shared
        for form in forms:
            if form.field in ("ignore", "league"):
                target = _IGNORE if form.field == "ignore" else _LEAGUE
            elif form.field == "contextual":
                target = _Target(shared, "contextual", genitive=False)
            else:
                assert form.owner is not None
                target = _Target((form.owner,), _VIA[form.field], genitive=form.owner.kind == "club")
            for variant in _variants(form.text, form.lowercase):
                keys = _prefix_keys(_fold(variant))
                if keys is None:
                    continue
                known = self._keys.get(keys[-1])
                if known is not None and known != target and known.clubs != target.clubs:
                    raise GazetteerError(f"{form.label}: the spelling {variant!r} of {form.text!r} is "
                                         "already another entry's name; remove one of them")
                self._first.add(keys[0])
                self._prefixes.update(keys)
                self._keys[keys[-1]] = target
                if shared:
                    self._lookup.setdefault(keys[-1].casefold(), shared)
                if target.genitive and keys[-1][-1:].isalpha() and keys[-1][-1] not in "sxz":
                    self._genitive[keys[-1]] = target

    def lookup(self, name: str) -> Club | None:
        """The club a name, alias, nickname or stadium stands for (accent- and case-insensitive), or an id.

        A contextual name answers only when it fits a single club ("Club"); "Brugge" answers None.
        """
        if name in self.clubs:
            return self.clubs[name]
        key = _lookup_key(name)
        clubs = self._lookup.get(key) if key else None
        return clubs[0] if clubs and len(clubs) == 1 else None

    def find(self, text: str) -> list[ClubMention]:
        """Every club, national team and league named in `text`: non-overlapping, longest first, in order."""
        folded = _fold(text)
        return self._scan(text, 0, folded, _blank(folded), [(0, len(text))])[0]

    def find_all(self, text: str, spans: Iterable[Span]) -> list[list[ClubMention]]:
        """`find` in each span of `text` (a document's sentences), with offsets into `text`: the text is folded
        and split into words once, and no mention needs moving to the span's offset afterwards."""
        ranges = [(s.start, s.end) for s in spans]
        if not ranges:
            return []
        base = min(a for a, _ in ranges)
        folded = _fold(text[base:max(b for _, b in ranges)])
        blanked = _blank(folded)
        ranges = [(a - base, b - base) for a, b in ranges]
        if _word_aligned(blanked, ranges):
            return self._scan(text, base, folded, blanked, ranges)
        return [self._scan(text, base, folded, blanked, [r])[0] for r in ranges]

    def _scan(self, text: str, base: int, folded: str, blanked: str,
              ranges: list[tuple[int, int]]) -> list[list[ClubMention]]:
        """The names in each range of `folded`, which is `text` folded from offset `base` on; `blanked` is `folded`
        as `_blank` gives it, so that splitting it at blanks gives the words. The ranges are one, or in order and
        word-aligned (`_word_aligned`): then the words from the first range's start to the last one's end hold
        those of every range."""
        parts = blanked[ranges[0][0]:ranges[-1][1]].split(" ")  # the words, and an empty string between two blanks
        found: list[list[ClubMention]] = [[] for _ in ranges]
        starters = self._starters.intersection(parts)
        if not starters:
            return found
        openers, n = self._seconds, len(parts)
        k, (start, stop) = 0, ranges[0]  # the range the current word lies in, or the next one
        free = 0  # the first part not inside an earlier name
        at, counted = start, 0  # where part `counted` starts
        for i in compress(range(len(parts)), map(starters.__contains__, parts)):
            if i < free:
                continue
            seconds = openers.get(parts[i])  # "de" begins names only before their second word: is one next?
            if seconds is not None and i + 1 < n and parts[i + 1] and parts[i + 1] not in seconds:
                continue
            at += sum(map(len, parts[counted:i])) + i - counted
            counted = i
            while at >= stop:
                k += 1
                if k == len(ranges):
                    return found
                start, stop = ranges[k]
            if at < start:
                continue  # a word between two ranges
            longest = self._longest(parts, folded, i, at, stop)
            if longest is None:
                continue
            last, end, target = longest
            end, free = _possessive_end(parts, folded, last, end, stop)
            if target.via != "ignore":
                found[k].append(_mention(text, base + at, base + end, target))
        return found

    def _longest(self, parts: list[str], folded: str, i: int, at: int, stop: int) -> tuple[int, int, _Target] | None:
        """The longest name before offset `stop` that starts with part `i` at offset `at`: its last part, end and
        target."""
        key = parts[i]
        end = at + len(key)
        best: tuple[int, int, _Target] | None = None
        while True:
            target, extends = self._index.get(key, _NOWHERE)
            if target is not None:
                best = (i, end, target)
            j = _next_word(parts, i) if extends else None
            if j is None or end + j - i >= stop:  # part `j` starts `j - i` blanks after part `i`
                return best
            gap = folded[end:end + j - i]
            sep = " " if gap == " " else _join(gap, parts[i])
            if sep is None:
                return best
            end += j - i + len(parts[j])
            i, key = j, key + sep + parts[j]


def _word_aligned(blanked: str, ranges: list[tuple[int, int]]) -> bool:
    """Whether `ranges` of `blanked` follow each other without overlap and begin and end at word edges, so that
    splitting `blanked` once gives the words of each."""
    previous_end = 0
    for start, stop in ranges:
        if start < previous_end or blanked[start - 1:start].strip() or blanked[stop:stop + 1].strip():
            return False
        previous_end = stop
    return True


def _next_word(parts: list[str], k: int) -> int | None:
    """The first word after part `k`."""
    k += 1
    while k < len(parts) and not parts[k]:
        k += 1
    return k if k < len(parts) else None


def _possessive_end(parts: list[str], folded: str, last: int, end: int, stop: int) -> tuple[int, int]:
    """Where a name that ends with part `last` at offset `end` ends with its possessive ("Genoa's", "Ajax'",
    not "Ajax'er") before offset `stop`, and the part after it."""
    if end >= stop or folded[end] != "'":
        return end, last + 1
    if last + 1 < len(parts) and parts[last + 1] == "s":  # "Genoa's"
        return end + 2, last + 2
    if folded[end - 1] in "sxz" and not folded[end + 1:min(end + 2, stop)].isalnum():  # "Ajax'"
        return end + 1, last + 1
    return end, last + 1


def _mention(text: str, start: int, end: int, target: _Target) -> ClubMention:
    clubs = target.clubs
    club = clubs[0] if len(clubs) == 1 else None
    return ClubMention(start, end, text[start:end], club, target.via, clubs)


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    return Gazetteer(resource_path("gazetteer"))


def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """The gazetteer in `folder`; without one, the shipped data, loaded once per process."""
    return _default() if folder is None else Gazetteer(Path(folder))
