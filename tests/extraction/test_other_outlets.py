"""Articles written in the styles of other outlets (front matter, a saved web page, plain text with a dateline),
none of them from the seeds: the facts a reader finds must be there, and the misreadings fixed so far must
not come back. Each row is (person, club, kind[, first day of the date]).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from carrousel.pipeline import extract_all

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture(scope="module")
def events():
    corpus, found = extract_all([FOLDER])
    assert not corpus.problems and len(corpus.documents) == len(CASES)
    return found


def facts(events, doc: str) -> set[tuple]:
    return {(e.person, e.club, e.kind.value) for e in events if e.doc == doc}


def first_day(events, doc: str, person: str, club: str, kind: str) -> str | None:
    e = next(e for e in events if (e.doc, e.person, e.club, e.kind.value) == (doc, person, club, kind))
    return e.date.start.isoformat() if e.date and e.date.start else None


CASES = {
    "carrousel_roundup.txt": {  # a round-up: each paragraph's club, not the club named most, is the scene
        "has": [("Miron Muslic", "Cercle Brugge", "left"), ("Glen De Boeck", "KV Kortrijk", "left"),
                ("Glen De Boeck", "Cercle Brugge", "left", "2024-06-01"), ("Rik De Mil", "Charleroi", "joined"),
                ("Rik De Mil", "KAA Gent", "spell", "2023-07-01"), ("Felice Mazzu", "Charleroi", "left", "2024-09-30"),
                ("Jonas De Roeck", "Westerlo", "spell"), ("Sébastien Pocognoli", "Standard", "rumour")],
        "not": [("Rik De Mil", "KAA Gent", "joined"), ("Felice Mazzu", "KAA Gent", "left"), ("Rik De Mil", "Cercle Brugge", "joined")],
    },
    "standard_leko.md": {
        "has": [("Ivan Leko", "Standard", "left", "2024-03-11"), ("Ivan Leko", "Shanghai Port", "left"),
                ("Carl Hoefkens", "Standard", "joined", "2024-03-12"), ("Carl Hoefkens", "Club Brugge", "spell"),
                ("Ivan Leko", "Standard", "joined", "2023-06-01")],
        "not": [("Ivan Leko", "Shanghai Port", "joined"), ("Ivan Leko", "KRC Genk", "joined")],
    },
    "feyenoord_priske.txt": {
        "has": [("Brian Priske", "Feyenoord", "joined", "2024-06-05"), ("Brian Priske", "Sparta Praag", "left"),
                ("Arne Slot", "Feyenoord", "left"), ("Arne Slot", "Liverpool", "joined", "2024-06-05"), ("Arne Slot", "AZ", "left", "2021-01-01"),
                ("Arne Slot", "Feyenoord", "joined", "2021-01-01"),
                ("Jürgen Klopp", "Liverpool", "left"), ("Sjors Ultee", "Feyenoord", "rumour")],
        "not": [("Brian Priske", "Sparta Praag", "joined"), ("Arne Slot", "Liverpool", "left"), ("Arne Slot", "Sparta Praag", "left")],
    },
    "heracles_wormuth.html": {
        "has": [("Frank Wormuth", "Heracles", "left", "2022-02-14"), ("John Lammers", "Heracles", "joined", "2022-02-14"),
                ("John Stegeman", "Heracles", "left"), ("John Stegeman", "PEC Zwolle", "joined"), ("Dick Lukkien", "FC Emmen", "spell")],
        "not": [("Almelo John Stegeman", "Heracles", "left"), ("John Stegeman", "PEC Zwolle", "left"),
                ("Dick Lukkien", "FC Emmen", "rumour"), ("Frank Wormuth", "Duitsland", "joined")],
    },
    "anderlecht_rumours.txt": {
        "has": [("Hein Vanhaezebrouck", "RSC Anderlecht", "rumour"), ("Brian Riemer", "RSC Anderlecht", "left", "2024-11-11"),
                ("Hein Vanhaezebrouck", "KAA Gent", "left", "2023-01-01"), ("Hein Vanhaezebrouck", "RSC Anderlecht", "spell", "2012-01-01"),
                ("David Hubert", "RSC Anderlecht", "joined"), ("Ariel Jacobs", "RSC Anderlecht", "rumour")],
        "not": [("Hein Vanhaezebrouck", "RSC Anderlecht", "joined"), ("Brian Riemer", "RSC Anderlecht", "joined"),
                ("Brian Riemer", "Club Brugge", "left"), ("Jesper Fredberg", "KAA Gent", "left")],
    },
    "bosz_career.txt": {
        "has": [("Peter Bosz", "PSV", "joined", "2023-07-01"), ("Peter Bosz", "Vitesse", "spell"), ("Peter Bosz", "Feyenoord", "spell"),
                ("Peter Bosz", "De Graafschap", "joined", "2000-01-01"), ("Peter Bosz", "Heracles", "spell", "2004-01-01"),
                ("Peter Bosz", "Vitesse", "joined", "2013-01-01"), ("Peter Bosz", "Maccabi Tel Aviv", "joined", "2016-01-01"),
                ("Peter Bosz", "Ajax", "joined", "2016-06-01"), ("Peter Bosz", "Borussia Dortmund", "joined", "2017-01-01"),
                ("Peter Bosz", "Ajax", "left", "2017-01-01")],
        "not": [("Peter Bosz", "Hansa Rostock", "joined")],
    },
    "vanpersie.md": {
        "has": [("Robin van Persie", "Feyenoord", "joined", "2025-02-23"), ("Brian Priske", "Feyenoord", "left", "2025-02-01"),
                ("Robin van Persie", "Heerenveen", "joined", "2024-07-01"), ("Robin van Persie", "Heerenveen", "left"),
                ("Robin van Persie", "Arsenal", "spell")],
        # "De club uit Rotterdam ... heeft getekend" describes Feyenoord; it is no move away from it
        "not": [("Robin van Persie", "Feyenoord", "left")],
    },
    "charleroi.txt": {
        "has": [("Rik De Mil", "Charleroi", "left", "2024-10-28"), ("Rik De Mil", "OH Leuven", "left", "2024-01-01"),
                ("Frank Defays", "Charleroi", "joined"), ("Felice Mazzu", "Charleroi", "rumour")],
        # "Bij Charleroi denken ze aan Mazzu als nieuwe coach" is talk; OH Leuven is where De Mil came from,
        # not the club Defays takes over
        "not": [("Felice Mazzu", "Charleroi", "joined"), ("Frank Defays", "OH Leuven", "joined")],
    },
    "twente.txt": {
        "has": [("Joseph Oosting", "FC Twente", "left"), ("Joseph Oosting", "RKC Waalwijk", "left", "2022-06-01"),
                ("Ron Jans", "FC Twente", "left", "2022-06-01"), ("John van den Brom", "Vitesse", "spell"),
                ("John van den Brom", "RSC Anderlecht", "spell"), ("John van den Brom", "KRC Genk", "spell")],
        "not": [("John van den Brom", "FC Twente", "joined"), ("Paul Simonis", "Go Ahead Eagles", "left")],
    },
    "garcia.txt": {
        # "sinds februari 2025 ... volgde toen Tedesco op, die in januari 2025 aan de deur werd gezet"
        "has": [("Rudi Garcia", "België", "left"), ("Rudi Garcia", "België", "joined", "2025-02-01"),
                ("Domenico Tedesco", "België", "left", "2025-01-01"), ("Rudi Garcia", "AS Roma", "spell"), ("Rudi Garcia", "Napoli", "spell")],
        "not": [("Vincent Kompany", "Bayern München", "joined"), ("Vincent Kompany", "België", "joined")],
    },
    "vertonghen.txt": {
        # the retirement in the first sentence is at the club the article names later
        "has": [("Jan Vertonghen", "RSC Anderlecht", "left", "2025-05-21"), ("Jan Vertonghen", "Benfica", "spell"),
                ("Jan Vertonghen", "Ajax", "spell"), ("Jan Vertonghen", "Tottenham Hotspur", "spell")],
        "not": [("Jan Vertonghen", "Benfica", "left")],
    },
    "brugge.txt": {
        "has": [("Nicky Hayen", "Club Brugge", "joined", "2024-03-01"), ("Ronny Deila", "Club Brugge", "left", "2024-03-01"),
                ("Ronny Deila", "New York City FC", "joined"), ("Nicky Hayen", "Beerschot", "spell")],
        # "ontkent dat Hayen op de wip staat": nothing happened to Hayen
        "not": [("Nicky Hayen", "Club Brugge", "left"), ("Arne Slot", "Club Brugge", "joined")],
    },
    "genk.txt": {
        "has": [("Thorsten Fink", "KRC Genk", "joined", "2024-06-01"), ("Thorsten Fink", "FC Basel", "left"),
                ("Wouter Vrancken", "KRC Genk", "left"), ("Wouter Vrancken", "KAA Gent", "joined"),
                ("Domenico Olivieri", "KRC Genk", "joined", "2025-01-01"), ("Domenico Olivieri", "Standard", "spell"),
                ("Wouter Vrancken", "KAA Gent", "left", "2025-02-01"), ("Wouter Vrancken", "STVV", "joined")],
        # the assistent joins Fink's club, not the one named last
        "not": [("Domenico Olivieri", "KAA Gent", "joined")],
    },
    "ajax.md": {
        "has": [("Francesco Farioli", "Ajax", "joined", "2024-06-10"), ("John van 't Schip", "Ajax", "joined", "2023-09-01"),
                ("Maurice Steijn", "Ajax", "left", "2023-09-01"), ("Francesco Farioli", "OGC Nice", "spell"),
                ("Francesco Farioli", "Alanyaspor", "spell"), ("Francesco Farioli", "Benevento", "joined")],
        "not": [("Maurice Steijn", "Ajax", "joined")],
    },
    "union.txt": {
        # "nam vorige zomer over van Blessin" at the club the article is about, not at the cup final's opponent
        "has": [("Sébastien Pocognoli", "Union", "joined", "2023-06-01"), ("Alexander Blessin", "Union", "left"),
                ("Alexander Blessin", "FC St. Pauli", "joined"), ("Sébastien Pocognoli", "Hannover 96", "spell")],
        "not": [("Sébastien Pocognoli", "RSC Anderlecht", "joined"), ("Alexander Blessin", "RSC Anderlecht", "left"),
                ("David Hubert", "RSC Anderlecht", "left")],
    },
    "standard_hoefkens.md": {
        # "nadat hij eerder bij Club Brugge ... werd ontslagen" is an earlier moment than "sinds juni 2023";
        # "tot er een nieuwe coach is" points at no club; a "beloftetrainer" coaches the youth
        "has": [("Carl Hoefkens", "Standard", "left"), ("Carl Hoefkens", "Standard", "joined", "2023-06-01"),
                ("Carl Hoefkens", "Club Brugge", "left"), ("Ivan Leko", "Standard", "rumour"), ("Ivan Leko", "OH Leuven", "spell"),
                ("Geoffrey Valenne", "Standard", "joined"), ("Felice Mazzù", "Union", "left", "2023-11-01")],
        "not": [("Geoffrey Valenne", "Union", "joined"), ("Ivan Leko", "Standard", "joined")],
    },
    "heerenveen.txt": {
        # a rumour ties nobody to a club: "daar" in "vertrok daar" is still Go Ahead Eagles
        "has": [("John van 't Schip", "Heerenveen", "left"), ("John van 't Schip", "Heerenveen", "joined", "2022-06-01"),
                ("John van 't Schip", "PEC Zwolle", "spell"), ("Henk Veldmate", "Heerenveen", "joined"),
                ("Kees van Wonderen", "Go Ahead Eagles", "left")],
        "not": [("Kees van Wonderen", "Heerenveen", "left"), ("Henk Veldmate", "Go Ahead Eagles", "joined")],
    },
    "gent_vrancken.md": {
        # "stond aan het roer bij", "de laan werd uitgestuurd", "was succesvol bij"; the director who is glad
        # about "de komst van de ex-coach van Genk" neither came nor coached there
        "has": [("Wouter Vrancken", "KAA Gent", "joined", "2023-07-01"), ("Hein Vanhaezebrouck", "KAA Gent", "left"),
                ("Wouter Vrancken", "KRC Genk", "spell"), ("Wouter Vrancken", "KRC Genk", "left", "2023-02-01"),
                ("Wouter Vrancken", "KV Mechelen", "spell"), ("Hein Vanhaezebrouck", "KAA Gent", "joined", "2017-01-01")],
        "not": [("Ivan De Witte", "KRC Genk", "spell"), ("Ivan De Witte", "KRC Genk", "joined")],
    },
    "utrecht_jans.txt": {
        # every club of "trainer van onder meer A, sc B, C en D"; a match opponent is no career club
        "has": [("Ron Jans", "FC Utrecht", "joined"), ("Michael Silberbauer", "FC Utrecht", "left"),
                ("Ron Jans", "FC Groningen", "spell"), ("Ron Jans", "Heerenveen", "spell"), ("Ron Jans", "PEC Zwolle", "spell"),
                ("Ron Jans", "FC Twente", "spell")],
        "not": [("Michael Silberbauer", "Feyenoord", "left"), ("Ron Jans", "Feyenoord", "joined")],
    },
    "twente_oosting.md": {
        # "zit in het zadel bij", "waar hij van 2019 tot 2022 hoofdtrainer was", "assistent bij A en jeugdtrainer
        # bij B"; a move with no club of arrival named is to the club the article is about, not to the club
        # just named in a rumour; "werd later trainer" is no part of the move before it
        "has": [("Joseph Oosting", "FC Twente", "spell"), ("Joseph Oosting", "Feyenoord", "rumour"),
                ("Joseph Oosting", "FC Twente", "joined", "2022-06-01"), ("Joseph Oosting", "RKC Waalwijk", "left", "2022-06-01"),
                ("Joseph Oosting", "RKC Waalwijk", "spell", "2019-01-01"), ("Joseph Oosting", "FC Groningen", "spell"),
                ("Ron Jans", "FC Twente", "left", "2022-03-01"), ("Ron Jans", "FC Utrecht", "joined")],
        "not": [("Joseph Oosting", "Feyenoord", "joined"), ("Arne Slot", "Feyenoord", "left")],
    },
    "brugge_jashari.md": {
        # a player's transfer: "sinds 2019 in de A-kern stond", "staat onder contract bij"
        "has": [("Ardon Jashari", "Club Brugge", "joined", "2024-08-20"), ("Ardon Jashari", "FC Luzern", "left"),
                ("Ardon Jashari", "FC Luzern", "joined", "2019-01-01"), ("Christos Tzolis", "Fortuna Düsseldorf", "spell"),
                ("Christos Tzolis", "Norwich City", "spell")],
        "not": [("Nicky Hayen", "Club Brugge", "joined")],
    },
    "gent_interview.md": {
        "has": [("Hein Vanhaezebrouck", "RSC Anderlecht", "spell", "2016-01-01"),
                ("Hein Vanhaezebrouck", "RSC Anderlecht", "left", "2018-10-01"), ("Hein Vanhaezebrouck", "KAA Gent", "joined"),
                ("Hein Vanhaezebrouck", "KAA Gent", "spell", "2014-01-01"), ("Brian Riemer", "RSC Anderlecht", "left")],
        "not": [("Hein Vanhaezebrouck", "RSC Anderlecht", "joined"), ("Hein Vanhaezebrouck", "KAA Gent", "left")],
    },
    "vitesse_sturing.md": {
        # "zelf zijn ontslag indiende" is a resignation; "wil een nieuwe hoofdtrainer presenteren" appoints nobody
        "has": [("Edward Sturing", "Vitesse", "left", "2024-12-17"), ("Edward Sturing", "Vitesse", "joined", "2024-01-01"),
                ("Phillip Cocu", "Vitesse", "left"), ("Ben Rietveld", "Vitesse", "joined", "2024-12-17"),
                ("Edward Sturing", "Vitesse", "spell"), ("John Lammers", "Heracles", "spell")],
        "not": [("Edwin Winkels", "Vitesse", "joined")],
    },
    "kortrijk_still.txt": {
        # "de 33-jarige Still" is Still, not the predecessor named before; "Still werd aangesteld als opvolger
        # van Storck" appoints Still; the chairman who "zoekt nu een nieuwe coach" is nobody's appointment
        "has": [("Edward Still", "KV Kortrijk", "left"), ("Edward Still", "KV Kortrijk", "joined"),
                ("Bernd Storck", "KV Kortrijk", "left"), ("Bernd Storck", "Eupen", "joined"),
                ("Edward Still", "Charleroi", "spell"), ("Edward Still", "Charleroi", "left", "2022-01-01")],
        "not": [("Bernd Storck", "KV Kortrijk", "joined"), ("Bernd Storck", "Charleroi", "spell"),
                ("Ariel Jacobs", "KV Kortrijk", "joined"), ("Glen De Boeck", "KV Kortrijk", "joined")],
    },
    "gva_lierse.txt": {
        # the perfect "is ontslagen" in the lead is the news of the day; a candidate described by the club he
        # was sacked at ("die vorig seizoen werd ontslagen bij Lommel") or by his own club is one for Lierse
        "has": [("Bart Verlinden", "Lierse", "left", "2024-11-05"), ("Wim Goossens", "Lierse", "joined", "2024-11-05"),
                ("Bart Verlinden", "Lierse", "joined", "2023-06-01"), ("Bart Verlinden", "Patro Eisden", "left", "2023-06-01"),
                ("Bart Verlinden", "Patro Eisden", "spell"), ("Dirk Geens", "Beveren", "left"),
                ("Tom Van Dyck", "Lierse", "rumour"), ("Tom Van Dyck", "Dessel Sport", "spell"),
                ("Kristof Smets", "Lommel", "left", "2023-07-01"), ("Kristof Smets", "Lierse", "rumour")],
        "not": [("Kristof Smets", "Lommel", "rumour"), ("Wim Goossens", "Beveren", "joined"), ("Bart Verlinden", "RWDM", "joined"),
                ("Tom Van Dyck", "Lierse", "joined")],
    },
    "vi_brouwer.md": {
        # "verruilde X voor Y" leaves X for Y; "begon zijn trainersloopbaan bij de jeugd van X"; "kwam in 2019 naar X";
        # the club he was sacked at is the one the move before took him to; a guest at a presentation joins nobody
        "has": [("Henk Brouwer", "NEC", "joined", "2024-06-01"), ("Henk Brouwer", "FC Den Bosch", "spell"),
                ("Henk Brouwer", "Helmond Sport", "left", "2005-01-01"), ("Henk Brouwer", "Willem II", "joined"),
                ("Henk Brouwer", "Jong PSV", "left", "2016-06-01"), ("Henk Brouwer", "Go Ahead Eagles", "joined", "2016-06-01"),
                ("Henk Brouwer", "Go Ahead Eagles", "left", "2018-03-01"), ("Henk Brouwer", "Roda JC", "joined", "2019-01-01"),
                ("Henk Brouwer", "Roda JC", "left", "2023-01-01"), ("Henk Brouwer", "Almere City", "joined", "2023-01-01"),
                ("Jeroen Kampen", "NEC", "left")],
        "not": [("Henk Brouwer", "NEC", "left"), ("Jeroen Kampen", "NEC", "joined"), ("Mark Verbeek", "NEC", "joined"),
                ("Henk Brouwer", "PSV", "left"), ("Henk Brouwer", "Almere City", "left")],
    },
    "telegraaf_sparta.txt": {
        # "opvolger voor Rozendaal: drie namen in beeld" names the one who leaves, not a candidate; a contract "tot
        # het einde van het seizoen" is how long, not a stand-in; a denial ("niet aan de orde") links nobody
        "has": [("Marco Rozendaal", "Sparta", "left"), ("Marco Rozendaal", "KV Mechelen", "joined"),
                ("Jeroen de Groot", "Sparta", "rumour"), ("Jeroen de Groot", "Jong AZ", "spell"),
                ("Sjoerd Veenstra", "Sparta", "rumour"), ("Sjoerd Veenstra", "Cambuur", "spell"),
                ("Erik Koster", "Feyenoord", "spell"), ("Wim Keizer", "Apollon Limassol", "joined", "2025-02-01"),
                ("Bas Visser", "Sparta", "joined"), ("Bas Visser", "Excelsior", "spell")],
        "not": [("Marco Rozendaal", "Sparta", "rumour"), ("Erik Koster", "Feyenoord", "joined"), ("Wim Keizer", "Sparta", "rumour"),
                ("Jeroen de Groot", "AZ", "left"), ("Jeroen de Groot", "Jong AZ", "left"), ("Sjoerd Veenstra", "Cambuur", "left")],
    },
    "hbvl_jonggenk.txt": {
        # Jong Genk and Jong PSV are clubs of their own: the coach promoted from Jong Genk joins KRC Genk, and
        # "krijgt een nieuwe assistent" gives the one who gets him no new job
        "has": [("Dries Vandersmissen", "KRC Genk", "joined", "2025-05-27"), ("Dries Vandersmissen", "Jong Genk", "spell"),
                ("Jens Halvorsen", "KRC Genk", "left", "2025-04-01"), ("Dries Vandersmissen", "KRC Genk", "joined"),
                ("Dries Vandersmissen", "RSC Anderlecht", "joined", "2019-01-01"), ("Tim Claes", "KRC Genk", "joined"),
                ("Tim Claes", "Jong PSV", "left"), ("Bert Hermans", "Jong Genk", "joined"), ("Jens Halvorsen", "Molde", "left")],
        "not": [("Dries Vandersmissen", "Jong Genk", "joined"), ("Tim Claes", "PSV", "left"), ("Tim Claes", "Jong PSV", "joined")],
    },
    "nos_suriname.txt": {
        # "die vorige maand opstapte": a verb-final resignation; an "assistent-bondscoach" assists
        "has": [("Arjan de Wit", "Suriname", "joined", "2024-09-02"), ("Hans Bosman", "Suriname", "left", "2024-08-01"),
                ("Arjan de Wit", "Excelsior", "spell"), ("Arjan de Wit", "NAC", "spell"), ("Arjan de Wit", "Curaçao", "spell"),
                ("Arjan de Wit", "NAC", "left", "2021-01-01"), ("Romano Sabajo", "Suriname", "rumour"),
                ("Romano Sabajo", "Almere City", "spell")],
        "not": [("Romano Sabajo", "Almere City", "rumour"), ("Arjan de Wit", "Jamaica", "joined")],
    },
    "voetbalzone_gent.txt": {
        # "zei de trainer van KAA Gent" ties him to Gent: "kwam over van KV Kortrijk" brought him there, not to
        # the club of the rumour
        "has": [("Nils Verhoeven", "KAA Gent", "spell"), ("Nils Verhoeven", "FC Augsburg", "rumour"),
                ("Nils Verhoeven", "KAA Gent", "joined", "2023-06-01"), ("Nils Verhoeven", "KV Kortrijk", "left", "2023-06-01"),
                ("Tobias Krämer", "FC Augsburg", "left"), ("Kevin Mertens", "KAA Gent", "left"), ("Kevin Mertens", "OH Leuven", "joined")],
        "not": [("Nils Verhoeven", "FC Augsburg", "joined"), ("Nils Verhoeven", "KAA Gent", "left"), ("Peter Hagen", "FC Augsburg", "joined")],
    },
}


def test_roles_come_from_their_own_person(events) -> None:
    """"na het vertrek van Steijn ad interim het roer overnam": the interim is who took over; a contract's
    end in the future ("blijft trainer tot 2027") dates no spell."""
    steijn = next(e for e in events if e.person == "Maurice Steijn")
    assert steijn.role.value == "head_coach"
    fink = [e for e in events if e.doc == "genk.txt" and e.person == "Thorsten Fink" and e.kind.value == "spell"]
    assert fink and all(e.date is None for e in fink)


def test_a_spell_is_not_dated_by_another_moment(events) -> None:
    """"speelde voor Anderlecht, nadat hij in de zomer van 2022 was teruggekeerd": 2022 dates the return."""
    spells = [e for e in events if e.doc == "vertonghen.txt" and e.kind.value == "spell"]
    assert spells and all(e.date is None for e in spells)


@pytest.mark.parametrize("doc", sorted(CASES))
def test_facts_a_reader_finds(events, doc: str) -> None:
    found = facts(events, doc)
    for row in CASES[doc]["has"]:
        assert row[:3] in found, f"{doc}: missing {row[:3]}"
        if len(row) > 3:
            assert first_day(events, doc, *row[:3]) == row[3], f"{doc}: {row[:3]} dated wrongly"


@pytest.mark.parametrize("doc", sorted(CASES))
def test_misreadings_stay_fixed(events, doc: str) -> None:
    found = facts(events, doc)
    for row in CASES[doc]["not"]:
        assert row not in found, f"{doc}: {row}"


def test_an_earlier_moment_keeps_its_own_date_and_a_stand_in_is_interim(events) -> None:
    """"Hoefkens was pas sinds juni 2023 aan de slag bij de Rouches, nadat hij eerder bij Club Brugge ... werd
    ontslagen": June 2023 is not when he left Brugge. "neemt ... de honneurs waar" stands in: an interim."""
    assert first_day(events, "standard_hoefkens.md", "Carl Hoefkens", "Club Brugge", "left") is None
    valenne = [e for e in events if e.person == "Geoffrey Valenne" and e.kind.value == "joined"]
    assert {e.role.value for e in valenne} == {"interim_coach", "youth_coach"}
    assert not [e for e in events if e.person == "Geoffrey Valenne" and e.role.value == "head_coach"]


