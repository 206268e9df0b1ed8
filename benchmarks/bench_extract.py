"""Extraction throughput: generated seed-length articles through Carrousel vs. dateparser's search_dates.

Run with `make bench`. Prints articles per second on one core (this process), peak memory, and the naive
baseline (`dateparser.search.search_dates(body, languages=['nl'])`) over the same bodies, side by side.
Targets: at least 500 articles/s and at least 15x the baseline.
"""
from __future__ import annotations

import argparse
import functools
import random
import resource
import time
import tracemalloc
from datetime import date

from carrousel.extraction.extractor import Extractor
from carrousel.model import DateInterval, Document, Precision, SegmentKind
from carrousel.reading import segment

FIRST = ["Alexander", "Steven", "Besnik", "Wouter", "Danny", "Karel", "Hein", "Felice", "Ronny", "Brian", "Marc",
         "Peter", "Jesse", "Mbaye", "Dirk", "Vincent", "Thorsten", "Rik", "Nicky", "Miron", "Carl", "Edward"]
LAST = ["Blessin", "Defour", "Hasi", "Vrancken", "Buijs", "Geraerts", "Vanhaezebrouck", "Mazzu", "Deila", "Riemer",
        "Brys", "Bosz", "Marsch", "Leye", "Kuyt", "Kompany", "Fink", "De Mil", "Hayen", "Muslic", "Hoefkens", "Still"]
CLUBS = ["KV Oostende", "KV Mechelen", "Club Brugge", "RSC Anderlecht", "Standard", "KRC Genk", "Antwerp", "Union",
         "AA Gent", "Cercle Brugge", "Westerlo", "OH Leuven", "Charleroi", "Zulte Waregem", "Beerschot", "Ajax", "PSV",
         "Feyenoord", "AZ", "FC Twente", "Genoa", "RB Leipzig", "Mainz", "Burnley", "FC Porto"]
NICK = ["de Kustploeg", "Malinwa", "Paars-Wit", "Blauw-Zwart", "de Kemphanen", "de Buffalo's"]
TEMPLATES = [
    "{club} heeft {p1} aangesteld als nieuwe hoofdtrainer.",
    "De {nat} werd in de zomer van {year} aangesteld bij {club2}.",
    "Hij werd weggeplukt uit de jeugdopleiding van {club3}.",
    "Na het ontslag van {p2} heeft {club} met {p1} een nieuwe coach aangesteld.",
    "{p1} speelde in {year0} nog bij {club3}, {p2} was toen trainer bij {club2}.",
    "Enkele maanden later kwam het zelfs bijna tot een samenwerking.",
    "{club} haalde hem afgelopen zomer binnen als vervanger van {p2}.",
    "In de huidige jaargang verliep het dus minder met {club2}, toch bleef het werk van {s1} geapprecieerd worden.",
    "Hij werd dan ook meermaals gelinkt aan een overstap naar {club3}.",
    "De voormalige speler van {club2}, {club3} en {club4} zal sowieso zekerheid willen.",
    "Het duurde even alvorens hij zijn nieuwe ploeg op de rails kreeg, maar vervolgens liep het als een trein.",
    "In {n} wedstrijden voor {nick} pakte de club {a} op {b}, een score van {a}-{c}.",
    "Belgische clubs moeten hem evenwel niet bellen.",
    "{s1} zou daarentegen nog tot {year1} blijven voetballen bij {club4}.",
    "Assistent {p2} neemt voorlopig het roer over.",
    "{p2} bleef zeven jaar trainer van {club2} en belandde via {club3} in {club4}.",
    "Nu is het tijd voor rust, zo klinkt het donderdag bij {club}.",
]
FILLER = [
    "{club} won zondag met {a}-{c} van {club2} en klimt naar de {n}de plaats.",
    "De supporters zongen na afloop nog lang in het stadion.",
    "\"We moeten vooral rustig blijven en hard werken\", zei {s1} na de wedstrijd.",
    "In de Jupiler Pro League telt elk punt, zeker in de strijd om Play-Off I.",
    "Tegen {club2} kwam de ploeg al snel op achterstand na een fout in de verdediging.",
    "Het bestuur wil de komende weken vooral rust brengen in de kleedkamer.",
    "De transferperiode gaat in januari opnieuw open en de club wil versterking.",
    "Op training werd vooral gewerkt aan de organisatie en de omschakeling.",
    "Volgens ingewijden was de sfeer in de groep de voorbije maanden niet optimaal.",
    "Daarnaast loodste hij de ploeg ook naar de bekerfinale.",
    "Donderdag staat de volgende wedstrijd op het programma.",
]
_SIDEBAR_CLUBS = random.Random(3).choices(CLUBS, k=20)  # seeded, so every run reads the same texts
SIDEBAR = "\n\nMeest recent\n\n" + "\n".join(f"Teaser {i} over {club}\n\nTekst ...\n\n{i}\n{i}"
                                             for i, club in enumerate(_SIDEBAR_CLUBS)) + "\n\nMeer sportnieuws"


