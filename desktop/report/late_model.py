"""The late annex of a report: dossiers resolved late or still pending past their due moment, with apology."""

from __future__ import annotations

from PySide6.QtGui import QColor

from core.reports import LateDossier, MonthlyReport
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["LateModel"]

_NO_APOLOGY = QColor("#b00020")


def _moment(value) -> str:
    return f"{value:%H:%M %d/%m/%Y}" if value else ""


class LateModel(RowTableModel[LateDossier]):
    """Columns: code, statutory due, result (its day, or still pending), apology (its day, or none), procedure."""

    CODE, DUE, STATE, APOLOGY, PROCEDURE = range(5)

    def set_report(self, report: MonthlyReport | None) -> None:
        self.set_rows(report.late if report is not None else [])

    def code(self, row: int) -> str:
        return self.rows[row].code

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Dossier code"),
            self.tr("Due (statutory)"),
            self.tr("Result"),
            self.tr("Apology"),
            self.tr("Procedure"),
        )

    def cell_text(self, item: LateDossier, column: int) -> str:
        state = f"{item.closed_at:%d/%m/%Y}" if item.closed_at else self.tr("Pending")
        apology = f"{item.apology_at:%d/%m/%Y}" if item.apology else self.tr("None")
        return (item.code, _moment(item.due_at), state, apology, item.procedure_name)[column]

    def cell_tooltip(self, item: LateDossier, column: int) -> str:
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

    def cell_foreground(self, item: LateDossier, column: int) -> QColor | None:
        return _NO_APOLOGY if column == self.APOLOGY and not item.apology else None
