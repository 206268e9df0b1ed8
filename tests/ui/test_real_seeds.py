"""The window on the bundled seed articles through the real reader and extractor."""
from __future__ import annotations

import pytest

from carrousel.careers import build_careers
from carrousel.paths import seeds_dir
from carrousel.pipeline import extract_all
from carrousel.timeline import LaneMode, build_timeline
from ui.test_timeline_window import click_tenure

BLESSIN_CLUBS = ["Stuttgarter Kickers", "RB Leipzig", "KV Oostende", "Genoa", "Union"]
MECHELEN_COACHES = ["Wouter Vrancken", "Danny Buijs", "Steven Defour", "Besnik Hasi"]


@pytest.fixture(scope="module")
def seeds():
    corpus, events = extract_all([seeds_dir()])
    return corpus, events, build_careers(events)


def test_blessin_lane_holds_his_clubs_in_date_order(seeds):
    lane = next(l for l in build_timeline(seeds[2], LaneMode.COACH).lanes if l.title == "Alexander Blessin")
    clubs = [b.tenure.club for b in lane.bars]  # the model keeps bars in order of their earliest possible start
    assert [c for c in clubs if c in BLESSIN_CLUBS] == BLESSIN_CLUBS


def test_kv_mechelen_lane_holds_its_four_coaches(seeds):
    lane = next(l for l in build_timeline(seeds[2], LaneMode.CLUB).lanes if l.title == "KV Mechelen")
    people = {b.tenure.person for b in lane.bars} | {u.tenure.person for u in lane.undated if u.tenure}
    assert set(MECHELEN_COACHES) <= people


def test_undated_coaching_spells_sit_in_the_undated_column(seeds):
    lanes = {l.title: l for l in build_timeline(seeds[2], LaneMode.COACH).lanes}
    buijs = lanes["Danny Buijs"]
    assert not buijs.bars and [u.tenure.club for u in buijs.undated if u.tenure] == ["KV Mechelen"]


@pytest.fixture
def seeds_window(qtbot, window):
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        window.open_paths([str(seeds_dir())])
    return window


def test_click_on_blessins_genoa_bar_highlights_the_genoa_sentence(qtbot, seeds_window):
    w = seeds_window
    genoa = click_tenure(qtbot, w, "Alexander Blessin", "Genoa")
    assert w.view.selected is genoa
    highlighted = w.article.highlighted_text()
    assert "Genoa" in highlighted, "the sentence about Genoa is highlighted"
    assert "Blessin" in w.article.headline.text()
    assert w.article.evidence_in_view()


def test_search_filters_the_real_lanes(qtbot, seeds_window):
    qtbot.keyClicks(seeds_window.search, "Blessin")
    qtbot.waitUntil(lambda: [l.title for l in seeds_window.timeline.lanes] == ["Alexander Blessin"])
