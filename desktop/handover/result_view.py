"""What a reconciliation found: a summary line and the lists on both sides (read-only tables)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.handover.reconcile import ReconcileResult
from desktop.qt_typed import named

__all__ = ["ReconcileResultView", "reason_text"]


def reason_text(reason: str) -> str:
    return {
        "none": QCoreApplication.translate("Handover", "matches none of our dossiers"),
        "ambiguous": QCoreApplication.translate("Handover", "matches several dossiers: check by hand"),
        "no_code": QCoreApplication.translate("Handover", "no provincial code"),
    }.get(reason, reason)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class ReconcileResultView(QWidget):
    """Summary, then tabs: not in the provincial system, provincial rows unmatched, double entries, marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = named(QLabel(wordWrap=True), "reconcileSummary")
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def show_result(self, result: ReconcileResult) -> None:
        self.summary.setText(
            self.tr(
                "%1 rows in the file: %2 dossiers marked entered, %3 already recorded, %4 double entries; "
                "%5 of our dossiers are not in the provincial file, %6 provincial rows match none."
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(len(result.marked)))
            .replace("%3", str(len(result.already)))
            .replace("%4", str(len(result.doubles)))
            .replace("%5", str(len(result.unmatched_ours)))
            .replace("%6", str(len(result.unmatched_theirs)))
        )
        self.summary.setStyleSheet("color: #b00020;" if result.doubles else "")
        self.tabs.clear()
        ours = [
            (r.code, f"{r.received_at:%H:%M %d/%m/%Y}", r.applicant_name, r.procedure_name)
            for r in result.unmatched_ours
        ]
        self.tabs.addTab(
            _table([self.tr("Dossier code"), self.tr("Received"), self.tr("Applicant"), self.tr("Procedure")], ours),
            self.tr("Not in the provincial file (%1)").replace("%1", str(len(ours))),
        )
        theirs = [
            (str(u.line), u.province_code, u.applicant_name, u.received, reason_text(u.reason))
            for u in result.unmatched_theirs
        ]
        self.tabs.addTab(
            _table(
                [
                    self.tr("Line"),
                    self.tr("Provincial code"),
                    self.tr("Applicant"),
                    self.tr("Received"),
                    self.tr("Why"),
                ],
                theirs,
            ),
            self.tr("Provincial rows unmatched (%1)").replace("%1", str(len(theirs))),
        )
        doubles = [(d.code, ", ".join(d.province_codes), ", ".join(map(str, d.lines))) for d in result.doubles]
        self.tabs.addTab(
            _table([self.tr("Dossier code"), self.tr("Provincial codes"), self.tr("Lines")], doubles),
            self.tr("Double entries (%1)").replace("%1", str(len(doubles))),
        )
        marked = [(m.code, m.province_code, str(m.line)) for m in result.marked]
        self.tabs.addTab(
            _table([self.tr("Dossier code"), self.tr("Provincial code"), self.tr("Line")], marked),
            self.tr("Marked entered (%1)").replace("%1", str(len(marked))),
        )
        if doubles:
            self.tabs.setCurrentIndex(2)
