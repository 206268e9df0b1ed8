"""PNG export of the timeline, from the window (whole or visible part) and from the command line.

Both paths paint with the same Renderer as the screen, into a QImage whose device pixel ratio is the
export scale, so a 2x export has the same layout with twice the pixels (crisp text, not a blow-up).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette

from carrousel.timeline import Filters, LaneMode, Timeline
from carrousel.ui.render import LaneGeometry, Renderer, View

if TYPE_CHECKING:
    from carrousel.ui.timeline_view import TimelineView

DEFAULT_BODY_W = 1600.0  # logical px for the time axis when nothing else says how wide
MAX_BODY_W = 12000.0
MAX_DEVICE_H = 32000  # QPainter's raster engine and PNG viewers both struggle beyond this


def render_whole(tl: Timeline, renderer: Renderer, scale: float = 1.0, px_per_day: float | None = None) -> QImage:
    """Every lane and the whole time range; lanes that would exceed MAX_DEVICE_H are cut with a note."""
    m = renderer.metrics
    days = max(1.0, tl.end - tl.start)
    ppd = px_per_day if px_per_day else DEFAULT_BODY_W / days
    ppd = min(max(ppd, DEFAULT_BODY_W / days * 0.75), MAX_BODY_W / days)
    geo = LaneGeometry(tl, m)
    width = m.label_w + days * ppd + m.undated_w
    legend_h = renderer.legend_height(width, published=False)
    body_h = geo.total
    limit = MAX_DEVICE_H / scale - m.axis_h - 2 * legend_h
    cut_lanes = 0
    if body_h > limit:
        shown = max(0, geo.lane_at(limit))
        cut_lanes = len(tl.lanes) - shown
        body_h = geo.tops[shown]
    note_h = legend_h if cut_lanes else 0.0
    height = m.axis_h + body_h + note_h + legend_h
    view = View(tl.start, ppd, 0.0, width, height, legend_h=legend_h + note_h)
    image = _image(width, height, scale, renderer.palette)
    p = QPainter(image)
    renderer.paint(p, tl, geo, view)
    if cut_lanes:
        p.fillRect(QRectF(0, height - legend_h - note_h, width, note_h), renderer.colour(QPalette.ColorRole.Window))
        p.setPen(renderer.colour(QPalette.ColorRole.WindowText))
        p.drawText(QRectF(10, height - legend_h - note_h, width - 20, note_h), Qt.AlignmentFlag.AlignVCenter,
                   f"… and {cut_lanes} more lanes, too many for one image: use the search box to export them")
        renderer.legend(p, QRectF(0, height - legend_h, width, legend_h), published=False)
    p.end()
    return image


def render_visible(tl: Timeline, renderer: Renderer, view: View, scale: float = 1.0) -> QImage:
    """Exactly what the window shows (same zoom, same scroll), with the legend added below."""
    geo = LaneGeometry(tl, renderer.metrics)
    legend_h = renderer.legend_height(view.width, view.published is not None)
    framed = View(view.day0, view.px_per_day, view.y0, view.width, view.height + legend_h, legend_h=legend_h,
                  published=view.published)
    image = _image(framed.width, framed.height, scale, renderer.palette)
    p = QPainter(image)
    renderer.paint(p, tl, geo, framed)
    p.end()
    return image


def _image(width: float, height: float, scale: float, palette: QPalette) -> QImage:
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(palette.color(QPalette.ColorRole.Base))
    return image


def export_work(path: str | Path, tl: Timeline, view: "TimelineView", whole: bool = True, scale: float = 1.0):
    """The window's File > Export PNG as work for a BackgroundJob: a whole 5,000-lane timeline takes
    seconds to draw and encode, so it must not freeze the window. Everything Qt it needs is captured
    here on the GUI thread; drawing into a QImage (not a QPixmap) is safe on the worker thread."""
    renderer = Renderer(view.font(), view.palette())  # the worker's own: caches are not shared across threads
    frame = view.view()
    ppd = view.px_per_day

    def work(cancelled) -> Iterator[tuple[str, bool]]:
        image = render_whole(tl, renderer, scale, ppd) if whole else render_visible(tl, renderer, frame, scale)
        yield str(path), image.save(str(path), "PNG")

    return work


def ensure_headless_platform() -> None:
    """Without a display, render offscreen instead of failing to connect to one."""
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def export_png_cli(paths, output, by: str = "coach", scale: float = 1.0, players: bool = False) -> int:
    """`carrousel export-png PATH... -o FILE`: extract, merge and draw the whole timeline, no window needed."""
    from carrousel.careers import build_careers
    from carrousel.pipeline import extract_all
    from carrousel.timeline import build_timeline

    ensure_headless_platform()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    corpus, events = extract_all(paths)
    for problem in corpus.problems:
        print(f"carrousel: skipped {problem}", file=sys.stderr)
    if not corpus.documents:
        print("carrousel: no article could be read", file=sys.stderr)
        return 1
    timeline = build_timeline(build_careers(events), LaneMode(by), Filters(show_players=players))
    renderer = Renderer(app.font(), app.palette())  # type: ignore[union-attr]
    image = render_whole(timeline, renderer, scale)
    if not image.save(str(output), "PNG"):
        print(f"carrousel: could not write {output}", file=sys.stderr)
        return 1
    print(f"wrote {output} ({image.width()}x{image.height()} px, {len(timeline.lanes)} lanes)")
    return 0
