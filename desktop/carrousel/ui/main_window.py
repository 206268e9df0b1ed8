"""The main window: opening corpora, background extraction, the timeline, article panel and events table.

All data work is delegated: extraction to the pipeline (on a BackgroundJob), merging to careers, layout
to carrousel.timeline. This module wires widgets together and keeps them in sync.
"""
from __future__ import annotations

import os
import time
from collections import defaultdict
from datetime import date
from html import escape
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHeaderView, QLabel, QLineEdit, QMainWindow, QMenu, QProgressBar,
    QPushButton, QSplitter, QStyle, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from carrousel.careers import Careers, build_careers
from carrousel.model import Document, Event, Kind, ReadProblem, Role
from carrousel.pipeline import DocumentResult, iter_extract
from carrousel.reading.files import JSONL_SUFFIXES, SUPPORTED_SUFFIXES
from carrousel.timeline import Bar, Filters, LaneMode, Timeline, UndatedItem, build_timeline
from carrousel.ui import app as app_settings
from carrousel.ui.article_panel import ArticlePanel, Source
from carrousel.ui.events_table import EVENT_ROLE, EventsModel, EventsProxy
from carrousel.ui.export import export_work
from carrousel.ui.render import Item
from carrousel.ui.timeline_view import TimelineView
from carrousel.ui.widgets import ExportDialog, Legend, MessageBar
from carrousel.ui.worker import BackgroundJob

KIND_TOGGLES = (Kind.JOINED, Kind.LEFT, Kind.SPELL, Kind.RUMOUR)
ROLE_GROUPS = {
    "Head coaches": (Role.HEAD_COACH,),
    "Assistants and interims": (Role.ASSISTANT_COACH, Role.INTERIM_COACH),
    "Youth coaches": (Role.YOUTH_COACH,),
    "National coaches": (Role.NATIONAL_COACH,),
    "Technical directors": (Role.TECHNICAL_DIRECTOR,),
    "Players": (Role.PLAYER,),
    "Other roles": (Role.OTHER,),
}


def count_articles(paths: list[str]) -> int:
    """About how many articles the paths hold, so the progress bar has a scale: one per supported file,
    one per line of a JSONL file (a file named twice is counted twice; the bar copes)."""
    total = 0
    for root in map(Path, paths):
        files = [f for f in root.rglob("*") if f.is_file()] if root.is_dir() else [root]
        for f in files:
            hidden = any(part.startswith(".") for part in f.parts[len(root.parts):])
            suffix = f.suffix.casefold()
            if not hidden and suffix in SUPPORTED_SUFFIXES:
                total += _count_lines(f) if suffix in JSONL_SUFFIXES else 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1


def extraction_work(paths: list[str]):
    """The background work of opening a corpus: (done, total, DocumentResult) per article."""

    def work(cancelled) -> Iterator[tuple[int, int, DocumentResult]]:
        total = count_articles(paths)
        for done, result in enumerate(iter_extract(paths, cancelled), start=1):
            yield done, max(total, done), result

    return work


