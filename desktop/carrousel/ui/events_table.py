"""The events table: every event the timeline shows, sortable, in sync with the timeline's selection."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from carrousel.model import Document, Event, Kind, Reason
from carrousel.timeline import ROLE_LABELS, interval_text, role_text

COLUMNS = ("Date", "Person", "Club", "Role", "Kind", "Article", "Evidence")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class EventsModel(QAbstractTableModel):
    """One row per event, in the timeline's event order (row == index into Timeline.events)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.events: list[Event] = []
        self.documents: dict[str, Document] = {}

    def set_events(self, events: list[Event], documents: dict[str, Document]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.documents = documents
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(e, col)
        if role == SORT_ROLE:
            if col == 0:
                return _date_key(e)
            return self._text(e, col).casefold()
        if role == EVENT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ToolTipRole and col in (5, 6):
            return self._text(e, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and e.role_guessed:
            return f"The article names no role here: {ROLE_LABELS[e.role]} is assumed"
        return None

    def _text(self, e: Event, col: int) -> str:
        if col == 0:
            return interval_text(e.date)
        if col == 1:
            return e.person
        if col == 2:
            return e.club
        if col == 3:
            return role_text(e)
        if col == 4:
            if e.kind is Kind.LEFT and e.reason not in (None, Reason.UNKNOWN):
                return f"left ({e.reason.value})"  # type: ignore[union-attr]
            return e.kind.value
        if col == 5:
            doc = self.documents.get(e.doc)
            return doc.headline if doc else e.doc
        return e.evidence.text.replace("\n", " ")


def _date_key(e: Event) -> float:
    """Sort by the interval's start (or end); undated rows sort last."""
    d = e.date
    known: date | None = (d.start or d.end) if d else None
    return float(known.toordinal()) if known else float("inf")


class EventsProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
