"""Shared UI test set-up: settings in a temporary folder, and proof that no thread outlives a test."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from carrousel.ui.worker import BackgroundJob
from ui import sample


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """Each test gets its own QSettings location, so first-run behaviour and restored state are testable."""
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def no_threads_or_timers_left(qapp):
    yield
    for job in list(BackgroundJob.running()):
        job.stop()
        pytest.fail("a BackgroundJob thread was still running after the test")
    assert not BackgroundJob._live, "a BackgroundJob was never finished"
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    from carrousel.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            active = [t.objectName() or repr(t) for t in widget.findChildren(QTimer) if t.isActive()]
            assert not active, f"timers still running on a window after the test: {active}"


@pytest.fixture
def window(qtbot):
    from carrousel.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    assert not w._rebuild_timer.isActive(), "the rebuild timer outlived the window"


@pytest.fixture
def sample_window(window):
    """The window showing the hand-built career set (no extractor involved)."""
    window.show_corpus(list(sample.documents().values()), sample.events())
    return window
