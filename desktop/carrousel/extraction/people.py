"""Find the people a Dutch football article talks about, and resolve "Blessin", "de Duitser" and "hij".

Full names are collected from the whole article first, so a headline that says "Blessin" resolves to the
"Alexander Blessin" of the body. Within the text, references resolve by position: a sentence-initial "hij"
is the subject of the previous sentence, an object "hem" never the subject of its own clause, and a
description ("de voormalige topspits", "de 28-jarige") the person named most recently.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Iterator

from carrousel.extraction.lexicon import Lexicon
from carrousel.model import Role, Span

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_AFTER_CAPITAL = rf"[{_LOWER}][\w'’]*(?:-[{_UPPER}][\w'’]*)?"  # the rest of a name token
_TOKEN = rf"[{_UPPER}]{_AFTER_CAPITAL}"
_PARTICLE = r"(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|von|da|dos|du|le|la|el|di|del|della|dal|ben|bin)"
# The look-behind comes after the first capital so that the regex engine can scan for capitals.
NAME_RE = re.compile(rf"[{_UPPER}](?<![\w-].){_AFTER_CAPITAL}(?:\s+(?:{_PARTICLE}\s+)*{_TOKEN})*(?![\w-])")
# "Die" opens a sentence as its subject when a finite verb follows ("Die werd in november ontslagen"), not as
# a determiner ("Die club ...") nor as a relative pronoun (lower case, after a comma)
_FINITE_AFTER_DIE = ("werd|was|is|wordt|heeft|had|kwam|komt|ging|gaat|zou|zal|kan|kon|moet|moest|speelde|speelt|"
                     "trainde|traint|bleef|blijft|staat|stond|zit|zat|tekende|tekent|vertrok|vertrekt|stapte|stopte")
# The words that refer to a person, each found by patterns that start with the word itself (with and without a
# capital), which the regex engine scans for in C: one pattern for all of them stops at every h, d and l. The
# look-behind after the word keeps it from ending a longer one.
_REFERENCE_WORDS = {"hij": "pronoun", "hem": "pronoun_object", "die laatste": "pronoun", "laatstgenoemde": "pronoun"}
_REFERENCES = [(re.compile(rf"{w}(?<!\w{w})\b"), kind) for word, kind in _REFERENCE_WORDS.items()
               for w in (word, word.capitalize())]
_REFERENCES.append((re.compile(rf"Die(?<!\wDie)(?= (?:{_FINITE_AFTER_DIE})\b)"), "demonstrative"))
_RELATIVE_RE = re.compile(r",\s+(die|wie)\b")
_FORMER_PREFIXES = ("oud-", "ex-")  # "Oud-Ajacied", "Ex-Genkie": a title, not a first name
_PLACE_BEFORE = re.compile(r"\b(?:in|uit|naar|te|tegen|richting)\s+$")
AGE_AFTER_RE = re.compile(r"\s*\(\d{2}\)")
# The word before a name and the one before that ("#-verdediger", "technisch directeur"), matched on the
# reversed sentence from the name backwards: a search for "(?:(\w+)\s+)?([\w#'’-]+)\s+$" in the text before
# the name finds the same words, but tries every position of that text.
_TITLE_BEFORE_REVERSED = re.compile(r"\s+([\w#'’-]+)(?:\s+(\w+))?")


@dataclass(slots=True)  # not frozen: an article creates dozens, and frozen ones cost three times as much
class PersonMention:
    """A reference to a person inside one sentence; `name` is the resolved full name."""

    start: int
    end: int
    name: str
    via: str  # "name" | "surname" | "pronoun" | "description"
    title_role: Role | None = None
    title_club_end: int | None = None  # end of a club compound before the name ("Union-verdediger")


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    tokens: list[str]
    title_role: Role | None
    title_club_end: int | None
    has_title: bool


@dataclass(slots=True)
class _Reading:
    """What the patterns found in one sentence, with club names masked; both passes need it."""

    candidates: list[_Candidate]
    coordinated: list[tuple[str, _Candidate]]  # ("Kevin Mac Allister", the candidate "Kevin")
    references: list[tuple[int, int, str, str]]  # pronouns and descriptions: start, end, kind, masked surface
    relatives: list[tuple[int, int, str]]  # the comma, the relative pronoun's start, the pronoun


_NOTHING = _Reading([], [], [], [])  # a sentence that names and refers to nobody (never changed)


@dataclass
class PeopleResolver:
    """Stateful across one document's sentences, in reading order."""

    lexicon: Lexicon
    full_names: list[str] = field(default_factory=list)  # learnt by `collect`
    _previous_subject: str | None = None
    _last_named: str | None = None
    _seen: dict[int, _Reading] = field(default_factory=dict)  # per sentence start
    _recent: list[str] = field(default_factory=list)  # names in reading order, most recent last
    _titles: dict[str, Role] = field(default_factory=dict)  # the role a title gave a person ("TD Fredberg")
    _by_surname: dict[str, list[str]] = field(default_factory=dict)  # full names by last token
    _by_tail: dict[str, str] = field(default_factory=dict)  # the first full name ending in a shorter name

    def __post_init__(self) -> None:
        self._index_names()

    @property
    def focus(self) -> str | None:
        """The subject of the last sentence that named someone: who an impersonal sentence is about."""
        return self._previous_subject

    # -- pass 1 -------------------------------------------------------------------------------
    def collect(self, text: str, sentences: list[Span], masks: list[list[Span]]) -> None:
        """Learn the article's full names (two or more name tokens, or one with a role title)."""
        seen: dict[str, None] = {}
        for sentence, reading in zip(sentences, self._read(text, sentences, masks)):
            self._seen[sentence.start] = reading
            if reading is _NOTHING:
                continue
            for cand in reading.candidates:
                if len(cand.tokens) >= 2 or cand.has_title:  # "Alexander Blessin", "coach Hasi"
                    seen[" ".join(cand.tokens)] = None
            for name, _ in reading.coordinated:
                seen[name] = None
        self.full_names = list(seen)
        self._index_names()

    # -- pass 2 -------------------------------------------------------------------------------
    def mentions(self, text: str, sentence: Span, mask: list[Span], clauses: list[Span]) -> list[PersonMention]:
        """People in one sentence (names and resolved references), in text order; advances the state."""
        reading = self._seen.get(sentence.start) or self._read(text, [sentence], [mask])[0]
        if reading is _NOTHING:
            return []
        found: list[PersonMention] = []
        for cand in reading.candidates:
            name = self._resolve_name(cand)
            if name:
                via = "name" if len(cand.tokens) >= 2 else "surname"
                found.append(PersonMention(cand.start, cand.end, name, via, cand.title_role, cand.title_club_end))
        for name, cand in reading.coordinated:
            found = [m for m in found if m.start != cand.start]
            found.append(PersonMention(cand.start, cand.end, name, "name", cand.title_role, cand.title_club_end))
        references = list(reading.references)
        for comma, start, word in reading.relatives:  # "Arne Slot, die naar Liverpool vertrekt"
            if any(0 <= comma - p.end <= 1 or re.fullmatch(r"\s+\w{1,4}", text[p.end:comma])
                   for p in found):  # "Arne Slot, die ..." and "volgde John Stegeman op, die ..."
                references.append((start, start + len(word), "relative", word))
        found.sort(key=lambda m: m.start)
        for m in found:
            if m.title_role is not None:
                self._titles.setdefault(m.name, m.title_role)
        for start, end, kind, surface in sorted(references):
            if any(m.start <= start < m.end for m in found):
                continue
            if kind == "description" and any(0 < m.start - end <= 1 and m.via in ("name", "surname") for m in found):
                continue  # "de 33-jarige Still": the name that follows says who
            name = self._resolve_reference(start, kind, found, sentence, clauses, surface)
            if name:
                found.append(PersonMention(start, end, name, kind))
                found.sort(key=lambda m: m.start)
        if found:
            self._previous_subject = found[0].name
            self._last_named = found[-1].name
            names = [m.name for m in found]
            named = set(names)
            self._recent = [n for n in self._recent if n not in named] + names
        return found

    # -- helpers --------------------------------------------------------------------------------
    def _read(self, text: str, sentences: list[Span], masks: list[list[Span]]) -> list[_Reading]:
        """Each sentence's name candidates and references. The patterns run once over all sentences, joined
        by a character none of them can match, which costs much less than a search per sentence; a sentence
        they find nothing in costs nothing more."""
        masked = [_mask(text, s, m) for s, m in zip(sentences, masks)]
        joined = "\x00".join(masked)
        starts = list(accumulate((len(m) + 1 for m in masked[:-1]), initial=0))  # of each sentence in `joined`
        names: dict[int, list[tuple[int, int]]] = {}  # by sentence: where in `joined`
        references: dict[int, list[tuple[int, int, str, str]]] = {}  # by sentence: where in `text`
        relatives: dict[int, list[tuple[int, int, str]]] = {}
        for m in NAME_RE.finditer(joined):
            tokens = m.group().split()
            if len(tokens) > 1 or not (tokens[0] in self.lexicon.not_a_name or self.lexicon.role_of(tokens[0])):
                names.setdefault(bisect_right(starts, m.start()) - 1, []).append(m.span())
        for pattern, kind in _REFERENCES:
            for m in pattern.finditer(joined):
                k = bisect_right(starts, m.start()) - 1
                shift = sentences[k].start - starts[k]
                references.setdefault(k, []).append((m.start() + shift, m.end() + shift, kind, m.group()))
        for k, start, end in self._descriptions(joined, masked, starts):
            surface = masked[k][start:end]
            references.setdefault(k, []).append((sentences[k].start + start, sentences[k].start + end, "description", surface))
        for m in _RELATIVE_RE.finditer(joined):
            k = bisect_right(starts, m.start()) - 1
            shift = sentences[k].start - starts[k]
            relatives.setdefault(k, []).append((m.start() + shift, m.start(1) + shift, m.group(1)))
        out = [_NOTHING] * len(sentences)
        backwards = joined[::-1]
        for k in names.keys() | references.keys() | relatives.keys():
            shift = sentences[k].start - starts[k]
            candidates = self._candidates(joined, backwards, names.get(k, []), starts[k], shift)
            coordinated = self._coordinated_mentions(joined, candidates, shift) if len(candidates) > 1 else []
            out[k] = _Reading(candidates, coordinated, sorted(references.get(k, [])), relatives.get(k, []))
        return out

    def _descriptions(self, joined: str, masked: list[str], starts: list[int]) -> Iterator[tuple[int, int, int]]:
        """Each description ("de voormalige topspits") as its sentence and offsets in it: one search over the
        joined sentences, or, should lower-casing change a length, one per sentence."""
        lower = joined.lower()
        if len(lower) == len(joined):
            for m in self.lexicon.descriptions.finditer(lower):
                k = bisect_right(starts, m.start()) - 1
                yield k, m.start() - starts[k], m.end() - starts[k]
            return
        for k, sentence in enumerate(masked):
            for m in self.lexicon.descriptions.finditer(sentence.lower()):
                yield k, m.start(), m.end()

    def _candidates(self, joined: str, backwards: str, names: list[tuple[int, int]], first: int,
                    shift: int) -> list[_Candidate]:
        """The names `NAME_RE` found in the sentence that begins at `first` in `joined` (`backwards` is `joined`
        reversed; `shift` takes offsets in it to `text`), without leading stop-words and titles."""
        out = []
        for name_start, name_end in names:
            tokens = joined[name_start:name_end].split()
            start = name_start
            title_role: Role | None = None
            title_club_end: int | None = None
            has_title = False
            while tokens:
                role = self.lexicon.role_of(tokens[0])
                former = len(tokens) > 1 and tokens[0].lower().startswith(_FORMER_PREFIXES)  # "Oud-Ajacied John Heitinga"
                # "bij de Italianen": after the stop-words, a particle in lower case starts no name
                particle = len(tokens) > 1 and tokens[0] in self.lexicon.particles
                if not role and not former and not particle and tokens[0] not in self.lexicon.not_a_name:
                    break
                if role or former:
                    title_role, has_title = role or title_role, True
                gap = joined[start + len(tokens[0]):name_end]  # the space before the next token
                start += len(tokens[0]) + len(gap) - len(gap.lstrip())
                tokens = tokens[1:]
            if len(tokens) >= 3 and not set(t.lower() for t in tokens) & self.lexicon.particles and _PLACE_BEFORE.search(joined[first:start]):
                start += len(tokens[0]) + 1  # "in Almelo John Stegeman": a place, then the name
                tokens = tokens[1:]
            joined_tokens = " ".join(tokens)
            if not tokens or joined_tokens in self.lexicon.not_a_name or tokens[-1] in self.lexicon.not_a_name:
                continue
            if tokens[0].lower() in self.lexicon.particles and len(tokens) == 1:
                continue
            before = _TITLE_BEFORE_REVERSED.match(backwards, len(joined) - start)
            if before:
                word = before.group(1)[::-1]
                two = f"{before.group(2)[::-1]} {word}" if before.group(2) else ""
                role = (two and self.lexicon.role_of(two)) or self.lexicon.role_of(word.lstrip("#").lstrip("-"))
                if role and (word.startswith("#") or word.lower() == word or "-" in word):
                    title_role, has_title = role, True
                    if word.startswith("#") and "-" in word:
                        title_club_end = shift + len(joined) - before.end(1) + word.index("-")
            if AGE_AFTER_RE.match(joined, name_end):
                has_title = True
            out.append(_Candidate(shift + start, shift + name_end, tokens, title_role, title_club_end, has_title))
        return out

    def _index_names(self) -> None:
        """Full names by last token, and by each shorter tail ("Blessin", "Mac Allister"), first name first."""
        self._by_surname, self._by_tail = {}, {}
        for name in self.full_names:
            self._by_surname.setdefault(name.split()[-1], []).append(name)
            parts = name.split(" ")
            for k in range(1, len(parts)):
                self._by_tail.setdefault(" ".join(parts[k:]), name)

    def _resolve_name(self, cand: _Candidate) -> str | None:
        joined = " ".join(cand.tokens)
        if len(cand.tokens) >= 2:
            return self._by_tail.get(joined) or joined  # "Steven Defour", or the known name it is the tail of
        token = cand.tokens[0]
        matches = self._by_surname.get(token, [])
        if len(matches) == 1:
            return matches[0]
        if not matches and cand.has_title:
            return token
        return None

    def _coordinated_mentions(self, joined: str, cands: list[_Candidate], shift: int) -> list[tuple[str, _Candidate]]:
        """"Kevin en Alexis Mac Allister": a lone given name shares the surname of its coordinated partner."""
        out = []
        for first, second in zip(cands, cands[1:]):
            between = joined[first.end - shift:second.start - shift]
            if len(first.tokens) == 1 and len(second.tokens) >= 3 and re.fullmatch(r"\s+en\s+(?:[#\w'’-]+\s+)?", between):
                if first.has_title or second.has_title:
                    surname = _surname_tokens(second.tokens, self.lexicon.particles)
                    out.append((f"{first.tokens[0]} {surname}", first))
        return out

    def _resolve_reference(
        self, start: int, kind: str, found: list[PersonMention], sentence: Span, clauses: list[Span], surface: str = ""
    ) -> str | None:
        earlier = [m for m in found if m.end <= start]
        if kind == "description":  # "de 60-jarige trainer" is not the sporting director named just before
            role = next((r for r in map(self.lexicon.role_of, reversed(surface.split())) if r), None)
            pool = [m.name for m in earlier] or self._recent
            fitting = [n for n in pool if role is None or _compatible(role, self._titles.get(n))]
            return fitting[-1] if fitting else None
        if kind == "relative":
            return earlier[-1].name if earlier else None
        if kind == "demonstrative":  # "Ook de naam van Mazzù valt. Die werd ontslagen": the one named last
            return earlier[-1].name if earlier else self._last_named
        if kind == "pronoun_object":
            clause = next((c for c in clauses if c.start <= start < c.end), sentence)
            outside = [m for m in earlier if not (clause.start <= m.start < clause.end)]
            if outside:
                return outside[-1].name
            inside = {m.name for m in earlier}
            for candidate in (self._last_named, self._previous_subject):
                if candidate and candidate not in inside:
                    return candidate
            return None
        if earlier:
            return earlier[-1].name
        if kind == "pronoun":
            return self._previous_subject
        return self._last_named


def _compatible(described: Role, titled: Role | None) -> bool:
    """A description's role fits a person unless a title gave him a role of another kind."""
    if titled is None or described is titled:
        return True
    coaching = {Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.INTERIM_COACH, Role.YOUTH_COACH, Role.NATIONAL_COACH}
    return described in coaching and titled in coaching


def _surname_tokens(tokens: list[str], particles: frozenset[str]) -> str:
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in particles | {"mac", "mc"}:
        i -= 1
    return " ".join(tokens[i:])


def _mask(text: str, sentence: Span, spans: list[Span]) -> str:
    """The sentence with club, league and media names blanked out ('#'), offsets unchanged."""
    masked = text[sentence.start:sentence.end]
    for s in spans:
        start, end = max(s.start, sentence.start) - sentence.start, min(s.end, sentence.end) - sentence.start
        if start < end:
            masked = masked[:start] + "#" * (end - start) + masked[end:]
    return masked
