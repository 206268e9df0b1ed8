"""Opening corpora: first run, last corpus, recent menu, drag and drop, background reading, cancel, problems."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from carrousel.model import ReadProblem
from carrousel.paths import seeds_dir
from carrousel.pipeline import DocumentResult
from carrousel.ui import app as app_module
from carrousel.ui import main_window as main_window_module
from ui import sample


def wait_loaded(qtbot, window, timeout=60_000) -> bool:
    with qtbot.waitSignal(window.loaded, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


def test_first_run_opens_the_bundled_seeds_and_later_runs_the_last_corpus(tmp_path):
    assert app_module.initial_paths([]) == [str(seeds_dir())]
    app_module.remember_corpus([str(tmp_path)])
    assert app_module.initial_paths([]) == [str(tmp_path)]
    assert app_module.initial_paths(["x.txt"]) == ["x.txt"], "paths on the command line win"
    shutil.rmtree(tmp_path)
    assert app_module.initial_paths([]) == [str(seeds_dir())], "a corpus that is gone is not reopened"


def test_the_window_opens_the_seeds_in_the_background(qtbot, window):
    with qtbot.waitSignal(window.loaded, timeout=120_000) as blocker:
        window.open_paths(app_module.initial_paths([]))
        assert window.cancel_button.isVisible(), "progress and Cancel show while reading"
    assert blocker.args == [False]
    assert len(window.documents) == 4
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    assert window.windowTitle().endswith("seeds")
    assert app_module.last_corpus() == [str(seeds_dir())]


def slow_pipeline(paths, cancelled):
    """A stand-in for iter_extract: two articles quickly, then one article per 20 ms until cancelled."""
    docs = sample.documents()
    events = sample.events()
    for doc in list(docs.values())[:2]:
        yield DocumentResult(doc, [e for e in events if e.doc == doc.doc_id])
    yield DocumentResult(None, problem=ReadProblem("broken.pdf", "not a text, HTML or JSONL file"))
    deadline = time.monotonic() + 30
    while not cancelled() and time.monotonic() < deadline:
        time.sleep(0.02)
        yield DocumentResult(None, problem=ReadProblem("empty.txt", "the file is empty"))


def test_cancel_during_extraction_leaves_a_usable_window(qtbot, window, monkeypatch):
    monkeypatch.setattr(main_window_module, "iter_extract", slow_pipeline)
    window.open_paths(["anything"])
    qtbot.waitUntil(lambda: len(window.documents) == 2, timeout=10_000)
    assert window.job is not None and window.cancel_button.isVisible()
    with qtbot.waitSignal(window.loaded, timeout=10_000) as blocker:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert window.job is None and not window.cancel_button.isVisible()
    assert "Cancelled" in window.status_label.text()
    assert "Alexander Blessin" in {l.title for l in window.timeline.lanes}, "what was read is shown"
    window.by_club_action.trigger()
    assert window.timeline.lanes, "the window still works after cancelling"


def test_unreadable_files_are_listed_in_a_dismissable_message(qtbot, window, monkeypatch):
    def pipeline(paths, cancelled):
        yield DocumentResult(None, problem=ReadProblem("bad.bin", "not a text file"))
        yield DocumentResult(next(iter(sample.documents().values())), [])

    monkeypatch.setattr(main_window_module, "iter_extract", pipeline)
    window.open_paths(["x"])
    wait_loaded(qtbot, window)
    assert window.messages.isVisible() and "bad.bin" in window.messages.label.text()
    qtbot.mouseClick(window.messages.close_button, Qt.MouseButton.LeftButton)
    assert not window.messages.isVisible()


def test_unreadable_real_files_are_listed_not_a_crash(qtbot, window, tmp_path):
    shutil.copy(next(seeds_dir().glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    window.open_paths([str(tmp_path)])
    wait_loaded(qtbot, window)
    assert len(window.documents) == 1
    assert {Path(p.path).name for p in window.problems} == {"bad.txt", "empty.txt"}
    assert window.messages.isVisible() and "2 files could not be read" in window.messages.label.text()


def test_a_failing_pipeline_is_reported_not_raised(qtbot, window, monkeypatch):
    def pipeline(paths, cancelled):
        raise OSError("disk on fire")
        yield

    monkeypatch.setattr(main_window_module, "iter_extract", pipeline)
    window.open_paths(["x"])
    wait_loaded(qtbot, window)
    assert "disk on fire" in window.messages.label.text()


def test_recent_menu_reopens_a_corpus(qtbot, window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(main_window_module, "iter_extract", lambda paths, cancelled: iter(()))
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        window.open_paths([str(tmp_path / name)])
        wait_loaded(qtbot, window)
    window._fill_recent_menu()
    titles = [a.text() for a in window.recent_menu.actions()]
    assert titles[:2] == ["two", "one"]
    monkeypatch.setattr(window, "open_paths", opened.append)
    window.recent_menu.actions()[1].trigger()
    assert opened == [[str(tmp_path / "one")]]


def test_dropping_folders_opens_them(window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(window, "open_paths", opened.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert opened == [[str(tmp_path)]]


def test_geometry_and_splitters_are_restored(qtbot):
    from carrousel.ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(701, 503)
    first.show()
    first.top_split.setSizes([450, 250])
    sizes = first.top_split.sizes()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (701, 503)
    assert second.top_split.saveState() == first.top_split.saveState()
    assert sizes == first.top_split.sizes()
    second.close()


def test_standard_shortcuts_and_toolbar_tooltips(window):
    from PySide6.QtGui import QKeySequence

    assert window.open_folder_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.fit_action.shortcut() == QKeySequence("Ctrl+0")
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    for action in (window.open_folder_action, window.open_files_action, window.export_action, window.fit_action,
                   window.zoom_in_action, window.by_coach_action):
        assert action.toolTip() and action.toolTip() != action.text().replace("&", "")


def test_empty_states_say_why_nothing_is_drawn(qtbot, window, monkeypatch):
    monkeypatch.setattr(main_window_module, "iter_extract", lambda paths, cancelled: iter(()))
    window.open_paths(["nothing-here"])
    assert window.view.empty_text == "Reading articles…"
    wait_loaded(qtbot, window)
    assert window.view.empty_text == "No career events were found in these articles."
    window.show_corpus(list(sample.documents().values()), sample.events())
    qtbot.keyClicks(window.search, "zzz")
    qtbot.waitUntil(lambda: not window.timeline.lanes)
    assert window.view.empty_text == "Nothing matches the search and filters."


def test_opening_again_while_reading_replaces_the_running_job(qtbot, window, monkeypatch):
    monkeypatch.setattr(main_window_module, "iter_extract", slow_pipeline)
    window.open_paths(["first"])
    qtbot.waitUntil(lambda: len(window.documents) == 2, timeout=10_000)
    first = window.job
    window.open_paths(["second"])
    assert window.job is not first and not first.is_running()
    assert window.paths == ["second"]
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.cancel_loading()


def test_progress_scale_counts_articles_not_files(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.html").write_text("x")
    (tmp_path / "sources.csv").write_text("x")
    (tmp_path / "feed.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n\n{"text": "c"}\n')
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    assert main_window_module.count_articles([str(tmp_path)]) == 5
    assert main_window_module.count_articles([str(tmp_path / "a.txt")]) == 1


def test_the_window_explains_itself_without_a_display(monkeypatch, capsys):
    import sys as _sys

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(_sys, "platform", "linux")
    assert app_module.run_app([]) == 1
    assert "export-png" in capsys.readouterr().err