class MainWindow(QMainWindow):
    """Carrousel's window. `loaded(cancelled)` fires when an open action's extraction ends."""

    loaded = Signal(bool)
    exported = Signal(str, bool)

    def __init__(self):
        super().__init__()
        self.setWindowTitle("Carrousel")
        self.setAcceptDrops(True)
        self.paths: list[str] = []
        self.documents: dict[str, Document] = {}
        self.events: list[Event] = []
        self.problems: list[ReadProblem] = []
        self.careers = Careers()
        self.timeline: Timeline | None = None
        self.mode = LaneMode.COACH
        self.job: BackgroundJob | None = None
        self.export_job: BackgroundJob | None = None
        self._export_result: tuple[str, bool] = ("", False)
        self._syncing = False
        self._careers_dirty = False

        self.view = TimelineView()
        self.view.activated.connect(self._on_item_activated)
        self.legend = Legend(self.view)
        self.article = ArticlePanel()
        self.article.shown.connect(lambda doc: self.view.set_published(doc.published if doc else None))
        self.messages = MessageBar()
        self.model = EventsModel(self)
        self.proxy = EventsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()

        timeline_box = QWidget()
        box = QVBoxLayout(timeline_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.messages)
        box.addWidget(self.view, 1)
        box.addWidget(self.legend)
        self.top_split = QSplitter(Qt.Orientation.Horizontal)
        self.top_split.addWidget(timeline_box)
        self.top_split.addWidget(self.article)
        self.top_split.setStretchFactor(0, 1)
        self.top_split.setStretchFactor(1, 0)
        self.main_split = QSplitter(Qt.Orientation.Vertical)
        self.main_split.addWidget(self.top_split)
        self.main_split.addWidget(self.table)
        self.main_split.setStretchFactor(0, 3)
        self.main_split.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_split)

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(150)
        self._rebuild_timer.timeout.connect(self._rebuild)
        self._search_timer = QTimer(self)  # debounces typing in the search box
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._rebuild)

        self._make_actions()
        self._make_status()
        self._restore_layout()

    # ---------------------------------------------------------------- building the window
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("events-table")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((175, 150, 130, 100, 110, 260)):
            table.setColumnWidth(col, width)
        table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        return table

    def _action(self, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip + (f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                                     if shortcut is not None else ""))
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.open_folder_action = self._action("Open &folder…", self.choose_folder, SK.Open,
                                               "Open a folder of articles")
        self.open_files_action = self._action("Open fi&les…", self.choose_files, "Ctrl+Shift+O",
                                              "Open one or more article files")
        self.export_action = self._action("&Export PNG…", self.choose_export, "Ctrl+E",
                                          "Save the timeline as a PNG image")
        quit_action = self._action("&Quit", self.close, SK.Quit, "Quit Carrousel")
        self.zoom_in_action = self._action("Zoom &in", self.view.zoom_in, SK.ZoomIn, "Zoom in on time")
        self.zoom_out_action = self._action("Zoom &out", self.view.zoom_out, SK.ZoomOut, "Zoom out")
        self.fit_action = self._action("&Fit all", self.view.fit_all, "Ctrl+0", "Show the whole time range")
        self.find_action = self._action("&Find…", self._focus_search, SK.Find, "Filter lanes by person or club")
        self.players_action = self._action("Show &players", self._on_filters_changed, "Ctrl+P",
                                           "Also show people who never coached, and playing spells in club lanes",
                                           checkable=True)
        self.by_coach_action = self._action("By &coach", lambda: self.set_mode(LaneMode.COACH), "Ctrl+1",
                                            "One lane per person", checkable=True)
        self.by_club_action = self._action("By c&lub", lambda: self.set_mode(LaneMode.CLUB), "Ctrl+2",
                                           "One lane per club", checkable=True)
        modes = QActionGroup(self)
        modes.addAction(self.by_coach_action)
        modes.addAction(self.by_club_action)
        self.by_coach_action.setChecked(True)

        self.kind_actions: dict[Kind, QAction] = {}
        for kind in KIND_TOGGLES:
            a = self._action(kind.value.capitalize(), self._on_filters_changed, tip=f"Show {kind.value} events",
                             checkable=True)
            a.setChecked(True)
            self.kind_actions[kind] = a
        self.role_actions: dict[str, QAction] = {}
        for name in ROLE_GROUPS:
            a = self._action(name, self._on_filters_changed, tip=f"Show {name.lower()}", checkable=True)
            a.setChecked(True)
            self.role_actions[name] = a

        menu = self.menuBar().addMenu("&File")
        menu.addAction(self.open_folder_action)
        menu.addAction(self.open_files_action)
        self.recent_menu = menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        view = self.menuBar().addMenu("&View")
        for a in (self.by_coach_action, self.by_club_action, None, self.players_action, None, self.zoom_in_action,
                  self.zoom_out_action, self.fit_action, None, self.find_action):
            view.addSeparator() if a is None else view.addAction(a)
        kinds = view.addMenu("Event &kinds")
        kinds.addActions(list(self.kind_actions.values()))
        roles = view.addMenu("&Roles")
        roles.addActions(list(self.role_actions.values()))

        style = self.style()
        for action, icon in ((self.open_folder_action, QStyle.StandardPixmap.SP_DirOpenIcon),
                             (self.open_files_action, QStyle.StandardPixmap.SP_FileIcon),
                             (self.export_action, QStyle.StandardPixmap.SP_DialogSaveButton)):
            action.setIcon(style.standardIcon(icon))
        bar = self.addToolBar("Main")
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.open_folder_action)
        bar.addAction(self.open_files_action)
        bar.addAction(self.export_action)
        bar.addSeparator()
        bar.addAction(self.by_coach_action)
        bar.addAction(self.by_club_action)
        bar.addAction(self.players_action)
        bar.addSeparator()
        self.filter_buttons: list[tuple[QToolButton, str, list[QAction]]] = []
        for title, actions, tip in (("Kinds", self.kind_actions.values(), "Which kinds of events to show"),
                                    ("Roles", self.role_actions.values(), "Which roles to show")):
            button = QToolButton()
            button.setText(title)
            button.setToolTip(tip)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            m = QMenu(button)
            m.addActions(list(actions))
            button.setMenu(m)
            bar.addWidget(button)
            self.filter_buttons.append((button, title, list(actions)))
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_action)
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Find person or club…")
        self.search.setToolTip("Show only lanes whose person or club matches (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.search.textChanged.connect(self._on_search_edited)
        self.search.returnPressed.connect(self._search_now)
        bar.addWidget(self.search)

    def _make_status(self) -> None:
        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop reading articles; keep what has been read so far")
        self.cancel_button.clicked.connect(self.cancel_loading)
        status = self.statusBar()
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _restore_layout(self) -> None:
        s = app_settings.settings()
        geometry = s.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (("window/top_split", self.top_split), ("window/main_split", self.main_split)):
            value = s.value(key)
            if value is None or not splitter.restoreState(value):
                splitter.setSizes([1000, 360] if splitter is self.top_split else [620, 220])

    def _save_layout(self) -> None:
        s = app_settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/top_split", self.top_split.saveState())
        s.setValue("window/main_split", self.main_split.saveState())
        s.sync()

    # ---------------------------------------------------------------- opening corpora
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of articles")
        if folder:
            self.open_paths([folder])

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Open articles", "",
                                                "Articles (*.txt *.html *.htm *.jsonl *.json);;All files (*)")
        if files:
            self.open_paths(files)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        entries = app_settings.recent_corpora()
        for paths in entries:
            name = Path(paths[0]).name or paths[0]
            title = name if len(paths) == 1 else f"{name} and {len(paths) - 1} more"
            action = self.recent_menu.addAction(title)
            action.setToolTip("\n".join(paths))
            action.triggered.connect(lambda checked=False, p=paths: self.open_paths(p))
        self.recent_menu.setEnabled(bool(entries))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = _local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> None:
        """Replace the corpus with these files/folders; extraction fills the window in as articles finish."""
        self._stop_job()
        self.paths = [os.fspath(p) for p in paths]
        app_settings.remember_corpus(self.paths)
        self.documents, self.events, self.problems = {}, [], []
        self.careers = Careers()
        self.article.clear()
        self.messages.hide()
        self.job = BackgroundJob(extraction_work(self.paths), self)
        self.job.item.connect(self._on_result)
        self.job.failed.connect(self._on_failed)
        self.job.done.connect(self._on_done)
        self._rebuild()
        self.setWindowTitle(f"Carrousel — {', '.join(Path(p).name or p for p in self.paths)}")
        self.status_label.setText("Reading articles…")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.job.start()

    def show_corpus(self, documents: list[Document], events: list[Event]) -> None:
        """Show events that were extracted elsewhere (a saved run, a test, the benchmark), without reading."""
        self._stop_job()
        self.documents = {d.doc_id: d for d in documents}
        self.events, self.problems = list(events), []
        self._careers_dirty = True
        self.article.clear()
        self._rebuild()

    def cancel_loading(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status_label.setText("Cancelling…")

    def _stop_job(self) -> None:
        if self.job is not None:
            for signal in (self.job.item, self.job.failed, self.job.done):
                signal.disconnect()
            self.job.stop()
            self.job.deleteLater()
            self.job = None

    def _on_result(self, item: tuple[int, int, DocumentResult]) -> None:
        done, total, result = item
        if result.document is not None:
            self.documents[result.document.doc_id] = result.document
        if result.problem is not None:
            self.problems.append(result.problem)
        if result.events:
            self.events.extend(result.events)
            self._careers_dirty = True
            if not self._rebuild_timer.isActive():
                self._rebuild_timer.start()
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total}")
        self.status_label.setText(f"Reading articles… {len(self.documents)} read, {len(self.events)} events")

    def _on_failed(self, message: str) -> None:
        self.messages.show_message(f"<b>Reading stopped after an error:</b> {escape(message)}")

    def _on_done(self, cancelled: bool) -> None:
        self._rebuild_timer.stop()
        self.job = None
        self._careers_dirty = True
        self._rebuild()
        self.progress.hide()
        self.cancel_button.hide()
        n_docs, n_events = len(self.documents), len(self.events)
        prefix = "Cancelled: showing what was read so far — " if cancelled else ""
        self.status_label.setText(f"{prefix}{n_docs} article{'s' if n_docs != 1 else ''}, {n_events} events, "
                                  f"{len(self.timeline.lanes) if self.timeline else 0} lanes")
        if self.problems:
            shown = "".join(f"<li>{escape(str(p))}</li>" for p in self.problems[:5])
            more = f"<li>… and {len(self.problems) - 5} more</li>" if len(self.problems) > 5 else ""
            self.messages.show_message(
                f"<b>{len(self.problems)} file{'s' if len(self.problems) != 1 else ''} could not be read:</b>"
                f"<ul style='margin:0'>{shown}{more}</ul>", "\n".join(map(str, self.problems)))
        self.loaded.emit(cancelled)

    # ---------------------------------------------------------------- filters and rebuilding
    def filters(self) -> Filters:
        kinds = frozenset(k for k, a in self.kind_actions.items() if a.isChecked())
        roles = frozenset(r for name, a in self.role_actions.items() if a.isChecked() for r in ROLE_GROUPS[name])
        return Filters(self.search.text(), kinds, roles, self.players_action.isChecked())

    def set_mode(self, mode: LaneMode) -> None:
        self.mode = mode
        (self.by_coach_action if mode is LaneMode.COACH else self.by_club_action).setChecked(True)
        self.view.select(None)
        self._rebuild()

    def _on_filters_changed(self, *args) -> None:
        for button, title, actions in self.filter_buttons:  # say on the button when some are hidden
            shown = sum(a.isChecked() for a in actions)
            button.setText(title if shown == len(actions) else f"{title} ({shown}/{len(actions)})")
        self._rebuild()

    def _on_search_edited(self, text: str) -> None:
        """Typing restarts a short timer: a big corpus is laid out once per pause in typing, not per key."""
        self._search_timer.start()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._rebuild()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _rebuild(self) -> None:
        """Re-merge careers if new events came in, then lay out the timeline for the current filters.

        While reading, this runs on a timer whose interval grows with the cost of a rebuild (four times
        it), so a huge corpus still leaves the window free most of the time between updates.
        """
        started = time.perf_counter()
        if self._careers_dirty:
            self.careers = build_careers(self.events)
            self._careers_dirty = False
        selected_event = self._selected_event()
        self.timeline = build_timeline(self.careers, self.mode, self.filters())
        self.view.empty_text = self._empty_text()
        self.view.set_timeline(self.timeline)
        self._syncing = True
        self.model.set_events(self.timeline.events, self.documents)
        self._syncing = False
        if selected_event is not None:
            row = _position(self.timeline.events, selected_event)
            if row is not None:
                self.select_event(row, show_article=False)
        elapsed_ms = (time.perf_counter() - started) * 1000
        self._rebuild_timer.setInterval(max(150, min(10_000, round(elapsed_ms * 4))))

    def _empty_text(self) -> str:
        if self.job is not None:
            return "Reading articles…"
        if not self.paths and not self.events:
            return "Open a folder of articles (Ctrl+O) or drop files here."
        if not self.events:
            return "No career events were found in these articles."
        return "Nothing matches the search and filters."

    def _selected_event(self) -> Event | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or self.timeline is None:
            return None
        row = index.data(EVENT_ROLE)
        return self.model.events[row] if row is not None and row < len(self.model.events) else None

    # ---------------------------------------------------------------- selection sync
    def _on_item_activated(self, item: Item) -> None:
        """A click on the timeline: show the article(s) and select the matching table row."""
        self.show_article_for(item)
        if self.timeline is None:
            return
        rows = self.timeline.events_of(item)
        if rows:
            self._select_row(rows[0])

    def _select_row(self, source_row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return
        self._syncing = True
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._syncing = False

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.select_event(current.data(EVENT_ROLE))

    def select_event(self, row: int, show_article: bool = True) -> None:
        """Select event `row` of the timeline: its item on the timeline, its table row, its article."""
        if self.timeline is None or not 0 <= row < len(self.timeline.events):
            return
        found = self.timeline.item_for_event(row)
        if found is not None:
            lane, item = found
            self.view.select(item, lane, ensure_visible=True)
        self._select_row(row)
        if show_article:
            event = self.timeline.events[row]
            doc = self.documents.get(event.doc)
            self.article.show_sources([Source(doc, [event])] if doc else [])

    def show_article_for(self, item: Item) -> None:
        self.article.show_sources(self.sources_for(item))

    def sources_for(self, item: Item) -> list[Source]:
        """The articles behind an item, oldest first, each with the passages that support it."""
        if isinstance(item, Bar) or (isinstance(item, UndatedItem) and item.tenure is not None):
            events = item.tenure.events  # type: ignore[union-attr]
        else:
            events = item.events  # a marker or undated entry: every article reporting that event
        by_doc: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            by_doc[e.doc].append(e)
        sources = [Source(self.documents[d], ev) for d, ev in by_doc.items() if d in self.documents]
        return sorted(sources, key=lambda s: (s.document.published.start or s.document.published.end or
                                              date.max, s.document.doc_id))

    # ---------------------------------------------------------------- export
    def choose_export(self) -> None:
        if self.timeline is None:
            return
        dialog = ExportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export PNG", "timeline.png", "PNG images (*.png)")
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.export_png(path, whole=dialog.whole.isChecked(), scale=dialog.scale.currentData())

    def export_png(self, path: str, whole: bool = True, scale: float = 1.0) -> None:
        """Write the timeline (all of it, or what the view shows) to `path` in the background;
        `exported(path, ok)` tells when it is done."""
        if self.timeline is None or self.export_job is not None:
            return
        self.export_action.setEnabled(False)
        self.status_label.setText(f"Exporting {path}…")
        self._export_result = (path, False)  # what `done` reports unless the work says otherwise
        self.export_job = BackgroundJob(export_work(path, self.timeline, self.view, whole, scale), self)
        self.export_job.item.connect(self._on_exported)
        self.export_job.done.connect(self._on_export_done)
        self.export_job.start()

    def _on_exported(self, result: tuple[str, bool]) -> None:
        self._export_result = result

    def _on_export_done(self, cancelled: bool) -> None:
        path, ok = self._export_result
        self.export_job = None
        self.export_action.setEnabled(True)
        self.status_label.setText(f"Saved {path}" if ok else f"Could not write {path}")
        self.exported.emit(path, ok)

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._rebuild_timer.stop()
        self._search_timer.stop()
        self._stop_job()
        if self.export_job is not None:  # let a running export finish writing its file
            self.export_job.stop(timeout_ms=60_000)
            self.export_job = None
        self._save_layout()
        super().closeEvent(event)


def _position(events: list[Event], wanted: Event) -> int | None:
    """Where an event is now: the same object while only filters changed, an equal one after a re-merge."""
    found = next((i for i, e in enumerate(events) if e is wanted), None)
    if found is None:
        found = next((i for i, e in enumerate(events) if e == wanted), None)
    return found


def _local_paths(mime) -> list[str]:
    if not mime.hasUrls():
        return []
    paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p and Path(p).exists()]
