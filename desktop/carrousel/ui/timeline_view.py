"""The interactive timeline: a custom-painted scroll area with zoom, pan, hover tooltips and selection.

Custom painting (rather than one QGraphicsItem per bar) keeps 5,000 lanes cheap: each frame paints only
what the viewport shows, and the lane labels, axis and undated column stay fixed while the body scrolls.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QNativeGestureEvent, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPinchGesture, QToolTip, QWidget

from carrousel.model import DateInterval, Kind, Reason
from carrousel.timeline import (
    ROLE_LABELS, Bar, Marker, Timeline, date_range_text, interval_text, role_text,
)
from carrousel.ui.render import Item, LaneGeometry, Renderer, View

MAX_PX_PER_DAY = 12.0  # a month is ~360 px: as far as day-level reading needs


class TimelineView(QAbstractScrollArea):
    """Shows one Timeline; emits `activated(item)` when the user clicks a bar, marker or undated entry."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.renderer = self._make_renderer()
        self.timeline: Timeline | None = None
        self.geometry_ = None
        self.px_per_day = 0.05
        self.selected: Item | None = None
        self.published: tuple[float, float, bool] | None = None
        self.empty_text = ""  # what to say when there is nothing to draw (reading, nothing found, filtered out)
        self._selected_lane = -1
        self._press: QPoint | None = None
        self._press_scroll = (0, 0)
        self._dragging = False
        self._user_view = False  # until the user zooms or pans, every new timeline is fitted
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)

    # ---------------------------------------------------------------- model
    def set_timeline(self, timeline: Timeline) -> None:
        """Show a new timeline: fitted while it fills in, at the user's zoom and position once they chose one."""
        anchor_day = self._day_at_left() if self.timeline is not None else None
        self.timeline = timeline
        self.geometry_ = LaneGeometry(timeline, self.renderer.metrics)
        if self.selected is not None and not self._still_present(self.selected):
            self.selected, self._selected_lane = None, -1
        if not self._user_view:
            self.fit_all()
        else:
            self._update_scrollbars()
            if anchor_day is not None:
                self._scroll_to_day(anchor_day)
        self.viewport().update()

    def _still_present(self, item: Item) -> bool:
        assert self.timeline is not None
        return any(item in lane.bars or item in lane.markers or item in lane.undated for lane in self.timeline.lanes)

    def view(self) -> View:
        return View(day0=self._day_at_left(), px_per_day=self.px_per_day, y0=self.verticalScrollBar().value(),
                    width=self.viewport().width(), height=self.viewport().height(), published=self.published)

    def set_published(self, published: DateInterval | None) -> None:
        """Mark the publication date of the article being read (relative dates in it count from there)."""
        self.published = None
        if published is not None and (published.start or published.end):
            lo = published.start or published.end
            hi = published.end or published.start
            self.published = (float(lo.toordinal()), float(hi.toordinal()), published.estimated)  # type: ignore[union-attr]
        self.viewport().update()

    def _body_width(self) -> float:
        m = self.renderer.metrics
        return max(50.0, self.viewport().width() - m.label_w - m.undated_w)

    def _day_at_left(self) -> float:
        start = self.timeline.start if self.timeline else 0.0
        return start + self.horizontalScrollBar().value() / self.px_per_day

    def _scroll_to_day(self, day: float) -> None:
        if self.timeline is not None:
            self.horizontalScrollBar().setValue(round((day - self.timeline.start) * self.px_per_day))

    def _update_scrollbars(self) -> None:
        if self.timeline is None or self.geometry_ is None:
            return
        m = self.renderer.metrics
        body_w = self._body_width()
        content_w = (self.timeline.end - self.timeline.start) * self.px_per_day
        h = self.horizontalScrollBar()
        h.setPageStep(round(body_w))
        h.setSingleStep(max(1, round(body_w / 20)))
        h.setRange(0, max(0, round(content_w - body_w)))
        body_h = max(1.0, self.viewport().height() - m.axis_h)
        v = self.verticalScrollBar()
        v.setPageStep(round(body_h))
        v.setSingleStep(round(m.row_h))
        v.setRange(0, max(0, round(self.geometry_.total - body_h)))

    # ---------------------------------------------------------------- zoom and pan
    def min_px_per_day(self) -> float:
        if self.timeline is None:
            return 0.001
        return self._body_width() / max(1.0, self.timeline.end - self.timeline.start)

    def fit_all(self) -> None:
        """Ctrl+0: the whole time range across the body."""
        self.px_per_day = self.min_px_per_day()
        self._user_view = False
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(0)
        self.viewport().update()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom about a viewport x (the mouse, or the body's centre), keeping that date under it."""
        if self.timeline is None:
            return
        m = self.renderer.metrics
        if anchor_x is None:
            anchor_x = m.label_w + self._body_width() / 2
        anchor_x = min(max(anchor_x, m.label_w), m.label_w + self._body_width())
        view = self.view()
        anchor_day = view.day_at(m, anchor_x)
        self.px_per_day = min(MAX_PX_PER_DAY, max(self.min_px_per_day(), self.px_per_day * factor))
        self._user_view = True
        self._update_scrollbars()
        self._scroll_to_day(anchor_day - (anchor_x - m.label_w) / self.px_per_day)
        self.viewport().update()

    def zoom_in(self) -> None:
        self.zoom(1.5)

    def zoom_out(self) -> None:
        self.zoom(1 / 1.5)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if not self._user_view and self.timeline is not None:
            self.px_per_day = self.min_px_per_day()
        self._update_scrollbars()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120 if delta.y() else delta.x() / 120
            self.zoom(1.25 ** steps, event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and delta.x() == 0:
            h = self.horizontalScrollBar()
            h.setValue(h.value() - round(delta.y() / 120 * h.singleStep() * 3))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        elif event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
        elif self.selected is not None and event.key() in NAVIGATION_KEYS:
            self.step(*NAVIGATION_KEYS[event.key()])
        else:
            super().keyPressEvent(event)

    def step(self, dx: int, dy: int) -> None:
        """Keyboard browsing: left/right to the previous/next item of the lane (in time order, then the
        undated column), up/down to the nearest item of the lane above/below. The article follows."""
        if self.timeline is None or self.selected is None or self._selected_lane < 0:
            return
        lane_index = self._selected_lane
        here = _position(self.selected)
        if dy:
            lane_index += dy
            while 0 <= lane_index < len(self.timeline.lanes) and not _items(self.timeline.lanes[lane_index]):
                lane_index += dy
            if not 0 <= lane_index < len(self.timeline.lanes):
                return
            items = _items(self.timeline.lanes[lane_index])
            target = min(items, key=lambda item: abs(_position(item) - here))
        else:
            items = _items(self.timeline.lanes[lane_index])
            at = next((i for i, item in enumerate(items) if item is self.selected), 0)
            if not 0 <= at + dx < len(items):
                return
            target = items[at + dx]
        self.select(target, lane_index, ensure_visible=True)
        self.activated.emit(target)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            self._tooltip(event)
            return True
        if event.type() == QEvent.Type.NativeGesture:
            g: QNativeGestureEvent = event  # type: ignore[assignment]
            if g.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom(1 + g.value(), g.position().x())
                return True
        return super().viewportEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom(pinch.scaleFactor(), centre.x())
                return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._press_scroll = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            d = event.position().toPoint() - self._press
            if self._dragging or d.manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self._user_view = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.horizontalScrollBar().setValue(self._press_scroll[0] - d.x())
                self.verticalScrollBar().setValue(self._press_scroll[1] - d.y())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self.click_at(event.position())
            self.viewport().unsetCursor()
            self._press, self._dragging = None, False
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        lane, item = self.item_at(event.position())
        if isinstance(item, (Bar, Marker)):
            self.zoom_to(*((item.x0, item.x1) if isinstance(item, Bar) else (item.lo - 90, item.hi + 90)))
        else:
            super().mouseDoubleClickEvent(event)

    def zoom_to(self, lo: float, hi: float) -> None:
        """Double-click: fit a span of days into the middle 70% of the body."""
        if self.timeline is None:
            return
        width = self._body_width()
        self.px_per_day = min(MAX_PX_PER_DAY, max(self.min_px_per_day(), width * 0.7 / max(1.0, hi - lo)))
        self._user_view = True
        self._update_scrollbars()
        self._scroll_to_day((lo + hi) / 2 - width / 2 / self.px_per_day)
        self.viewport().update()

    # ---------------------------------------------------------------- selection
    def item_at(self, pos: QPointF) -> tuple[int, Item | None]:
        if self.timeline is None or self.geometry_ is None:
            return -1, None
        return self.renderer.item_at(self.timeline, self.geometry_, self.view(), pos.x(), pos.y())

    def click_at(self, pos: QPointF) -> None:
        lane, item = self.item_at(pos)
        if item is not None:
            self.select(item, lane)
            self.activated.emit(item)

    def select(self, item: Item | None, lane: int = -1, ensure_visible: bool = False) -> None:
        self.selected, self._selected_lane = item, lane
        if ensure_visible and item is not None and lane >= 0:
            self.ensure_visible(item, lane)
        self.viewport().update()

    def ensure_visible(self, item: Item, lane: int) -> None:
        """Scroll so the lane and (for dated things) the item's date are on screen."""
        assert self.geometry_ is not None and self.timeline is not None
        m = self.renderer.metrics
        top, height = self.geometry_.tops[lane], self.geometry_.heights[lane]
        v = self.verticalScrollBar()
        body_h = self.viewport().height() - m.axis_h
        if top < v.value() or top + height > v.value() + body_h:
            v.setValue(round(top - body_h / 3))
        if isinstance(item, (Bar, Marker)):
            lo, hi = (item.x0, item.x1) if isinstance(item, Bar) else (item.lo, item.hi)
            day0 = self._day_at_left()
            day1 = day0 + self._body_width() / self.px_per_day
            if hi < day0 or lo > day1:
                self._scroll_to_day((lo + hi) / 2 - self._body_width() / 2 / self.px_per_day)

    # ---------------------------------------------------------------- painting and tooltips
    def paintEvent(self, event) -> None:  # noqa: N802
        if self.timeline is None or self.geometry_ is None:
            return
        p = QPainter(self.viewport())
        self.renderer.paint(p, self.timeline, self.geometry_, self.view(), self.selected, self._selected_lane)
        if not self.timeline.lanes and self.empty_text:
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)
        p.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.renderer = self._make_renderer()
            if self.timeline is not None:
                self.geometry_ = LaneGeometry(self.timeline, self.renderer.metrics)
                self._update_scrollbars()
        super().changeEvent(event)

    def _make_renderer(self) -> Renderer:
        renderer = Renderer(self.font(), self.palette())
        renderer.cache_strips = True
        return renderer

    def _tooltip(self, event) -> None:
        lane, item = self.item_at(QPointF(event.pos()))
        text = tooltip_text(item) if item is not None else ""
        if not text and lane >= 0 and event.pos().x() < self.renderer.metrics.label_w and self.timeline is not None:
            title = self.timeline.lanes[lane].title
            text = f"<b>{escape(title)}</b><br>{escape(self.timeline.lanes[lane].summary(self.timeline.mode))}"
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport(), QRect())
        else:
            QToolTip.hideText()


