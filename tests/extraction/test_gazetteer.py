"""The club gazetteer: shipped data validates, every name is reachable, Dutch sentences yield the right clubs."""
from __future__ import annotations

import json
from itertools import product
from pathlib import Path

import pytest

from carrousel.extraction.gazetteer import _SEPARATORS, Club, Gazetteer, GazetteerError, _join, load_gazetteer
from carrousel.model import Span
from carrousel.paths import resource_path

DATA = resource_path("gazetteer")
FORM_FIELDS = ("aliases", "nicknames", "stadiums")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _files() -> list[Path]:
    return sorted(DATA.glob("*.json"))


def _entries(kind: str) -> list[tuple[str, dict]]:
    out = []
    for path in _files():
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["type"] == kind:
            out += [(path.name, entry) for entry in data["entries"]]
    return out


def _ids(gaz: Gazetteer, text: str) -> list[str]:
    return [m.club.id if m.club else m.via for m in gaz.find(text)]


# --- the shipped data ---------------------------------------------------------------------------------

def test_every_shipped_file_loads_and_feeds_the_gazetteer(gaz: Gazetteer) -> None:
    kinds = {json.loads(p.read_text(encoding="utf-8"))["type"] for p in _files()}
    assert kinds == {"clubs", "national_teams", "leagues", "non_clubs"}
    ids = [entry["id"] for kind in ("clubs", "national_teams") for _, entry in _entries(kind)]
    assert sorted(ids) == sorted(gaz.clubs)
    assert {c.kind for c in gaz.clubs.values()} == {"club", "national"}


def test_default_instance_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize("kind", ["clubs", "national_teams"])
def test_every_name_alias_nickname_and_stadium_is_reachable(gaz: Gazetteer, kind: str) -> None:
    for filename, entry in _entries(kind):
        club = gaz.clubs[entry["id"]]
        for form in [entry["name"], *(f for field in FORM_FIELDS for f in entry.get(field, []))]:
            where = f"{filename}: {entry['id']}: {form!r}"
            assert gaz.lookup(form) == club, where
            mentions = gaz.find(f"Gisteren speelde {form} heel goed.")
            assert [(m.text, m.club) for m in mentions] == [(form, club)], where


def test_every_contextual_name_is_found_with_its_candidates(gaz: Gazetteer) -> None:
    for filename, entry in _entries("clubs") + _entries("national_teams"):
        for form in entry.get("contextual", []):
            mentions = gaz.find(f"Gisteren speelde {form} heel goed.")
            assert [m.via for m in mentions] == ["contextual"], f"{filename}: {form!r}"
            assert gaz.clubs[entry["id"]] in mentions[0].candidates


def test_every_league_name_is_reported_as_a_league(gaz: Gazetteer) -> None:
    for filename, entry in _entries("leagues"):
        for form in [entry["name"], *entry.get("aliases", [])]:
            mentions = gaz.find(f"Hij speelde vorig jaar nog in de {form} met zijn ploeg.")
            assert [(m.text, m.via, m.club) for m in mentions] == [(form, "league", None)], f"{filename}: {form!r}"
            assert gaz.lookup(form) is None


