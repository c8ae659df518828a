"""A month as a 6×7 table model (Monday first) over a `YearData`: what the year grid shows."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop.widgets.row_table_model import Index, RowTableModel
from desktop.widgets.weekdays import weekday_short
from desktop.work_calendar.data import DayClass, YearData

__all__ = ["CLASS_ROLE", "DATE_ROLE", "UNCONFIRMED_ROLE", "MonthModel"]

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
CLASS_ROLE = Qt.ItemDataRole.UserRole + 2
UNCONFIRMED_ROLE = Qt.ItemDataRole.UserRole + 3


class MonthModel(RowTableModel[list[dt.date | None]]):
    """Days of one month placed in weeks (a row is a week: six of them once the year is set); empty cells
    before the 1st and after the last day."""

    def __init__(self, month: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.month = month
        self._data: YearData | None = None

    def set_year(self, data: YearData) -> None:
        first = dt.date(data.year, self.month, 1)
        length = calendar.monthrange(data.year, self.month)[1]
        lead = first.weekday()
        cells: list[dt.date | None] = [None] * 42
        for n in range(length):
            cells[lead + n] = first + dt.timedelta(days=n)
        self.beginResetModel()
        self._data = data
        self.rows = [cells[week * 7 : week * 7 + 7] for week in range(6)]
        self.endResetModel()

    def day_at(self, index: Index) -> dt.date | None:
        """The date in a cell (None for the empty cells around the month).

        Views and delegates written in Python call this instead of ``index.data(DATE_ROLE)``:
        PySide6 6.12 drops a reference to None whenever an invalid QVariant comes back to Python,
        which crashes the interpreter after enough calls.
        """
        return self._cell(index)

    def class_at(self, index: Index) -> DayClass | None:
        day = self._cell(index)
        return None if day is None or self._data is None else self._data.kind_of(day)

    def unconfirmed_at(self, index: Index) -> bool:
        day = self._cell(index)
        return day is not None and self._data is not None and self._data.is_unconfirmed(day)

    def index_of(self, day: dt.date) -> QModelIndex:
        """The cell of ``day`` (invalid if it is not in this month)."""
        for number, week in enumerate(self.rows):
            if day in week:
                return self.index(number, week.index(day))
        return QModelIndex()

    # -- Qt model API (a grid of days: its data() keeps roles of its own) -----------------
    def headers(self) -> list[str]:
        return [weekday_short(day) for day in range(7)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._cell(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self._cell(index)
        if day is None or self._data is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == CLASS_ROLE:
            return self._data.kind_of(day).value
        if role == UNCONFIRMED_ROLE:
            return self._data.is_unconfirmed(day)
        if role == Qt.ItemDataRole.ToolTipRole:
            entry = self._data.entry(day)
            return f"{day:%d/%m/%Y}" + (f"\n{entry.reason}" if entry else "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _cell(self, index: Index) -> dt.date | None:
        if not index.isValid():
            return None
        return self.rows[index.row()][index.column()]
