"""Turn one article into career events, reading it sentence by sentence as a careful Dutch reader would.

For every clause the extractor finds clubs (gazetteer), people (names and resolved references), time
expressions (Dutch date grammar) and cue phrases (lexicon). Each cue then binds the person and the club
standing where the cue says they stand ("het vertrek van X", "Union haalde hem binnen"), takes the date
nearest to it, and becomes an event whose evidence is the clause in the original text. Questions,
negated cues and hypotheticals give nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import timedelta

from carrousel.extraction.binding import club_after, club_list, club_list_before, distance, is_title, pick_person, reason_for
from carrousel.extraction.dates import TimeMention, shift
from carrousel.extraction.event_merge import (AT_PUBLICATION, EARLIER_WORDS, WHEN_SUCCEEDED, merge_duplicates,
                                              pair_transfers, redundant_spell, rumours_not_where_they_left,
                                              successor_takes_the_club)
from carrousel.extraction.gazetteer import Club, ClubMention, Gazetteer, load_gazetteer
from carrousel.extraction.lexicon import Cue, Lexicon, default_lexicon
from carrousel.extraction.people import PeopleResolver, PersonMention
from carrousel.extraction.sentence_times import SentenceTimes
from carrousel.extraction.sentences import FINITE_VERB, split_clauses, split_sentences
from carrousel.extraction.triggers import AnchoredPattern, CueTriggers, Vocabulary
from carrousel.model import DateInterval, Document, Event, Evidence, Kind, Precision, Reason, Role, SegmentKind, Span

_PREP_NAME = re.compile(r"\b(?:bij|naar|uit)\s+(?:de\s+|het\s+)?([A-ZÀ-Ý#][\w'’.#-]*(?:\s+[A-ZÀ-Ý0-9#][\w'’.#-]*)*)")
# The patterns below are matched on lower-cased text (`Extractor._low`), case-sensitively: several times faster.
# Past or perfect tense: what the clause reports is done, so it did not happen "at publication".
_PAST = re.compile(
    r"\b(?:werd|werden|was|waren|had|hadden|heeft|hebben|ging|gingen|kwam|kwamen|nam|namen|vertrok|vertrokken|"
    r"verliet|verlieten|stapte|tekende|sloot|sloten|hingen|begon|begonnen|zette|stuurde|haalde|betaalde|koos|kozen|volgde|"
    r"verving|trad|trok|hing|wees|wezen|moest|moesten|mocht|mochten|"
    r"ge\w+(?:d|t)|aangesteld|ontslagen|opgestapt|overgenomen|vervangen|binnengehaald)\b")
_WEAK_PAST = re.compile(r"\b\w{3,}(?:de|te|den|ten)\b(?<!\bde)(?<!\bte)")  # belandde, tekende
# "in België" is a country; only talk of national-team roles makes it the national team.
_NATIONAL_ROLE = re.compile(r"bondscoach|bondstrainer|selectieheer|international|nationale (?:ploeg|elftal)|"
                            r"national team|rode duivel|oranje|(?:belofte|jeugd)selectie|\bu\d\d\b")
_RELATIVE_PLACE = re.compile(r"(?:waar|waarmee|waarbij|waarna)\b")
_COORDINATED = re.compile(r"(?:maar|en|terwijl)\b")
_RELATIVE_CLAUSE = re.compile(r"(?:die|dat|wie|waar|waarmee|waarna)\b")
_FROM_TO = re.compile(r"\b(van|uit|naar)\s+(?:het\s+|de\s+)?(?:[a-zà-ÿ]+e\s+)?$")
_FORMER_WORDS = r"(?:voormalige?|gewezen|ex-|oud-)"
_FORMER = re.compile(_FORMER_WORDS + r"\s?[\w-]*$")  # right before a role noun: "voormalige trainer"
_FORMER_MARK = re.compile(r"\b" + _FORMER_WORDS)  # anywhere in a description: "de ex-coach van Genk"
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:van|bij|naar|uit|in|voor|aan|met)\s*$")
# "sinds het vertrek van X", "na zijn ontslag": an event earlier than the clause's, not one at publication
_AFTER_THE = re.compile(r"\b(?:sinds|na|voor|door|ondanks)\s+(?:het\s+|de\s+|zijn\s+|haar\s+)?$")
# a move in the present tense: a date after publication is still to come, not last year's
_PRESENT_MOVE = re.compile(r"\b(?:verlaat|vertrekt|stopt|tekent|begint|start|trekt|verhuist|keert|volgt|vervangt)\b")
_THIS = re.compile(r"\b(?:dit|deze)\b")  # "na dit seizoen", "eind deze maand": already counted from publication
_UNTIL = re.compile(r"\b(?:totdat|tot er)\b[^,;:]*")  # "tot er een opvolger is": up to the clause's next comma
_ANOTHER_TIME = re.compile(rf"\b(?:{EARLIER_WORDS})\b")  # a time before the sentence's
_OTHER_MOMENT = re.compile(r"(?:nadat|voordat|voor|omdat|zodat|hoewel)\b")  # subordinate clauses of another moment
# Subordinate and relative clauses put the verb last, after its objects ("die eerder Antwerp trainde").
_VERB_FINAL = re.compile(r"(?:die|dat|wie|waar|waarmee|nadat|voordat|toen|omdat|terwijl|zodat|hoewel|sinds)\b")
_UNKNOWN_OBJECT = re.compile(r"\s+(?:de\s+|het\s+)?[A-ZÀ-Ý][\w'’.-]")  # capitalised, not masked as a known club
_PREPOSITION_BEFORE = re.compile(r"\b(?:van|voor|aan|met|door|na|bij|naar|tegen|zonder|over)\s+$")
_CONTEXT_REACH = 600  # characters back a club named before still sets the scene (about a paragraph)
_SOON = timedelta(days=180)  # an end further after publication than this is a plan, not news
_ALS = re.compile(r"\bals\s+([\w-]+(?:\s[\w-]+)?)")  # "als assistent-trainer": the role someone takes
# "KV Mechelen heeft Buijs ontslagen" in a lead is the news itself: the perfect, with no narrating past beside it
_PERFECT = re.compile(r"\b(?:heeft|hebben|is|zijn)\b")
_PARTICIPLE = re.compile(r"\b(?:\w*ge\w{2,}(?:d|t|en)|ont\w+en|be\w+d|ver\w+(?:d|t|en))\b")  # aangesteld, ontslagen
_NARRATED = re.compile(rf"\b(?:werd|werden|was|waren|had|hadden|al|{EARLIER_WORDS})\b")
_FUTURE = re.compile(r"\b(?:zal|zullen|gaat|gaan|volgend|volgende|komend|komende|vanaf|straks)\b")
@dataclass
class _Sentence:
    span: Span
    clauses: list[Span]
    clubs: list[ClubMention]  # document offsets
    people: list[PersonMention]
    timeline: SentenceTimes  # the document's, read on demand
    index: int  # of this sentence in the document
    text: str  # the sentence itself
    lower: str  # the same, lower-cased with offsets kept
    focus: str | None  # who the text was about just before this sentence
    background: set[int] = field(default_factory=set)  # clubs named only as someone's past (lists)

    @property
    def times(self) -> list[TimeMention]:
        """The sentence's time phrases (document offsets), read when a cue first needs a date."""
        return self.timeline[self.index]


