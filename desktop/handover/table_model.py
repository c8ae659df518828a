"""The hand-over list as a table model: dossiers still to be entered in the provincial system, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.drafts import CHANNELS
from core.handover.queue import HandoverRow
from core.identity import mask_id_number
from desktop.core_words import word

__all__ = ["HandoverTableModel"]

_Index = QModelIndex | QPersistentModelIndex


class HandoverTableModel(QAbstractTableModel):
    """Columns: code, received, applicant, CCCD (masked), procedure, channel, due."""

    CODE, RECEIVED, APPLICANT, ID_NUMBER, PROCEDURE, CHANNEL, DUE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[HandoverRow] = []

    def set_rows(self, rows: list[HandoverRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> HandoverRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Dossier code"),
            self.tr("Received"),
            self.tr("Applicant"),
            self.tr("ID number"),
            self.tr("Procedure"),
            self.tr("Channel"),
            self.tr("Due"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._rows[index.row()]
        values = (
            r.code,
            f"{r.received_at:%H:%M %d/%m/%Y}",
            r.applicant_name,
            mask_id_number(r.id_number),
            r.procedure_name,
            word(CHANNELS.get(r.channel, r.channel)),
            f"{r.due_at:%H:%M %d/%m/%Y}",
        )
        return values[index.column()]
