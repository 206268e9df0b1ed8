"""The window on the hand-built career set: lanes, clicks, article panel, table sync, search, toggles."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from datetime import date

from carrousel.model import Kind
from carrousel.timeline import Bar, LaneMode, Marker, day
from carrousel.ui.timeline_view import tooltip_text
from ui import sample


def lane_index(window, title):
    return next(i for i, l in enumerate(window.timeline.lanes) if l.title == title)


def screen_point(window, item, lane) -> QPoint:
    """Where on the viewport an item is drawn (scrolling it into view first)."""
    view = window.view
    view.ensure_visible(item, lane)
    r = view.renderer
    top = r.metrics.axis_h + view.geometry_.tops[lane] - view.verticalScrollBar().value()
    if isinstance(item, Bar):
        rect = r.bar_rect(item, top, view.view())
        return QPointF(rect.left() + rect.width() * 0.6, rect.center().y()).toPoint()
    if isinstance(item, Marker):
        return r.marker_centre(item, top, view.view()).toPoint()
    k = window.timeline.lanes[lane].undated.index(item)
    return r.undated_rect(k, top, view.view()).center().toPoint()


def click(qtbot, window, item, lane):
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=screen_point(window, item, lane))


def click_tenure(qtbot, window, person, club):
    """Zoom in and click the bar of `person` at `club` in the coach lanes; returns that bar."""
    lane = lane_index(window, person)
    bar = next(b for b in window.timeline.lanes[lane].bars if b.tenure.club == club)
    window.view.zoom(6.0)
    click(qtbot, window, bar, lane)
    return bar


def test_by_coach_is_the_default_with_one_lane_per_person(sample_window):
    titles = [l.title for l in sample_window.timeline.lanes]
    assert sample_window.timeline.mode is LaneMode.COACH
    assert titles[0] == "Alexander Blessin", "lanes run in career order: Blessin played in 2000"
    assert {"Steven Defour", "Besnik Hasi", "Danny Buijs", "Wouter Vrancken"} <= set(titles)


def test_by_club_shows_one_lane_per_club(sample_window):
    sample_window.by_club_action.trigger()
    assert sample_window.timeline.mode is LaneMode.CLUB
    mechelen = sample_window.timeline.lanes[lane_index(sample_window, "KV Mechelen")]
    names = [b.label for b in mechelen.bars] + [u.label for u in mechelen.undated]
    for person in ("Wouter Vrancken", "Danny Buijs", "Steven Defour", "Besnik Hasi"):
        assert any(person in n for n in names)


def test_click_on_the_genoa_bar_shows_the_article_with_the_sentence_highlighted(qtbot, sample_window):
    w = sample_window
    genoa = click_tenure(qtbot, w, "Alexander Blessin", "Genoa")
    assert w.view.selected is genoa
    assert w.article.headline.text() == "KV Oostende ziet Blessin per direct naar Serie A trekken"
    assert sample.GENOA_SENTENCE in w.article.highlighted_text()
    assert w.article.evidence_in_view()
    assert w.view.published == (day(date(2022, 1, 17)), day(date(2022, 1, 17)), False), "publication marked"
    assert w.article.picker.count() == 2, "the bar is backed by two articles: both are listed"
    w.article.picker.setCurrentIndex(1)
    assert "passage bij Genoa" in w.article.highlighted_text()
    row = w.table.selectionModel().currentIndex()
    assert row.isValid() and row.siblingAtColumn(2).data() == "Genoa", "the click selects the event's table row"


def test_click_on_an_undated_item_opens_its_article(qtbot, sample_window):
    w = sample_window
    lane = lane_index(w, "Danny Buijs")
    item = w.timeline.lanes[lane].undated[0]
    click(qtbot, w, item, lane)
    assert w.view.selected is item
    assert "Danny Buijs zijn passage" in w.article.highlighted_text()


def test_table_row_selects_the_item_and_shows_the_article(qtbot, sample_window):
    w = sample_window
    rows = [r for r in range(w.proxy.rowCount()) if w.proxy.index(r, 4).data() == "left (dismissed)"]
    assert rows
    w.table.selectRow(rows[0])
    selected = w.view.selected
    assert isinstance(selected, Marker) and selected.dismissed and selected.event.person == "Steven Defour"
    assert "Na het ontslag van Steven Defour" in w.article.highlighted_text()


def test_table_is_sortable_by_date_with_undated_rows_last(sample_window):
    w = sample_window
    w.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dates = [w.proxy.index(r, 0).data() for r in range(w.proxy.rowCount())]
    assert dates[0] == "2000" and dates[-1] == "undated"
    w.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    people = [w.proxy.index(r, 1).data() for r in range(w.proxy.rowCount())]
    assert people == sorted(people, key=str.casefold, reverse=True)


def test_search_box_filters_lanes(qtbot, sample_window):
    w = sample_window
    qtbot.keyClicks(w.search, "mechelen")
    expected = {"Steven Defour", "Besnik Hasi", "Danny Buijs", "Wouter Vrancken"}
    qtbot.waitUntil(lambda: {l.title for l in w.timeline.lanes} == expected)
    w.search.clear()
    qtbot.keyClick(w.search, Qt.Key.Key_Return)  # Return applies at once
    assert "Alexander Blessin" in {l.title for l in w.timeline.lanes}


def test_ctrl_f_focuses_the_search_box(qtbot, sample_window):
    sample_window.find_action.trigger()
    assert sample_window.search.hasFocus() or sample_window.focusWidget() is sample_window.search


def test_kind_toggle_hides_rumours_and_players_toggle_adds_player_lanes(sample_window):
    w = sample_window
    w.kind_actions[Kind.RUMOUR].trigger()
    assert not any(e.kind is Kind.RUMOUR for e in w.timeline.events)
    assert w.filter_buttons[0][0].text() == "Kinds (3/4)", "the toolbar says that some kinds are hidden"
    assert w.model.rowCount() == len(w.timeline.events)
    w.by_club_action.trigger()
    before = {l.title for l in w.timeline.lanes}
    w.players_action.trigger()
    assert {"Stuttgarter Kickers", "Standard", "FC Porto"} <= {l.title for l in w.timeline.lanes} - before


def test_undated_events_sit_in_the_undated_column(sample_window):
    w = sample_window
    lane = lane_index(w, "Alexander Blessin")
    rumour = next(u for u in w.timeline.lanes[lane].undated if u.event is not None)
    assert rumour.event.kind is Kind.RUMOUR and rumour.event.date is None
    point = screen_point(w, rumour, lane)
    assert point.x() > w.view.viewport().width() - w.view.renderer.metrics.undated_w
    assert w.view.item_at(QPointF(point)) == (lane, rumour)


def test_zoom_pan_and_fit_all(qtbot, sample_window):
    v = sample_window.view
    fitted = v.px_per_day
    qtbot.keyClick(v, Qt.Key.Key_Plus)
    assert v.px_per_day > fitted and v.horizontalScrollBar().maximum() > 0
    v.horizontalScrollBar().setValue(v.horizontalScrollBar().maximum())
    before = v.view().day0
    qtbot.mousePress(v.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, 200))
    qtbot.mouseMove(v.viewport(), QPoint(600, 200))
    qtbot.mouseRelease(v.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(600, 200))
    assert v.view().day0 < before, "dragging right pans back in time"
    sample_window.fit_action.trigger()
    assert v.px_per_day == pytest.approx(fitted) and v.horizontalScrollBar().value() == 0


def test_axis_ticks_go_from_years_to_months_when_zooming(sample_window):
    from carrousel.timeline import ticks

    v = sample_window.view
    coarse = ticks(v.view().day0, v.view().day0 + 3000, v.px_per_day)
    v.zoom(200.0)
    fine = ticks(v.view().day0, v.view().day0 + 100, v.px_per_day)
    assert all(t.label.isdigit() for t in coarse)
    assert any(not t.label.isdigit() for t in fine), "months appear when zoomed in"


def test_tooltip_names_person_club_role_dates_and_sources(sample_window):
    lane = sample_window.timeline.lanes[lane_index(sample_window, "Alexander Blessin")]
    oostende = next(b for b in lane.bars if b.tenure.club == "KV Oostende")
    text = tooltip_text(oostende)
    for part in ("Alexander Blessin", "KV Oostende", "head coach", "Jun 2020–Aug 2020", "2022-01-17", "1 source"):
        assert part in text


def test_lane_labels_stay_visible_when_panning(sample_window):
    v = sample_window.view
    v.zoom(8.0)
    v.horizontalScrollBar().setValue(v.horizontalScrollBar().maximum() // 2)
    image = v.viewport().grab().toImage()
    m = v.renderer.metrics
    label_strip = image.copy(0, round(m.axis_h), round(m.label_w), round(m.row_h))
    window_colour = v.palette().color(v.palette().ColorRole.Window).rgb()
    assert any(label_strip.pixel(x, y) != window_colour
               for x in range(label_strip.width()) for y in range(label_strip.height())), "no lane label drawn"


def test_dark_palette_draws_light_label_text(qtbot, sample_window):
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#17181a"), (QPalette.ColorRole.AlternateBase, "#232427"),
                         (QPalette.ColorRole.Text, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    v = sample_window.view
    v.setPalette(dark)
    image = v.viewport().grab().toImage()
    m = v.renderer.metrics
    lightest = max(QColor(image.pixel(x, y)).lightness()
                   for x in range(4, round(m.label_w)) for y in range(round(m.axis_h), round(m.axis_h + m.row_h)))
    assert lightest > 170, "lane labels must use the palette's (light) text colour on a dark window"


def wheel(widget, pos: QPoint, dy: int, modifiers=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, dy),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_ctrl_wheel_zooms_about_the_mouse_and_plain_wheel_scrolls(sample_window):
    v = sample_window.view
    pos = QPoint(round(v.renderer.metrics.label_w + 200), 120)
    day_under_mouse = v.view().day_at(v.renderer.metrics, pos.x())
    wheel(v.viewport(), pos, 240, Qt.KeyboardModifier.ControlModifier)
    assert v.px_per_day > v.min_px_per_day()
    assert v.view().day_at(v.renderer.metrics, pos.x()) == pytest.approx(day_under_mouse, abs=2 / v.px_per_day)
    before = v.horizontalScrollBar().value()
    wheel(v.viewport(), pos, -120, Qt.KeyboardModifier.ShiftModifier)
    assert v.horizontalScrollBar().value() > before, "shift+wheel pans in time"


def test_hovering_a_bar_shows_its_tooltip(qtbot, sample_window):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    w = sample_window
    lane = lane_index(w, "Alexander Blessin")
    oostende = next(b for b in w.timeline.lanes[lane].bars if b.tenure.club == "KV Oostende")
    w.view.zoom(4.0)
    pos = screen_point(w, oostende, lane)
    vp = w.view.viewport()
    QApplication.sendEvent(vp, QHelpEvent(QHelpEvent.Type.ToolTip, pos, vp.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert "KV Oostende" in QToolTip.text() and "Alexander Blessin" in QToolTip.text()
    QToolTip.hideText()


def test_cached_lane_strips_paint_exactly_what_direct_painting_does(sample_window):
    v = sample_window.view
    v.resize(900, 180)  # short, so the lanes scroll
    v.zoom(2.0)
    sb = v.verticalScrollBar()
    assert sb.maximum() > 0
    sb.setValue(sb.maximum() // 2)
    v.viewport().grab()  # first frame at this zoom: painted directly
    sb.setValue(sb.maximum() // 2 + v.renderer.metrics.row_h)  # only the vertical scroll changed
    cached = v.viewport().grab().toImage()
    assert v.renderer._strips, "the second frame reuses lane strips"
    v.renderer.cache_strips = False
    direct = v.viewport().grab().toImage()
    assert cached == direct


def test_arrow_keys_browse_items_and_the_article_follows(qtbot, sample_window):
    w = sample_window
    lane = lane_index(w, "Alexander Blessin")
    bars = sorted(w.timeline.lanes[lane].bars, key=lambda b: b.core0)
    w.view.select(bars[0], lane)
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_Right)
    assert w.view.selected is not bars[0] and w.view._selected_lane == lane
    assert w.article.sources, "moving the selection shows its article"
    qtbot.keyClick(w.view, Qt.Key.Key_Down)
    assert w.view._selected_lane == lane + 1
    qtbot.keyClick(w.view, Qt.Key.Key_Up)
    assert w.view._selected_lane == lane


def test_double_click_zooms_to_a_bar(qtbot, sample_window):
    w = sample_window
    lane = lane_index(w, "Alexander Blessin")
    oostende = next(b for b in w.timeline.lanes[lane].bars if b.tenure.club == "KV Oostende")
    pos = screen_point(w, oostende, lane)
    qtbot.mouseDClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    v = w.view.view()
    m = w.view.renderer.metrics
    body = v.body(m)
    assert v.day_at(m, body.left()) < oostende.x0 and oostende.x1 < v.day_at(m, body.right())
    assert (oostende.x1 - oostende.x0) * v.px_per_day > body.width() * 0.5, "the bar now fills most of the view"


def test_a_guessed_role_says_so_in_the_table(window):
    """The table marks a role the article never stated, and its tooltip says why."""
    from dataclasses import replace

    w, events = window, sample.events()
    w.show_corpus(list(sample.documents().values()), [replace(events[0], role_guessed=True)] + events[1:])
    roles = [(w.proxy.index(r, 3).data(), w.proxy.index(r, 3).data(Qt.ItemDataRole.ToolTipRole)) for r in range(w.proxy.rowCount())]
    guessed = [(text, tip) for text, tip in roles if "(assumed)" in text]
    assert len(guessed) == 1 and "names no role" in guessed[0][1]
    assert all(tip is None for text, tip in roles if "(assumed)" not in text)
