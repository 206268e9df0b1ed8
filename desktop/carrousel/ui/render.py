"""Paints a Timeline with a QPainter: one routine for the window, the visible-part export and the full export.

Only what intersects the canvas is painted (lanes found by bisection, bars and markers culled by x),
so a frame costs the same with 50 lanes or 5,000. Text colours come from the palette so the dark
system palette stays readable; colours on top of a club colour pick whichever palette colour contrasts.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter, QPainterPath, QPalette, QPen, QPixmap,
    QPolygonF, QStaticText, QTransform,
)

from carrousel.model import Kind, Reason
from carrousel.timeline import Bar, Lane, Marker, Timeline, UndatedItem, stable_colour, ticks
from carrousel.ui import legend

Item = Bar | Marker | UndatedItem


@dataclass(frozen=True)
class Metrics:
    """Sizes in logical pixels, derived from the font so large system fonts do not clip."""

    row_h: float
    lane_pad: float
    label_w: float
    undated_w: float
    axis_h: float
    marker: float
    undated_per_row: int = 2

    @classmethod
    def for_font(cls, font: QFont) -> "Metrics":
        h = QFontMetricsF(font).height()
        return cls(row_h=round(h + 9), lane_pad=4, label_w=round(h * 11), undated_w=round(h * 23),
                   axis_h=round(h * 2.2), marker=round(h * 0.62))

    def lane_height(self, lane: Lane) -> float:
        return lane.height_rows(self.undated_per_row) * self.row_h + 2 * self.lane_pad


class LaneGeometry:
    """Lane tops in content pixels (prefix sums), so the visible lanes of any scroll position are a bisect away."""

    def __init__(self, timeline: Timeline, metrics: Metrics):
        self.heights = [metrics.lane_height(lane) for lane in timeline.lanes]
        self.tops = [0.0, *accumulate(self.heights)]

    @property
    def total(self) -> float:
        return self.tops[-1]

    def lane_at(self, y: float) -> int:
        """Index of the lane containing content-y, or -1."""
        i = bisect_right(self.tops, y) - 1
        return i if 0 <= i < len(self.heights) else -1

    def visible(self, y0: float, y1: float) -> range:
        first = max(0, bisect_right(self.tops, y0) - 1)
        last = min(len(self.heights), bisect_right(self.tops, y1))
        return range(first, last)


@dataclass
class View:
    """What part of the timeline a canvas shows: `day0` at the body's left edge, `y0` at the body's top."""

    day0: float
    px_per_day: float
    y0: float
    width: float
    height: float
    legend_h: float = 0.0
    published: tuple[float, float, bool] | None = None  # the open article's publication interval, estimated?

    def x(self, m: Metrics, day: float) -> float:
        return m.label_w + (day - self.day0) * self.px_per_day

    def day_at(self, m: Metrics, x: float) -> float:
        return self.day0 + (x - m.label_w) / self.px_per_day

    def body(self, m: Metrics) -> QRectF:
        return QRectF(m.label_w, m.axis_h, max(0.0, self.width - m.label_w - m.undated_w),
                      max(0.0, self.height - m.axis_h - self.legend_h))




def contrast_text(fill: QColor, palette: QPalette) -> QColor:
    """The palette's text or base colour, whichever reads better on `fill`."""
    a, b = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return a if abs(a.lightnessF() - fill.lightnessF()) >= abs(b.lightnessF() - fill.lightnessF()) else b


