"""The table of a year's special days: date, weekday, kind, reason, source, confirmed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.office_calendar import CalendarEntry
from desktop.widgets.weekdays import weekday_long

__all__ = ["SpecialDaysModel"]

_Index = QModelIndex | QPersistentModelIndex


class SpecialDaysModel(QAbstractTableModel):
    """Rows are `CalendarEntry`s, in date order."""

    DATE, WEEKDAY, KIND, REASON, SOURCE, CONFIRMED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CalendarEntry] = []

    def set_rows(self, rows: Sequence[CalendarEntry]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda e: e.day)
        self.endResetModel()

    def entry(self, row: int) -> CalendarEntry:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Date"),
            self.tr("Weekday"),
            self.tr("Kind"),
            self.tr("Reason"),
            self.tr("Source"),
            self.tr("Confirmed"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column)
        return None

    def _text(self, entry: CalendarEntry, column: int) -> str:
        if column == self.DATE:
            return f"{entry.day:%d/%m/%Y}"
        if column == self.WEEKDAY:
            return weekday_long(entry.day.weekday())
        if column == self.KIND:
            return self.tr("Day off") if entry.kind == "off" else self.tr("Working day")
        if column == self.REASON:
            return entry.reason
        if column == self.SOURCE:
            return entry.source
        return self.tr("Yes") if entry.confirmed else self.tr("No")