# Clubs that played at each level in the seasons 2015-16 to 2025-26, as news names them.
COVERAGE = {
    ("BE", "first tier"): [
        "Anderlecht", "Club Brugge", "Gent", "Genk", "Standard", "KV Mechelen", "KV Oostende", "Zulte Waregem",
        "Charleroi", "Lokeren", "Kortrijk", "Westerlo", "Waasland-Beveren", "Moeskroen", "STVV", "OH Leuven",
        "Eupen", "Antwerp", "Cercle Brugge", "Beerschot", "Union", "Seraing", "RWDM", "Dender", "La Louvière"],
    ("BE", "second tier"): [
        "Antwerp", "Cercle Brugge", "Coxyde", "Deinze", "Dessel Sport", "Eupen", "ASV Geel", "Heist", "Lierse",
        "Lommel United", "Patro Eisden", "Roeselare", "Seraing United", "Tubize", "Virton", "White Star Bruxelles",
        "Union", "OH Leuven", "Beerschot Wilrijk", "Westerlo", "KV Mechelen", "Lokeren", "Club NXT", "RWD Molenbeek",
        "Lierse Kempenzonen", "Lommel SK", "Excel Mouscron", "Dender EH", "RSCA Futures", "Jong Genk", "SL16 FC",
        "SK Beveren", "Francs Borains", "RFC Liège", "KV Oostende", "RFC Seraing", "Zulte Waregem", "La Louvière",
        "Lokeren-Temse", "Olympic Charleroi", "Jong KAA Gent", "KV Kortrijk"],
    ("NL", "Eredivisie"): [
        "Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht", "Vitesse", "Heerenveen", "FC Groningen",
        "Heracles", "PEC Zwolle", "Willem II", "NEC", "Roda JC", "ADO Den Haag", "Excelsior", "Cambuur",
        "De Graafschap", "Go Ahead Eagles", "Sparta", "NAC", "VVV-Venlo", "FC Emmen", "RKC Waalwijk",
        "Fortuna Sittard", "FC Volendam", "Almere City", "Telstar"],
    ("NL", "Eerste Divisie"): [
        "Achilles '29", "Jong Ajax", "Almere City", "FC Den Bosch", "FC Dordrecht", "FC Eindhoven", "FC Emmen",
        "Fortuna Sittard", "Helmond Sport", "MVV", "NAC Breda", "TOP Oss", "FC Oss", "Jong PSV", "RKC", "Telstar",
        "Jong FC Utrecht", "FC Volendam", "VVV", "Jong AZ", "Go Ahead Eagles", "Sparta Rotterdam", "SC Cambuur",
        "De Graafschap", "NEC", "Roda JC", "ADO Den Haag", "Excelsior", "Willem II", "Heracles Almelo",
        "FC Groningen", "PEC Zwolle", "Vitesse", "FC Twente"],
    ("GB-ENG", "Premier League"): [
        "Arsenal", "Aston Villa", "Bournemouth", "Brentford", "Brighton", "Burnley", "Chelsea", "Crystal Palace",
        "Everton", "Fulham", "Ipswich Town", "Leeds United", "Leicester City", "Liverpool", "Luton Town",
        "Manchester City", "Manchester United", "Newcastle United", "Norwich City", "Nottingham Forest",
        "Sheffield United", "Southampton", "Sunderland", "Tottenham", "Watford", "West Brom", "West Ham", "Wolves"],
    ("ES", "La Liga"): [
        "Real Madrid", "Barcelona", "Atlético Madrid", "Sevilla", "Real Betis", "Real Sociedad", "Athletic Bilbao",
        "Villarreal", "Valencia", "Celta de Vigo", "Getafe", "Osasuna", "Rayo Vallecano", "Mallorca", "Girona",
        "Las Palmas", "Alavés", "Granada", "Cádiz", "Almería", "Elche", "Espanyol", "Valladolid", "Leganés",
        "Levante", "Eibar", "Huesca", "Real Oviedo"],
    ("IT", "Serie A"): [
        "Juventus", "Inter", "AC Milan", "Napoli", "AS Roma", "Lazio", "Atalanta", "Fiorentina", "Torino", "Bologna",
        "Genoa", "Sampdoria", "Sassuolo", "Udinese", "Hellas Verona", "Cagliari", "Empoli", "Lecce", "Monza",
        "Salernitana", "Spezia", "Venezia", "Cremonese", "Frosinone", "Parma", "Como", "Pisa", "Benevento", "Crotone"],
    ("DE", "Bundesliga"): [
        "Bayern München", "Borussia Dortmund", "RB Leipzig", "Bayer Leverkusen", "Borussia Mönchengladbach",
        "VfL Wolfsburg", "Eintracht Frankfurt", "Hoffenheim", "Hertha BSC", "Union Berlin", "SC Freiburg",
        "VfB Stuttgart", "Werder Bremen", "FC Augsburg", "1. FC Köln", "Mainz", "Schalke 04", "Arminia Bielefeld",
        "VfL Bochum", "Darmstadt 98", "1. FC Heidenheim", "Holstein Kiel", "FC St. Pauli", "Hamburger SV",
        "Greuther Fürth", "Stuttgarter Kickers"],
    ("FR", "Ligue 1"): [
        "Paris Saint-Germain", "Marseille", "Lyon", "Lille", "Rennes", "Nice", "RC Lens", "Nantes", "Strasbourg",
        "Montpellier", "Reims", "Toulouse", "Brest", "Lorient", "Le Havre", "Auxerre", "Angers", "Saint-Étienne",
        "Metz", "Clermont", "Troyes", "Ajaccio", "Bordeaux", "Nîmes", "Dijon", "Paris FC"],
}


