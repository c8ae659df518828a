"""One section of the board as a table: code, applicant, procedure, officer, due, apology state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from core.board import BoardEntry
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["BoardTableModel", "apology_words"]

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


class BoardTableModel(RowTableModel[BoardEntry]):
    """Rows of `BoardEntry`; to-do rows (late without a valid apology) show their apology state in red."""

    CODE, APPLICANT, PROCEDURE, HANDLER, DUE, APOLOGY = range(6)

    def codes(self) -> list[str]:
        return [r.code for r in self.rows]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Dossier code"),
            self.tr("Applicant"),
            self.tr("Procedure"),
            self.tr("Officer"),
            self.tr("Due (statutory)"),
            self.tr("Apology"),
        )

    def cell_text(self, entry: BoardEntry, column: int) -> str:
        return (
            entry.code,
            entry.applicant,
            entry.procedure,
            entry.handler,
            _moment(entry.due_at),
            apology_words(entry),
        )[column]

    def cell_foreground(self, entry: BoardEntry, column: int) -> QColor | None:
        return _TODO if column == self.APOLOGY and entry.is_todo else None
