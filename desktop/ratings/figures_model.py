"""Table models of the satisfaction figures: one row per group (field, officer, channel, month), and the
dissatisfied ratings with their comments. A rate without ratings is "—" (docs/rules.md §5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from core.satisfaction.figures import Dissatisfied, FigureRow
from desktop.core_words import word
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["DissatisfiedModel", "FiguresModel", "percent"]

_BELOW, _MEETS = QColor("#a93226"), QColor("#1e8449")


def percent(value: float | None) -> str:
    """0.953 → "95,3%" in the Vietnamese locale; None → "—"."""
    return "—" if value is None else QLocale().toString(value * 100, "f", 1) + "%"


class FiguresModel(RowTableModel[FigureRow]):
    """Rows are `FigureRow`s; the first column's heading names the grouping."""

    GROUP, RATINGS, DISSATISFIED, SATISFIED, VERY, RATE, TARGET, MEETS = range(8)

    def __init__(self, heading: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.heading = heading

    def headers(self) -> tuple[str, ...]:
        return (
            self.heading,
            self.tr("Ratings"),
            self.tr("Not satisfied"),
            self.tr("Satisfied"),
            self.tr("Very satisfied"),
            self.tr("Satisfaction rate"),
            self.tr("Target"),
            self.tr("Target met"),
        )

    def cell_text(self, row: FigureRow, column: int) -> str:
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

    def cell_alignment(self, row: FigureRow, column: int) -> int | None:
        return None if column == self.GROUP else int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def cell_foreground(self, row: FigureRow, column: int) -> QColor | None:
        if column in (self.RATE, self.MEETS) and row.meets is not None:
            return _MEETS if row.meets else _BELOW
        return None


class DissatisfiedModel(RowTableModel[Dissatisfied]):
    """The "không hài lòng" ratings of the period, newest last, with what the citizen said."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Dossier"),
            self.tr("Rated at"),
            self.tr("Procedure"),
            self.tr("Officer"),
            self.tr("Channel"),
            self.tr("Comment"),
            self.tr("Entered by"),
        )

    def cell_text(self, d: Dissatisfied, column: int) -> str:
        return (
            d.code,
            f"{d.at:%H:%M %d/%m/%Y}",
            d.procedure,
            d.officer,
            word(d.channel),
            d.comment or self.tr("(no comment)"),
            word(d.entered_by),
        )[column]