@pytest.mark.parametrize(("country", "level"), list(COVERAGE))
def test_coverage_of_the_leagues_of_the_last_ten_years(gaz: Gazetteer, country: str, level: str) -> None:
    missing = [name for name in COVERAGE[(country, level)] if gaz.lookup(name) is None]
    assert not missing
    foreign = {name: gaz.lookup(name).country for name in COVERAGE[(country, level)]}
    assert {name for name, c in foreign.items() if c not in (country, "MC")} == set()


# --- matching Dutch sentences -------------------------------------------------------------------------

SENTENCES = [
    ("KV Oostende ziet Blessin per direct naar Serie A trekken.", ["be-kv-oostende", "league"]),
    ("De Kustploeg wil zich herpakken.", ["be-kv-oostende"]),
    ("Bij de kustploeg maakte Blessin indruk.", ["be-kv-oostende"]),
    ("De Duitser werd in 2020 aangesteld in de Diaz Arena.", ["be-kv-oostende"]),
    ("Daarna liep het voor KVO als een trein.", ["be-kv-oostende"]),
    ("Alexander Blessin gaat bij het Italiaanse Genoa aan de slag.", ["it-genoa"]),
    ("Zo is er de broederstrijd tussen Union-verdediger Kevin en Liverpool-middenvelder Alexis Mac Allister.",
     ["be-union-sg", "en-liverpool"]),
    ("Donderdag betreden de Brusselaars het mythische Anfield.", ["contextual", "en-liverpool"]),
    ("Enorme schok in Club-Gent?", ["be-club-brugge", "be-kaa-gent"]),
    ("Club Brugge werd geopperd als mogelijke bestemming.", ["be-club-brugge"]),
    ("Cercle Brugge wint de derby van Brugge.", ["be-cercle-brugge", "contextual"]),
    ("De club ging in onderling overleg uit elkaar met Defour.", []),
    ("Hij bleef kind aan huis Achter de Kazerne.", ["be-kv-mechelen"]),
    ("In 2 wedstrijden voor Malinwa pakte de club 3 op 6.", ["be-kv-mechelen"]),
    ("Hij loodste de Maneblussers naar de bekerfinale.", ["be-kv-mechelen"]),
    ("Is Defour volgend jaar nog coach van KVM?", ["be-kv-mechelen"]),
    ("KV Mechelen wist zich te redden in de Jupiler Pro League.", ["be-kv-mechelen", "league"]),
    ("De voormalige speler van Standard, KRC Genk, Antwerp, Anderlecht, Burnley en FC Porto.",
     ["be-standard", "be-krc-genk", "be-antwerp", "be-rsc-anderlecht", "en-burnley", "pt-porto"]),
    ("Klopp was verdediger bij Mainz, Blessin speelde bij Stuttgarter Kickers.", ["de-mainz", "de-stuttgarter-kickers"]),
    ("Klopp belandde via Dortmund in Liverpool.", ["de-dortmund", "en-liverpool"]),
    ("Hij werd jeugdtrainer bij RB Leipzig.", ["de-rb-leipzig"]),
    ("Ze speelden tegen elkaar in de Duitse tweede klasse.", ["league"]),
    ("De ex-bondscoach van Oekraïne betaalde het gelag.", ["national-ua"]),
    ("Rode Duivel Zinho Vanheusden speelt op huurbasis bij Genoa.", ["national-be", "it-genoa"]),
    ("De Rode Duivels winnen van Oranje.", ["national-be", "national-nl"]),
    ("Paars-Wit won van Blauw-Zwart in het Lotto Park.", ["be-rsc-anderlecht", "be-club-brugge", "be-rsc-anderlecht"]),
    ("Het paarswit van Anderlechts jeugd.", ["be-rsc-anderlecht", "be-rsc-anderlecht"]),
    ("De Kemphanen verloren van de Buffalo’s in de Ghelamco Arena.", ["be-kvc-westerlo", "be-kaa-gent", "be-kaa-gent"]),
    ("De Rouches wonnen in Sclessin.", ["be-standard", "be-standard"]),
    ("Genoa’s nieuwe trainer kwam van Unions jeugdwerking.", ["it-genoa", "be-union-sg"]),
    ("Ajax' middenvelder scoorde tegen de Godenzonen van weleer.", ["nl-ajax", "nl-ajax"]),
    ("De Tukkers, de Superboeren en de Trots van het Noorden speelden in de Eredivisie.",
     ["nl-fc-twente", "nl-de-graafschap", "nl-fc-groningen", "league"]),
    ("Jong PSV en Jong Ajax spelen in de Keuken Kampioen Divisie, PSV in De Kuip tegen Feyenoord.",
     ["nl-jong-psv", "nl-jong-ajax", "league", "nl-psv", "nl-feyenoord", "nl-feyenoord"]),
    ("RSCA Futures, Club NXT en Jong Genk spelen in de Challenger Pro League.",
     ["be-rsca-futures", "be-club-nxt", "be-jong-genk", "league"]),
    ("K.V. Mechelen en R.S.C. Anderlecht", ["be-kv-mechelen", "be-rsc-anderlecht"]),
    ("Beşiktaş en Besiktas, Fenerbahce en Galatasaray", ["tr-besiktas", "tr-besiktas", "tr-fenerbahce", "tr-galatasaray"]),
    ("Hij tekende bij Union Berlin en niet bij Union.", ["de-union-berlin", "be-union-sg"]),
    ("In een interview met Gazet van Antwerpen gaf Defour toe dat Antwerp interesse had.", ["be-antwerp"]),
    ("Volgens La Dernière Heure ging het over Racing Mechelen, niet over Mechelen.",
     ["be-racing-mechelen", "be-kv-mechelen"]),
    ("Club is een grote club en de clubs zijn blij.", ["be-club-brugge"]),
    ("Hij kwam over van Sporting Lissabon en ging naar Sporting.", ["pt-sporting", "contextual"]),
    ("De T2 van Real Madrid werd coach van Real.", ["es-real-madrid", "contextual"]),
    ("Een plek in Play-Off I en in de Champions League.", ["league", "league"]),
    ("Het gelijkspel tegen Toulouse in de Europa League.", ["fr-toulouse", "league"]),
    ("de Limburgers", ["contextual"]),
    ("Ook de nationale ploeg van België, de Duitse Die Mannschaft en Les Bleus.",
     ["national-be", "national-de", "national-fr"]),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s for s, _ in SENTENCES])
