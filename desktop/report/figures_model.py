"""The Biểu II.06a table of a `MonthlyReport`: one row per field and the totals row, (1)–(13) + stopped.

`cell_at(index)` says which cell of the report an index is (column key, field or None for the totals
row), so the page can list the dossiers behind it. The model holds figures only; it computes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from core.reports import MonthlyReport
from desktop.report.headings import FIGURE_COLUMNS, TABLE_COLUMNS, full_heading, group_of, short_heading
from desktop.widgets.row_table_model import Index, RowTableModel

__all__ = ["CellRef", "FiguresModel"]

_TOTALS_BACKGROUND = QColor("#eef2f7")
_LATE = QColor("#b00020")
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: A cell of the report: (column key, field name or None for the totals row).
CellRef = tuple[str, str | None]


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class FiguresModel(RowTableModel[dict[str, Any]]):
    """Rows: the report's fields, then "Total"; columns: `TABLE_COLUMNS`."""

    NUMBER, FIELD = 0, 1
    FIRST_FIGURE = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: MonthlyReport | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, report: MonthlyReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = [*report.rows, report.totals] if report is not None else []  # the totals row last
        self.endResetModel()

    def is_totals(self, row: int) -> bool:
        return self.report is not None and row == len(self.report.rows)

    def cell_at(self, index: Index) -> CellRef | None:
        """The report cell behind ``index`` (None for STT and the field name)."""
        if self.report is None or not index.isValid() or index.column() < self.FIRST_FIGURE:
            return None
        column = TABLE_COLUMNS[index.column()]
        field = None if self.is_totals(index.row()) else self.rows[index.row()]["field"]
        return column, field

    def value(self, row: int, column: str) -> int:
        """The figure shown at ``row`` for ``column`` (a key of `FIGURE_COLUMNS`)."""
        return int(self.rows[row][column])

    def headers(self) -> list[str]:
        # the group band sits on the empty first line of the figure columns
        return [("\n" if c in FIGURE_COLUMNS[:-1] else "") + short_heading(c) for c in TABLE_COLUMNS]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.ToolTipRole:
            return super().headerData(section, orientation, role)
        column = TABLE_COLUMNS[section]
        group = group_of(column)
        heading = full_heading(column)
        return heading if not group or heading.startswith(group) else f"{group}: {heading}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or not index.isValid():
            return None
        row, column = index.row(), TABLE_COLUMNS[index.column()]
        totals = self.is_totals(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return "" if totals else str(row + 1)
            if column == "field":
                return self.tr("Total") if totals else self.rows[row]["field"]
            return _number(self.value(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                Qt.AlignmentFlag.AlignCenter if column == "number" else (None if column == "field" else _NUMBER_ALIGN)
            )
        if role == Qt.ItemDataRole.FontRole and totals:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and totals:
            return _TOTALS_BACKGROUND
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in ("resolved_late", "pending_late")
            and self.value(row, column)
        ):
            return _LATE
        if role == Qt.ItemDataRole.ToolTipRole and index.column() >= self.FIRST_FIGURE:
            return self.tr("%1 — double-click to list these dossiers").replace("%1", full_heading(column))
        return None
