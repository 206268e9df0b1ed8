"""The timeline's legend: a key to every style it draws, wrapping onto more lines rather than clipping.

Drawn with the renderer's own glyphs and fonts, so the key always matches the timeline, in the window
and in every export.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPalette, QPen

from carrousel.model import Kind

if TYPE_CHECKING:
    from carrousel.ui.render import Renderer

ENTRIES = (("coaching", "coaching"), ("playing", "playing"), ("uncertain", "uncertain date"),
           ("open", "open end"), ("estimated", "≈ estimated date"), ("joined", "joined"), ("left", "left"),
           ("dismissed", "dismissed"), ("rumour", "rumour"), ("today", "today"),
           ("published", "article's publication date"))
GLYPHS = {"joined": (Kind.JOINED, False), "left": (Kind.LEFT, False), "dismissed": (Kind.LEFT, True),
          "rumour": (Kind.RUMOUR, False)}
SAMPLE = (70, 130, 180)  # a neutral steel blue: the legend is about style, not about any club


def _items(r: "Renderer", published: bool) -> list[tuple[str, str, float]]:
    """(symbol, words, width) per entry; the publication band only when one is drawn."""
    glyph_w = r.metrics.marker + 6
    symbol_w = {**{k: glyph_w for k in GLYPHS}, "today": 6, "published": 14}
    return [(k, words, symbol_w.get(k, 40) + r.fm_small.horizontalAdvance(words) + 18)
            for k, words in ENTRIES if published or k != "published"]


def _lines(r: "Renderer", width: float, published: bool) -> list[list[tuple[str, str, float]]]:
    lines: list[list[tuple[str, str, float]]] = [[]]
    used = 10.0
    for item in _items(r, published):
        if lines[-1] and used + item[2] > width:
            lines.append([])
            used = 10.0
        lines[-1].append(item)
        used += item[2]
    return lines


def height(r: "Renderer", width: float, published: bool) -> float:
    return len(_lines(r, width, published)) * (r.metrics.row_h + 2) + 8


def paint(r: "Renderer", p: QPainter, rect: QRectF, published: bool) -> None:
    m = r.metrics
    p.fillRect(rect, r.colour(QPalette.ColorRole.Window))
    p.setPen(QPen(r.colour(QPalette.ColorRole.Mid), 1))
    p.drawLine(rect.topLeft(), rect.topRight())
    for n, line in enumerate(_lines(r, rect.width(), published)):
        top = rect.top() + 4 + n * (m.row_h + 2)
        x = rect.left() + 10
        for symbol, words, width in line:
            _entry(r, p, symbol, words, QRectF(x, top, width, m.row_h))
            x += width


def _entry(r: "Renderer", p: QPainter, symbol: str, words: str, cell: QRectF) -> None:
    m = r.metrics
    ink, halo = r.colour(QPalette.ColorRole.Text), r.colour(QPalette.ColorRole.Base)
    x, cy = cell.left(), cell.center().y()
    bar_h = m.row_h - 8
    if symbol in GLYPHS:
        kind, dismissed = GLYPHS[symbol]
        r.glyph(p, kind, dismissed, QPointF(x + m.marker / 2, cy), m.marker, ink, halo)
        x += m.marker + 6
    elif symbol == "today":
        p.setPen(QPen(r.colour(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, cell.top() + 3), QPointF(x, cell.bottom() - 3))
        x += 6
    elif symbol == "published":
        band = r.colour(QPalette.ColorRole.Link)
        band.setAlphaF(0.3)
        p.fillRect(QRectF(x, cell.top() + 3, 8, cell.height() - 6), band)
        x += 14
    else:
        _swatch(p, symbol, QRectF(x, cy - bar_h / 2, 34, bar_h), ink)
        x += 40
    p.setFont(r.small)
    p.setPen(r.colour(QPalette.ColorRole.WindowText))
    p.drawText(QRectF(x, cell.top(), cell.right() - x, cell.height()), Qt.AlignmentFlag.AlignVCenter, words)


def _swatch(p: QPainter, kind: str, rect: QRectF, ink: QColor) -> None:
    """A small bar in the style `kind` (the same recipes the renderer uses for real bars)."""
    c = QColor(*SAMPLE)
    if kind == "playing":
        c = c.lighter(135)
        c.setAlphaF(0.55)
        rect = QRectF(rect.left(), rect.center().y() - rect.height() * 0.3, rect.width(), rect.height() * 0.6)
    if kind in ("uncertain", "open"):
        g = QLinearGradient(rect.left(), 0, rect.right(), 0)
        g.setColorAt(0, c)
        end = QColor(c)
        end.setAlphaF(0.28 if kind == "uncertain" else 0.0)
        g.setColorAt(1, end)
        p.setBrush(QBrush(g))
    else:
        p.setBrush(c)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(rect, 3, 3)
    if kind == "uncertain":
        p.setPen(QPen(ink, 1))
        p.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()))
    if kind == "estimated":
        p.setBrush(QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
        p.drawRoundedRect(rect, 3, 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(c.darker(130), 1.2, Qt.PenStyle.DashLine))
        p.drawRoundedRect(rect, 3, 3)