def test_sentences_yield_the_expected_clubs(gaz: Gazetteer, sentence: str, expected: list[str]) -> None:
    assert _ids(gaz, sentence) == expected


def test_mentions_carry_spans_into_the_original_text(gaz: Gazetteer) -> None:
    text = "Na Beşiktaş’ nederlaag speelde de Buffalo’s-verdediger bij Union-Sint-Gillis? Nee, bij Union."
    for m in gaz.find(text):
        assert text[m.start:m.end] == m.text
    assert [m.text for m in gaz.find(text)] == ["Beşiktaş’", "de Buffalo’s", "Union-Sint-Gillis", "Union"]


def test_ambiguous_contextual_name_lists_every_candidate(gaz: Gazetteer) -> None:
    (mention,) = gaz.find("De Brusselaars wonnen.")
    assert mention.via == "contextual" and mention.club is None
    assert {c.id for c in mention.candidates} == {"be-rsc-anderlecht", "be-union-sg", "be-rwdm"}
    (single,) = gaz.find("Club won.")
    assert single.club == gaz.clubs["be-club-brugge"] and single.candidates == (single.club,)


def test_plain_mention_has_itself_as_only_candidate_and_league_none(gaz: Gazetteer) -> None:
    plain, league = gaz.find("Genk speelt in de Jupiler Pro League.")
    assert plain.candidates == (plain.club,) and plain.via == "alias"
    assert league.club is None and league.candidates == () and league.via == "league"