def test_a_later_move_takes_no_date_from_the_one_before(events) -> None:
    assert first_day(events, "twente_oosting.md", "Ron Jans", "FC Utrecht", "joined") is None


def test_a_player_is_a_player_wherever_no_role_is_stated(events) -> None:
    """The headline "Club Brugge haalt Jashari weg bij FC Luzern" names no role; the body calls him a midfielder."""
    jashari = [e for e in events if e.person == "Ardon Jashari"]
    assert jashari and {e.role.value for e in jashari} == {"player"}


def test_since_the_departure_is_no_departure_today(events) -> None:
    """"op zoek naar een nieuwe coach sinds het vertrek van Brian Riemer": he left before, on a day not given."""
    assert first_day(events, "gent_interview.md", "Brian Riemer", "RSC Anderlecht", "left") is None


def test_a_headline_takes_the_role_the_body_states(events) -> None:
    """"Vitesse neemt afscheid van Edward Sturing, Ben Rietveld neemt over": the body says trainer Sturing and
    the assistant standing in until the winter break; Cocu handed in his own resignation."""
    roles = {(e.person, e.kind.value): e.role.value for e in events if e.doc == "vitesse_sturing.md"}
    assert roles[("Edward Sturing", "left")] == "head_coach" and roles[("Ben Rietveld", "joined")] == "interim_coach"
    cocu = next(e for e in events if e.person == "Phillip Cocu")
    assert cocu.reason.value == "resigned"


def test_a_rumour_article_dates_nothing_it_does_not_say(events) -> None:
    jacobs = [e for e in events if e.person == "Ariel Jacobs"]
    assert jacobs and all(e.date is None for e in jacobs)
