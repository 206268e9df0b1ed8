"""PNG export from the window (whole / visible, 1x / 2x) and from the command line without a display."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from carrousel.ui.render import LaneGeometry

ROOT = Path(__file__).resolve().parents[2]


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def export(qtbot, window, path, whole=True, scale=1.0) -> bool:
    """File > Export PNG runs in the background: wait for it."""
    with qtbot.waitSignal(window.exported, timeout=60_000) as blocker:
        window.export_png(str(path), whole=whole, scale=scale)
    assert blocker.args[0] == str(path)
    return blocker.args[1]


def expected_whole_size(window, width: float) -> tuple[float, float]:
    r = window.view.renderer
    m = r.metrics
    geo = LaneGeometry(window.timeline, m)
    return m.axis_h + geo.total + r.legend_height(width, published=False), m.label_w + m.undated_w


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_export_of_the_whole_timeline_has_the_expected_size_and_is_not_blank(qtbot, sample_window, tmp_path,
                                                                               scale):
    path = tmp_path / "timeline.png"
    assert export(qtbot, sample_window, path, whole=True, scale=scale)
    image = QImage(str(path))
    height, fixed_columns = expected_whole_size(sample_window, image.width() / scale)
    assert image.height() == round(height * scale)
    assert image.width() > round(fixed_columns * scale) + 800 * scale, "the time axis gets room to breathe"
    assert distinct_colours(image) > 20, "bars, labels and legend drawn, not a blank canvas"


def test_export_of_the_visible_part_matches_the_view_plus_legend(qtbot, sample_window, tmp_path):
    path = tmp_path / "visible.png"
    view = sample_window.view
    view.zoom(3.0)
    qtbot.wait(10)  # let the horizontal scrollbar that zooming brings take its place
    assert export(qtbot, sample_window, path, whole=False, scale=2.0)
    image = QImage(str(path))
    vp = view.viewport()
    assert image.width() == vp.width() * 2
    assert image.height() == round((vp.height() + view.renderer.legend_height(vp.width(), False)) * 2)
    assert distinct_colours(image) > 20


def test_export_at_2x_is_the_same_layout_with_twice_the_pixels(qtbot, sample_window, tmp_path):
    one, two = tmp_path / "1.png", tmp_path / "2.png"
    export(qtbot, sample_window, one, scale=1.0)
    export(qtbot, sample_window, two, scale=2.0)
    a, b = QImage(str(one)), QImage(str(two))
    assert (b.width(), b.height()) == (a.width() * 2, a.height() * 2)
    lane_label = QColor(a.pixel(10, 10)), QColor(b.pixel(20, 20))
    assert lane_label[0].rgb() == lane_label[1].rgb(), "same background at the same logical place"


def test_export_png_command_works_without_a_display(tmp_path):
    out = tmp_path / "cli.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT / "desktop")
    proc = subprocess.run(
        [sys.executable, "-m", "carrousel", "export-png", str(ROOT / "seeds"), "-o", str(out), "--by", "club",
         "--scale", "2"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 1600 * 2
    assert distinct_colours(image) > 5


def test_export_png_command_fails_cleanly_on_nothing_readable(tmp_path, capsys):
    from carrousel.ui.export import export_png_cli

    assert export_png_cli([tmp_path], tmp_path / "x.png") == 1
    assert "no article could be read" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_file_export_png_asks_what_and_where_then_writes(qtbot, sample_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from carrousel.ui.widgets import ExportDialog

    def answer(dialog):
        dialog.visible.setChecked(True)
        dialog.scale.setCurrentIndex(1)  # 2x
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "shot"), "PNG images (*.png)"))
    with qtbot.waitSignal(sample_window.exported, timeout=60_000):
        sample_window.export_action.trigger()
        assert not sample_window.export_action.isEnabled(), "one export at a time"
    qtbot.waitUntil(sample_window.export_action.isEnabled)
    image = QImage(str(tmp_path / "shot.png"))
    assert image.width() == sample_window.view.viewport().width() * 2, "the visible part at 2x, .png added"