def test_mentions_are_sorted_and_do_not_overlap(gaz: Gazetteer) -> None:
    text = open(Path(__file__).parents[2] / "seeds" / "001_36a175722d7507df.txt", encoding="utf-8").read()
    mentions = gaz.find(text)
    assert len(mentions) > 10
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@pytest.mark.parametrize("text", [
    "„Genk” won; Straße Genk, Genkß en Ωmega-Genk… 3 € voor de Kustploeg.",  # letters and symbols that do not fold
    "Na Beşiktaş’ nederlaag: K.V. Oostende, de  Kustploeg, de supporters, Genoa's en Ajax' fans.",
])
def test_find_all_gives_for_each_span_what_find_gives_for_its_text(gaz: Gazetteer, text: str) -> None:
    spans = [Span(0, len(text)), Span(0, 5), Span(3, len(text) - 4), Span(text.index("e"), len(text))]
    for span, found in zip(spans, gaz.find_all(text, spans)):
        expected = [(m.start + span.start, m.end + span.start, m.text, m.club, m.via) for m in gaz.find(text[span.start:span.end])]
        assert [(m.start, m.end, m.text, m.club, m.via) for m in found] == expected
        assert all(text[m.start:m.end] == m.text for m in found)
    assert gaz.find_all(text, []) == []


@pytest.mark.parametrize("cuts", [
    [(0, 1), (2, 3), (4, 5)],  # sentences, the one gap a blank
    [(0, 1), (4, 5)],  # a sentence left out: its clubs are no span's
    [(0, 1), (1, 3), (3, 5)],  # "Club" ends one span and "Brugge" begins the next; so do "Genoa'" and "s"
])
def test_find_all_reads_spans_at_word_edges_from_one_split_as_find_reads_each(gaz: Gazetteer, cuts) -> None:
    pieces = ["Hij tekende bij Club", "Brugge.", "Genoa'", "s fans en de", "Kustploeg zagen Ajax'"]
    text = " ".join(pieces)
    offsets = [sum(len(p) + 1 for p in pieces[:k]) for k in range(len(pieces) + 1)]
    spans = [Span(offsets[a], offsets[b] - 1) for a, b in cuts]
    for span, found in zip(spans, gaz.find_all(text, spans)):
        expected = [(m.start + span.start, m.end, m.text) for m in gaz.find(text[span.start:span.end])]
        assert [(m.start, m.end - span.start, m.text) for m in found] == expected


def test_every_separator_a_name_key_can_hold_is_known_to_the_second_word_index() -> None:
    gaps = {"".join(chars) for n in (1, 2, 3) for chars in product(" .'&/-\t,", repeat=n)}
    assert {_join(gap, prev) for gap in gaps for prev in ("KV", "Buffalos", "1", "Union")} - {None} <= set(_SEPARATORS)


def test_a_word_that_only_begins_names_starts_one_only_before_their_next_word(gaz: Gazetteer) -> None:
    assert [m.text for m in gaz.find("De supporters van de Kustploeg en de K.V. Oostende-fans.")] == [
        "de Kustploeg", "K.V. Oostende"]


@pytest.mark.parametrize(("name", "club_id"), [
    ("kv oostende", "be-kv-oostende"), ("KVO", "be-kv-oostende"), ("KONINKLIJKE VOETBALCLUB OOSTENDE", "be-kv-oostende"),
    ("besiktas", "tr-besiktas"), ("Oekraine", "national-ua"), ("union saint gilloise", "be-union-sg"),
    ("paarswit", "be-rsc-anderlecht"), ("K.V. Mechelen", "be-kv-mechelen"), ("be-kaa-gent", "be-kaa-gent"),
    ("Club", "be-club-brugge"), ("de buffalo’s", "be-kaa-gent"), ("  Anderlecht ", "be-rsc-anderlecht"),
])
def test_lookup_is_accent_and_case_insensitive(gaz: Gazetteer, name: str, club_id: str) -> None:
    assert gaz.lookup(name) == gaz.clubs[club_id]


@pytest.mark.parametrize("name", ["Brugge", "de Brusselaars", "Serie A", "Gazet van Antwerpen", "Nergensland", "", "!"])
def test_lookup_answers_none_for_ambiguous_unknown_and_non_club_names(gaz: Gazetteer, name: str) -> None:
    assert gaz.lookup(name) is None


