"""BackgroundJob: items arrive on the GUI thread, cancel stops the work, errors are reported."""
from __future__ import annotations

import threading
import time

from carrousel.ui.worker import BackgroundJob


def test_items_arrive_on_the_gui_thread_in_order(qtbot):
    seen = []

    def work(cancelled):
        for i in range(5):
            yield i, threading.get_ident()

    job = BackgroundJob(work)
    job.item.connect(lambda item: seen.append((item[0], item[1], threading.get_ident())))
    with qtbot.waitSignal(job.done, timeout=5000) as blocker:
        job.start()
    assert blocker.args == [False]
    assert [s[0] for s in seen] == [0, 1, 2, 3, 4]
    gui = threading.get_ident()
    assert all(worker != gui and receiver == gui for _, worker, receiver in seen)
    assert not job.is_running()


def _until_cancelled(started: threading.Event):
    """Work that never ends by itself: it yields until the job is cancelled."""
    def work(cancelled):
        while not cancelled():
            started.set()
            time.sleep(0.01)
            yield 1
    return work


def test_cancel_stops_between_items(qtbot):
    started = threading.Event()
    job = BackgroundJob(_until_cancelled(started))
    job.start()
    assert started.wait(5)
    with qtbot.waitSignal(job.done, timeout=5000) as blocker:
        job.cancel()
    assert blocker.args == [True]


def test_an_exception_in_the_work_is_reported(qtbot):
    def work(cancelled):
        yield 1
        raise ValueError("broken article")

    job = BackgroundJob(work)
    failures = []
    job.failed.connect(failures.append)
    with qtbot.waitSignal(job.done, timeout=5000):
        job.start()
    assert len(failures) == 1 and "ValueError: broken article" in failures[0]


def test_stop_blocks_until_the_thread_has_ended(qtbot):
    """Closing the window calls stop() on the GUI thread: it must not wait for the GUI thread itself."""
    started = threading.Event()
    job = BackgroundJob(_until_cancelled(started))
    done = []
    job.done.connect(done.append)
    job.start()
    assert started.wait(5)
    assert job.stop(timeout_ms=5000) is True
    assert not job.is_running() and BackgroundJob.running() == []
    qtbot.wait(50)
    assert done == [], "a stopped job's owner is gone: no late done signal"
