"""The KPIs of a report against the office's targets: one row per rate, "Đạt" green, "Chưa đạt" red.

A rate whose denominator is zero shows "—" and is neither met nor missed (docs/rules.md §5).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core.reports import KPI_KEYS, Kpi, MonthlyReport, percent
from desktop.core_words import word
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["KpiModel", "target_text", "verdict_colours"]

_MET = (QColor("#1b5e20"), QColor("#e3f4e6"))
_MISSED = (QColor("#b00020"), QColor("#fde7e9"))
_NONE = (QColor("#5f6368"), QColor("#f1f3f4"))


def verdict_colours(kpi: Kpi) -> tuple[QColor, QColor]:
    """(text, background) for the KPI's verdict."""
    return _NONE if kpi.met is None else (_MET if kpi.met else _MISSED)


def target_text(kpi: Kpi) -> str:
    """ "≥ 97%", "100%" (a full target is a must), or "—"."""
    if kpi.target is None:
        return "—"
    return percent(kpi.target) if kpi.target >= 1 else f"≥ {percent(kpi.target)}"


class KpiModel(RowTableModel[Kpi]):
    """Columns: indicator, counted (numerator / denominator), rate, target, verdict."""

    LABEL, COUNTED, RATE, TARGET, VERDICT = range(5)

    def set_report(self, report: MonthlyReport | None) -> None:
        self.set_rows([report.kpis[key] for key in KPI_KEYS] if report is not None else [])

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Indicator"), self.tr("Counted"), self.tr("Rate"), self.tr("Target"), self.tr("Result"))

    def cell_text(self, kpi: Kpi, column: int) -> str:
        return (
            word(kpi.label),
            f"{kpi.numerator}/{kpi.denominator}",
            percent(kpi.rate),
            target_text(kpi),
            self._verdict(kpi),
        )[column]

    def cell_alignment(self, kpi: Kpi, column: int) -> Qt.AlignmentFlag | None:
        return None if column == self.LABEL else Qt.AlignmentFlag.AlignCenter

    def cell_foreground(self, kpi: Kpi, column: int) -> QColor | None:
        return verdict_colours(kpi)[0] if column == self.VERDICT else None

    def cell_background(self, kpi: Kpi, column: int) -> QColor | None:
        return verdict_colours(kpi)[1] if column == self.VERDICT else None

    def _verdict(self, kpi: Kpi) -> str:
        if kpi.met is None:
            return "—"
        return self.tr("Met") if kpi.met else self.tr("Not met")