# --- validation of broken files -----------------------------------------------------------------------

def _write(folder: Path, name: str, data: object) -> None:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (folder / name).write_text(text, encoding="utf-8")


def _club(**fields: object) -> dict:
    return {"id": "be-test", "name": "Testclub", "country": "BE", **fields}


def test_a_valid_minimal_folder_loads(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", {"type": "clubs", "entries": [_club(aliases=["TC"], contextual=["de Testers"])]})
    _write(tmp_path, "b.json", {"type": "clubs", "entries": [_club(id="be-other", name="Ander", contextual=["de Testers"])]})
    gaz = load_gazetteer(tmp_path)
    assert gaz.lookup("TC") == Club("be-test", "Testclub", "BE", "club")
    assert {c.id for c in gaz.find("de Testers")[0].candidates} == {"be-test", "be-other"}


@pytest.mark.parametrize(("content", "problem"), [
    ('{"type": "clubs", "entries": [', "not valid JSON"),
    ({"type": "teams", "entries": []}, "'type'"),
    ({"type": "clubs"}, "'entries'"),
    ({"type": "clubs", "entries": ["Genk"]}, "JSON object"),
    ({"type": "clubs", "entries": [{"id": "be-x", "name": "X"}]}, "missing required field 'country'"),
    ({"type": "clubs", "entries": [_club(aliases="TC")]}, "must be a list"),
    ({"type": "clubs", "entries": [_club(aliases=[3])]}, "must hold strings"),
    ({"type": "clubs", "entries": [_club(aliases=[""])]}, "empty string"),
    ({"type": "clubs", "entries": [_club(aliases=[" TC"])]}, "stray spaces"),
    ({"type": "clubs", "entries": [_club(alias=["TC"])]}, "unknown field"),
    ({"type": "clubs", "entries": [_club(id="Be Test")]}, "lowercase slug"),
    ({"type": "clubs", "entries": [_club(country="Belgium")]}, "ISO code"),
    ({"type": "clubs", "entries": [_club(aliases=["TC", "T.C."])]}, "listed twice"),
    ({"type": "clubs", "entries": [_club(aliases=["Test, club"])]}, "punctuation"),
    ({"type": "clubs", "entries": [_club(lowercase_ok=["Elders"])]}, "lowercase_ok"),
    ({"type": "clubs", "entries": [_club(), _club(name="Tweede")]}, "used twice"),
    ({"type": "clubs", "entries": [_club(aliases=["TC"]), _club(id="be-two", name="Tweede", aliases=["tc"])]},
     "claimed by several entries"),
    ({"type": "clubs", "entries": [_club(contextual=["TC"]), _club(id="be-two", name="Tweede", aliases=["TC"])]},
     "claimed by several entries"),
    ({"type": "clubs", "entries": [_club(nicknames=["Paars-Wit"]), _club(id="be-two", name="Paarswit")]},
     "already another entry's name"),
    ({"type": "leagues", "entries": [{"id": "x-1", "name": "Liga", "aliases": ["Liga"]}]}, "listed twice"),
])
def test_broken_files_name_the_file_and_the_problem(tmp_path: Path, content: object, problem: str) -> None:
    _write(tmp_path, "broken.json", content)
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(tmp_path)
    assert "broken.json" in str(caught.value)
    assert problem in str(caught.value)


def test_error_names_the_entry(tmp_path: Path) -> None:
    _write(tmp_path, "clubs.json", {"type": "clubs", "entries": [_club(), _club(id="be-bad", name="Bad", nicknames=[""])]})
    with pytest.raises(GazetteerError, match=r"clubs\.json: entry #1: field 'nicknames' holds an empty string"):
        load_gazetteer(tmp_path)


def test_a_league_may_not_share_a_club_name(tmp_path: Path) -> None:
    _write(tmp_path, "clubs.json", {"type": "clubs", "entries": [_club(name="Pro League")]})
    _write(tmp_path, "leagues.json", {"type": "leagues", "entries": [{"id": "be-1", "name": "Pro League"}]})
    with pytest.raises(GazetteerError, match="Pro League"):
        load_gazetteer(tmp_path)


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no gazetteer"):
        load_gazetteer(tmp_path)
