"""Table models of the satisfaction figures: one row per group (field, officer, channel, month), and the
dissatisfied ratings with their comments. A rate without ratings is "—" (docs/rules.md §5)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.satisfaction import Dissatisfied, FigureRow
from desktop.core_words import word

__all__ = ["DissatisfiedModel", "FiguresModel", "percent"]

_Index = QModelIndex | QPersistentModelIndex
_BELOW, _MEETS = QColor("#a93226"), QColor("#1e8449")


def percent(value: float | None) -> str:
    """0.953 → "95,3%" in the Vietnamese locale; None → "—"."""
    return "—" if value is None else QLocale().toString(value * 100, "f", 1) + "%"


class FiguresModel(QAbstractTableModel):
    """Rows are `FigureRow`s; the first column's heading names the grouping."""

    GROUP, RATINGS, DISSATISFIED, SATISFIED, VERY, RATE, TARGET, MEETS = range(8)

    def __init__(self, heading: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.heading = heading
        self._rows: list[FigureRow] = []

    def set_rows(self, rows: Sequence[FigureRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> FigureRow:
        return self._rows[number]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.heading,
            self.tr("Ratings"),
            self.tr("Not satisfied"),
            self.tr("Satisfied"),
            self.tr("Very satisfied"),
            self.tr("Satisfaction rate"),
            self.tr("Target"),
            self.tr("Target met"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.GROUP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.RATE, self.MEETS) and row.meets is not None:
            return _MEETS if row.meets else _BELOW
        return None

    def _text(self, row: FigureRow, column: int) -> str:
        c = row.counts
        if column == self.GROUP:
            return word(row.label)
        if column == self.RATE:
            return percent(row.rate)
        if column == self.TARGET:
            return percent(row.target)
        if column == self.MEETS:
            return {True: self.tr("Yes"), False: self.tr("No"), None: "—"}[row.meets]
        return str((c.total, c.dissatisfied, c.satisfied, c.very_satisfied)[column - 1])


class DissatisfiedModel(QAbstractTableModel):
    """The "không hài lòng" ratings of the period, newest last, with what the citizen said."""

    COLUMNS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Dissatisfied] = []

    def set_rows(self, rows: Sequence[Dissatisfied]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Dossier"),
            self.tr("Rated at"),
            self.tr("Procedure"),
            self.tr("Officer"),
            self.tr("Channel"),
            self.tr("Comment"),
            self.tr("Entered by"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        d = self._rows[index.row()]
        return (
            d.code,
            f"{d.at:%H:%M %d/%m/%Y}",
            d.procedure,
            d.officer,
            word(d.channel),
            d.comment or self.tr("(no comment)"),
            word(d.entered_by),
        )[index.column()]