def article(rng: random.Random) -> str:
    first, last = rng.sample(FIRST, 2), rng.sample(LAST, 2)
    clubs = rng.sample(CLUBS, 4)
    fill = dict(p1=f"{first[0]} {last[0]}", p2=f"{first[1]} {last[1]}", s1=last[0], club=clubs[0], club2=clubs[1],
                club3=clubs[2], club4=clubs[3], nick=rng.choice(NICK), nat=rng.choice(["Duitser", "Belg", "Nederlander"]),
                year=rng.randint(2005, 2023), year0=rng.randint(1995, 2005), year1=rng.randint(2006, 2014),
                n=rng.randint(2, 9), a=rng.randint(0, 5), b=rng.randint(6, 12), c=rng.randint(0, 4))
    headline = f"{fill['club']} ziet {fill['s1']} per direct vertrekken"
    sentences = rng.choices(TEMPLATES, k=17) + rng.choices(FILLER, k=11)
    rng.shuffle(sentences)
    body = " ".join(t.format(**fill) for t in sentences)
    words, paragraphs, line = body.split(" "), [], []
    for w in words:  # paragraphs of about 500 characters, broken between words
        line.append(w)
        if sum(map(len, line)) > 500 and w.endswith("."):
            paragraphs.append(" ".join(line))
            line = []
    paragraphs = "\n\n".join(paragraphs + [" ".join(line)])
    return f"{headline}\n\ndoor\n{headline}\n\n{paragraphs}{SIDEBAR}"


# Stages of `Extractor.extract`, as (owner, attribute, label); timed by wrapping, on a second pass.
# Time expressions are read on demand while cues bind, so their time is taken out of "cues and binding".
def _stages():
    from carrousel.extraction import extractor as ex
    from carrousel.extraction import people, sentence_times

    return [(ex, "split_sentences", "sentence splitting"), (ex, "split_clauses", "clause splitting"),
            (ex.Extractor, "_clubs", "clubs (gazetteer)"), (people.PeopleResolver, "collect", "people: names"),
            (people.PeopleResolver, "mentions", "people: references"),
            (sentence_times, "find_times", "time expressions"), (ex.Extractor, "_events", "cues and binding")]


def stage_breakdown(extractor: Extractor, docs: list[Document]) -> dict[str, float]:
    """Milliseconds per article in each stage; the wrappers add a little time of their own."""
    spent: dict[str, float] = {}
    running: set[str] = set()  # a stage that calls itself (an earlier sentence's times) is timed once
    originals = []
    for owner, name, label in _stages():
        original = getattr(owner, name)
        originals.append((owner, name, original))

        def timed(*args, _original=original, _label=label, **kwargs):
            if _label in running:
                return _original(*args, **kwargs)
            running.add(_label)
            started = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                running.discard(_label)
                spent[_label] = spent.get(_label, 0.0) + time.process_time() - started

        setattr(owner, name, functools.wraps(original)(timed))
    try:
        for d in docs:
            extractor.extract(d)
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)
    if "cues and binding" in spent:
        spent["cues and binding"] -= spent.get("time expressions", 0.0)
    return {label: 1000 * t / len(docs) for label, t in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--baseline", type=int, default=2000, help="how many of the same bodies to give dateparser")
    args = parser.parse_args()
    rng = random.Random(7)
    texts = [article(rng) for _ in range(args.articles)]
    published = DateInterval(date(2023, 10, 3), date(2023, 10, 3), Precision.DAY)
    docs = [Document(f"g{i}.txt", f"g{i}.txt", t, "", segment(t), published) for i, t in enumerate(texts)]
    bodies = [" ".join(d.text[s.start:s.end] for s in d.spans(SegmentKind.HEADLINE, SegmentKind.BODY)) for d in docs]
    mean_len = sum(map(len, bodies)) / len(bodies)

    extractor = Extractor()
    extractor.extract(docs[0])  # load lexicons, compile patterns: not part of the per-article rate
    started = time.process_time()
    events = sum(len(extractor.extract(d)) for d in docs)
    ours = time.process_time() - started
    tracemalloc.start()  # a second pass for memory: tracing slows Python down several times
    for d in docs[:200]:
        extractor.extract(d)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    from dateparser.search import search_dates

    search_dates(bodies[0], languages=["nl"])  # warm up dateparser's own caches
    sample = bodies[: args.baseline]
    started = time.process_time()
    found = sum(len(search_dates(b, languages=["nl"]) or []) for b in sample)
    baseline = time.process_time() - started

    ours_rate, base_rate = len(docs) / ours, len(sample) / baseline
    print(f"{len(docs)} generated articles, mean body {mean_len:.0f} characters (seeds: 2,200-2,900)")
    print(f"{'':28}{'articles/s':>12}{'ms/article':>12}{'found':>10}")
    print(f"{'carrousel extract':28}{ours_rate:12.0f}{1000 / ours_rate:12.2f}{events:>10} events")
    print(f"{'dateparser search_dates':28}{base_rate:12.0f}{1000 / base_rate:12.2f}{found:>10} dates  ({len(sample)} bodies)")
    print(f"speed-up: {ours_rate / base_rate:.1f}x   (targets: >= 500 articles/s, >= 15x)")
    print(f"peak traced Python memory while extracting: {peak / 2**20:.1f} MiB; process max RSS: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    print("where the time goes (ms per article, a second pass over 300 articles with timers around each stage):")
    for label, ms in sorted(stage_breakdown(extractor, docs[:300]).items(), key=lambda kv: -kv[1]):
        print(f"  {label:24}{ms:6.2f}")


if __name__ == "__main__":
    main()
