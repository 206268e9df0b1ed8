"""The one way Carrousel runs long work: a generator on a QThread whose items arrive on the GUI thread.

The generator receives a `cancelled()` callable and should check it between units of work (the
pipeline does so between articles). Every job registers itself while its thread runs, so tests and
the window's close handler can prove no thread outlives its owner.
"""
from __future__ import annotations

import threading
from typing import Callable, ClassVar, Iterable

from PySide6.QtCore import QObject, QThread, Signal, Slot

Work = Callable[[Callable[[], bool]], Iterable[object]]


class _Worker(QObject):
    item = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work, cancel: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            for item in self._work(self._cancel.is_set):
                if self._cancel.is_set():
                    break
                self.item.emit(item)
        except Exception as exc:  # reported to the window, never lost with the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.finished.emit()
            QThread.currentThread().quit()  # lets stop() return even while the GUI thread blocks in wait()


class BackgroundJob(QObject):
    """Runs `work` off the GUI thread; `item`, `failed` and `done(cancelled)` are delivered on the GUI thread."""

    item = Signal(object)
    failed = Signal(str)
    done = Signal(bool)

    _live: ClassVar[set["BackgroundJob"]] = set()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("carrousel-worker")
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.item.connect(self._on_item)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._on_finished)
        self._finished = False

    @classmethod
    def running(cls) -> list["BackgroundJob"]:
        return [job for job in cls._live if job._thread.isRunning()]

    def start(self) -> None:
        BackgroundJob._live.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self in BackgroundJob._live

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Cancel and block until the thread has ended (for closing the window); True if it ended."""
        self.cancel()
        ended = self._thread.wait(timeout_ms) if self._thread.isRunning() else True
        if ended:
            self._finished = True  # the owner is going away: no late `done` for it
            BackgroundJob._live.discard(self)
        return ended

    @Slot(object)
    def _on_item(self, item: object) -> None:
        if not self._cancel.is_set():
            self.item.emit(item)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)

    @Slot()
    def _on_finished(self) -> None:
        self._thread.quit()
        self._thread.wait()
        BackgroundJob._live.discard(self)
        if not self._finished:
            self._finished = True
            self.done.emit(self._cancel.is_set())
