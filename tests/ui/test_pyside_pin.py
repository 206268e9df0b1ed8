"""PySide6 6.12.0 on Python 3.11 decrements None's refcount on every void-returning Qt call, which
crashes the interpreter after a while. pyproject pins below 6.12; this guards the pin."""
import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_leave_none_refcount_unchanged(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setEnabled(True)  # warm up any lazily created wrappers
    before = sys.getrefcount(None)
    for _ in range(10_000):
        widget.setEnabled(True)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount drifted by {after - before} over 10,000 void calls"
