"""Small widgets around the timeline: its legend strip, the dismissable message bar, the export dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QRadioButton, QToolButton,
    QVBoxLayout, QWidget,
)

from carrousel.ui.timeline_view import TimelineView


class Legend(QWidget):
    """The timeline's key, painted by the same renderer as the timeline and the exports."""

    def __init__(self, view: TimelineView):
        super().__init__()
        self.view = view
        self.setFixedHeight(round(view.renderer.legend_height()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.setFixedHeight(round(self.view.renderer.legend_height(event.size().width())))
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        self.view.renderer.legend(p, self.rect().toRectF())
        p.end()


class MessageBar(QFrame):
    """A dismissable note above the timeline (files that could not be read, failures)."""

    def __init__(self):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Dismiss this message")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        self.close_button = close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, html: str, tooltip: str = "") -> None:
        self.label.setText(html)
        self.label.setToolTip(tooltip)
        self.show()


class ExportDialog(QDialog):
    """Asks what to export: the whole timeline or the visible part, at 1x or 2x."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle("Export PNG")
        self.whole = QRadioButton("The whole timeline")
        self.visible = QRadioButton("The visible part")
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.visible)
        self.scale = QComboBox()
        self.scale.addItem("1× (screen)", 1.0)
        self.scale.addItem("2× (print, HiDPI)", 2.0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.whole, self.visible, QLabel("Scale:"), self.scale, buttons):
            layout.addWidget(w)
