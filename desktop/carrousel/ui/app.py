"""Starting the window: the QApplication, settings location and which corpus to open first."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from carrousel import __version__
from carrousel.paths import resource_path, seeds_dir

ORGANISATION = "Carrousel"
APPLICATION = "Carrousel"
MAX_RECENT = 8


def settings() -> QSettings:
    """Always an INI file in the user's config dir, so tests can redirect it with QSettings.setPath."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def last_corpus() -> list[str]:
    """The paths opened last time, if they all still exist."""
    raw = settings().value("corpus/last", "")
    try:
        paths = json.loads(raw) if raw else []
    except (TypeError, ValueError):
        return []
    return paths if paths and all(Path(p).exists() for p in paths) else []


def recent_corpora() -> list[list[str]]:
    raw = settings().value("corpus/recent", "")
    try:
        entries = json.loads(raw) if raw else []
    except (TypeError, ValueError):
        return []
    return [e for e in entries if isinstance(e, list) and all(isinstance(p, str) for p in e)]


def remember_corpus(paths: list[str]) -> None:
    s = settings()
    s.setValue("corpus/last", json.dumps(paths))
    recent = [paths] + [e for e in recent_corpora() if e != paths]
    s.setValue("corpus/recent", json.dumps(recent[:MAX_RECENT]))
    s.sync()


def _no_display() -> bool:
    """On Linux without X11/Wayland, Qt would abort with a cryptic plugin error instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def initial_paths(paths: list[str]) -> list[str]:
    """The command line's paths; else last run's corpus; else, on first run, the bundled sample articles."""
    return paths or last_corpus() or [str(seeds_dir())]


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """Every bundled size, so each platform picks a crisp one (an empty icon if the files are missing)."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("carrousel-*.png")):
        icon.addFile(str(png))
    return icon


def run_app(paths: list[str]) -> int:
    """`carrousel [PATH...]`: open the window on PATHs (or the last / bundled corpus) and run until closed."""
    if _no_display():
        print("carrousel: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); "
              "`carrousel export-png PATH... -o timeline.png` draws the timeline without one", file=sys.stderr)
        return 1
    app = application()
    from carrousel.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.open_paths(initial_paths(paths))
    return app.exec()