@dataclass
class _ClauseFacts:
    """What several cues of one clause ask about it, worked out once."""

    lower: str
    hits: frozenset[str]  # its words and prefix anchors (see triggers.Vocabulary)
    clubs_before: list[ClubMention]  # named earlier in the sentence
    parties: list[PersonMention]  # who can be the person of its events ("onder Hayen" cannot)
    subjects: list[PersonMention]  # and who can be a subject (not "van Steijn")
    roles: list[tuple[int, int, Role | None, bool]] | None = None  # role nouns: start, end, role, "voormalige" before
    past: bool | None = None  # in a past or perfect tense


def lower_of(s: "_Sentence", clause: Span) -> str:
    return s.lower[clause.start - s.span.start:clause.end - s.span.start]


def same_length_lower(text: str) -> str:
    """`text` lower-cased, character for character, so that offsets into it are offsets into `text`
    ("İ".lower() is two characters: such a letter is kept as it is)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def masked_clause(s: "_Sentence", clause: Span, text: str) -> str:
    """The clause with this sentence's club and person names blanked ('#'), so that what is left
    capitalised after "bij" is a name nobody recognised."""
    chars = list(text[clause.start:clause.end])
    for m in [*s.clubs, *s.people]:
        for i in range(max(m.start, clause.start), min(m.end, clause.end)):
            chars[i - clause.start] = "#"
    return "".join(chars)


class Extractor:
    """Holds the gazetteer and lexicons so that many documents share one set-up cost."""

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.lexicon = lexicon or default_lexicon()
        # Cues that consume a list of clubs ("voormalige speler van A, B en C") bind first, so that the
        # clubs of someone's past are not mistaken for the club of the event next to them.
        self._cues = sorted(self.lexicon.cues, key=lambda c: c.club != "list")
        self._vocabulary = Vocabulary()
        self._triggers = CueTriggers(self._cues, self._vocabulary)
        self._hypothetical = AnchoredPattern(self.lexicon.hypothetical, self._vocabulary)
        self._rumour_markers = AnchoredPattern(self.lexicon.rumour_markers, self._vocabulary)
        self._other_role = AnchoredPattern(self.lexicon.other_role, self._vocabulary)
        self._interim = AnchoredPattern(self.lexicon.interim, self._vocabulary)
        self._negators = AnchoredPattern(self.lexicon.negators, self._vocabulary)
        self._searching = AnchoredPattern(self.lexicon.searching, self._vocabulary)
        self._opponent = AnchoredPattern(self.lexicon.opponent, self._vocabulary)
        self._role_nouns = AnchoredPattern(self.lexicon.role_regex, self._vocabulary)
        self._cue_rank = {c.id: i for i, c in enumerate(self._cues)}  # binding order, "list" cues first
        self._rumour_cues = [c for c in self._cues if c.kind is Kind.RUMOUR]
        self._dependent_cues = frozenset(c.id for c in self._cues if c.needs_other_event)

    def extract(self, document: Document) -> list[Event]:
        text = document.text
        self._low = same_length_lower(text)
        self._facts: dict[int, _ClauseFacts] = {}  # by clause start
        self._roles: dict[tuple[str, str], Role] = {}
        self._first_roles: dict[tuple[str, str], Role] = {}  # the first role stated for each person at each club
        self._starts: dict[tuple[str, str], DateInterval] = {}
        self._linked: dict[str, ClubMention] = {}  # the club the article last tied each person to
        self._mentions: dict[str, int] = {}  # how often the article has named each club so far
        self._first: dict[str, int] = {}  # where it named each first
        self._latest: dict[str, ClubMention] = {}  # and where it did so last
        self._unplaced: list[tuple[Event, Role | None]] = []  # departures whose clause names no club
        published = document.published  # the date of what the present tense reports ("is de nieuwe trainer")
        self._at_publication = replace(published, text=f"{AT_PUBLICATION} ({published.reason or 'publication date'})")
        sentences: list[Span] = []
        body: list[Span] = []
        for segment in document.segments:
            if segment.kind in (SegmentKind.HEADLINE, SegmentKind.BODY):
                found = split_sentences(text, segment.span)
                sentences += found
                body += found if segment.kind is SegmentKind.BODY else []
        # the headline and the first two sentences of the body tell the news (see `_news_perfect`)
        self._lead_end = body[:2][-1].end if body else 0
        clubs = self._resolve_contextual(self._clubs(text, sentences))
        masks = [self._masks(text, s, c) for s, c in zip(sentences, clubs)]
        people = PeopleResolver(self.lexicon)
        people.collect(text, sentences, masks)
        times = SentenceTimes(text, self._low, sentences, document.published)  # read only where needed
        last_club: ClubMention | None = None
        events: list[Event] = []
        for i, (span, sentence_clubs, mask) in enumerate(zip(sentences, clubs, masks)):
            clauses = split_clauses(text, span)
            focus = people.focus
            mentions = people.mentions(text, span, mask, clauses)
            sentence = _Sentence(span, clauses, sentence_clubs, mentions, times, i, text[span.start:span.end],
                                 self._low[span.start:span.end], focus)
            if not self._is_question(text, span):
                events += self._events(document, sentence, last_club)
            named = [c for c in sentence_clubs if c.club is not None and c.via != "league" and id(c) not in sentence.background]
            if named:
                last_club = named[-1]
            for c in named:
                self._mentions[c.club.id] = self._mentions.get(c.club.id, 0) + 1
                self._first.setdefault(c.club.id, c.start)
                self._latest[c.club.id] = c
        return pair_transfers(merge_duplicates(self._late_roles(events + self._placed_departures())))

    # -- per sentence ---------------------------------------------------------------------------
    def _clubs(self, text: str, sentences: list[Span]) -> list[list[ClubMention]]:
        """The gazetteer's clubs of each sentence, plus "het Italiaanse Genoa": a name after a country
        adjective is a club even when the gazetteer does not know it."""
        out = []
        for span, found in zip(sentences, self.gazetteer.find_all(text, sentences)):
            if not self.lexicon.country_adjectives.isdisjoint(text[span.start:span.end].split()):
                found = sorted(found + self._unknown_clubs(text, span, found), key=lambda m: m.start)
            out.append(found)
        return out

    def _unknown_clubs(self, text: str, span: Span, known: list[ClubMention]) -> list[ClubMention]:
        out = []
        for m in self.lexicon.unknown_club.finditer(text, span.start, span.end):
            name = m.group(1).rstrip(".,;:!?'’")
            if self.lexicon.role_of(name.split()[0]) or name.split()[0] in self.lexicon.not_a_name:
                continue
            end = m.start(1) + len(name)
            if not any(f.start < end and m.start(1) < f.end for f in known):
                club = Club(id="x-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), name=name, country="", kind="club")
                out.append(ClubMention(m.start(1), end, name, club, "country adjective", (club,)))
        return out

    @staticmethod
    def _resolve_contextual(per_sentence: list[list[ClubMention]]) -> list[list[ClubMention]]:
        """"de Brusselaars" is Union in an article that names Union, Anderlecht in one that names Anderlecht."""
        named = {m.club.id for ms in per_sentence for m in ms if m.club is not None}
        out = []
        for ms in per_sentence:
            resolved = []
            for m in ms:
                if m.club is None and m.via != "league":
                    fits = [c for c in m.candidates if c.id in named]
                    m = replace(m, club=fits[0]) if len(fits) == 1 else m
                resolved.append(m)
            out.append(resolved)
        return out

    def _masks(self, text: str, span: Span, clubs: list[ClubMention]) -> list[Span]:
        masks = [Span(c.start, c.end) for c in clubs]
        for m in self.lexicon.media.finditer(text, span.start, span.end):
            masks.append(Span(m.start(), m.end()))
        return masks

    @staticmethod
    def _starts_then(s: _Sentence, clause: Span, start: int, end: int) -> bool:
        in_clause = [t for t in s.times if t.role != "duration" and clause.start <= t.start < clause.end]
        return bool(in_clause) and min(in_clause, key=lambda t: distance(t, start, end)).role == "since"

    @staticmethod
    def _not_after_publication(interval: DateInterval, kind: Kind, clause: str, cue_text: str,
                               published: DateInterval) -> DateInterval:
        """"Deila vertrok eind december" in an October article means last December: what an article
        reports as done cannot lie after its publication, unless the clause speaks of the future, the cue is
        a move in the present tense ("vertrekt eind december") or the phrase itself counts from now ("na dit
        seizoen"). `clause` and `cue_text` are lower-cased."""
        if (kind is Kind.RUMOUR or published.end is None or interval.start is None or interval.start <= published.end
                or re.search(r"\d{4}", interval.text) or _FUTURE.search(clause) or _PRESENT_MOVE.search(cue_text)
                or _THIS.search(interval.text.lower())):
            return interval
        return shift(interval, -1, interval.text)

    @staticmethod
    def _is_question(text: str, span: Span) -> bool:
        return text[span.start:span.end].rstrip(" \"'”’»").endswith("?")

    def _events(self, doc: Document, s: _Sentence, last_club: ClubMention | None) -> list[Event]:
        text = doc.text
        out: list[Event] = []
        for clause in s.clauses:
            lower = lower_of(s, clause)
            hits = self._vocabulary.hits(lower)
            people = [p for p in s.people if clause.start <= p.start < clause.end]
            if not people and _COORDINATED.match(lower):
                people = [p for p in s.people if p.end <= clause.start][-1:]  # "..., maar een passage bij Genoa"
            elif not people and ((inserted := _inserted(s, clause)) or FINITE_VERB.match(lower)):
                # "Rik De Mil, toen nog assistent bij Gent, tekende": the subject before the comma, of both (the
                # main verb's is the first such, not one inside the inserted phrase: "X, de opvolger van Y, kwam")
                before_comma = [p for p in s.people if p.end <= clause.start and self._low.startswith(",", p.end)]
                people = before_comma[-1:] if inserted else before_comma[:1]
            possible = self._triggers.cues_in(hits)
            if possible and self._hypothetical.search(lower, hits):
                possible = frozenset()
            titled = any(p.via == "description" or p.title_role is not None for p in people)
            if not possible and not titled:
                continue  # nothing in this clause can give an event
            opponents = self._opponent.possible(hits)
            clubs = [c for c in s.clubs if clause.start <= c.start < clause.end and c.club is not None
                     and c.via != "league" and not is_title(c, s.people, text)
                     and (c.club.kind != "national" or c.via == "nickname" or _NATIONAL_ROLE.search(lower))
                     and not (opponents
                              and self.lexicon.opponent.search(self._low, max(clause.start, c.start - 40), c.start))]
            if not possible:
                out += self._titles(doc, s, clause, people, clubs, [])
                continue
            # "speelde onder Nicky Hayen": the coach a clause names with "onder" is no party to its event, and
            # "na het vertrek van Steijn het roer overnam": a preposition's object is not the subject
            parties = [p for p in people if not self._low.endswith("onder ", max(0, p.start - 6), p.start)]
            self._facts[clause.start] = _ClauseFacts(
                lower, hits, [c for c in s.clubs if c.end <= clause.start and c.club is not None and c.via != "league"],
                parties, [p for p in parties if not self._object_of_preposition(p)])
            rumour_clause: bool | None = None  # worked out only when an appointment or a person-less clause needs it
            used_clubs: set[int] = set()
            clause_events: list[Event] = []
            for cue in (self._cues[i] for i in sorted(self._cue_rank[c] for c in possible)):
                if not people and cue.kind is not Kind.RUMOUR:
                    rumour_clause = self._is_rumour(lower, hits, possible) if rumour_clause is None else rumour_clause
                    if not rumour_clause:
                        continue
                for m in cue.regex.finditer(lower):
                    start, end = clause.start + m.start(), clause.start + m.end()
                    if self._negated(lower, hits, m.start(), m.end(), cue) or _until(lower, hits, m.start()):
                        continue
                    if cue.kind is Kind.JOINED and self._searched_for(lower, hits, m.start(), m.end()):
                        continue  # "op zoek naar een nieuwe hoofdcoach": nobody appointed yet
                    if cue.kind is Kind.JOINED and rumour_clause is None:
                        rumour_clause = self._is_rumour(lower, hits, possible)
                    if cue.kind is Kind.LEFT and self._rumour_markers.search(lower, hits):
                        continue  # "zou volgens bronnen ontslagen worden", "mogelijk wordt X ontslagen": talk
                    clause_events += self._bind(doc, s, clause, cue, start, end, people, clubs, used_clubs,
                                                last_club, bool(rumour_clause))
            if clause_events:
                successor_takes_the_club(clause_events, {c.club.id for c in clubs})
                if any(e.kind is Kind.RUMOUR for e in clause_events):
                    main = self._main_club()
                    clause_events = rumours_not_where_they_left(clause_events, main.club if main else None)
                out += [e for e in clause_events if not self._needs_other(e, clause_events)
                        and not redundant_spell(e, clause_events, self._dependent_cues)]
            if titled:
                out += self._titles(doc, s, clause, people, clubs, clause_events)
        return out

    def _is_rumour(self, clause: str, hits: frozenset[str], possible: frozenset[str]) -> bool:
        """Talk, links and interest ("denkt aan X als nieuwe trainer") make a whole clause a rumour."""
        if self._rumour_markers.search(clause, hits):
            return True
        return any(cue.id in possible
                   and any(not self._negated(clause, hits, m.start(), m.end(), cue) for m in cue.regex.finditer(clause))
                   for cue in self._rumour_cues)

    def _searched_for(self, clause: str, hits: frozenset[str], start: int, end: int) -> bool:
        """"op zoek naar een nieuwe hoofdcoach" before a cue, or right after it where the verb comes last ("dat na
        het vertrek van X een nieuwe trainer zocht"). `clause` is lower-cased."""
        return (self._searching.search(clause, hits, 0, start + 1) is not None
                or self._searching.search(clause, hits, end, min(len(clause), end + 12)) is not None)

    def _negated(self, clause: str, hits: frozenset[str], start: int, end: int, cue: Cue) -> bool:
        """A negator shortly before a cue, inside its gap ("haalde geen prijzen binnen") or right after a
        verbal one cancels it; one the cue itself spells ("niet verlengd") does not. A cue ending in a
        preposition ("passage bij") is followed by its object, not by its negation ("werd geen succes").
        `clause` is lower-cased; a clause without a negator's word is not negated."""
        if not self._negators.possible(hits):
            return False
        window = clause[max(0, start - 50):start]
        if not _ENDS_IN_PREPOSITION.search(clause[start:end]):
            window += " " + clause[end:end + 25]
        inside = [m.group() for m in self.lexicon.negators.finditer(clause[start:end])]
        return bool(self.lexicon.negators.search(window)) or any(w not in cue.regex.pattern for w in inside)

    def _needs_other(self, event: Event, clause_events: list[Event]) -> bool:
        """"belandde via Dortmund in Liverpool": a cue that only counts beside another event of the person."""
        if event.cue not in self._dependent_cues:
            return False
        return not any(e.person == event.person and e.cue not in self._dependent_cues for e in clause_events)

    # -- binding ------------------------------------------------------------------------------------
    def _bind(self, doc: Document, s: _Sentence, clause: Span, cue: Cue, start: int, end: int,
              people: list[PersonMention], clubs: list[ClubMention], used_clubs: set[int],
              last_club: ClubMention | None, rumour_clause: bool) -> list[Event]:
        text = doc.text
        facts = self._facts[clause.start]
        pool = facts.subjects if cue.person == "before" else facts.parties
        if cue.kind is Kind.RUMOUR or rumour_clause:  # "opvolger voor Rozendaal: drie namen in beeld"
            pool = [p for p in pool if not self.lexicon.replaced.search(self._low, max(0, p.start - 40), p.start)]
        person = pick_person(cue.person, pool, start, end)
        if person is None and (cue.kind is Kind.RUMOUR or rumour_clause) and s.focus is not None and cue.person != "after":
            person = PersonMention(start, start, s.focus, "focus")
        if person is None:
            return []
        kind = Kind.RUMOUR if rumour_clause and cue.kind is Kind.JOINED else cue.kind
        if kind is Kind.SPELL and not cue.background and self._starts_then(s, clause, start, end):
            kind = Kind.JOINED  # "is sinds 1 juli 2023 de hoofdtrainer van PSV" states when it began
        clubs_before = facts.clubs_before
        linked = self._linked.get(person.name) if cue.kind in (Kind.JOINED, Kind.LEFT) else None
        date = self._date(cue, kind, s, clause, start, end, doc.published)
        if linked is not None and kind is Kind.JOINED and _apart(self._starts.get((person.name, linked.club.id)), date):
            linked = None  # he arrived there at another time: "vertrekt naar Liverpool. Slot werd in 2021 binnengehaald"
        # "krijgt Fink er een nieuwe assistent bij: Olivieri": who joins with no club named joins the club of
        # the other person in the clause, if the article has tied him to one
        partner = next((self._linked[p.name] for p in people if p.name != person.name and p.name in self._linked),
                       None) if kind is Kind.JOINED else None
        targets = self._pick_clubs(cue, s, text, clause, start, end, clubs, used_clubs, last_club, clubs_before,
                                   s.background, linked or partner)
        if not targets:
            if kind is Kind.LEFT and not clubs and not self._names_unknown_club(masked_clause(s, clause, text)):
                self._unplaced.append(self._unplaced_departure(doc, clause, cue, start, end, person, date))
            return []
        clause_text = text[clause.start:clause.end]
        stated_role = self._role(cue, text, clause, start, end, person, kind)
        moves: list[tuple[Kind, ClubMention]] = []
        if cue.club != "list" and kind in (Kind.JOINED, Kind.LEFT):
            targets, moves = self._direction(kind, text, clause, start, targets, clubs, linked, last_club)
            # "nadat hij overkwam van OH Leuven": the club left behind is not what "de ploeg" means next
            s.background.update(id(c) for move_kind, c in moves if move_kind is Kind.LEFT)
        events: list[Event] = []
        for club in targets:
            guessed = self._guessed(person.name, club.club.id, stated_role)
            role = self._remember_role(person.name, club.club.id, stated_role, learn=kind is not Kind.RUMOUR)
            event = Event(
                doc=doc.doc_id, person=person.name, club=club.club.name, role=role, kind=kind,
                evidence=Evidence(clause.start, clause.end, clause_text), date=date,
                reason=reason_for(cue, kind, clause_text),
                cue=cue.id, club_id=club.club.id, country=club.club.country, role_guessed=guessed,
            )
            event = self._apply_duration(event, s, start, end, doc.published)
            if event.kind is Kind.JOINED and event.date is not None:
                self._starts.setdefault((event.person, event.club_id), event.date)
            events.append(event)
        for move_kind, club in moves:
            move_role = stated_role if move_kind is Kind.JOINED else None
            if move_kind is Kind.JOINED and date is not None:
                self._starts.setdefault((person.name, club.club.id), date)
            events.append(Event(
                doc=doc.doc_id, person=person.name, club=club.club.name, kind=move_kind,
                role=self._remember_role(person.name, club.club.id, move_role),
                evidence=Evidence(clause.start, clause.end, clause_text), date=date,
                reason=Reason.MOVED if move_kind is Kind.LEFT else None, cue=cue.id, club_id=club.club.id,
                country=club.club.country, role_guessed=self._guessed(person.name, club.club.id, move_role)))
        past = self._is_past(facts) or bool(_WEAK_PAST.search(text[start:end]))  # "speelde", "stopte"
        for e in events:  # where the person is now, as far as this article has told: arrivals, present spells
            now = e.kind is Kind.JOINED or (e.kind is Kind.SPELL and not past)
            if e.kind is not Kind.RUMOUR and not cue.background and (now or e.person not in self._linked):
                self._linked[e.person] = next(c for c in [*targets, *(c for _, c in moves)] if c.club.id == e.club_id)
        if cue.also and kind is not Kind.RUMOUR and targets:
            implied = self._implied(doc, cue, clause, start, end, person, people, clubs, targets[0], last_club,
                                    clubs_before, events[0].role, date)
            for e in implied:
                if e.person not in self._linked and e.club_id == targets[0].club.id:
                    self._linked[e.person] = targets[0]
                elif cue.also.club == "after" and (moved_to := club_after(clubs, end, targets[0])) is not None:
                    self._linked[e.person] = moved_to  # where the move took him
            events += implied
        return events

    def _object_of_preposition(self, p: PersonMention) -> bool:
        """"na het vertrek van Maurice Steijn", but not the particle of "Van den Brom" or "Van Persie"."""
        m = _PREPOSITION_BEFORE.search(self._low, max(0, p.start - 12), p.start)
        return m is not None and not p.name.lower().endswith(self._low[m.start():p.end])

    def _unplaced_departure(self, doc: Document, clause: Span, cue: Cue, start: int, end: int,
                            person: PersonMention, date: DateInterval | None) -> tuple[Event, Role | None]:
        """"Jan Vertonghen stopt met voetballen" in the first sentence: a departure whose club the article
        names only later. It is kept without a club until the article has said where the person is."""
        stated_role = self._role(cue, doc.text, clause, start, end, person, Kind.LEFT)
        event = Event(
            doc=doc.doc_id, person=person.name, club="", role=stated_role or Role.HEAD_COACH, kind=Kind.LEFT,
            evidence=Evidence(clause.start, clause.end, doc.text[clause.start:clause.end]),
            date=date, reason=reason_for(cue, Kind.LEFT, doc.text[clause.start:clause.end]), cue=cue.id, club_id="",
        )
        return event, stated_role

    def _placed_departures(self) -> list[Event]:
        """The unplaced departures at the club the whole article ties each person to, if it does."""
        out = []
        for e, stated_role in self._unplaced:
            club = self._linked.get(e.person)
            if club is not None and club.club is not None:
                role = self._remember_role(e.person, club.club.id, stated_role, learn=False)
                out.append(replace(e, club=club.club.name, club_id=club.club.id, country=club.club.country, role=role))
        return out

    def _direction(self, kind: Kind, text: str, clause: Span, start: int, targets: list[ClubMention],
                   clubs: list[ClubMention], linked: ClubMention | None, last_club: ClubMention | None
                   ) -> tuple[list[ClubMention], list[tuple[Kind, ClubMention]]]:
        """Which way a move goes: "binnengehaald van AZ" and "komt over van X" name the club left behind,
        "vertrekt naar Liverpool" the club joined. A cue bound to the far end of the move is turned round;
        an end named besides the bound club adds the matching event."""
        far_kind = Kind.LEFT if kind is Kind.JOINED else Kind.JOINED
        # Before the cue the club's own clause words count (subordinate clauses put the verb last).
        far = [c for c in clubs if self._lead(text, clause.start if c.start < start else start, c) == far_kind]
        if not far:
            return targets, []
        if targets and targets[0].club.id == far[0].club.id:  # bound to the wrong end: turn round
            # "de overstap van Union naar Standard": the other end, named the way the cue goes, else the club before
            same_way = [c for c in clubs if c.club.id != far[0].club.id and self._lead(text, start, c) == kind]
            rest = [c for c in clubs if c.club is not None and c.club.id != far[0].club.id and c.start < far[0].start]
            context = linked or self._main_club() or last_club  # the club the person is tied to, or the article's
            targets = same_way[:1] or rest[-1:] or ([context] if context is not None and context.club.id != far[0].club.id else [])
        return targets, [(far_kind, far[0])]

    def _lead(self, text: str, floor: int, club: ClubMention) -> Kind | None:
        """What the words just before a club say about it: "van/uit X" is where someone came from (unless
        a role or club noun owns the "van": "trainer van X", "de club uit Rotterdam"), "naar X" where he goes."""
        start = floor
        lead = self._low[max(start, club.start - 30):club.start]
        m = _FROM_TO.search(lead)
        if m is None:
            return None
        if m.group(1).lower() == "naar":
            return Kind.JOINED
        before = text[max(start, club.start - 30):club.start - len(lead) + m.start()].split()
        if before and (self.lexicon.role_of(before[-1]) or self.lexicon.role_of(" ".join(before[-2:]))
                       or before[-1].lower() in self.lexicon.club_nouns):
            return None  # "trainer van X", "de club uit Rotterdam": a description, not where someone came from
        return Kind.LEFT

    def _implied(self, doc: Document, cue: Cue, clause: Span, start: int, end: int, person: PersonMention,
                 people: list[PersonMention], clubs: list[ClubMention], target: ClubMention,
                 last_club: ClubMention | None, clubs_before: list[ClubMention], role: Role,
                 date: DateInterval | None) -> list[Event]:
        """The second event a cue implies: the replaced coach left the same club (date unknown), or the
        person left the club he was plucked from (at the same moment)."""
        assert cue.also is not None
        guessed = False
        if cue.also.club == "origin":
            other, club = person, self._origin_club(doc.text, clause, end, clubs, target, last_club, clubs_before)
            guessed = self._guessed(person.name, club.club.id if club else "", None)
            other_role, other_date = self._remember_role(person.name, club.club.id if club else "", None), date
        elif cue.also.club == "after":  # "verruilde Jong PSV voor Go Ahead Eagles": the club he went to
            other, club = person, club_after(clubs, end, target)
            other_role, other_date = role, date
        else:  # the predecessor was gone by the time his successor came
            others = [p for p in people if p.name != person.name]
            other, club = pick_person(cue.also.person, others, start, end), target
            other_role = role  # "volgt X op" as head coach, as assistant; an interim stands in for a head coach
            if role is Role.INTERIM_COACH and other is not None:
                other_role = self._remember_role(other.name, target.club.id, None, learn=False)
            # the predecessor's departure borrows the moment his successor came; "X werd vervangen door Y": Y came then
            other_date = replace(date, text=f"{date.text} {WHEN_SUCCEEDED}") if date and cue.also.kind is Kind.LEFT else date
        if other is None or club is None or (other.name == person.name and club.club.id == target.club.id):
            return []
        return [Event(
            doc=doc.doc_id, person=other.name, club=club.club.name, role=other_role, kind=cue.also.kind,
            evidence=Evidence(clause.start, clause.end, doc.text[clause.start:clause.end]), date=other_date,
            reason=cue.also.reason, cue=cue.id, club_id=club.club.id, country=club.club.country, role_guessed=guessed,
        )]

    def _guessed(self, person: str, club_id: str, stated: Role | None) -> bool:
        """Whether `_remember_role` would fall back on the default role (nothing stated, nothing learned)."""
        return stated is None and (person, club_id) not in self._roles

    def _late_roles(self, events: list[Event]) -> list[Event]:
        """Roles the article states after an event that had to guess one: "Club Brugge haalt Jashari weg bij
        Luzern" (head coach by default) is the midfielder's move the next paragraph describes. Someone the
        article calls nothing but a player is a player at every club where it states no role for him."""
        stated: dict[str, set[Role]] = {}
        for (person, _club), role in self._roles.items():
            stated.setdefault(person, set()).add(role)
        out = []
        for e in events:
            if e.role_guessed and e.kind is not Kind.RUMOUR:
                # guessed because nothing was stated yet: the first role stated later is the one it meant
                only_player = stated.get(e.person) == {Role.PLAYER}
                role = self._first_roles.get((e.person, e.club_id)) or (Role.PLAYER if only_player else None)
                if role is not None:
                    e = replace(e, role=role, role_guessed=False)
            out.append(e)
        return out

    def _remember_role(self, person: str, club_id: str, stated: Role | None, learn: bool = True) -> Role:
        """A role the clause states wins; otherwise what the article said of this person at this club,
        then head coach (the trainerscarrousel's default subject), of a national team its bondscoach."""
        if stated is not None:
            if learn:
                self._roles[(person, club_id)] = stated
                self._first_roles.setdefault((person, club_id), stated)
            return stated
        remembered = self._roles.get((person, club_id))
        if remembered is not None:
            return remembered
        club = self.gazetteer.clubs.get(club_id)
        return Role.NATIONAL_COACH if club is not None and club.kind == "national" else Role.HEAD_COACH

    def _pick_clubs(self, cue: Cue, s: _Sentence, text: str, clause: Span, start: int, end: int, clubs: list[ClubMention],
                    used: set[int], last_club: ClubMention | None, clubs_before: list[ClubMention],
                    background: set[int], linked: ClubMention | None = None) -> list[ClubMention]:
        free = [c for c in clubs if id(c) not in used]
        if cue.kind is Kind.RUMOUR:
            free = [c for c in free if not self._affiliation(text, clause, c)]
            # "Een derde kandidaat is X, trainer van Cambuur": a candidate for the article's club; so is "X, die bij
            # Lommel werd ontslagen, wordt genoemd", where the clubs stand in the phrase before the main verb
            described = clubs or (clubs_before if FINITE_VERB.match(self._low, clause.start) else [])
            if described and not free:
                main = self._main_club()
                return [main] if main is not None and all(c.club.id != main.club.id for c in described) else []
        if cue.club == "list":
            listed = club_list(text, end, free)
            if not listed and _VERB_FINAL.match(self._low, clause.start):
                listed = club_list_before(text, start, free)  # "die eerder Antwerp en Beveren trainde"
            used.update(id(c) for c in listed)
            if cue.background:
                background.update(id(c) for c in listed)
            if listed:
                return listed
        after = [c for c in free if c.start >= end and not self._low[max(clause.start, c.start - 4):c.start].endswith("via ")]
        if cue.id == "via":
            after = [c for c in free if c.start >= end]
        before = [c for c in free if c.end <= start]
        inside = [c for c in free if start <= c.start < end]
        if cue.club == "after":
            order = inside + after[:1] + before[-1:]
        elif cue.club == "before":
            order = before[-1:] + inside + after[:1]
        elif cue.club == "origin":
            order = after[:1]
        else:  # "near", and "list" with no list
            order = sorted(inside + after[:1] + before[-1:], key=lambda c: distance(c, start, end))
            if cue.kind is Kind.JOINED:  # "X, trainer van Jong Genk, wordt de nieuwe T1 van de Limburgers"
                order = [c for c in order if c.start >= start or not self._affiliation(text, clause, c)] or order
        # a cue whose preposition introduces the person ("de komst van X") says nothing of a club there
        if (cue.club == "after" and cue.person != "after" and _ENDS_IN_PREPOSITION.search(self._low, start, end)
                and self._unknown_object(s, text, end)):
            return []  # "trekt naar Plymouth Argyle": a club the gazetteer does not know, not the one before
        if order:
            return order[:1]
        clause_lower = self._low[clause.start:clause.end]
        if cue.club == "after" and _ENDS_IN_PREPOSITION.search(self._low, start, end):
            return []  # "keerde terug naar de aanpak": the preposition's object is there, and not a club
        if self._names_unknown_club(masked_clause(s, clause, text)):
            return []
        if _RELATIVE_PLACE.match(clause_lower) and clubs_before:  # "bij De Graafschap, waar hij ..."
            return clubs_before[-1:]
        if linked is not None:  # the club this article already ties the person to, however far back
            return [linked]
        refers_back = bool(self.lexicon.context_club.search(clause_lower)) or clause_lower.startswith("waar")
        own = [c for c in clubs_before if id(c) not in used and id(c) not in background]
        if own:
            context: ClubMention | None = own[-1]
        elif refers_back:  # "daar", "de club": the club named last
            context = last_club
        else:  # nothing points back: the club the article is about, most named so far, unless a round-up of
            # several clubs has moved on to another paragraph's club
            main = self._main_club()
            context = main if main is not None and main.start >= clause.start - _CONTEXT_REACH else last_club
        if context is not None and (refers_back or cue.kind in (Kind.JOINED, Kind.LEFT)) and context.start >= clause.start - _CONTEXT_REACH:
            return [context]
        return []

    def _main_club(self) -> ClubMention | None:
        """The club the article has named most often so far; of equals, the one it named first (the lead's)."""
        if not self._mentions:
            return None
        return max(self._latest.values(), key=lambda c: (self._mentions[c.club.id], -self._first[c.club.id]))

    @staticmethod
    def _unknown_object(s: _Sentence, text: str, end: int) -> bool:
        """Whether a capitalised name follows `end` with no known club close behind ("naar Plymouth Argyle",
        but not "van het Chinese Shanghai Port")."""
        return _UNKNOWN_OBJECT.match(text, end) is not None and not any(end <= c.start <= end + 30 for c in s.clubs)

    def _affiliation(self, text: str, clause: Span, club: ClubMention) -> bool:
        """"de coach van FC Emmen", "speler van X": the club a person is described by."""
        before = text[max(clause.start, club.start - 30):club.start]
        m = re.search(r"([\w-]+)\s+(?:van|bij)\s+$", before)
        return bool(m and self.lexicon.role_of(m.group(1)))

    def _names_unknown_club(self, clause: str) -> bool:
        """A club-shaped name the gazetteer does not know ("bij Fortuna Sittard II"): better no event than
        the previous sentence's club."""
        for m in _PREP_NAME.finditer(clause):
            name = m.group(1)
            if "#" not in name and name.split()[0] not in self.lexicon.not_a_name and not self.lexicon.role_of(name):
                return True
        return False

    def _origin_club(self, text: str, clause: Span, end: int, clubs: list[ClubMention], dest: ClubMention,
                     last_club: ClubMention | None, clubs_before: list[ClubMention]) -> ClubMention | None:
        """Where someone was plucked from: "uit/bij/van X" after the cue, or the place "waar" points to."""
        for c in clubs:
            if c is not dest and c.start >= end and re.search(r"\b(?:uit|bij|van)\s+(?:de |het )?\S*$", text[end:c.start]):
                return c
        if self._low.startswith("waar", clause.start, clause.end):
            earlier = [c for c in clubs_before if c.club is not None and c.club != dest.club]
            if earlier:
                return earlier[-1]
            if last_club is not None and last_club.club != dest.club:
                return last_club
        return None

    def _role(self, cue: Cue, text: str, clause: Span, start: int, end: int, person: PersonMention,
              kind: Kind) -> Role | None:
        if cue.role is not None:
            return cue.role
        facts = self._facts[clause.start]
        lower, roles = facts.lower, self._roles_in(clause, facts)
        role = next((r for s0, e0, r, _ in roles if start <= s0 and e0 <= end and r), None)
        if role is None and self._other_role.search(lower, facts.hits):
            return Role.OTHER
        if role is None:
            als = _ALS.search(lower) if "als" in facts.hits else None
            role = als and (self.lexicon.role_of(als.group(1)) or self.lexicon.role_of(als.group(1).split()[0]))
        if (kind is Kind.JOINED and role in (None, Role.HEAD_COACH, Role.ASSISTANT_COACH, Role.YOUTH_COACH)
                and self._interim.search(lower, facts.hits)):  # an assistant or youth coach standing in
            return Role.INTERIM_COACH
        if role is None and person.title_role is not None and (kind is Kind.SPELL or person.title_role is not Role.PLAYER):
            role = person.title_role
        if role is None:
            # "na het vertrek van X ... ad interim het roer overnam": the marker is about who took over
            nearby = sorted(((abs(s0 - start), r) for s0, e0, r, former in roles if not former
                             and not (kind is Kind.LEFT and self.lexicon.interim.fullmatch(self._low, s0, e0))),
                            key=lambda pair: pair[0])
            role = next((r for _, r in nearby if r), None)
        return role

    @staticmethod
    def _is_past(facts: _ClauseFacts) -> bool:
        if facts.past is None:
            facts.past = bool(_PAST.search(facts.lower))
        return facts.past

    def _roles_in(self, clause: Span, facts: _ClauseFacts) -> list[tuple[int, int, Role | None, bool]]:
        if facts.roles is None and not self._role_nouns.possible(facts.hits):
            facts.roles = []
        if facts.roles is None:
            lower = facts.lower
            facts.roles = [
                (clause.start + start, clause.start + end, self.lexicon.role_of(lower[start:end]),
                 bool(_FORMER.search(lower, max(0, start - 12), start + 4)))
                for start, end in self.lexicon.role_nouns(lower)]
        return facts.roles

    def _date(self, cue: Cue, kind: Kind, s: _Sentence, clause: Span, start: int, end: int,
              published: DateInterval) -> DateInterval | None:
        pool: list[TimeMention] = []
        if s.times:
            move = kind in (Kind.JOINED, Kind.LEFT)  # "tekent tot 2027" dates the contract's end, not the signing
            explicit = [t for t in s.times if t.role != "duration" and not (move and t.role == "until")]
            pool = [t for t in explicit if clause.start <= t.start < clause.end]
            # "X, die eerder ... was", "nadat hij eerder bij X werd ontslagen": another time than the sentence's
            lower = lower_of(s, clause)
            own_only = bool(_RELATIVE_CLAUSE.match(lower) or _ANOTHER_TIME.search(lower))
            if not pool and not own_only:
                pool = [t for t in explicit if self._shared_time(s, t, clause, kind)]
        if pool:
            t = min(pool, key=lambda t: distance(t, start, end))
            interval = t.interval
            if t.role == "until" and kind is Kind.SPELL:
                if interval.end is not None and published.end is not None and interval.end > published.end + _SOON:
                    return None  # "blijft trainer tot 2027": a contract's end, not when the spell ended
                return replace(interval, start=None)
            if t.role == "since" and kind is Kind.SPELL:  # "de voormalige assistent zit sinds de zomer zonder club"
                return None if cue.background else replace(interval, end=None)
            if t.role == "since" and interval.start is not None:
                interval = _beginning(t, interval)
            if kind is Kind.SPELL and interval.start and published.end and interval.start > published.end:
                return None  # "lijkt volgend seizoen nog trainer te zijn": a forecast, not a dated spell
            return self._not_after_publication(interval, kind, lower_of(s, clause),
                                               s.lower[start - s.span.start:end - s.span.start], published)
        if (kind in (Kind.JOINED, Kind.LEFT) and (cue.present and not self._is_past(self._facts[clause.start])
                                                  or self._news_perfect(s, clause, start, end))
                and not _WEAK_PAST.search(s.text[start - s.span.start:end - s.span.start])
                and not _AFTER_THE.search(self._low, max(clause.start, start - 12), start)
                and (published.start is not None or published.end is not None)):  # an undatable article dates nothing
            return self._at_publication
        return None

    def _news_perfect(self, s: _Sentence, clause: Span, start: int, end: int) -> bool:
        """"Lierse heeft Verlinden ontslagen", "Verlinden is ontslagen" in the headline or the lead: news reports
        what just happened in the perfect and narrates in the simple past, so the perfect there is today's."""
        lower = lower_of(s, clause)
        return (s.span.start < self._lead_end and bool(_PERFECT.search(lower)) and not _NARRATED.search(lower)
                and bool(_PARTICIPLE.search(s.lower, start - s.span.start, end - s.span.start)))

    @staticmethod
    def _shared_time(s: _Sentence, t: TimeMention, clause: Span, kind: Kind) -> bool:
        """A time in another clause counts for the whole sentence ("Klopp was op dat moment verdediger bij
        Mainz, Blessin was ..."), but not one inside a relative clause about someone else, nor a moment in a
        clause about another moment ("speelde voor X, nadat hij in 2022 terugkeerde": 2022 dates the return),
        nor one from a later "en ..." clause ("was assistent bij X en werd in 2023 interimcoach")."""
        other_clause = _clause_of(s, t.start)
        other = lower_of(s, other_clause)
        if _RELATIVE_CLAUSE.match(other) or _inserted(s, other_clause):
            return False
        if kind is Kind.SPELL and t.role != "during" and _OTHER_MOMENT.match(other):
            return False
        return not (t.start > clause.end and _COORDINATED.match(other))

    def _apply_duration(self, event: Event, s: _Sentence, start: int, end: int, published: DateInterval) -> Event:
        """A length inside the cue dates a spell: "intussen al acht jaar aan de slag" began eight years
        before publication; "bleef zeven jaar trainer van X" ended seven years after the start this
        article gave for X (without such a start, the length alone dates nothing)."""
        if event.kind is not Kind.SPELL:
            return event
        durations = [t for t in s.times if t.role == "duration" and start <= t.start < end and t.years]
        if not durations:
            return event
        d = durations[0]
        cue_text = s.text[start - s.span.start:end - s.span.start].lower()
        if re.search(r"\b(?:al|intussen|inmiddels|sinds)\b", cue_text):
            return replace(event, kind=Kind.JOINED, date=shift(published, -d.years, d.text))
        began = self._starts.get((event.person, event.club_id))
        if re.search(r"\b(?:bleef|bleven|was|werkte)\b", cue_text) and began is not None:
            return replace(event, kind=Kind.LEFT, reason=Reason.UNKNOWN, date=shift(began, d.years, d.text))
        return event

    def _titles(self, doc: Document, s: _Sentence, clause: Span, people: list[PersonMention],
                clubs: list[ClubMention], clause_events: list[Event]) -> list[Event]:
        """"Union-verdediger Kevin" is a spell; "Assistent X neemt het roer over" adds his standing role."""
        out = []
        for p in people:
            if p.via == "description":
                words = doc.text[p.start:p.end].split()
                role = next((r for r in map(self.lexicon.role_of, reversed(words)) if r), None)
                club = next((c for c in clubs if re.fullmatch(r"\s*(?:(?:van|bij)\s+)?", doc.text[p.end:c.start] if c.start >= p.end else "x")
                             and (words[-1].lower() in ("van", "bij") or c.start > p.end)), None)
                standing = not re.search(r"\bnieuwe\b", doc.text[p.start:p.end], re.IGNORECASE) and not \
                    self.lexicon.negators.search(doc.text[clause.start:p.start].lower())
                stated = any(e.person == p.name and club is not None and e.club_id == club.club.id for e in clause_events)
                if role and club is not None and standing and not stated:
                    out.append(Event(doc=doc.doc_id, person=p.name, club=club.club.name, role=role, kind=Kind.SPELL,
                                     evidence=Evidence(clause.start, clause.end, doc.text[clause.start:clause.end]),
                                     cue="description", club_id=club.club.id, country=club.club.country))
                    if not _FORMER_MARK.search(self._low, p.start, p.end):  # "zei de trainer van KAA Gent": where he is
                        self._linked.setdefault(p.name, club)
                continue
            if p.title_role is None:
                continue
            club = None
            if p.title_club_end is not None:
                club = next((c for c in s.clubs if c.end == p.title_club_end and c.club is not None), None)
            else:
                club = next((c for c in s.clubs if c.club is not None and c.start >= p.end
                             and re.fullmatch(r"\s+(?:van|bij)\s+", doc.text[p.end:c.start])), None)
            if club is None:
                own = [e for e in clause_events if e.person == p.name and e.role is not p.title_role]
                if not own:
                    continue
                club_id, club_name, country = own[0].club_id, own[0].club, own[0].country
            else:
                club_id, club_name, country = club.club.id, club.club.name, club.club.country
            text = doc.text[clause.start:clause.end]
            out.append(Event(
                doc=doc.doc_id, person=p.name, club=club_name, role=p.title_role, kind=Kind.SPELL,
                evidence=Evidence(clause.start, clause.end, text), cue="title", club_id=club_id, country=country,
            ))
        return out


# -- helpers ------------------------------------------------------------------------------------------
def _beginning(t: TimeMention, interval: DateInterval) -> DateInterval:
    """When something that holds "since" a phrase began: within the day, month or year it names ("sinds 2022"
    began in 2022), but in the first month of a football season ("vanaf volgend seizoen")."""
    named = t.named
    if named is not None and named.start is not None and named.end is not None:
        if named.precision is Precision.YEAR or (named.end - named.start).days < 300:
            return replace(named, text=interval.text)
    end_of_month = (interval.start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return DateInterval(interval.start, end_of_month, Precision.MONTH, interval.text, interval.estimated)


def _until(lower: str, hits: frozenset[str], at: int) -> bool:
    """"Tot er een nieuwe T1 is aangesteld, leidt assistent X de trainingen": what is awaited has not happened."""
    if "tot" not in hits and "totdat" not in hits:
        return False
    return any(m.start() <= at < m.end() for m in _UNTIL.finditer(lower, 0, at + 1))


def _apart(a: DateInterval | None, b: DateInterval | None) -> bool:
    """Whether two dates certainly name different moments (both known, not overlapping)."""
    if a is None or b is None:
        return False
    return (a.end is not None and b.start is not None and a.end < b.start) or (
        b.end is not None and a.start is not None and b.end < a.start)


def _inserted(s: _Sentence, clause: Span) -> bool:
    """"Rik De Mil, vorig seizoen nog assistent bij Gent, tekende": a phrase between commas before the main
    verb, about its own time."""
    after = s.lower[clause.end - s.span.start:clause.end - s.span.start + 40]
    return after.startswith(",") and FINITE_VERB.match(after[1:].lstrip()) is not None


def _clause_of(s: _Sentence, offset: int) -> Span:
    return next((c for c in s.clauses if c.start <= offset < c.end), s.span)


