"""Extraction never raises on arbitrary text, and every evidence span slices the original text exactly."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carrousel.extraction.extractor import Extractor
from carrousel.model import DateInterval, Document, Precision, Segment, SegmentKind, Span
from carrousel.reading import segment

EXTRACTOR = Extractor()
WORDS = ["Blessin", "Alexander", "KV", "Oostende", "werd", "aangesteld", "ontslagen", "bij", "van", "Genoa", "in",
         "2020", "de", "zomer", "hij", "hem", "Union", "haalde", "binnen", "niet", "?", ".", ",", "\n", "Meest recent",
         "door", "vertrek", "T1", "Club", "Brugge", "3-1", "nu", "Jan", "per direct", "afgelopen", "seizoen", "\u00e9",
         "\u201c", "-", "verdediger", "Union-verdediger", "Kevin", "en", "Mac", "Allister", "(45)", "de Duitser"]
texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join))
publications = st.one_of(
    st.just(DateInterval(date(2023, 10, 3), date(2023, 10, 3), Precision.DAY)),
    st.just(DateInterval(date(2020, 1, 1), None, Precision.YEARS, estimated=True)),
    st.just(DateInterval(None, None, Precision.YEARS, estimated=True)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, publications, st.booleans())
def test_extraction_never_raises_and_spans_slice_exactly(text: str, published: DateInterval, layout: bool) -> None:
    segments = segment(text) if layout else [Segment(SegmentKind.BODY, Span(0, len(text)))]
    doc = Document("x.txt", "x.txt", text, "", segments, published)
    for e in EXTRACTOR.extract(doc):
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.person and e.club
        if e.date is not None and e.date.start and e.date.end:
            assert e.date.start <= e.date.end
