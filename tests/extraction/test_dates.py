"""Dutch time phrases -> date intervals: a table of what a careful reader takes each phrase to mean."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carrousel.extraction.dates import TimeMention, find_times, shift
from carrousel.extraction.dates_grammar import Grammar, forms
from carrousel.extraction.dates_lexicon import DateResourceError, default_lexicon, load_lexicon
from carrousel.model import DateInterval, Precision
from carrousel.paths import resource_path

D = date.fromisoformat
P = Precision


def exact(day: str) -> DateInterval:
    return DateInterval(D(day), D(day), P.DAY)


OCT = exact("2023-10-03")  # a Tuesday
JAN = exact("2024-01-17")  # a Wednesday
MAY = exact("2022-05-20")  # a Friday
WEEK = DateInterval(D("2023-09-30"), D("2023-10-06"), P.WEEK)  # publication known to the week
OPEN = DateInterval(D("2020-01-01"), None, P.YEARS, estimated=True)  # estimated, no later bound
Y2000 = DateInterval(D("2000-01-01"), D("2000-12-31"), P.YEAR)
DAY_PREV = exact("2019-03-15")

# sentence, phrase, publication, previous, from, to, precision, role, anchor
CASES = [
    # calendar dates (dateparser on the phrase), with and without a year
    ("Hij tekende op 17 januari 2022 bij Genk.", "op 17 januari 2022", OCT, None, "2022-01-17", "2022-01-17", P.DAY, "point", "absolute"),
    ("Op 3 maart kwam hij aan.", "Op 3 maart", OCT, None, "2024-03-03", "2024-03-03", P.DAY, "point", "publication"),
    ("Op 3 maart kwam hij aan.", "Op 3 maart", MAY, None, "2022-03-03", "2022-03-03", P.DAY, "point", "publication"),
    ("Maandag 4 december debuteert hij.", "Maandag 4 december", OCT, None, "2023-12-04", "2023-12-04", P.DAY, "point", "publication"),
    ("Vanaf 1 juli 2019 is hij trainer.", "Vanaf 1 juli 2019", OCT, None, "2019-07-01", None, P.YEARS, "since", "absolute"),
    ("Het contract gaat in per 1 juli.", "per 1 juli", JAN, None, "2024-07-01", "2024-07-01", P.DAY, "point", "publication"),
    ("Hij kwam op 12/08/2021 aan.", "op 12/08/2021", OCT, None, "2021-08-12", "2021-08-12", P.DAY, "point", "absolute"),
    # years, ranges, seasons
    ("Ze speelden in 2000 tegen elkaar.", "in 2000", OCT, None, "2000-01-01", "2000-12-31", P.YEAR, "during", "absolute"),
    ("Dat was in het jaar 2000.", "in het jaar 2000", OCT, None, "2000-01-01", "2000-12-31", P.YEAR, "during", "absolute"),
    ("Hij is sinds 2019 trainer.", "sinds 2019", OCT, None, "2019-01-01", None, P.YEARS, "since", "absolute"),
    ("Hij bleef tot 2012 voetballen.", "tot 2012", OCT, None, None, "2012-12-31", P.YEARS, "until", "absolute"),
    ("Hij ligt vast tot de zomer van 2025.", "tot de zomer van 2025", OCT, None, None, "2025-08-31", P.YEARS, "until", "absolute"),
    ("Vanaf 2018 was hij T2.", "Vanaf 2018", OCT, None, "2018-01-01", None, P.YEARS, "since", "absolute"),
    ("Hij speelde er tussen 2015 en 2018.", "tussen 2015 en 2018", OCT, None, "2015-01-01", "2018-12-31", P.YEARS, "during", "absolute"),
    ("Hij speelde er van 2015 tot 2018.", "van 2015 tot 2018", OCT, None, "2015-01-01", "2018-12-31", P.YEARS, "during", "absolute"),
    ("Hij was er van maart tot juni 2020.", "van maart tot juni 2020", OCT, None, "2020-03-01", "2020-06-30", P.SEASON, "during", "absolute"),
    ("Hij werd in de zomer van 2020 aangesteld.", "in de zomer van 2020", OCT, None, "2020-06-01", "2020-08-31", P.SEASON, "point", "absolute"),
    ("Hij kwam in de winter van 2021.", "in de winter van 2021", OCT, None, "2020-12-01", "2021-02-28", P.SEASON, "point", "absolute"),
    ("In het seizoen 2018-2019 werd hij kampioen.", "In het seizoen 2018-2019", OCT, None, "2018-07-01", "2019-06-30", P.SEASON, "during", "absolute"),
    ("Het seizoen 2018/19 was zijn beste.", "Het seizoen 2018/19", OCT, None, "2018-07-01", "2019-06-30", P.SEASON, "during", "absolute"),
    ("Hij speelde in 2018-2019 bij Genk.", "in 2018-2019", OCT, None, "2018-07-01", "2019-06-30", P.SEASON, "during", "absolute"),
    ("Hij speelde er 2015-2018.", "2015-2018", OCT, None, "2015-01-01", "2018-12-31", P.YEARS, "during", "absolute"),
    ("Begin 2020 nam hij over.", "Begin 2020", OCT, None, "2020-01-01", "2020-04-30", P.SEASON, "point", "absolute"),
    ("Hij stopte eind 2019.", "eind 2019", OCT, None, "2019-09-01", "2019-12-31", P.SEASON, "point", "absolute"),
    ("Medio 2021 vertrok hij.", "Medio 2021", OCT, None, "2021-05-01", "2021-08-31", P.SEASON, "point", "absolute"),
    ("Hij tekende in maart 2021.", "in maart 2021", OCT, None, "2021-03-01", "2021-03-31", P.MONTH, "point", "absolute"),
    ("In de eerste helft van 2021 was hij geblesseerd.", "In de eerste helft van 2021", OCT, None, "2021-01-01", "2021-06-30", P.SEASON, "point", "absolute"),
    ("Hij speelde in de jaren negentig bij Ajax.", "in de jaren negentig", OCT, None, "1990-01-01", "1999-12-31", P.YEARS, "during", "absolute"),
    ("De jaren 90 waren zijn beste periode.", "De jaren 90", OCT, None, "1990-01-01", "1999-12-31", P.YEARS, "during", "absolute"),
    # months without a year: the occurrence nearest to publication
    ("Hij vertrekt eind december.", "eind december", OCT, None, "2023-12-22", "2023-12-31", P.MONTH, "point", "publication"),
    ("Hij kwam begin januari.", "begin januari", JAN, None, "2024-01-01", "2024-01-10", P.MONTH, "point", "publication"),
    ("Half februari is hij terug.", "Half februari", OCT, None, "2024-02-11", "2024-02-19", P.MONTH, "point", "publication"),
    ("Hij werd in maart ontslagen.", "in maart", MAY, None, "2022-03-01", "2022-03-31", P.MONTH, "point", "publication"),
    ("Tot en met januari houd ik alles af.", "Tot en met januari", OCT, None, None, "2024-01-31", P.YEARS, "until", "publication"),
    # relative to publication: days and weeks
    ("Blessin vertrekt per direct naar Genoa.", "per direct", OCT, None, "2023-10-03", "2023-10-03", P.DAY, "point", "publication"),
    ("Hij houdt vandaag vast aan die woorden.", "vandaag", OCT, None, "2023-10-03", "2023-10-03", P.DAY, "point", "publication"),
    ("Hij werd gisteren ontslagen.", "gisteren", OCT, None, "2023-10-02", "2023-10-02", P.DAY, "point", "publication"),
    ("Eergisteren tekende hij.", "Eergisteren", OCT, None, "2023-10-01", "2023-10-01", P.DAY, "point", "publication"),
    ("Morgen wordt hij voorgesteld.", "Morgen", OCT, None, "2023-10-04", "2023-10-04", P.DAY, "point", "publication"),
    ("Donderdag wacht Liverpool.", "Donderdag", OCT, None, "2023-10-05", "2023-10-05", P.DAY, "point", "publication"),
    ("Zondag verloor Genk.", "Zondag", OCT, None, "2023-10-01", "2023-10-01", P.DAY, "point", "publication"),
    ("Zaterdagavond won Union.", "Zaterdagavond", JAN, None, "2024-01-20", "2024-01-20", P.DAY, "point", "publication"),
    ("Vorige zondag won Union.", "Vorige zondag", JAN, None, "2024-01-14", "2024-01-14", P.DAY, "point", "publication"),
    ("Vorige week stapte hij op.", "Vorige week", OCT, None, "2023-09-25", "2023-10-01", P.WEEK, "point", "publication"),
    ("Deze week valt de beslissing.", "Deze week", OCT, None, "2023-10-02", "2023-10-08", P.WEEK, "point", "publication"),
    ("Volgende week tekent hij.", "Volgende week", JAN, None, "2024-01-22", "2024-01-28", P.WEEK, "point", "publication"),
    ("Twee weken geleden opende Union zijn campagne.", "Twee weken geleden", OCT, None, "2023-09-16", "2023-09-22", P.WEEK, "point", "publication"),
    ("Een paar weken geleden tekende hij.", "Een paar weken geleden", OCT, None, "2023-09-09", "2023-09-22", P.MONTH, "point", "publication"),
    ("Enkele weken geleden tekende hij.", "Enkele weken geleden", OCT, None, "2023-07-08", "2023-09-29", P.SEASON, "point", "publication"),
    # relative to publication: months, years, seasons
    ("Drie maanden geleden werd hij ontslagen.", "Drie maanden geleden", OCT, None, "2023-06-18", "2023-07-18", P.MONTH, "point", "publication"),
    ("Een jaar geleden werd hij ontslagen.", "Een jaar geleden", OCT, None, "2022-04-03", "2023-04-03", P.YEAR, "point", "publication"),
    ("Vorige maand stapte hij op.", "Vorige maand", JAN, None, "2023-12-01", "2023-12-31", P.MONTH, "point", "publication"),
    ("Begin deze maand stapte hij op.", "Begin deze maand", OCT, None, "2023-10-01", "2023-10-10", P.MONTH, "point", "publication"),
    ("Vorig jaar werd hij kampioen.", "Vorig jaar", OCT, None, "2022-01-01", "2022-12-31", P.YEAR, "during", "publication"),
    ("Dit jaar gaat het minder.", "Dit jaar", JAN, None, "2024-01-01", "2024-12-31", P.YEAR, "during", "publication"),
    ("Is hij volgend jaar nog coach?", "volgend jaar", OCT, None, "2024-01-01", "2024-12-31", P.YEAR, "during", "publication"),
    ("Union haalde hem afgelopen zomer binnen.", "afgelopen zomer", OCT, None, "2023-06-01", "2023-08-31", P.SEASON, "point", "publication"),
    ("Union haalde hem afgelopen zomer binnen.", "afgelopen zomer", JAN, None, "2023-06-01", "2023-08-31", P.SEASON, "point", "publication"),
    ("Union haalde hem afgelopen zomer binnen.", "afgelopen zomer", MAY, None, "2021-06-01", "2021-08-31", P.SEASON, "point", "publication"),
    ("Vorige zomer kwam hij over.", "Vorige zomer", OCT, None, "2023-06-01", "2023-08-31", P.SEASON, "point", "publication"),
    ("Deze zomer vertrekt hij.", "Deze zomer", JAN, None, "2024-06-01", "2024-08-31", P.SEASON, "point", "publication"),
    ("Komende zomer vertrekt hij.", "Komende zomer", OCT, None, "2024-06-01", "2024-08-31", P.SEASON, "point", "publication"),
    ("Volgende zomer vertrekt hij.", "Volgende zomer", MAY, None, "2022-06-01", "2022-08-31", P.SEASON, "point", "publication"),
    ("Afgelopen winter kwam hij over.", "Afgelopen winter", OCT, None, "2022-12-01", "2023-02-28", P.SEASON, "point", "publication"),
    ("Deze winter wil hij versterking.", "Deze winter", OCT, None, "2023-12-01", "2024-02-29", P.SEASON, "point", "publication"),
    ("De winterstop komt geen dag te vroeg.", "De winterstop", OCT, None, "2023-12-20", "2024-01-15", P.SEASON, "point", "publication"),
    ("Na de winterstop neemt hij over.", "Na de winterstop", JAN, None, "2024-01-16", None, P.YEARS, "since", "publication"),
    ("Hij is er sinds deze zomer.", "sinds deze zomer", OCT, None, "2023-06-01", None, P.YEARS, "since", "publication"),
    ("Vorig seizoen werd hij kampioen.", "Vorig seizoen", OCT, None, "2022-07-01", "2023-06-30", P.SEASON, "during", "publication"),
    ("Vorig seizoen werd hij kampioen.", "Vorig seizoen", JAN, None, "2022-07-01", "2023-06-30", P.SEASON, "during", "publication"),
    ("Vorig seizoen werd hij kampioen.", "Vorig seizoen", MAY, None, "2020-07-01", "2021-06-30", P.SEASON, "during", "publication"),
    ("Dit seizoen loopt het minder.", "Dit seizoen", JAN, None, "2023-07-01", "2024-06-30", P.SEASON, "during", "publication"),
    ("Hij blijft ook volgend seizoen.", "volgend seizoen", OCT, None, "2024-07-01", "2025-06-30", P.SEASON, "during", "publication"),
    ("Komend seizoen is hij T1.", "Komend seizoen", MAY, None, "2022-07-01", "2023-06-30", P.SEASON, "during", "publication"),
    ("In de huidige jaargang loopt het minder.", "In de huidige jaargang", OCT, None, "2023-07-01", "2024-06-30", P.SEASON, "during", "publication"),
    ("Hij huurt hem tot het einde van het seizoen.", "tot het einde van het seizoen", JAN, None, None, "2024-06-30", P.YEARS, "until", "publication"),
    ("Eerder dit seizoen won hij.", "Eerder dit seizoen", OCT, None, "2023-07-01", "2023-10-03", P.SEASON, "point", "publication"),
    ("Over twee weken speelt hij zijn eerste match.", "Over twee weken", OCT, None, "2023-10-14", "2023-10-20", P.WEEK, "point", "publication"),
    ("Van januari tot maart was hij out.", "Van januari tot maart", OCT, None, "2024-01-01", "2024-03-31", P.SEASON, "during", "publication"),
    ("Tussen 1 juli en 31 augustus kopen clubs.", "Tussen 1 juli en 31 augustus", JAN, None, "2023-07-01", "2023-08-31", P.SEASON, "during", "publication"),
    ("Hij was out van december 2019 tot februari 2020.", "van december 2019 tot februari 2020", OCT, None, "2019-12-01", "2020-02-29", P.SEASON, "during", "absolute"),
    # relative to the previous date in the text
    ("Het volgende seizoen werd hij kampioen.", "Het volgende seizoen", OCT, Y2000, "2000-07-01", "2002-06-30", P.YEARS, "during", "previous"),
    ("Een jaar erna tekende hij.", "Een jaar erna", OCT, Y2000, "2001-01-01", "2001-12-31", P.YEAR, "point", "previous"),
    ("Twee jaar eerder was hij nog speler.", "Twee jaar eerder", OCT, Y2000, "1998-01-01", "1998-12-31", P.YEAR, "point", "previous"),
    ("Enkele maanden later werd hij trainer.", "Enkele maanden later", OCT, Y2000, "2000-02-01", "2001-12-31", P.YEARS, "point", "previous"),
    ("Een jaar later tekende hij.", "Een jaar later", OCT, Y2000, "2001-01-01", "2001-12-31", P.YEAR, "point", "previous"),
    ("Twee jaar later stopte hij.", "Twee jaar later", OCT, Y2000, "2002-01-01", "2002-12-31", P.YEAR, "point", "previous"),
    ("Een seizoen later stopte hij.", "Een seizoen later", OCT, Y2000, "2001-01-01", "2001-12-31", P.SEASON, "point", "previous"),
    ("Kort daarna werd hij ontslagen.", "Kort daarna", OCT, DAY_PREV, "2019-03-15", "2019-06-15", P.SEASON, "point", "previous"),
    ("Hij werd daarna jeugdtrainer.", "daarna", OCT, Y2000, "2000-01-01", None, P.YEARS, "point", "previous"),
    ("Klopp was op dat moment verdediger.", "op dat moment", OCT, Y2000, "2000-01-01", "2000-12-31", P.YEAR, "point", "previous"),
    ("Vanaf dan kunnen clubs mij bellen.", "Vanaf dan", OCT, Y2000, "2000-01-01", None, P.YEARS, "since", "previous"),
    ("Een dikke 20 jaar later kruisen hun paden.", "Een dikke 20 jaar later", OCT, Y2000, "2020-01-01", "2023-12-31", P.YEARS, "point", "previous"),
    # any case, and the letters re.IGNORECASE would equate with i, s and k; offsets are the sentence's own
    ("Hij werd In De Zomer Van 2020 aangesteld.", "In De Zomer Van 2020", OCT, None, "2020-06-01", "2020-08-31", P.SEASON, "point", "absolute"),
    ("HIJ TEKENDE IN MAART 2021.", "IN MAART 2021", OCT, None, "2021-03-01", "2021-03-31", P.MONTH, "point", "absolute"),
    ("Vorig SEIZOEN werd hij kampioen.", "Vorig SEIZOEN", OCT, None, "2022-07-01", "2023-06-30", P.SEASON, "during", "publication"),
    ("Twee Weken Geleden opende Union.", "Twee Weken Geleden", OCT, None, "2023-09-16", "2023-09-22", P.WEEK, "point", "publication"),
    ("Hij tekende İn maart 2021 bij İstanbul.", "İn maart 2021", OCT, None, "2021-03-01", "2021-03-31", P.MONTH, "point", "absolute"),
    ("Vorig ſeizoen werd hij kampioen.", "Vorig ſeizoen", OCT, None, "2022-07-01", "2023-06-30", P.SEASON, "during", "publication"),
    ("Ze speelden in 2000 tegen Fenerbahçe in İzmir.", "in 2000", OCT, None, "2000-01-01", "2000-12-31", P.YEAR, "during", "absolute"),
    # glued and bracketed forms the word-by-word search must still reach
    ("Van 2015-2018 was hij trainer.", "Van 2015-2018", OCT, None, "2015-01-01", "2018-12-31", P.YEARS, "during", "absolute"),
    ("Hij kwam (op 1ste juli 2019) over.", "op 1ste juli 2019", OCT, None, "2019-07-01", "2019-07-01", P.DAY, "point", "absolute"),
    ("Zaterdagavond, 4 november, speelt hij.", "Zaterdagavond, 4 november", OCT, None, "2023-11-04", "2023-11-04", P.DAY, "point", "publication"),
]


def _only(mentions: list[TimeMention], phrase: str) -> TimeMention:
    found = [m for m in mentions if m.text == phrase]
    assert len(found) == 1, f"{phrase!r} not found once in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    "sentence, phrase, published, previous, start, end, precision, role, anchor",
    CASES,
    ids=[f"{c[1]}@{c[2].start}" for c in CASES],
)
def test_phrase_resolves(sentence, phrase, published, previous, start, end, precision, role, anchor):
    mention = _only(find_times(sentence, published, previous), phrase)
    assert sentence[mention.start:mention.end] == phrase
    interval = mention.interval
    assert (interval.start, interval.end) == (start and D(start), end and D(end))
    assert interval.precision is precision
    assert (mention.role, mention.anchor) == (role, anchor)
    assert interval.text == phrase
    assert not interval.estimated


@pytest.mark.parametrize(
    "sentence, phrase, years, start, end",
    [
        ("Klopp bleef zeven jaar trainer van Mainz.", "zeven jaar", 7, None, None),
        ("Hij is er intussen al acht jaar aan de slag.", "intussen al acht jaar", 8, "2015-10-03", "2023-10-03"),
        ("Hij speelt er al vijf seizoenen.", "al vijf seizoenen", 5, "2018-10-03", "2023-10-03"),
        ("Hij bleef anderhalf jaar.", "anderhalf jaar", 1.5, None, None),
        ("Hij was twee jaar lang geblesseerd.", "twee jaar lang", 2, None, None),
        ("Hij was drie maanden out.", "drie maanden", 0.25, None, None),
        ("Hij won de voorbije twee seizoenen de titel.", "de voorbije twee seizoenen", 2, "2021-10-03", "2023-10-03"),
        ("Een half jaar later was hij weg.", "Een half jaar later", None, None, None),  # previous-relative, see below
        ("Hij tekende voor 3 jaar.", "3 jaar", 3, None, None),
        ("Hij werkt er eenentwintig jaar.", "eenentwintig jaar", 21, None, None),
    ],
)
def test_durations_carry_their_length(sentence, phrase, years, start, end):
    mentions = find_times(sentence, OCT, None)
    if years is None:  # a relative phrase without a previous date gives nothing, not a duration
        assert mentions == []
        return
    mention = _only(mentions, phrase)
    assert mention.role == "duration"
    assert mention.years == pytest.approx(years)
    assert (mention.interval.start, mention.interval.end) == (start and D(start), end and D(end))


NOT_DATES = [
    "Nu is het tijd voor iets anders.",
    "Het is zo gebeurd.",
    "Jan Vertonghen speelde een sterke match.",
    "Do Kwon en Jan Breydel.",
    "De maartse buien en de maartse zon.",
    "Union won met 3-1 en verloor eerder met 2-3.",
    "In 2 wedstrijden voor Malinwa pakte de club 3 op 6.",
    "Ze hebben 1-3 verloren.",
    "Ze hadden een telefoongesprek van zo'n 20 minuten.",
    "Het doelpunt viel na 34 seconden.",
    "De transfer kost 5 miljoen euro.",
    "De aftrap is om 13u30.",
    "De 28-jarige Blessin, rugnummer 10, scoorde (45).",
    "Hij is 28 jaar oud.",
    "Ze strijden voor een plek in Play-Off I en de Serie A.",
    "Hij speelt bij de U21 en in 1B.",
    "Mainz 05 en Schalke 04 tegen 1899 Hoffenheim en TSV 1860 München.",
    "Hij kwam naar het EK 2024 kijken.",
    "Er waren 2000 toeschouwers en 1500 supporters.",
    "RUGNUMMER 2019 droeg hij, voor 2020 EURO.",
    "Hij verdiende € 2020 per maand.",
    "Mag Union tevreden zijn over het werk tot dusver?",
    "Hij bleef tot op heden trouw en streed tot het einde mee.",
    "Onlangs en recent werd hij nog genoemd.",
    "Hij werd Trainer van het Jaar.",
    "Een jaar later tekende hij.",  # no previous date: nothing to count from
    "Kort daarna werd hij ontslagen.",
    "De volgende morgen vertrok hij, 's morgens vroeg.",
    "Hij werd eerder al genoemd.",
    "Op 31 februari 2021 gebeurde niets.",
    "De 35 jaar oude spits scoorde.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_a_date_gives_nothing(sentence):
    assert find_times(sentence, OCT, None) == []


def test_bare_later_is_not_counted_from_the_previous_date():
    # "later" alone usually looks ahead from now ("hij zal later beslissen"), not from the story's last date
    assert find_times("Hij zal later beslissen.", OCT, Y2000) == []


def test_approximate_publication_widens_relative_dates_monotonically():
    [yesterday] = find_times("Hij werd gisteren ontslagen.", WEEK)
    assert (yesterday.interval.start, yesterday.interval.end) == (D("2023-09-29"), D("2023-10-05"))
    assert yesterday.interval.precision is P.WEEK
    [season] = find_times("Vorig seizoen werd hij kampioen.", WEEK)
    assert (season.interval.start, season.interval.end) == (D("2022-07-01"), D("2023-06-30"))


def test_open_estimated_publication_gives_open_estimated_results():
    [summer] = find_times("Union haalde hem afgelopen zomer binnen.", OPEN)
    assert (summer.interval.start, summer.interval.end) == (D("2019-06-01"), None)
    assert summer.interval.estimated and summer.interval.precision is P.YEARS
    [since] = find_times("Hij is er sinds deze zomer.", OPEN)
    assert since.interval.start == D("2020-06-01") and since.interval.estimated
    # an until-phrase needs the publication's end, which is unknown: no date is invented
    assert find_times("Hij blijft tot volgende zomer.", OPEN) == []
    # absolute phrases do not lean on the publication date, so they are not estimated
    [year] = find_times("Hij speelde in 2000 bij Mainz.", OPEN)
    assert not year.interval.estimated


def test_unknown_publication_resolves_only_absolute_phrases():
    nothing = DateInterval(None, None, P.YEARS, estimated=True)
    mentions = find_times("Vorig seizoen, in 2000, werd hij gisteren ontslagen.", nothing)
    assert [m.text for m in mentions] == ["in 2000"]


def test_estimated_previous_propagates():
    guess = DateInterval(D("2010-01-01"), D("2010-12-31"), P.YEAR, estimated=True)
    [later] = find_times("Een jaar later tekende hij.", OCT, guess)
    assert later.interval.estimated and later.interval.start == D("2011-01-01")


@pytest.mark.parametrize("document", [
    "Kop.\nHij kwam in de Zomer van 2020, bleef tot 2022 en vertrok afgelopen zomer.",
    "Kop.\nİn İstanbul speelde hij ſinds 2019; in MAART 2021 vertrok hij.",  # lowering changes these letters
])
def test_a_lowered_sentence_at_a_document_offset_gives_the_same_mentions_moved(document):
    offset = document.index("\n") + 1
    sentence = document[offset:]
    lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in document)[offset:]  # same length
    plain = find_times(sentence, OCT, Y2000)
    moved = find_times(sentence, OCT, Y2000, lower=lowered, offset=offset)
    assert plain and moved == [m._replace(start=m.start + offset, end=m.end + offset) for m in plain]
    assert all(document[m.start:m.end] == m.text for m in moved)


def test_mentions_come_in_text_order_without_overlap():
    sentence = "Hij kwam in de zomer van 2020, bleef tot 2022 en vertrok afgelopen zomer."
    mentions = find_times(sentence, OCT)
    assert [m.text for m in mentions] == ["in de zomer van 2020", "tot 2022", "afgelopen zomer"]


@pytest.mark.parametrize(
    "years, start, end, expected_start, expected_end",
    [
        (-7, "2008-01-01", "2008-12-31", "2001-01-01", "2001-12-31"),
        (1, "2020-02-29", "2020-02-29", "2021-02-28", "2021-02-28"),
        (0.25, "2020-01-15", "2020-01-15", "2020-04-15", "2020-04-15"),
        (-8, "2023-10-03", None, "2015-10-03", None),
    ],
)
def test_shift_moves_both_ends(years, start, end, expected_start, expected_end):
    moved = shift(DateInterval(D(start), end and D(end), P.YEAR, estimated=True), years, "zeven jaar")
    assert (moved.start, moved.end) == (D(expected_start), expected_end and D(expected_end))
    assert moved.text == "zeven jaar" and moved.estimated


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -/.,'abcdeijklmnorstuvwzAJMZıİ\u212a")), max_size=80)
       | st.text(max_size=80)
       | st.lists(st.sampled_from(["in", "2020", "maart", "tot", "sinds", "vorig", "seizoen", "zomer", "van", "twee",
                                   "jaar", "later", "geleden", "begin", "eind", "de", "het", "31", "1", "2018-19",
                                   "jaren", "negentig", "enkele", "maanden", "toen", "daarna", "zondag", "ſeizoen"]),
                  max_size=12).map(" ".join))
def test_never_raises_and_spans_are_exact(text):
    for published, previous in ((OCT, Y2000), (OPEN, None), (WEEK, DAY_PREV), (exact("0001-01-10"), exact("9999-12-30"))):
        for mention in find_times(text, published, previous):
            assert text[mention.start:mention.end] == mention.text
            interval = mention.interval
            assert interval.start is None or interval.end is None or interval.start <= interval.end
            assert mention.role in ("point", "until", "since", "during", "duration")
            assert mention.anchor in ("absolute", "publication", "previous")


GRAMMAR = Grammar(default_lexicon())
PHRASE_WORDS = [word.replace("_", " ") for word in (
    "in op tot sinds vanaf na t/m per de het van een en tussen begin eind medio aan einde later eerder rond "
    "vorig vorige afgelopen deze dit komend volgend huidige zomer winter winterstop seizoen jaargang jaar jaren "
    "week maand weken maanden dag dagen geleden over daarna eerder toen dan al snel kort moment dat in_dat "
    "maart juli december maandag zaterdagavond gisteren morgen 's vandaag direct per_direct negentig '90 90 "
    "twee drie enkele een_paar ruim zo'n bijna 3,5 21 1ste 4 31 2000 2015 2018-19 2018/2019 12/08/2021 1.2.2020 "
    "€ rugnummer toeschouwers Club EK TSV ( ) , . : - – lang oud MAART In De Zomer"
).split()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PHRASE_WORDS), max_size=14).map(" ".join))
def test_rules_are_tried_wherever_a_full_scan_finds_them(text):
    # candidates() tries each rule only at a few word starts near its anchor words: it must miss nothing
    lowered, _ = forms(text)
    located = [(name, m.span()) for name, m in GRAMMAR.candidates(text)]
    assert located == [(rule.name, m.span()) for rule in GRAMMAR.rules for m in rule.pattern.finditer(lowered)]


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(resource_path("dates"), tmp_path / "dates")
    return tmp_path / "dates"


def test_shipped_data_loads(data_copy):
    lexicon = load_lexicon(data_copy)
    assert lexicon.months["maart"] == 3 and lexicon.numbers["tweeëntwintig"].typical == 22


def test_broken_json_names_the_file(data_copy):
    (data_copy / "cues.json").write_text('{"qualifiers": [', encoding="utf-8")
    with pytest.raises(DateResourceError, match=r"cues\.json: not valid JSON"):
        load_lexicon(data_copy)


def test_missing_file_names_the_file(data_copy):
    (data_copy / "numbers.json").unlink()
    with pytest.raises(DateResourceError, match=r"numbers\.json: cannot be read"):
        load_lexicon(data_copy)


@pytest.mark.parametrize(
    "file, change, message",
    [
        ("calendar.json", lambda d: d["months"].update(maart=13), r"calendar\.json: 'months\.maart'"),
        ("calendar.json", lambda d: d.pop("seasons"), r"calendar\.json: missing key 'seasons'"),
        ("calendar.json", lambda d: d["seasons"].update(zomer={"start": [6, 1]}), r"'seasons\.zomer'"),
        ("cues.json", lambda d: d["qualifiers"].pop("past"), r"cues\.json: 'qualifiers'"),
        ("cues.json", lambda d: d.update(ago=[]), r"cues\.json: 'ago' must be a non-empty list"),
        ("numbers.json", lambda d: d["vague"].update(enkele={"low": 5, "high": 2, "typical": 3}), r"'vague\.enkele'"),
        ("numbers.json", lambda d: d.update(units=["een"]), r"numbers\.json: 'units' must be a non-empty object"),
    ],
)
def test_malformed_data_is_reported_with_file_and_key(data_copy, file, change, message):
    path = data_copy / file
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DateResourceError, match=message):
        load_lexicon(data_copy)


def test_the_previous_date_may_be_asked_for_only_when_a_phrase_counts_from_it() -> None:
    """The extractor passes a function for the previous date, since finding it can mean reading earlier
    sentences: it must give the same mentions, and not be called for a sentence that does not need it."""
    asked: list[int] = []

    def previous() -> DateInterval:
        asked.append(1)
        return Y2000

    assert find_times("Twee jaar later stopte hij.", OCT, previous) == find_times("Twee jaar later stopte hij.", OCT, Y2000)
    assert len(asked) == 1
    assert find_times("In 2019 stopte hij, maar vorig seizoen werd hij trainer.", OCT, previous)
    assert len(asked) == 1