NAVIGATION_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                   Qt.Key.Key_Down: (0, 1)}


def _items(lane) -> list[Item]:
    """A lane's selectable things in reading order: bars and markers by time, then undated entries."""
    dated: list[Item] = sorted([*lane.bars, *lane.markers], key=_position)
    return dated + list(lane.undated)


def _position(item: Item) -> float:
    if isinstance(item, Bar):
        return item.core0
    if isinstance(item, Marker):
        return item.x
    return float("inf")  # undated entries come after everything dated


def tooltip_text(item: Item) -> str:
    """Person, club, role, dates and how many articles back it, in a few lines of rich text."""
    if isinstance(item, Marker) or item.tenure is None:
        e = item.events[0]
        what = "dismissed" if e.kind is Kind.LEFT and e.reason is Reason.DISMISSED else e.kind.value
        lines = [f"<b>{escape(e.person)}</b>", f"{escape(what)}: {escape(e.club)} ({escape(role_text(e))})",
                 f"date: {escape(interval_text(e.date))}"]
        if e.date and e.date.text:
            lines.append(f"“{escape(e.date.text)}”")
        lines.append(_sources(len({x.doc for x in item.events})))
        return "<br>".join(lines)
    tenure = item.tenure
    start = date_range_text(tenure.start_lo, tenure.start_hi) if (tenure.start_lo or tenure.start_hi) else "unknown"
    if tenure.end_lo or tenure.end_hi:
        end = date_range_text(tenure.end_lo, tenure.end_hi)
    else:
        end = "ended, date unknown" if tenure.ended else "open"
    n = len(tenure.documents)
    lines = [f"<b>{escape(tenure.person)}</b>", f"{escape(tenure.club)} · {ROLE_LABELS[tenure.role]}",
             f"start: {escape(start)}", f"end: {escape(end)}"]
    if tenure.estimated:
        lines.append("<i>≈ some dates are estimated</i>")
    for c in tenure.conflicts:
        lines.append(f"<i>⚠ {escape(c)}</i>")
    lines.append(_sources(n))
    return "<br>".join(lines)


def _sources(n: int) -> str:
    return f"{n} source{'s' if n != 1 else ''}"

