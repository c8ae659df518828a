"""The late annex of a report: dossiers resolved late or still pending past their due moment, with apology."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.reports import LateDossier, MonthlyReport

__all__ = ["LateModel"]

_Index = QModelIndex | QPersistentModelIndex
_NO_APOLOGY = QColor("#b00020")


def _moment(value) -> str:
    return f"{value:%H:%M %d/%m/%Y}" if value else ""


class LateModel(QAbstractTableModel):
    """Columns: code, statutory due, result (its day, or still pending), apology (its day, or none), procedure."""

    CODE, DUE, STATE, APOLOGY, PROCEDURE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[LateDossier] = []

    def set_report(self, report: MonthlyReport | None) -> None:
        self.beginResetModel()
        self.rows = list(report.late) if report is not None else []
        self.endResetModel()

    def code(self, row: int) -> str:
        return self.rows[row].code

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Dossier code"),
            self.tr("Due (statutory)"),
            self.tr("Result"),
            self.tr("Apology"),
            self.tr("Procedure"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.APOLOGY and not item.apology:
            return _NO_APOLOGY
        if role == Qt.ItemDataRole.DisplayRole:
            state = f"{item.closed_at:%d/%m/%Y}" if item.closed_at else self.tr("Pending")
            apology = f"{item.apology_at:%d/%m/%Y}" if item.apology else self.tr("None")
            return (item.code, _moment(item.due_at), state, apology, item.procedure_name)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            state = (
                self.tr("Resolved late at %1").replace("%1", _moment(item.closed_at))
                if item.closed_at
                else self.tr("Still pending past its due moment")
            )
            apology = (
                self.tr("Apology issued at %1").replace("%1", _moment(item.apology_at))
                if item.apology
                else self.tr("No apology issued")
            )
            return f"{item.code} — {item.field}: {item.procedure_name}\n{state}\n{apology}"
        return None
