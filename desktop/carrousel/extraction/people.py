"""Find the people a Dutch football article talks about, and resolve "Blessin", "de Duitser" and "hij".

Full names are collected from the whole article first, so a headline that says "Blessin" resolves to the
"Alexander Blessin" of the body. Within the text, references resolve by position: a sentence-initial "hij"
is the subject of the previous sentence, an object "hem" never the subject of its own clause, and a
description ("de voormalige topspits", "de 28-jarige") the person named most recently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from carrousel.extraction.lexicon import Lexicon
from carrousel.model import Role, Span

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_TOKEN = rf"[{_UPPER}][{_LOWER}][\w'’]*(?:-[{_UPPER}][\w'’]*)?"
_PARTICLE = r"(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|von|da|dos|du|le|la|el|di|del|della|dal|ben|bin)"
NAME_RE = re.compile(rf"(?<![\w-]){_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*{_TOKEN})*(?![\w-])")
PRONOUN_RE = re.compile(r"\b(?:[Hh]ij|[Hh]em|[Dd]ie laatste|[Ll]aatstgenoemde)\b")
_RELATIVE_RE = re.compile(r",\s+(die|wie)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|uit|naar|te|tegen|richting)\s+$")
AGE_AFTER_RE = re.compile(r"\s*\(\d{2}\)")
TITLE_BEFORE_RE = re.compile(r"(?:(\w+)\s+)?([\w#'’-]+)\s+$")


@dataclass(frozen=True)
class PersonMention:
    """A reference to a person inside one sentence; `name` is the resolved full name."""

    start: int
    end: int
    name: str
    via: str  # "name" | "surname" | "pronoun" | "description"
    title_role: Role | None = None
    title_club_end: int | None = None  # end of a club compound before the name ("Union-verdediger")


@dataclass
class _Candidate:
    start: int
    end: int
    tokens: list[str]
    title_role: Role | None
    title_club_end: int | None
    has_title: bool


@dataclass
class PeopleResolver:
    """Stateful across one document's sentences, in reading order."""

    lexicon: Lexicon
    full_names: list[str] = field(default_factory=list)
    _previous_subject: str | None = None
    _last_named: str | None = None
    _seen: dict[int, tuple[str, list[_Candidate]]] = field(default_factory=dict)  # per sentence start
    _recent: list[str] = field(default_factory=list)  # names in reading order, most recent last
    _titles: dict[str, Role] = field(default_factory=dict)  # the role a title gave a person ("TD Fredberg")

    @property
    def focus(self) -> str | None:
        """The subject of the last sentence that named someone: who an impersonal sentence is about."""
        return self._previous_subject

    # -- pass 1 -------------------------------------------------------------------------------
    def collect(self, text: str, sentences: list[Span], masks: list[list[Span]]) -> None:
        """Learn the article's full names (two or more name tokens, or one with a role title)."""
        seen: dict[str, None] = {}
        for sentence, mask in zip(sentences, masks):
            masked = _mask(text, sentence, mask)
            candidates = self._candidates(masked, sentence.start)
            self._seen[sentence.start] = (masked, candidates)
            for cand in candidates:
                if len(cand.tokens) >= 2 or cand.has_title:  # "Alexander Blessin", "coach Hasi"
                    seen[" ".join(cand.tokens)] = None
            for name, _ in self._coordinated_mentions(masked, candidates, sentence.start):
                seen[name] = None
        self.full_names = list(seen)

    # -- pass 2 -------------------------------------------------------------------------------
    def mentions(self, text: str, sentence: Span, mask: list[Span], clauses: list[Span]) -> list[PersonMention]:
        """People in one sentence (names and resolved references), in text order; advances the state."""
        masked, candidates = self._seen.get(sentence.start) or (_mask(text, sentence, mask), [])
        if sentence.start not in self._seen:
            candidates = self._candidates(masked, sentence.start)
        found: list[PersonMention] = []
        for cand in candidates:
            name = self._resolve_name(cand)
            if name:
                via = "name" if len(cand.tokens) >= 2 else "surname"
                found.append(PersonMention(cand.start, cand.end, name, via, cand.title_role, cand.title_club_end))
        for name, cand in self._coordinated_mentions(masked, candidates, sentence.start):
            found = [m for m in found if m.start != cand.start]
            found.append(PersonMention(cand.start, cand.end, name, "name", cand.title_role, cand.title_club_end))
        lowered = masked.lower()
        references: list[tuple[int, int, str]] = []
        for m in PRONOUN_RE.finditer(masked):
            kind = "pronoun_object" if m.group().lower() == "hem" else "pronoun"
            references.append((sentence.start + m.start(), sentence.start + m.end(), kind))
        for m in self.lexicon.descriptions.finditer(lowered):
            references.append((sentence.start + m.start(), sentence.start + m.end(), "description"))
        for m in _RELATIVE_RE.finditer(masked):  # "Arne Slot, die naar Liverpool vertrekt"
            start = sentence.start + m.start(1)
            if any(0 <= sentence.start + m.start() - p.end <= 1 or re.fullmatch(r"\s+\w{1,4}", text[p.end:sentence.start + m.start()])
                   for p in found):  # "Arne Slot, die ..." and "volgde John Stegeman op, die ..."
                references.append((start, start + len(m.group(1)), "relative"))
        found.sort(key=lambda m: m.start)
        for m in found:
            if m.title_role is not None:
                self._titles.setdefault(m.name, m.title_role)
        for start, end, kind in sorted(references):
            if any(m.start <= start < m.end for m in found):
                continue
            name = self._resolve_reference(start, kind, found, sentence, clauses, masked[start - sentence.start:end - sentence.start])
            if name:
                found.append(PersonMention(start, end, name, kind))
                found.sort(key=lambda m: m.start)
        if found:
            self._previous_subject = found[0].name
            self._last_named = found[-1].name
            self._recent = [n for n in self._recent if n not in {m.name for m in found}] + [m.name for m in found]
        return found

    # -- helpers --------------------------------------------------------------------------------
    def _candidates(self, masked: str, offset: int) -> list[_Candidate]:
        out = []
        for m in NAME_RE.finditer(masked):
            tokens = m.group().split()
            start = m.start()
            title_role: Role | None = None
            title_club_end: int | None = None
            has_title = False
            while tokens and (tokens[0] in self.lexicon.not_a_name or self.lexicon.role_of(tokens[0])):
                role = self.lexicon.role_of(tokens[0])
                if role:
                    title_role, has_title = role, True
                start += len(tokens[0])
                start += len(masked[start:]) - len(masked[start:].lstrip())
                tokens = tokens[1:]
            if len(tokens) >= 3 and not set(t.lower() for t in tokens) & self.lexicon.particles and _PLACE_BEFORE.search(masked[:start]):
                start += len(tokens[0]) + 1  # "in Almelo John Stegeman": a place, then the name
                tokens = tokens[1:]
            joined = " ".join(tokens)
            if not tokens or joined in self.lexicon.not_a_name or tokens[-1] in self.lexicon.not_a_name:
                continue
            if tokens[0].lower() in self.lexicon.particles and len(tokens) == 1:
                continue
            before = TITLE_BEFORE_RE.search(masked[:start])
            if before:
                word = before.group(2)
                two = f"{before.group(1)} {word}" if before.group(1) else ""
                role = (two and self.lexicon.role_of(two)) or self.lexicon.role_of(word.lstrip("#").lstrip("-"))
                if role and (word.startswith("#") or word.lower() == word or "-" in word):
                    title_role, has_title = role, True
                    if word.startswith("#") and "-" in word:
                        title_club_end = offset + before.start(2) + word.index("-")
            if AGE_AFTER_RE.match(masked, m.end()):
                has_title = True
            out.append(_Candidate(offset + start, offset + m.end(), tokens, title_role, title_club_end, has_title))
        return out

    def _resolve_name(self, cand: _Candidate) -> str | None:
        joined = " ".join(cand.tokens)
        if len(cand.tokens) >= 2:
            return self._longest_known(joined) or joined
        token = cand.tokens[0]
        matches = [n for n in self.full_names if n.split()[-1] == token or n.endswith(" " + token)]
        if len(matches) == 1:
            return matches[0]
        if not matches and cand.has_title:
            return token
        return None

    def _longest_known(self, joined: str) -> str | None:
        """"Steven Defour" stays itself; a shorter form that is the tail of a known name maps to it."""
        for name in self.full_names:
            if name != joined and name.endswith(" " + joined):
                return name
        return None

    def _coordinated_mentions(self, masked: str, cands: list[_Candidate], offset: int) -> list[tuple[str, _Candidate]]:
        """"Kevin en Alexis Mac Allister": a lone given name shares the surname of its coordinated partner."""
        out = []
        for first, second in zip(cands, cands[1:]):
            between = masked[first.end - offset:second.start - offset]
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
    chars = list(text[sentence.start:sentence.end])
    for s in spans:
        for i in range(max(s.start, sentence.start), min(s.end, sentence.end)):
            chars[i - sentence.start] = "#"
    return "".join(chars)
