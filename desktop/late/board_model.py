"""One section of the board as a table: code, applicant, procedure, officer, due, apology state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.board import BoardEntry

__all__ = ["BoardTableModel", "apology_words"]

_Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
_TODO = QColor("#b00020")


def _moment(value: Any) -> str:
    return f"{value:%H:%M %d/%m/%Y}" if value else ""


def apology_words(entry: BoardEntry) -> str:
    """The apology state in words (translated)."""
    if entry.apology_state == "none":
        return translate("BoardTableModel", "No apology yet")
    text = (
        translate("BoardTableModel", "Apology issued, new appointment %1")
        if entry.apology_state == "issued"
        else translate("BoardTableModel", "New appointment %1 has passed too")
    )
    return text.replace("%1", _moment(entry.new_due_at))


class BoardTableModel(QAbstractTableModel):
    """Rows of `BoardEntry`; to-do rows (late without a valid apology) show their apology state in red."""

    CODE, APPLICANT, PROCEDURE, HANDLER, DUE, APOLOGY = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BoardEntry] = []

    def set_rows(self, rows: tuple[BoardEntry, ...] | list[BoardEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> BoardEntry:
        return self._rows[row]

    def codes(self) -> list[str]:
        return [r.code for r in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Dossier code"),
            self.tr("Applicant"),
            self.tr("Procedure"),
            self.tr("Officer"),
            self.tr("Due (statutory)"),
            self.tr("Apology"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.APOLOGY and entry.is_todo:
            return _TODO
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            entry.code,
            entry.applicant,
            entry.procedure,
            entry.handler,
            _moment(entry.due_at),
            apology_words(entry),
        )
        return values[index.column()]