class Renderer:
    """Draws one frame; holds the fonts and metrics so the window and exports render identically."""

    def __init__(self, font: QFont, palette: QPalette):
        self.font = QFont(font)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.86))
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.palette = palette
        self.metrics = Metrics.for_font(font)
        self.fm = QFontMetricsF(self.font)
        self.fm_small = QFontMetricsF(self.small)
        self.fm_bold = QFontMetricsF(self.bold)
        self._fills: dict[str, tuple[QColor, QColor]] = {}
        self._sprites: dict[tuple, QImage] = {}
        self._widths: dict[tuple[str, int], float] = {}
        self._static: dict[tuple[str, int], QStaticText] = {}
        self.cache_strips = False  # the window turns this on; one-off renders (exports) gain nothing from it
        self._strips: dict[tuple[int, int], QPixmap] = {}
        self._strip_timeline: Timeline | None = None
        self._strip_signature: tuple = ()
        self._ink = palette.color(QPalette.ColorRole.Text)
        self._halo = palette.color(QPalette.ColorRole.Base)
        self._highlight = palette.color(QPalette.ColorRole.Highlight)
        faint_ink = QColor(self._ink)
        faint_ink.setAlpha(110)
        self._bracket_pen = QPen(faint_ink, 1)
        self._whisker_pen = QPen(self._ink, 1)

    def colour(self, role: QPalette.ColorRole) -> QColor:
        return self.palette.color(role)

    def fill(self, colour_key: str) -> tuple[QColor, QColor]:
        """A bar's fill colour and the palette text colour that reads on it, computed once per key."""
        found = self._fills.get(colour_key)
        if found is None:
            fill = QColor(*stable_colour(colour_key))
            found = self._fills[colour_key] = (fill, contrast_text(fill, self.palette))
        return found

    # ---------------------------------------------------------------- frame
    def paint(self, p: QPainter, tl: Timeline, geo: LaneGeometry, view: View, selected: Item | None = None,
              highlighted_lane: int = -1) -> None:
        m = self.metrics
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.fillRect(QRectF(0, 0, view.width, view.height), self.colour(QPalette.ColorRole.Base))
        body = view.body(m)
        lanes = geo.visible(view.y0, view.y0 + body.height())
        tick_list = ticks(view.day_at(m, body.left()), view.day_at(m, body.right()), view.px_per_day)

        p.save()
        p.setClipRect(body)
        self._lane_backgrounds(p, geo, view, lanes, QRectF(0, body.top(), view.width, body.height()), highlighted_lane)
        self._grid(p, view, body, tick_list)
        dpr = p.device().devicePixelRatioF()
        reuse = self._same_frame(tl, view, body, dpr)
        for i in lanes:
            top = self._lane_top(geo, view, i)
            if reuse:
                strip = self._lane_strip(tl, geo, i, top, view, body, selected, highlighted_lane, dpr)
                p.drawPixmap(QPointF(body.left(), top), strip)
            else:
                self._lane_body(p, tl.lanes[i], top, view, body, selected)
        self._today(p, tl, view, body)
        p.restore()

        self._undated_column(p, tl, geo, view, lanes, body, selected)
        self._label_column(p, tl, geo, view, lanes, body)
        self._axis(p, view, body, tick_list, tl)
        if view.legend_h:
            self.legend(p, QRectF(0, view.height - view.legend_h, view.width, view.legend_h),
                        view.published is not None)

    def _same_frame(self, tl: Timeline, view: View, body: QRectF, dpr: float) -> bool:
        """Whether only the vertical scroll changed since the last frame (then cached lane strips are valid).

        The first frame at a new zoom or horizontal position paints directly, so zooming and panning
        never pay for building strips they would throw away at once.
        """
        signature = (view.day0, view.px_per_day, body.width(), dpr)
        same = self.cache_strips and tl is self._strip_timeline and signature == self._strip_signature
        if not same:
            self._strips.clear()
            self._strip_timeline, self._strip_signature = tl, signature
        return same

    def _lane_strip(self, tl: Timeline, geo: LaneGeometry, i: int, top: float, view: View, body: QRectF,
                    selected: Item | None, highlighted_lane: int, dpr: float) -> QPixmap:
        """One lane's bars and markers on a transparent strip, kept while only the vertical scroll
        changes: scrolling through thousands of lanes then mostly blits strips it already has."""
        key = (i, id(selected) if i == highlighted_lane else 0)
        strip = self._strips.get(key)
        if strip is None:
            if len(self._strips) > 400:
                self._strips.clear()
            height = geo.heights[i]
            strip = QPixmap(math.ceil(body.width() * dpr), math.ceil(height * dpr))
            strip.setDevicePixelRatio(dpr)
            strip.fill(Qt.GlobalColor.transparent)
            sp = QPainter(strip)
            sp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            sp.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            sp.translate(-body.left(), -top)
            sp.setClipRect(QRectF(body.left(), top, body.width(), height))
            self._lane_body(sp, tl.lanes[i], top, view, body, selected)
            sp.end()
            self._strips[key] = strip
        return strip

    def _lane_top(self, geo: LaneGeometry, view: View, i: int) -> float:
        return self.metrics.axis_h + geo.tops[i] - view.y0

    def _lane_backgrounds(self, p: QPainter, geo: LaneGeometry, view: View, lanes: range, area: QRectF,
                          highlighted: int) -> None:
        alt = self.colour(QPalette.ColorRole.AlternateBase)
        line = self.colour(QPalette.ColorRole.Mid)
        line.setAlphaF(0.35)
        for i in lanes:
            top = self._lane_top(geo, view, i)
            rect = QRectF(area.left(), top, area.width(), geo.heights[i])
            if i == highlighted:
                hl = self.colour(QPalette.ColorRole.Highlight)
                hl.setAlphaF(0.12)
                p.fillRect(rect, hl)
            elif i % 2:
                p.fillRect(rect, alt)
            p.setPen(QPen(line, 0))
            p.drawLine(QPointF(area.left(), rect.bottom()), QPointF(area.right(), rect.bottom()))

    def _grid(self, p: QPainter, view: View, body: QRectF, tick_list) -> None:
        minor, major = self.colour(QPalette.ColorRole.Mid), self.colour(QPalette.ColorRole.Mid)
        minor.setAlphaF(0.18)
        major.setAlphaF(0.45)
        m = self.metrics
        for t in tick_list:
            x = view.x(m, t.day)
            p.setPen(QPen(major if t.major else minor, 0))
            p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))

    def _today(self, p: QPainter, tl: Timeline, view: View, body: QRectF) -> None:
        """The today line, and a band over the publication interval of the article being read."""
        if view.published is not None:
            lo, hi, estimated = view.published
            x0, x1 = view.x(self.metrics, lo), view.x(self.metrics, hi + 1)
            if x1 - x0 < 2:
                x0, x1 = (x0 + x1) / 2 - 1, (x0 + x1) / 2 + 1
            band = self.colour(QPalette.ColorRole.Link)
            band.setAlphaF(0.16)
            p.fillRect(QRectF(x0, body.top(), x1 - x0, body.height()), band)
            band.setAlphaF(0.8)
            p.setPen(QPen(band, 1, Qt.PenStyle.DotLine if estimated else Qt.PenStyle.SolidLine))
            p.drawLine(QPointF((x0 + x1) / 2, body.top()), QPointF((x0 + x1) / 2, body.bottom()))
        x = view.x(self.metrics, tl.today)
        if body.left() <= x <= body.right():
            pen = QPen(self.colour(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))

    # ---------------------------------------------------------------- bars and markers
    def bar_rect(self, bar: Bar, lane_top: float, view: View) -> QRectF:
        m = self.metrics
        x0, x1 = view.x(m, bar.x0), view.x(m, bar.x1)
        if x1 - x0 < 3:
            x0, x1 = (x0 + x1) / 2 - 1.5, (x0 + x1) / 2 + 1.5
        top = lane_top + m.lane_pad + bar.row * m.row_h + 2
        h = m.row_h - 4
        if bar.playing:
            top, h = top + h * 0.2, h * 0.6
        return QRectF(x0, top, x1 - x0, h)

    def marker_centre(self, marker: Marker, lane_top: float, view: View) -> QPointF:
        m = self.metrics
        return QPointF(view.x(m, marker.x), lane_top + m.lane_pad + marker.row * m.row_h + m.row_h / 2)

    def _lane_body(self, p: QPainter, lane: Lane, top: float, view: View, body: QRectF, selected: Item | None) -> None:
        """Bars then markers of one lane; culled with plain floats before any Qt object is made (hot path)."""
        m = self.metrics
        ppd, day0, lw = view.px_per_day, view.day0, m.label_w
        left, right = body.left() - 4, body.right() + 4
        reach = m.marker + 4
        marks: dict[int, list[float]] = {}  # marker x positions per row, so labels can keep clear of them
        shown: list[tuple[Marker, float]] = []
        for marker in lane.markers:
            x = lw + (marker.x - day0) * ppd
            marks.setdefault(marker.row, []).append(x)
            if left - reach < x < right + reach or (marker.lo < day0 + (right - lw) / ppd and marker.hi > day0):
                shown.append((marker, x))
        for bar in lane.bars:
            if lw + (bar.x1 - day0) * ppd < left or lw + (bar.x0 - day0) * ppd > right:
                continue
            rect = self.bar_rect(bar, top, view)
            self._bar(p, bar, rect, view, body, bar is selected, marks.get(bar.row, ()))
        dpr = p.device().devicePixelRatioF()
        row_mid = top + m.lane_pad + m.row_h / 2
        for marker, x in shown:
            self._marker(p, marker, x, row_mid + marker.row * m.row_h, view, dpr, marker is selected)

    def _bar(self, p: QPainter, bar: Bar, rect: QRectF, view: View, body: QRectF, selected: bool,
             marks: Sequence[float]) -> None:
        base, on_base = self.fill(bar.colour_key)
        if bar.playing:
            base = base.lighter(135)
            base.setAlphaF(0.55)
        if rect.width() < 8:  # level of detail: a sliver has no room for fades, hatching or a label
            p.fillRect(rect, base)
            if selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(self._highlight, 2.5))
                p.drawRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5))
            return
        radius = min(4.0, rect.height() / 2) if rect.width() > 40 else 0.0  # corners only where they show
        self._fill_bar(p, bar, rect, view, base, radius)
        text_colour = on_base if not bar.playing else self.colour(QPalette.ColorRole.Text)
        if bar.estimated:
            hatch = QColor(text_colour)
            hatch.setAlphaF(0.35)
            p.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, radius, radius)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(base.darker(130), 1.2, Qt.PenStyle.DashLine))
            p.drawRoundedRect(rect, radius, radius)
        self._uncertain_brackets(p, bar, rect, view)
        if selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self.colour(QPalette.ColorRole.Highlight), 2.5))
            p.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1)
        self._bar_label(p, bar, rect, view, body, text_colour, marks)

    def _fill_bar(self, p: QPainter, bar: Bar, rect: QRectF, view: View, base: QColor, radius: float) -> None:
        """Solid core, fading ends. Each fade is its own two-stop gradient: the same colours give the same
        stops, so Qt's gradient cache serves them, where one gradient per bar would rebuild a colour
        table for every bar on every frame."""
        m = self.metrics
        left, right = rect.left(), rect.right()
        c0 = min(max(view.x(m, bar.core0), left), right)
        c1 = min(max(view.x(m, bar.core1), c0), right)
        p.setPen(Qt.PenStyle.NoPen)
        if c0 - left < 0.5 and right - c1 < 0.5:
            p.setBrush(base)
            p.drawRoundedRect(rect, radius, radius) if radius else p.fillRect(rect, base)
            return
        top, h = rect.top(), rect.height()
        for a, b, open_end, rising in ((left, c0, bar.open_start, True), (c1, right, bar.open_end, False)):
            if b - a < 0.5:
                continue
            faint = QColor(base)
            faint.setAlphaF(0.0 if open_end else base.alphaF() * 0.28)
            grad = QLinearGradient(a, 0, b, 0)
            grad.setColorAt(0.0, faint if rising else base)
            grad.setColorAt(1.0, base if rising else faint)
            p.fillRect(QRectF(a, top, b - a, h), QBrush(grad))
        if c1 > c0:
            p.fillRect(QRectF(c0, top, c1 - c0, h), base)

    def text(self, p: QPainter, x: float, centre_y: float, text: str, font: QFont) -> None:
        """Draw one line of text vertically centred on `centre_y`, laid out once and then reused
        (QStaticText): text layout is the most expensive part of a frame otherwise."""
        key = (text, id(font))
        static = self._static.get(key)
        if static is None:
            if len(self._static) > 20_000:
                self._static.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            self._static[key] = static
        p.setFont(font)
        p.drawStaticText(QPointF(x, centre_y - static.size().height() / 2), static)

    def _text_width(self, text: str, fm: QFontMetricsF) -> float:
        key = (text, id(fm))
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 50_000:
                self._widths.clear()
            width = self._widths[key] = fm.horizontalAdvance(text)
        return width

    def _uncertain_brackets(self, p: QPainter, bar: Bar, rect: QRectF, view: View) -> None:
        """Thin end caps mark the outer bound of a bounded uncertain end (an open end has none)."""
        m = self.metrics
        p.setPen(self._bracket_pen)
        if not bar.open_start and bar.core0 > bar.x0:
            x = view.x(m, bar.x0)
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        if not bar.open_end and bar.x1 > bar.core1:
            x = view.x(m, bar.x1)
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def _bar_label(self, p: QPainter, bar: Bar, rect: QRectF, view: View, body: QRectF, colour: QColor,
                   marks: Sequence[float]) -> None:
        """Inside the bar when it fits (sliding along to stay on screen, and past markers at its start); else
        after the bar, in the free space before the next bar of the row; else elided inside. Labels therefore
        never collide with each other or with markers."""
        text = ("≈ " if bar.estimated else "") + bar.label
        font, fm = (self.small, self.fm_small) if bar.playing else (self.font, self.fm)
        if fm.height() > rect.height() + 4:
            font, fm = self.small, self.fm_small
        half = self.metrics.marker / 2 + 3
        pad = self.metrics.marker + 3  # room for a joined/left marker at either end
        width = self._text_width(text, fm)
        inner = rect.intersected(body).adjusted(pad, 0, -pad, 0)
        start = inner.left()
        r_left, r_right = rect.left(), rect.right()
        near = sorted(x for x in marks if r_left - half <= x <= r_right + width + 2 * pad)
        for x in near:  # start the text after markers it would run into
            if start - half <= x <= start + width + half:
                start = x + half
        inner.setLeft(start)
        if width > inner.width():
            after = max([r_right, *(x for x in near if x <= r_right + half)]) + pad
            limit = min([view.x(self.metrics, bar.room) - 4, body.right(), *(x - half for x in near if x > after)])
            room = limit - after
            if width <= room and after >= body.left():
                p.setPen(self._ink)
                self.text(p, after, rect.center().y(), text, font)
                return
        if inner.width() < 16:
            return
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        if not elided or elided == "…":
            return
        core0, core1 = view.x(self.metrics, bar.core0), view.x(self.metrics, bar.core1)
        on_solid = core0 <= inner.left() and inner.left() + fm.horizontalAdvance(elided) <= core1
        p.setPen(colour if on_solid else self._ink)  # faded ends show the base, so they take the text colour
        self.text(p, inner.left(), inner.center().y(), elided, font)

    def _marker(self, p: QPainter, marker: Marker, x: float, y: float, view: View, dpr: float,
                selected: bool) -> None:
        m = self.metrics
        s = m.marker
        lo, hi = view.x(m, marker.lo), view.x(m, marker.hi)
        if hi - lo > s:  # the date could lie anywhere in lo..hi: a whisker under the bar shows how far
            wy = y + m.row_h / 2 - 2
            p.setPen(self._whisker_pen)
            p.drawLine(QPointF(lo, wy), QPointF(hi, wy))
            p.drawLine(QPointF(lo, wy - 3), QPointF(lo, wy))
            p.drawLine(QPointF(hi, wy - 3), QPointF(hi, wy))
        sprite = self._sprite(marker.event.kind, marker.dismissed, marker.estimated, dpr)
        half = sprite.width() / dpr / 2
        p.drawImage(QPointF(x - half, y - half), sprite)
        if selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self._highlight, 2.5))
            p.drawEllipse(QPointF(x, y), s * 0.95, s * 0.95)

    def _sprite(self, kind: Kind, dismissed: bool, estimated: bool, dpr: float) -> QImage:
        """A marker glyph rendered once per kind and pixel ratio: thousands of markers become cheap blits.
        A QImage, not a QPixmap, so exports can render on the worker thread too."""
        key = (kind, dismissed, estimated, dpr)
        sprite = self._sprites.get(key)
        if sprite is None:
            side = self.metrics.marker * 2 + 4
            sprite = QImage(round(side * dpr), round(side * dpr), QImage.Format.Format_ARGB32_Premultiplied)
            sprite.setDevicePixelRatio(dpr)
            sprite.fill(Qt.GlobalColor.transparent)
            sp = QPainter(sprite)
            sp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            style = Qt.PenStyle.DotLine if estimated else Qt.PenStyle.SolidLine
            self.glyph(sp, kind, dismissed, QPointF(side / 2, side / 2), self.metrics.marker, self._ink,
                       self._halo, style)
            sp.end()
            self._sprites[key] = sprite
        return sprite

    def glyph(self, p: QPainter, kind: Kind, dismissed: bool, c: QPointF, s: float, ink: QColor, halo: QColor,
              style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:
        """Joined ▶, left ■, dismissed ◆ (red), rumour ○ (hollow). The halo keeps them visible on any bar."""
        r = s / 2
        pen = QPen(halo, 1.6)
        if kind is Kind.RUMOUR:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(halo, 4.2))
            p.drawEllipse(c, r, r)
            p.setPen(QPen(ink, 2.0, style))
            p.drawEllipse(c, r, r)
            return
        if kind is Kind.JOINED:
            shape = QPolygonF([QPointF(c.x() - r * 0.8, c.y() - r), QPointF(c.x() + r, c.y()),
                               QPointF(c.x() - r * 0.8, c.y() + r)])
            fill = QColor(ink)
        elif dismissed:
            shape = QPolygonF([QPointF(c.x(), c.y() - r * 1.2), QPointF(c.x() + r * 1.2, c.y()),
                               QPointF(c.x(), c.y() + r * 1.2), QPointF(c.x() - r * 1.2, c.y())])
            fill = QColor(214, 39, 40)
        else:
            shape = QPolygonF(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7))
            fill = QColor(ink)
        path = QPainterPath()
        path.addPolygon(shape)
        path.closeSubpath()
        p.setPen(pen)
        p.setBrush(fill)
        p.drawPath(path)
        if style is not Qt.PenStyle.SolidLine:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(halo, 1.2, Qt.PenStyle.DotLine))
            p.drawPath(path)

    # ---------------------------------------------------------------- fixed columns
    def undated_rect(self, index: int, lane_top: float, view: View) -> QRectF:
        m = self.metrics
        per = m.undated_per_row
        w = (m.undated_w - 8) / per
        col, row = index % per, index // per
        left = view.width - m.undated_w + 4 + col * w
        return QRectF(left + 1, lane_top + m.lane_pad + row * m.row_h + 2, w - 2, m.row_h - 4)

    def _undated_column(self, p: QPainter, tl: Timeline, geo: LaneGeometry, view: View, lanes: range, body: QRectF,
                        selected: Item | None) -> None:
        m = self.metrics
        col = QRectF(view.width - m.undated_w, body.top(), m.undated_w, body.height())
        p.save()
        p.setClipRect(col)
        p.fillRect(col, self.colour(QPalette.ColorRole.Window))
        self._lane_backgrounds(p, geo, view, lanes, col, -1)
        p.setFont(self.small)
        for i in lanes:
            top = self._lane_top(geo, view, i)
            for k, item in enumerate(tl.lanes[i].undated):
                self._chip(p, item, self.undated_rect(k, top, view), item is selected)
        p.restore()
        p.setPen(QPen(self.colour(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(col.left(), 0), QPointF(col.left(), body.bottom()))

    def _chip(self, p: QPainter, item: UndatedItem, rect: QRectF, selected: bool) -> None:
        colour = self.fill(item.colour_key)[0]
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # axis-aligned boxes: sharp and cheaper
        p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine if item.event is not None else Qt.PenStyle.SolidLine))
        p.setBrush(self.colour(QPalette.ColorRole.Base))
        p.drawRect(rect)
        sw = QRectF(rect.left() + 3, rect.top() + 3, 6, rect.height() - 6)
        fill = QColor(colour)
        if item.playing:
            fill.setAlphaF(0.5)
        p.fillRect(sw, fill)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        text_left = sw.right() + 4
        if item.event is not None:
            c = QPointF(text_left + self.metrics.marker * 0.6, rect.center().y())
            self.glyph(p, item.event.kind, item.event.reason is Reason.DISMISSED, c, self.metrics.marker * 0.85,
                       self._ink, self._halo)
            text_left += self.metrics.marker * 1.4
        p.setPen(self._ink)
        label = item.label
        reports = len({e.doc for e in item.events})
        if reports > 1:  # the same event in several articles: one entry, with the count
            label += f" ×{reports}"
        elided = self.fm_small.elidedText(label, Qt.TextElideMode.ElideRight, rect.right() - text_left - 3)
        self.text(p, text_left, rect.center().y(), elided, self.small)
        if selected:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(self.colour(QPalette.ColorRole.Highlight), 2.5))
            p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4)

    def _label_column(self, p: QPainter, tl: Timeline, geo: LaneGeometry, view: View, lanes: range,
                      body: QRectF) -> None:
        m = self.metrics
        col = QRectF(0, body.top(), m.label_w, body.height())
        p.save()
        p.setClipRect(col)
        p.fillRect(col, self.colour(QPalette.ColorRole.Window))
        self._lane_backgrounds(p, geo, view, lanes, col, -1)
        title_pen = self.colour(QPalette.ColorRole.WindowText)
        summary_pen = self.colour(QPalette.ColorRole.PlaceholderText)
        for i in lanes:
            top = self._lane_top(geo, view, i)
            lane = tl.lanes[i]
            title = self.fm_bold.elidedText(lane.title, Qt.TextElideMode.ElideRight, m.label_w - 14)
            p.setPen(title_pen)
            self.text(p, 8, top + m.lane_pad + m.row_h / 2, title, self.bold)
            if geo.heights[i] >= 2 * m.row_h:  # room for a second line: what the lane holds
                summary = self.fm_small.elidedText(lane.summary(tl.mode), Qt.TextElideMode.ElideRight,
                                                   m.label_w - 14)
                p.setPen(summary_pen)
                self.text(p, 8, top + m.lane_pad + m.row_h * 1.35, summary, self.small)
        p.restore()
        p.setPen(QPen(self.colour(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(m.label_w, 0), QPointF(m.label_w, body.bottom()))

    def _axis(self, p: QPainter, view: View, body: QRectF, tick_list, tl: Timeline) -> None:
        m = self.metrics
        p.fillRect(QRectF(0, 0, view.width, m.axis_h), self.colour(QPalette.ColorRole.Window))
        p.setPen(QPen(self.colour(QPalette.ColorRole.Mid), 1))
        p.drawLine(QPointF(0, m.axis_h), QPointF(view.width, m.axis_h))
        text = self.colour(QPalette.ColorRole.WindowText)
        p.setFont(self.bold)
        p.setPen(text)
        title = "Coach" if tl.mode.value == "coach" else "Club"
        p.drawText(QRectF(8, 0, m.label_w - 12, m.axis_h), Qt.AlignmentFlag.AlignVCenter, title)
        p.drawText(QRectF(view.width - m.undated_w + 8, 0, m.undated_w - 12, m.axis_h), Qt.AlignmentFlag.AlignVCenter,
                   "Undated")
        p.save()
        p.setClipRect(QRectF(body.left(), 0, body.width(), m.axis_h))
        for t in tick_list:
            x = view.x(m, t.day)
            p.setPen(QPen(text, 1))
            p.drawLine(QPointF(x, m.axis_h - (9 if t.major else 5)), QPointF(x, m.axis_h))
            p.setFont(self.bold if t.major else self.small)
            p.drawText(QRectF(x + 3, 0, 120, m.axis_h - 4), Qt.AlignmentFlag.AlignBottom, t.label)
        p.setFont(self.small)
        published_x = None
        if view.published is not None:
            lo, hi, estimated = view.published
            published_x = view.x(m, (lo + hi + 1) / 2)
            p.setPen(self.colour(QPalette.ColorRole.Link))
            p.drawText(QRectF(published_x - 60, 1, 120, m.axis_h / 2), Qt.AlignmentFlag.AlignCenter,
                       "≈ published" if estimated else "published")
        x = view.x(m, tl.today)
        if body.left() <= x <= body.right() and (published_x is None or abs(published_x - x) > 70):
            p.setPen(self.colour(QPalette.ColorRole.Highlight))
            p.drawText(QRectF(x - 60, 1, 120, m.axis_h / 2), Qt.AlignmentFlag.AlignCenter, "today")
        p.restore()

    # ---------------------------------------------------------------- legend
    def legend_height(self, width: float = 1e9, published: bool = True) -> float:
        return legend.height(self, width, published)

    def legend(self, p: QPainter, rect: QRectF, published: bool = True) -> None:
        legend.paint(self, p, rect, published)

    # ---------------------------------------------------------------- hit testing
    def item_at(self, tl: Timeline, geo: LaneGeometry, view: View, x: float, y: float) -> tuple[int, Item | None]:
        """The lane under a point and the thing drawn there (markers win over the bars they sit on)."""
        m = self.metrics
        lane_index = geo.lane_at(y - m.axis_h + view.y0)
        if lane_index < 0 or y < m.axis_h:
            return -1, None
        lane = tl.lanes[lane_index]
        top = self._lane_top(geo, view, lane_index)
        if x >= view.width - m.undated_w:
            for k, item in enumerate(lane.undated):
                if self.undated_rect(k, top, view).contains(QPointF(x, y)):
                    return lane_index, item
            return lane_index, None
        if x < m.label_w:
            return lane_index, None
        reach = m.marker * 0.8 + 2
        best: Marker | None = None
        best_d = reach
        for marker in lane.markers:
            c = self.marker_centre(marker, top, view)
            d = max(abs(c.x() - x), abs(c.y() - y))
            if d <= best_d:
                best, best_d = marker, d
        if best is not None:
            return lane_index, best
        for bar in reversed(lane.bars):
            if self.bar_rect(bar, top, view).adjusted(0, -2, 0, 2).contains(QPointF(x, y)):
                return lane_index, bar
        return lane_index, None
