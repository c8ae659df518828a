"""The KPIs of a report against the office's targets: one row per rate, "Đạt" green, "Chưa đạt" red.

A rate whose denominator is zero shows "—" and is neither met nor missed (docs/rules.md §5).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.reports import KPI_KEYS, Kpi, MonthlyReport, percent
from desktop.core_words import word

__all__ = ["KpiModel", "target_text", "verdict_colours"]

_Index = QModelIndex | QPersistentModelIndex
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


class KpiModel(QAbstractTableModel):
    """Columns: indicator, counted (numerator / denominator), rate, target, verdict."""

    LABEL, COUNTED, RATE, TARGET, VERDICT = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kpis: list[Kpi] = []

    def set_report(self, report: MonthlyReport | None) -> None:
        self.beginResetModel()
        self.kpis = [report.kpis[key] for key in KPI_KEYS] if report is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.kpis)

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
        return (self.tr("Indicator"), self.tr("Counted"), self.tr("Rate"), self.tr("Target"), self.tr("Result"))[
            section
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kpi, column = self.kpis[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                word(kpi.label),
                f"{kpi.numerator}/{kpi.denominator}",
                percent(kpi.rate),
                target_text(kpi),
                self._verdict(kpi),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LABEL:
            return Qt.AlignmentFlag.AlignCenter
        if column == self.VERDICT and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            text, background = verdict_colours(kpi)
            return text if role == Qt.ItemDataRole.ForegroundRole else background
        return None

    def _verdict(self, kpi: Kpi) -> str:
        if kpi.met is None:
            return "—"
        return self.tr("Met") if kpi.met else self.tr("Not met")
