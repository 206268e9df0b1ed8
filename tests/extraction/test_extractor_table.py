"""The extractor as a table of Dutch sentences: each row names the events a careful reader finds.

Rows are written in the style of Belgian and Dutch football news but are not taken from the seeds; each
expected tuple is (person, club, role, kind[, from, to]) with dates as ISO strings (None for open ends).
A row with no expected events is a negation, question, hypothetical or sentence without a career event.
"""
from __future__ import annotations

from datetime import date

import pytest

from carrousel.extraction.extractor import Extractor
from carrousel.extraction.gazetteer import load_gazetteer
from carrousel.model import DateInterval, Document, Precision, Segment, SegmentKind, Span

PUB = date(2023, 10, 3)

TABLE: list[tuple[str, list[tuple]]] = [
    # --- joined -----------------------------------------------------------------------------------
    ("KV Kortrijk heeft Freyr Alexandersson aangesteld als nieuwe hoofdtrainer.",
     [("Freyr Alexandersson", "KV Kortrijk", "head_coach", "joined")]),
    ("Cercle Brugge stelt Miron Muslic aan als nieuwe coach.",
     [("Miron Muslic", "Cercle Brugge", "head_coach", "joined")]),
    ("Dirk Kuyt is de nieuwe trainer van Beerschot.",
     [("Dirk Kuyt", "Beerschot", "head_coach", "joined")]),
    ("Hein Vanhaezebrouck tekende in 2018 een contract bij AA Gent.",
     [("Hein Vanhaezebrouck", "AA Gent", "head_coach", "joined", "2018-01-01", "2018-12-31")]),
    ("Brian Riemer gaat vanaf volgend seizoen aan de slag bij RSC Anderlecht.",
     [("Brian Riemer", "RSC Anderlecht", "head_coach", "joined", "2024-07-01", "2025-06-30")]),
    ("Feyenoord haalde Arne Slot in de zomer van 2021 binnen.",
     [("Arne Slot", "Feyenoord", "head_coach", "joined", "2021-06-01", "2021-08-31")]),
    ("Ajax heeft John van 't Schip aangesteld als interimtrainer.",
     [("John van 't Schip", "Ajax", "interim_coach", "joined")]),
    ("Bij Standard neemt assistent Geoffrey Valenne voorlopig het roer over.",
     [("Geoffrey Valenne", "Standard", "interim_coach", "joined")]),
    ("Wouter Vrancken werd op 1 juli 2021 voorgesteld als nieuwe T1 van KRC Genk.",
     [("Wouter Vrancken", "KRC Genk", "head_coach", "joined", "2021-07-01", "2021-07-01")]),
    ("Westerlo haalde Rik De Mil afgelopen zomer binnen.",
     [("Rik De Mil", "Westerlo", "head_coach", "joined", "2023-06-01", "2023-08-31")]),
    ("Peter Bosz werd in 2023 de nieuwe hoofdtrainer van PSV.",
     [("Peter Bosz", "PSV", "head_coach", "joined", "2023-01-01", "2023-12-31")]),
    ("Twente legde Joseph Oosting vast als nieuwe trainer.",
     [("Joseph Oosting", "FC Twente", "head_coach", "joined")]),
    ("Mark van Bommel debuteerde in 2018 als hoofdcoach van PSV.",
     [("Mark van Bommel", "PSV", "head_coach", "joined", "2018-01-01", "2018-12-31")]),
    ("Sinds januari 2022 is Ronny Deila trainer van Club Brugge.",
     [("Ronny Deila", "Club Brugge", "head_coach", "joined", "2022-01-01", "2022-01-31")]),
    ("Als speler kwam Peter Bosz uit voor Vitesse, RKC Waalwijk en Feyenoord.",
     [("Peter Bosz", "Vitesse", "player", "spell"), ("Peter Bosz", "RKC Waalwijk", "player", "spell"),
      ("Peter Bosz", "Feyenoord", "player", "spell")]),
    ("Zijn loopbaan begon bij De Graafschap, waar Peter Bosz in 2000 aan de slag ging.",
     [("Peter Bosz", "De Graafschap", "head_coach", "joined", "2000-01-01", "2000-12-31")]),
    ("Jesse Marsch werd in 2021 hoofdtrainer bij RB Leipzig.",
     [("Jesse Marsch", "RB Leipzig", "head_coach", "joined", "2021-01-01", "2021-12-31")]),
    ("Sparta Rotterdam stelde Maurice Steijn in 2020 aan als nieuwe coach.",
     [("Maurice Steijn", "Sparta Rotterdam", "head_coach", "joined", "2020-01-01", "2020-12-31")]),
    ("Bart Goor werd in 2019 benoemd tot technisch directeur van RSC Anderlecht.",
     [("Bart Goor", "RSC Anderlecht", "technical_director", "joined", "2019-01-01", "2019-12-31")]),
    ("Domenico Tedesco werd in februari 2023 aangesteld als bondscoach van België.",
     [("Domenico Tedesco", "België", "national_coach", "joined", "2023-02-01", "2023-02-28")]),
    ("Karel Geraerts maakte in 2023 de overstap naar Schalke 04.",
     [("Karel Geraerts", "Schalke 04", "head_coach", "joined", "2023-01-01", "2023-12-31")]),
    ("Genk heeft Thorsten Fink gisteren voorgesteld als nieuwe coach.",
     [("Thorsten Fink", "KRC Genk", "head_coach", "joined", "2023-10-02", "2023-10-02")]),
    # "aantrekken": hiring; "trok aan het langste eind" is no hiring
    ("Thorsten Fink werd in 2022 door KRC Genk aangetrokken.",
     [("Thorsten Fink", "KRC Genk", "head_coach", "joined", "2022-01-01", "2022-12-31")]),
    ("KRC Genk trekt Thorsten Fink aan als nieuwe trainer.", [("Thorsten Fink", "KRC Genk", "head_coach", "joined")]),
    ("KRC Genk trok aan het langste eind tegen Thorsten Fink.", []),
    # a transfer "overgenomen van X": the club before is the buyer, X the club left
    ("Club Brugge heeft Ardon Jashari overgenomen van FC Luzern.",
     [("Ardon Jashari", "Club Brugge", "head_coach", "joined"), ("Ardon Jashari", "FC Luzern", "head_coach", "left")]),
    ("Ardon Jashari werd overgenomen van FC Luzern.", [("Ardon Jashari", "FC Luzern", "head_coach", "left")]),
    # a loan: a player's spell at the club he is loaned to
    ("RSC Anderlecht verhuurt Mario Stroeykens aan KV Mechelen.", [("Mario Stroeykens", "KV Mechelen", "player", "spell")]),
    ("RSC Anderlecht leent Mario Stroeykens een seizoen uit aan KV Mechelen.",
     [("Mario Stroeykens", "KV Mechelen", "player", "spell")]),
    ("Ron Jans stapt over naar FC Twente.", [("Ron Jans", "FC Twente", "head_coach", "joined")]),
    # the main verb after an inserted phrase belongs to the subject before it, not to a name inside the phrase
    ("Ron Jans, de opvolger van Michael Silberbauer, kwam in oktober 2023 naar FC Utrecht.",
     [("Ron Jans", "FC Utrecht", "head_coach", "joined", "2023-10-01", "2023-10-31")]),
    # --- replacing someone: two people, one sentence ---------------------------------------------------
    ("Alfred Schreuder volgt bij Club Brugge Philippe Clement op.",
     [("Alfred Schreuder", "Club Brugge", "head_coach", "joined"),
      ("Philippe Clement", "Club Brugge", "head_coach", "left")]),
    ("Bij OH Leuven vervangt Marc Brys de ontslagen Vincent Euvrard.",
     [("Marc Brys", "OH Leuven", "head_coach", "joined"),
      ("Vincent Euvrard", "OH Leuven", "head_coach", "left")]),
    ("Zulte Waregem haalde Sven Vandenbroeck binnen als opvolger van Mbaye Leye.",
     [("Sven Vandenbroeck", "Zulte Waregem", "head_coach", "joined"),
      ("Mbaye Leye", "Zulte Waregem", "head_coach", "left")]),
    ("Bij Ajax treedt Maurice Steijn in de voetsporen van Alfred Schreuder.",
     [("Maurice Steijn", "Ajax", "head_coach", "joined"),
      ("Alfred Schreuder", "Ajax", "head_coach", "left")]),
    ("Na het ontslag van Felice Mazzu heeft Union met Karel Geraerts een nieuwe coach aangesteld.",
     [("Felice Mazzu", "Union", "head_coach", "left"),
      ("Karel Geraerts", "Union", "head_coach", "joined")]),
    # --- left ------------------------------------------------------------------------------------------
    # "de samenwerking stopgezet": a departure with no reason given, unless "in onderling overleg" gives one
    ("Zulte Waregem zet de samenwerking met trainer Sven Vandenbroeck stop.",
     [("Sven Vandenbroeck", "Zulte Waregem", "head_coach", "left", "2023-10-03", "2023-10-03")]),
    ("Zulte Waregem heeft na drie maanden de samenwerking met Sven Vandenbroeck beëindigd.",
     [("Sven Vandenbroeck", "Zulte Waregem", "head_coach", "left")]),
    ("KV Mechelen heeft Danny Buijs ontslagen.",
     [("Danny Buijs", "KV Mechelen", "head_coach", "left")]),
    ("Standard heeft trainer Carl Hoefkens per direct aan de deur gezet.",
     [("Carl Hoefkens", "Standard", "head_coach", "left", "2023-10-03", "2023-10-03")]),
    ("Ronny Deila is vorige week opgestapt bij Standard.",
     [("Ronny Deila", "Standard", "head_coach", "left", "2023-09-25", "2023-10-01")]),
    ("Felice Mazzu werd in maart ontslagen bij RSC Anderlecht.",
     [("Felice Mazzu", "RSC Anderlecht", "head_coach", "left", "2023-03-01", "2023-03-31")]),
    ("Cercle Brugge en Dominik Thalhammer gingen in onderling overleg uit elkaar.",
     [("Dominik Thalhammer", "Cercle Brugge", "head_coach", "left")]),
    ("Erik ten Hag vertrok in de zomer van 2022 bij Ajax.",
     [("Erik ten Hag", "Ajax", "head_coach", "left", "2022-06-01", "2022-08-31")]),
    ("Het vertrek van Vincent Kompany bij RSC Anderlecht kwam onverwacht.",
     [("Vincent Kompany", "RSC Anderlecht", "head_coach", "left")]),
    ("Bij Eupen betaalde Edward Still het gelag na de nederlaag.",
     [("Edward Still", "KAS Eupen", "head_coach", "left")]),
    ("Sporting Charleroi neemt afscheid van Edward Still.",
     [("Edward Still", "Sporting Charleroi", "head_coach", "left")]),
    ("Bernd Storck verliet Cercle Brugge twee weken geleden.",
     [("Bernd Storck", "Cercle Brugge", "head_coach", "left", "2023-09-15", "2023-09-23")]),
    ("Jonas De Roeck stopt als trainer van Beveren.",
     [("Jonas De Roeck", "SK Beveren", "head_coach", "left")]),
    ("Het contract van Philippe Montanier bij Standard werd niet verlengd.",
     [("Philippe Montanier", "Standard", "head_coach", "left")]),
    ("Ajax zette Alfred Schreuder in januari 2023 aan de deur.",
     [("Alfred Schreuder", "Ajax", "head_coach", "left", "2023-01-01", "2023-01-31")]),
    # forced departures: "de deur wijzen", "moest plaatsmaken", "zet X op straat" (past tense: not dated at publication)
    ("Cercle Brugge wees Miron Muslic maandag de deur.",
     [("Miron Muslic", "Cercle Brugge", "head_coach", "left", "2023-10-02", "2023-10-02")]),
    ("Cercle Brugge heeft Miron Muslic de deur gewezen.", [("Miron Muslic", "Cercle Brugge", "head_coach", "left")]),
    ("Bij KV Kortrijk moest Glen De Boeck na zeven speeldagen plaatsmaken.",
     [("Glen De Boeck", "KV Kortrijk", "head_coach", "left")]),
    ("Heracles zet John Lammers op straat.", [("John Lammers", "Heracles", "head_coach", "left", "2023-10-03", "2023-10-03")]),
    ("Brian Riemer mag beschikken bij RSC Anderlecht.", [("Brian Riemer", "RSC Anderlecht", "head_coach", "left")]),
    ("RSC Anderlecht mag beschikken over een sterke kern, zegt Brian Riemer.", []),
    ("Jan Peeters moet bij KV Kortrijk zijn biezen pakken.", [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    ("Jan Peeters is de trainer die bij KV Kortrijk het veld moest ruimen.",
     [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    # "aangekomen van X": the club left behind; the arrival is at the club the text is about
    ("Glen De Boeck trainde KV Kortrijk. Hij was in de zomer aangekomen van Cercle Brugge.",
     [("Glen De Boeck", "Cercle Brugge", "head_coach", "left", "2023-06-01", "2023-08-31")]),
    # "in afwachting van een opvolger" inside "neemt ... over"
    ("Assistent Yves Vanderhaeghe neemt bij KV Kortrijk in afwachting van een definitieve opvolger over.",
     [("Yves Vanderhaeghe", "KV Kortrijk", "interim_coach", "joined")]),
    ("KRC Genk en Thorsten Fink gaan na dit seizoen uit elkaar.",
     [("Thorsten Fink", "KRC Genk", "head_coach", "left", "2024-07-01", "2024-07-31")]),
    # the active "vervangt hem door Y": the club replaces him; Y comes
    ("FC Utrecht ontslaat Ron Jans en vervangt hem door Michel Vonk.",
     [("Ron Jans", "FC Utrecht", "head_coach", "left"), ("Michel Vonk", "FC Utrecht", "head_coach", "joined")]),
    # --- spells ------------------------------------------------------------------------------------------
    ("De voormalige speler van Club Brugge, KRC Genk en Ajax is nu analist.",
     []),
    ("Timmy Simons, de voormalige speler van Club Brugge en PSV, wordt jeugdtrainer.",
     [("Timmy Simons", "Club Brugge", "player", "spell"), ("Timmy Simons", "PSV", "player", "spell")]),
    ("Vincent Kompany speelde tussen 2006 en 2008 bij Hamburger SV.",
     [("Vincent Kompany", "Hamburger SV", "player", "spell", "2006-01-01", "2008-12-31")]),
    ("Thomas Vermaelen speelde in 2010 bij Arsenal.",
     [("Thomas Vermaelen", "Arsenal", "player", "spell", "2010-01-01", "2010-12-31")]),
    ("Anderlecht-verdediger Jan Vertonghen blijft nog een seizoen.",
     [("Jan Vertonghen", "RSC Anderlecht", "player", "spell")]),
    ("Club-middenvelder Hans Vanaken was opnieuw de beste man.",
     [("Hans Vanaken", "Club Brugge", "player", "spell")]),
    ("Dries Mertens was jarenlang aanvaller bij Napoli.",
     [("Dries Mertens", "Napoli", "player", "spell")]),
    ("Hij is intussen al vijf jaar trainer van Ajax.", []),
    ("Marc Overmars was tot 2022 technisch directeur van Ajax.",
     [("Marc Overmars", "Ajax", "technical_director", "spell", None, "2022-12-31")]),
    ("Roberto Martinez was bondscoach van België tot december 2022.",
     [("Roberto Martinez", "België", "national_coach", "spell")]),
    ("Jelle Vossen voetbalde tot 2023 bij Zulte Waregem.",
     [("Jelle Vossen", "Zulte Waregem", "player", "spell", None, "2023-12-31")]),
    ("Romelu Lukaku speelt op huurbasis bij AS Roma.",
     [("Romelu Lukaku", "AS Roma", "player", "spell")]),
    ("Ex-bondscoach van Nederland Louis van Gaal keert niet terug.",
     [("Louis van Gaal", "Nederland", "national_coach", "spell")]),
    ("Louis van Gaal, ex-bondscoach van Nederland, blikt terug.",
     [("Louis van Gaal", "Nederland", "national_coach", "spell")]),
    ("Steven Defour was in 2021 assistent-trainer bij Lommel SK.",
     [("Steven Defour", "Lommel SK", "assistant_coach", "spell", "2021-01-01", "2021-12-31")]),
    ("Michel Preud'homme was trainer van Standard, AA Gent en Club Brugge.",
     [("Michel Preud'homme", "Standard", "head_coach", "spell"), ("Michel Preud'homme", "AA Gent", "head_coach", "spell"),
      ("Michel Preud'homme", "Club Brugge", "head_coach", "spell")]),
    ("Trainer Mbaye Leye van Zulte Waregem reageerde tevreden.",
     [("Mbaye Leye", "Zulte Waregem", "head_coach", "spell")]),
    # a phrase between commas before the main verb is about its own time, and states a spell of its own
    ("Rik De Mil, vorig seizoen nog assistent bij AA Gent, tekende een contract bij Charleroi.",
     [("Rik De Mil", "AA Gent", "assistant_coach", "spell", "2022-07-01", "2023-06-30"),
      ("Rik De Mil", "Charleroi", "head_coach", "joined")]),
    ("Volgens Jonas De Roeck, trainer van Westerlo, is de ploeg klaar.", [("Jonas De Roeck", "Westerlo", "head_coach", "spell")]),
    ("Jonas De Roeck, kandidaat-trainer bij Westerlo, is tevreden.", []),
    ("Rik De Mil, die vorig seizoen nog assistent was bij AA Gent, tekende een contract bij Charleroi.",
     [("Rik De Mil", "AA Gent", "assistant_coach", "spell", "2022-07-01", "2023-06-30"),
      ("Rik De Mil", "Charleroi", "head_coach", "joined")]),
    # --- rumours ----------------------------------------------------------------------------------------
    ("Hein Vanhaezebrouck wordt gelinkt aan KRC Genk.",
     [("Hein Vanhaezebrouck", "KRC Genk", "head_coach", "rumour")]),
    ("Bart Goor is in beeld bij Antwerp.",
     [("Bart Goor", "Antwerp", "head_coach", "rumour")]),
    ("Club Brugge voert gesprekken met Nicky Hayen.",
     [("Nicky Hayen", "Club Brugge", "head_coach", "rumour")]),
    ("Naar verluidt is Jesse Marsch kandidaat bij Leeds United.",
     [("Jesse Marsch", "Leeds United", "head_coach", "rumour")]),
    ("Ajax toont interesse in Francesco Farioli.",
     [("Francesco Farioli", "Ajax", "head_coach", "rumour")]),
    ("Feyenoord wil Brian Priske graag halen.",
     [("Brian Priske", "Feyenoord", "head_coach", "rumour")]),
    ("Will Still is topfavoriet bij Stade de Reims.",
     [("Will Still", "Stade de Reims", "head_coach", "rumour")]),
    ("PSV hield vorige week een opvallend gesprek met Ruud van Nistelrooy.",
     [("Ruud van Nistelrooy", "PSV", "head_coach", "rumour", "2023-09-25", "2023-10-01")]),
    ("Besnik Hasi wordt getipt als opvolger bij RSC Anderlecht.", [("Besnik Hasi", "RSC Anderlecht", "head_coach", "rumour")]),
    ("Besnik Hasi is een van de kandidaten bij RSC Anderlecht.", [("Besnik Hasi", "RSC Anderlecht", "head_coach", "rumour")]),
    ("Besnik Hasi is geen kandidaat bij RSC Anderlecht.", []),
    # --- negation, hypotheticals, questions --------------------------------------------------------------
    ("Philippe Clement wordt niet de nieuwe trainer van Anderlecht.", []),
    ("Vanhaezebrouck tekende uiteindelijk niet bij Genk.", []),
    ("Standard heeft Carl Hoefkens nooit ontslagen.", []),
    ("Wordt Wouter Vrancken de nieuwe trainer van KAA Gent?", []),
    ("Als Club Brugge Ronny Deila ontslaat, staat Nicky Hayen klaar.", []),
    ("Een terugkeer naar Anderlecht zou kunnen, zegt Vincent Kompany.", []),
    ("Niemand bij Antwerp heeft Mark van Bommel ontslagen.", []),
    ("Kevin De Bruyne ontkent dat hij naar Napoli vertrekt.", []),
    ("Steven Defour sluit een overstap naar Club Brugge uit.", []),
    ("POLL: Wie wordt de nieuwe trainer van Standard?", []),
    # --- no career event ----------------------------------------------------------------------------------
    ("Club Brugge won zondag met 3-1 van RSC Anderlecht.", []),
    ("Jan Vertonghen scoorde twee keer tegen KV Mechelen.", []),
    ("De supporters van KV Oostende zongen de hele match.", []),
    ("Het Laatste Nieuws meldt dat Union verloor van Toulouse.", []),
    ("Anderlecht speelt donderdag in de Conference League.", []),
    ("Nu is het tijd voor de winterstop.", []),
    # --- dates relative to publication and to the text ---------------------------------------------------
    ("Mbaye Leye werd vorig seizoen ontslagen bij Zulte Waregem.",
     [("Mbaye Leye", "Zulte Waregem", "head_coach", "left", "2022-07-01", "2023-06-30")]),
    ("Brian Riemer werd in het seizoen 2022-2023 aangesteld bij RSC Anderlecht.",
     [("Brian Riemer", "RSC Anderlecht", "head_coach", "joined", "2022-07-01", "2023-06-30")]),
    ("Ronny Deila vertrok eind december bij Club Brugge.",
     [("Ronny Deila", "Club Brugge", "head_coach", "left", "2022-12-15", "2022-12-31")]),
    ("Carl Hoefkens werd drie maanden geleden ontslagen bij Club Brugge.",
     [("Carl Hoefkens", "Club Brugge", "head_coach", "left", "2023-06-15", "2023-07-15")]),
    ("Alexander Blessin gaat per direct aan de slag bij Genoa.",
     [("Alexander Blessin", "Genoa", "head_coach", "joined", "2023-10-03", "2023-10-03")]),
    ("Vincent Kompany trok deze zomer naar Burnley.",
     [("Vincent Kompany", "Burnley", "head_coach", "joined", "2023-06-01", "2023-08-31")]),
    # --- direction of a move ----------------------------------------------------------------------------
    ("Feyenoord heeft Brian Priske aangesteld. Priske komt over van Sparta Praag.",
     [("Brian Priske", "Feyenoord", "head_coach", "joined"), ("Brian Priske", "Sparta Praag", "head_coach", "left")]),
    ("Arne Slot werd in 2021 door Feyenoord binnengehaald van AZ.",
     [("Arne Slot", "AZ", "head_coach", "left", "2021-01-01", "2021-12-31")]),
    ("Arne Slot vertrekt bij Feyenoord naar Liverpool.",
     [("Arne Slot", "Feyenoord", "head_coach", "left"), ("Arne Slot", "Liverpool", "head_coach", "joined")]),
    ("Bij Liverpool neemt Arne Slot het stokje over van Jürgen Klopp.",
     [("Arne Slot", "Liverpool", "head_coach", "joined"), ("Jürgen Klopp", "Liverpool", "head_coach", "left")]),
    ("Hoefkens tekent bij Standard een contract tot de zomer van 2025.",
     [("Hoefkens", "Standard", "head_coach", "joined", "2023-10-03", "2023-10-03")]),
    ("Carl Hoefkens, die eerder hoofdcoach was bij Club Brugge, keert terug bij Standard.",
     [("Carl Hoefkens", "Club Brugge", "head_coach", "spell"), ("Carl Hoefkens", "Standard", "head_coach", "joined")]),
    # --- searches, opponents, rumours that contain an appointment word --------------------------------------
    ("Bij RSC Anderlecht wordt volop gezocht naar een nieuwe hoofdcoach.", []),
    ("Riemer werd vorige week aan de deur gezet na een 0-2 nederlaag tegen Club Brugge.",
     [("Brian Riemer", "RSC Anderlecht", "head_coach", "left", "2023-09-25", "2023-10-01")]),
    ("Anderlecht denkt aan Hein Vanhaezebrouck als nieuwe trainer.",
     [("Hein Vanhaezebrouck", "RSC Anderlecht", "head_coach", "rumour")]),
    ("Hubert nam tijdelijk over na het vertrek van Brian Riemer bij Anderlecht.",
     [("Hubert", "RSC Anderlecht", "interim_coach", "joined"), ("Brian Riemer", "RSC Anderlecht", "head_coach", "left")]),
    ("Volgens De Telegraaf zou Anderlecht gesprekken voeren met Ariel Jacobs.",
     [("Ariel Jacobs", "RSC Anderlecht", "head_coach", "rumour")]),
    ("Brian Riemer haalde met Anderlecht geen prijzen binnen.", []),
    ("Wormuth volgde in Almelo John Stegeman op, die naar PEC Zwolle vertrok.",
     [("John Stegeman", "PEC Zwolle", "head_coach", "joined")]),
    # --- two people paired with their own clubs ---------------------------------------------------------
    ("Kompany was toen speler bij Manchester City, Martinez was trainer bij Everton.",
     [("Vincent Kompany", "Manchester City", "player", "spell"), ("Roberto Martinez", "Everton", "head_coach", "spell")]),
    ("Anderlecht ontsloeg Felice Mazzu, Genk haalde Wouter Vrancken binnen.",
     [("Felice Mazzu", "RSC Anderlecht", "head_coach", "left"), ("Wouter Vrancken", "KRC Genk", "head_coach", "joined")]),
    # --- wordings from other outlets ---------------------------------------------------------------------
    ("Rudi Garcia is niet langer bondscoach van België.",
     [("Rudi Garcia", "België", "national_coach", "left", "2023-10-03", "2023-10-03")]),
    ("Anderlecht heeft afscheid genomen van trainer Brian Riemer.",
     [("Brian Riemer", "RSC Anderlecht", "head_coach", "left")]),
    ("Zulte Waregem liet trainer Sven Vandenbroeck na twee seizoenen gaan.",
     [("Sven Vandenbroeck", "Zulte Waregem", "head_coach", "left")]),
    ("Bij Charleroi denken ze aan Felice Mazzu als nieuwe coach.",
     [("Felice Mazzu", "Charleroi", "head_coach", "rumour")]),
    ("Nadat hij overkwam van OH Leuven, werd Rik De Mil trainer van Charleroi.",
     [("Rik De Mil", "OH Leuven", "head_coach", "left")]),
    ("John van den Brom werkte eerder bij Vitesse en Anderlecht.",
     [("John van den Brom", "Vitesse", "head_coach", "spell"), ("John van den Brom", "RSC Anderlecht", "head_coach", "spell")]),
    ("Jonas De Roeck, die eerder Antwerp en Beveren trainde, gaat aan de slag bij Beerschot.",
     [("Jonas De Roeck", "Antwerp", "head_coach", "spell"), ("Jonas De Roeck", "Beveren", "head_coach", "spell"),
      ("Jonas De Roeck", "Beerschot", "head_coach", "joined")]),
    ("Jan Vertonghen zet een punt achter zijn carrière bij RSC Anderlecht.",
     [("Jan Vertonghen", "RSC Anderlecht", "head_coach", "left")]),
    ("Ron Jans stapt per direct op als trainer van FC Utrecht.",
     [("Ron Jans", "FC Utrecht", "head_coach", "left", "2023-10-03", "2023-10-03")]),
    ("Ron Jans stapte op de trein naar Utrecht.", []),
    # "sinds" dates a beginning within the period it names: a day, a year
    ("Brian Riemer is sinds 1 juli 2023 de hoofdtrainer van Anderlecht.",
     [("Brian Riemer", "RSC Anderlecht", "head_coach", "joined", "2023-07-01", "2023-07-01")]),
    ("Wouter Vrancken is sinds 2022 trainer van KRC Genk.",
     [("Wouter Vrancken", "KRC Genk", "head_coach", "joined", "2022-01-01", "2022-12-31")]),
    ("Oud-Ajacied John Heitinga gaat aan de slag als assistent bij Liverpool.",
     [("John Heitinga", "Liverpool", "assistant_coach", "joined")]),
    # who is wanted is the object of "wil ... halen", never the one who wants
    ("Jürgen Klopp wou me graag halen bij Mainz.", []),
    ("Anderlecht probeerde Hein Vanhaezebrouck vorig jaar al te strikken.",
     [("Hein Vanhaezebrouck", "RSC Anderlecht", "head_coach", "rumour")]),
    # talk of a dismissal is no dismissal; "waarschijnlijk de nieuwe trainer" is a rumour
    ("Mogelijk wordt Brian Riemer volgende week ontslagen bij Anderlecht.", []),
    ("Brian Riemer zou volgens bronnen ontslagen worden bij Anderlecht.", []),
    ("Brian Riemer wordt waarschijnlijk de nieuwe trainer van Anderlecht.",
     [("Brian Riemer", "RSC Anderlecht", "head_coach", "rumour")]),
    ("Bij Union nam Sébastien Pocognoli vorige zomer over van Alexander Blessin.",
     [("Sébastien Pocognoli", "Union", "head_coach", "joined"), ("Alexander Blessin", "Union", "head_coach", "left")]),
    ("Sparta Rotterdam haalt Maurice Steijn terug als hoofdtrainer.",
     [("Maurice Steijn", "Sparta Rotterdam", "head_coach", "joined")]),
    ("De 41-jarige Robin van Persie begint op 1 juli aan zijn nieuwe job bij Heerenveen.",
     [("Robin van Persie", "Heerenveen", "head_coach", "joined")]),
    ("PSV heeft het contract van Peter Bosz met twee jaar verlengd.", [("Peter Bosz", "PSV", "head_coach", "spell")]),
    ("De Belg Wouter Vrancken is trainer van KRC Genk.", [("Wouter Vrancken", "KRC Genk", "head_coach", "spell")]),
    # a club the gazetteer does not know is no reason to take the one named before
    ("Na amper vier maanden zit Cercle Brugge alweer zonder trainer: Miron Muslic trekt naar Plymouth Argyle.", []),
    # the coach named with "onder" is not the one who played
    ("Club Brugge speelde onder Nicky Hayen sterk.", []),
    # "eerder" puts a clause at another time than the sentence's "sinds juni 2023"
    ("Carl Hoefkens is sinds juni 2023 trainer van Standard, nadat hij eerder bij Club Brugge werd ontslagen.",
     [("Carl Hoefkens", "Standard", "head_coach", "joined", "2023-06-01", "2023-06-30"),
      ("Carl Hoefkens", "Club Brugge", "head_coach", "left")]),
    # existential "er" ("tot er een nieuwe coach is") points back to no club; "de honneurs waarnemen" is standing in
    ("Bij Standard werd Carl Hoefkens ontslagen. Tot er een nieuwe coach is, neemt Geoffrey Valenne de honneurs waar.",
     [("Carl Hoefkens", "Standard", "head_coach", "left"), ("Geoffrey Valenne", "Standard", "interim_coach", "joined")]),
    # a "beloftetrainer" coaches the youth, though the word ends in "trainer"
    ("Beloftetrainer Geoffrey Valenne van Standard blijft aan boord.", [("Geoffrey Valenne", "Standard", "youth_coach", "spell")]),
    # talk ties nobody to a club: "daar" is still the club he coached
    ("Kees van Wonderen staat hoog op het lijstje van Heerenveen. Hij was trainer van Go Ahead Eagles, maar vertrok daar in januari.",
     [("Kees van Wonderen", "Heerenveen", "head_coach", "rumour"), ("Kees van Wonderen", "Go Ahead Eagles", "head_coach", "spell"),
      ("Kees van Wonderen", "Go Ahead Eagles", "head_coach", "left", "2023-01-01", "2023-01-31")]),
    ("Bij Standard valt ook de naam van Felice Mazzù.", [("Felice Mazzù", "Standard", "head_coach", "rumour")]),
    ("Wouter Vrancken stond drie seizoenen aan het roer bij KRC Genk.", [("Wouter Vrancken", "KRC Genk", "head_coach", "spell")]),
    ("Wouter Vrancken trainde KRC Genk, waar hij in februari de laan werd uitgestuurd.",
     [("Wouter Vrancken", "KRC Genk", "head_coach", "spell"),
      ("Wouter Vrancken", "KRC Genk", "head_coach", "left", "2023-02-01", "2023-02-28")]),
    ("Voordien was Wouter Vrancken succesvol bij KV Mechelen.", [("Wouter Vrancken", "KV Mechelen", "head_coach", "spell")]),
    # a role noun or "ex-" description inside a prepositional phrase describes someone else
    ("Sportief directeur Ivan De Witte is blij met de komst van de ex-coach van KRC Genk.", []),
    ("KAA Gent bevestigt de komst van Wouter Vrancken.", [("Wouter Vrancken", "KAA Gent", "head_coach", "joined")]),
    ("Ron Jans was trainer van onder meer FC Groningen, sc Heerenveen en PEC Zwolle.",
     [("Ron Jans", "FC Groningen", "head_coach", "spell"), ("Ron Jans", "Heerenveen", "head_coach", "spell"),
      ("Ron Jans", "PEC Zwolle", "head_coach", "spell")]),
    ("Gert Verheyen was bondscoach van het Griekse nationale elftal.", [("Gert Verheyen", "Griekenland", "national_coach", "spell")]),
    ("Joseph Oosting zit nog altijd stevig in het zadel bij FC Twente.", [("Joseph Oosting", "FC Twente", "head_coach", "spell")]),
    ("Joseph Oosting kwam over van RKC Waalwijk, waar hij van 2019 tot 2022 hoofdtrainer was.",
     [("Joseph Oosting", "RKC Waalwijk", "head_coach", "left"),
      ("Joseph Oosting", "RKC Waalwijk", "head_coach", "spell", "2019-01-01", "2022-12-31")]),
    ("Joseph Oosting was assistent bij Vitesse en jeugdtrainer bij FC Groningen.",
     [("Joseph Oosting", "Vitesse", "assistant_coach", "spell"), ("Joseph Oosting", "FC Groningen", "youth_coach", "spell")]),
    # the subject is appointed, not the predecessor named after "als opvolger van"
    ("Edward Still werd vorige zomer bij KV Kortrijk aangesteld als opvolger van Bernd Storck.",
     [("Edward Still", "KV Kortrijk", "head_coach", "joined", "2023-06-01", "2023-08-31"),
      ("Bernd Storck", "KV Kortrijk", "head_coach", "left", "2023-06-01", "2023-08-31")]),
    # "tot er een nieuwe T1 is aangesteld": nobody is appointed yet; "zoekt nu een nieuwe coach" is a search
    ("Tot er bij KV Kortrijk een nieuwe T1 is aangesteld, leidt Glen De Boeck de trainingen.", []),
    ("Voorzitter Ariel Jacobs van KV Kortrijk zoekt nu een nieuwe coach.", []),
    ("Christos Tzolis staat nog onder contract bij Norwich City.", [("Christos Tzolis", "Norwich City", "head_coach", "spell")]),
    ("Ardon Jashari komt over van FC Luzern, waar hij sinds 2019 in de A-kern stond.",
     [("Ardon Jashari", "FC Luzern", "player", "left"), ("Ardon Jashari", "FC Luzern", "player", "joined", "2019-01-01", "2019-12-31")]),
    # a departure named as what something followed ("sinds het vertrek van X") is no departure at publication
    ("RSC Anderlecht zoekt een coach sinds het vertrek van Brian Riemer.", [("Brian Riemer", "RSC Anderlecht", "head_coach", "left")]),
    ("Bij Vitesse diende Phillip Cocu zelf zijn ontslag in.", [("Phillip Cocu", "Vitesse", "head_coach", "left")]),
    ("Edwin Winkels zegt dat Vitesse met ingang van 1 januari een nieuwe hoofdtrainer wil presenteren.", []),
    ("Bij Vitesse staat assistent Ben Rietveld tot de winterstop voor de groep.", [("Ben Rietveld", "Vitesse", "interim_coach", "joined")]),
    ("Bij KV Kortrijk krijgt trainer Jan Peeters de bons.", [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    ("KV Kortrijk heeft trainer Jan Peeters de wacht aangezegd.", [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    ("Jan Peeters werd bij KV Kortrijk ontheven uit zijn functie.", [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    ("KV Kortrijk heeft het contract van Jan Peeters ontbonden.", [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    ("Jan Peeters legt het bijltje erbij bij KV Kortrijk.", [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    ("Jan Peeters zwaait af bij KV Kortrijk.", [("Jan Peeters", "KV Kortrijk", "head_coach", "left")]),
    ("Jan Peeters keert terug op het oude nest bij KV Kortrijk.", [("Jan Peeters", "KV Kortrijk", "head_coach", "joined")]),
    ("KV Kortrijk is rond met Jan Peeters.", [("Jan Peeters", "KV Kortrijk", "head_coach", "joined")]),
    ("KV Kortrijk heeft een akkoord bereikt met Jan Peeters.", [("Jan Peeters", "KV Kortrijk", "head_coach", "joined")]),
    ("KV Kortrijk is nog niet rond met Jan Peeters.", []),
    ("Jan Peeters wordt de nieuwe man aan het roer bij KV Kortrijk.", [("Jan Peeters", "KV Kortrijk", "head_coach", "joined")]),
    ("Jan Peeters staat in de belangstelling van KV Kortrijk.", [("Jan Peeters", "KV Kortrijk", "head_coach", "rumour")]),
    ("Jan Peeters is een piste bij KV Kortrijk.", [("Jan Peeters", "KV Kortrijk", "head_coach", "rumour")]),
    # a sentence-opening "Die" before a verb is the person named last; "Die club" is no person
    ("Bij Standard valt de naam van Felice Mazzù. Die werd in november ontslagen bij Union.",
     [("Felice Mazzù", "Standard", "head_coach", "rumour"), ("Felice Mazzù", "Union", "head_coach", "left", "2022-11-01", "2022-11-30")]),
    ("Felice Mazzù was trainer van Union. Die club ontsloeg in november Karel Geraerts.",
     [("Felice Mazzù", "Union", "head_coach", "spell"), ("Karel Geraerts", "Union", "head_coach", "left", "2022-11-01", "2022-11-30")]),
    ("Club Brugge heeft Nicky Hayen bevestigd als hoofdtrainer.", [("Nicky Hayen", "Club Brugge", "head_coach", "joined")]),
    ("Club Brugge zette Ronny Deila in maart aan de kant.",
     [("Ronny Deila", "Club Brugge", "head_coach", "left", "2023-03-01", "2023-03-31")]),
    # the passive names the one replaced first; the successor came at the moment stated
    ("De Noor Ronny Deila werd in maart bij Club Brugge vervangen door Nicky Hayen.",
     [("Ronny Deila", "Club Brugge", "head_coach", "left", "2023-03-01", "2023-03-31"),
      ("Nicky Hayen", "Club Brugge", "head_coach", "joined", "2023-03-01", "2023-03-31")]),
    ("RSC Anderlecht en Brian Riemer zijn uit elkaar.", [("Brian Riemer", "RSC Anderlecht", "head_coach", "left")]),
    # a move in the present tense lies ahead; one in the past lies behind (publication: October 2023)
    ("Ronny Deila vertrekt eind december bij Club Brugge.",
     [("Ronny Deila", "Club Brugge", "head_coach", "left", "2023-12-22", "2023-12-31")]),
    ("Ronny Deila vertrok eind december bij Club Brugge.",
     [("Ronny Deila", "Club Brugge", "head_coach", "left", "2022-12-22", "2022-12-31")]),
    ("Sébastien Pocognoli was van 2012 tot 2014 aanvoerder van Standard.",
     [("Sébastien Pocognoli", "Standard", "player", "spell", "2012-01-01", "2014-12-31")]),
    ("Karel Geraerts maakte de overstap van Union naar Standard.",
     [("Karel Geraerts", "Union", "head_coach", "left"), ("Karel Geraerts", "Standard", "head_coach", "joined")]),
    # "na dit seizoen" counts from publication already: it lies ahead, and stays there
    ("Jan Peeters stopt na dit seizoen als trainer van KV Kortrijk.",
     [("Jan Peeters", "KV Kortrijk", "head_coach", "left", "2024-07-01", "2024-07-31")]),
    # --- careers told in long reads ----------------------------------------------------------------------
    # "verruilde X voor Y": he left X and joined Y at one moment
    ("Peter Bosz verruilde in 2016 Ajax voor Borussia Dortmund.",
     [("Peter Bosz", "Ajax", "head_coach", "left", "2016-01-01", "2016-12-31"),
      ("Peter Bosz", "Borussia Dortmund", "head_coach", "joined", "2016-01-01", "2016-12-31")]),
    ("In de zomer van 2016 verruilde Henk Brouwer Jong PSV voor Go Ahead Eagles.",
     [("Henk Brouwer", "Jong PSV", "head_coach", "left", "2016-06-01", "2016-08-31"),
      ("Henk Brouwer", "Go Ahead Eagles", "head_coach", "joined", "2016-06-01", "2016-08-31")]),
    ("In 2023 ruilde Henk Brouwer Roda JC in voor Almere City.",
     [("Henk Brouwer", "Roda JC", "head_coach", "left", "2023-01-01", "2023-12-31"),
      ("Henk Brouwer", "Almere City", "head_coach", "joined", "2023-01-01", "2023-12-31")]),
    ("Henk Brouwer verruilde zijn job bij Roda JC voor een avontuur in het buitenland.",
     [("Henk Brouwer", "Roda JC", "head_coach", "left")]),
    ("Rik De Mil begon zijn trainersloopbaan bij de jeugd van KAA Gent.", [("Rik De Mil", "KAA Gent", "youth_coach", "joined")]),
    ("Rik De Mil begon zijn trainersloopbaan bij KAA Gent.", [("Rik De Mil", "KAA Gent", "head_coach", "joined")]),
    # "kwam naar X" is a move; coming to a club's presentation or match is not
    ("Henk Brouwer kwam in 2019 naar Roda JC.", [("Henk Brouwer", "Roda JC", "head_coach", "joined", "2019-01-01", "2019-12-31")]),
    ("Henk Brouwer kwam naar de persvoorstelling van Roda JC.", []),
    ("Henk Brouwer kwam naar de wedstrijd van Roda JC kijken.", []),
    ("Kevin Mertens trok naar OH Leuven, waar hij hoofdtrainer werd.", [("Kevin Mertens", "OH Leuven", "head_coach", "joined")]),
    ("Peter Maes vertrok naar Beerschot, waar hij in 2019 hoofdtrainer werd.",
     [("Peter Maes", "Beerschot", "head_coach", "joined", "2019-01-01", "2019-12-31")]),
    # verb-final subordinate clauses: "die vorige maand opstapte", "waar hij zijn schoenen aan de haak hing"
    ("Hans Bosman is bondscoach van Suriname. Hans Bosman, die vorige maand opstapte, is teleurgesteld.",
     [("Hans Bosman", "Suriname", "national_coach", "left", "2023-09-01", "2023-09-30")]),
    ("Henk Brouwer speelde bij Helmond Sport, waar hij in 2005 zijn schoenen aan de haak hing.",
     [("Henk Brouwer", "Helmond Sport", "player", "left", "2005-01-01", "2005-12-31")]),
    # --- who gets a new assistant, who stands in ------------------------------------------------------------
    ("Sparta krijgt een nieuwe keeperstrainer: Bas Visser.", [("Bas Visser", "Sparta", "assistant_coach", "joined")]),
    ("Dries Vandersmissen krijgt een nieuwe assistent bij KRC Genk.", []),
    # a contract "tot het einde van het seizoen" is its length; standing in "tot het einde van het seizoen" is interim
    ("Ron Jans tekent een contract tot het einde van het seizoen bij FC Utrecht.", [("Ron Jans", "FC Utrecht", "head_coach", "joined")]),
    ("Assistent John Lammers neemt de honneurs waar tot het einde van het seizoen bij Heracles.",
     [("John Lammers", "Heracles", "interim_coach", "joined")]),
    ("Bas Visser was eerder keeperstrainer bij Excelsior.", [("Bas Visser", "Excelsior", "assistant_coach", "spell")]),
    ("Arjan de Wit was assistent-bondscoach van Curaçao.", [("Arjan de Wit", "Curaçao", "assistant_coach", "spell")]),
    # --- the news in the perfect: today's, in the lead -------------------------------------------------------
    ("Danny Buijs is ontslagen bij KV Mechelen.", [("Danny Buijs", "KV Mechelen", "head_coach", "left", "2023-10-03", "2023-10-03")]),
    ("Standard heeft Ivan Leko aangesteld als hoofdtrainer.", [("Ivan Leko", "Standard", "head_coach", "joined", "2023-10-03", "2023-10-03")]),
    # --- rumours: the candidate's own club is not the one he is linked to ---------------------------------
    ("KV Kortrijk zoekt een trainer. Een kandidaat is Jan Peeters, trainer van Lommel.",
     [("Jan Peeters", "KV Kortrijk", "head_coach", "rumour"), ("Jan Peeters", "Lommel", "head_coach", "spell")]),
    ("KV Kortrijk zoekt een trainer. Ook Kristof Smets, die vorig seizoen werd ontslagen bij Lommel, wordt genoemd.",
     [("Kristof Smets", "KV Kortrijk", "head_coach", "rumour"),
      ("Kristof Smets", "Lommel", "head_coach", "left", "2022-07-01", "2023-06-30")]),
    ("Sparta zoekt een opvolger voor Marco Rozendaal: drie namen zijn in beeld.", []),
    ("Ook Romano Sabajo, assistent-trainer bij Almere City, was in beeld.", [("Romano Sabajo", "Almere City", "assistant_coach", "spell")]),
    ("Erik Koster, de voormalige assistent van Feyenoord, zit sinds de zomer zonder club.",
     [("Erik Koster", "Feyenoord", "assistant_coach", "spell")]),
    ("Het is NEC dat na het vertrek van Jeroen Kampen een nieuwe trainer zocht.", [("Jeroen Kampen", "NEC", "head_coach", "left")]),
    # --- reserve sides are clubs of their own; a city names the club an article names ---------------------
    ("Jeroen de Groot is trainer van Jong AZ.", [("Jeroen de Groot", "Jong AZ", "head_coach", "spell")]),
    ("Dirk Kuyt werd in 2017 trainer van Jong Vitesse.", [("Dirk Kuyt", "Jong Vitesse", "head_coach", "joined", "2017-01-01", "2017-12-31")]),
    ("Nils Verhoeven, de trainer van KAA Gent, wordt gelinkt aan FC Augsburg. Verhoeven kwam in 2023 over van KV Kortrijk.",
     [("Nils Verhoeven", "FC Augsburg", "head_coach", "rumour"), ("Nils Verhoeven", "KAA Gent", "head_coach", "joined", "2023-01-01", "2023-12-31"),
      ("Nils Verhoeven", "KV Kortrijk", "head_coach", "left", "2023-01-01", "2023-12-31")]),
    ("NEC heeft een nieuwe trainer. Henk Brouwer tekende in Nijmegen een contract tot 2027.",
     [("Henk Brouwer", "NEC", "head_coach", "joined")]),
]

#: Sentences whose events must NOT be there, or must stay undated: (sentence, forbidden (person, club, kind), undated (person, club, kind)).
GUARDS: list[tuple[str, list[tuple], list[tuple]]] = [
    ("Het is NEC dat na het vertrek van Jeroen Kampen een nieuwe trainer zocht.", [("Jeroen Kampen", "NEC", "joined")], []),
    ("Erik Koster, de voormalige assistent van Feyenoord, zit sinds de zomer zonder club.",
     [("Erik Koster", "Feyenoord", "joined")], [("Erik Koster", "Feyenoord", "spell")]),
    ("Ron Jans tekent een contract tot het einde van het seizoen bij FC Utrecht.", [("Ron Jans", "FC Utrecht", "joined", "interim_coach")], []),
    ("Nils Verhoeven, de trainer van KAA Gent, wordt gelinkt aan FC Augsburg. Verhoeven kwam in 2023 over van KV Kortrijk.",
     [("Nils Verhoeven", "FC Augsburg", "joined")], []),
    ("KV Kortrijk zoekt een trainer. Ook Kristof Smets, die vorig seizoen werd ontslagen bij Lommel, wordt genoemd.",
     [("Kristof Smets", "Lommel", "rumour")], [("Kristof Smets", "KV Kortrijk", "rumour")]),
    ("Henk Brouwer verruilde zijn job bij Roda JC voor een avontuur in het buitenland.", [("Henk Brouwer", "Roda JC", "joined")], []),
    # the perfect is today's only where it tells the news: not beside "al", nor a copula's "is", nor past the lead
    ("Danny Buijs is al drie keer ontslagen bij KV Mechelen.", [], [("Danny Buijs", "KV Mechelen", "left")]),
    ("Het is officieel: Wouter Vrancken wordt de nieuwe coach van AA Gent.", [], [("Wouter Vrancken", "AA Gent", "joined")]),
    ("KV Mechelen won. Het bestuur vergaderde. De spelers trainden. Danny Buijs is ontslagen bij KV Mechelen.", [],
     [("Danny Buijs", "KV Mechelen", "left")]),
]

#: Full names used in the table where a row only gives a surname: they come from an earlier sentence.
CONTEXT = {
    "Kompany was toen": "Vincent Kompany en Roberto Martinez kennen elkaar al lang.",
    "Hoefkens tekent": "Trainer Hoefkens is terug.",
    "Riemer werd vorige week": "Brian Riemer was trainer van RSC Anderlecht.",
    "Hubert nam": "Coach Hubert is klaar.",
}


def _document(sentence: str) -> Document:
    prefix = next((c + " " for k, c in CONTEXT.items() if sentence.startswith(k)), "")
    text = prefix + sentence
    published = DateInterval(PUB, PUB, Precision.DAY, "2023-10-03", reason="test")
    return Document("t.txt", "t.txt", text, "", [Segment(SegmentKind.BODY, Span(0, len(text)))], published)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _key(e) -> tuple:
    return (e.person, e.club_id, e.role.value, e.kind.value)


def _expected_key(row: tuple) -> tuple:
    club = load_gazetteer().lookup(row[1])
    assert club is not None, f"the gazetteer does not know {row[1]!r}"
    return (row[0], club.id, row[2], row[3])


@pytest.mark.parametrize("sentence, expected", TABLE, ids=[row[0][:50] for row in TABLE])
def test_sentence(extractor: Extractor, sentence: str, expected: list[tuple]) -> None:
    events = extractor.extract(_document(sentence))
    got = {_key(e): e for e in events}
    for row in expected:
        key = _expected_key(row)
        assert key in got, f"missing {row[:4]} in {[(e.person, e.club, e.role.value, e.kind.value) for e in events]}"
        if len(row) > 4:
            assert _date_matches(got[key].date, row[4], row[5]), f"{row[:4]}: {got[key].date}"
    if not expected:
        assert not events, f"expected nothing, got {[(e.person, e.club, e.kind.value) for e in events]}"


def _date_matches(got: DateInterval | None, want_from: str | None, want_to: str | None) -> bool:
    """Overlaps the expected interval and is at most a month wider (week-sized phrases vary by a few days)."""
    if got is None:
        return False
    lo, hi = date.fromisoformat(want_from) if want_from else date.min, date.fromisoformat(want_to) if want_to else date.max
    g_lo, g_hi = got.start or date.min, got.end or date.max
    if g_hi < lo or g_lo > hi:
        return False
    if want_from is None or want_to is None:
        return (got.start is None) == (want_from is None) and (got.end is None) == (want_to is None)
    return got.start is not None and got.end is not None and (g_hi - g_lo).days <= (hi - lo).days + 31


def test_table_is_big_enough() -> None:
    assert len(TABLE) >= 80


@pytest.mark.parametrize("sentence, forbidden, undated", GUARDS, ids=[row[0][:50] for row in GUARDS])
def test_guard(extractor: Extractor, sentence: str, forbidden: list[tuple], undated: list[tuple]) -> None:
    events = extractor.extract(_document(sentence))
    for person, club, kind, *role in forbidden:
        club_id = _expected_key((person, club, "head_coach", kind))[1]
        assert not [e for e in events if (e.person, e.club_id, e.kind.value) == (person, club_id, kind)
                    and (not role or e.role.value == role[0])], f"{person} {kind} {club}"
    for person, club, kind in undated:
        club_id = _expected_key((person, club, "head_coach", kind))[1]
        found = [e for e in events if (e.person, e.club_id, e.kind.value) == (person, club_id, kind)]
        assert found and all(e.date is None for e in found), f"{person} {kind} {club}: {[e.date for e in found]}"
