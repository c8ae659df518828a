"""Cell-by-cell differences between two versions of a report, and the dialog that shows a submission.

`ChangesTable` lists `CellChange`s (field, column in words, before, after); `SubmissionDialog` says which
revision is on record, its SHA-256 checksum and, for a revision after the first, what changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.reports import CellChange, percent
from desktop.report.data import SubmissionInfo
from desktop.report.headings import column_name

__all__ = ["ChangesTable", "SubmissionDialog", "change_value", "changes_dialog"]


translate = QCoreApplication.translate


def change_value(change: CellChange, value) -> str:
    """A figure as a count, a KPI (its field is "") as a percentage, None as "—"."""
    if value is None:
        return "—"
    return percent(value, 2) if change.field == "" else str(value)


class ChangesTable(QTableWidget):
    """One row per changed cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Before"), self.tr("After")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (2, 80), (3, 80)):
            self.setColumnWidth(column, width)

    def set_changes(self, changes: tuple[CellChange, ...] | list[CellChange]) -> None:
        self.setRowCount(len(changes))
        for row, change in enumerate(changes):
            texts = (
                change.field or self.tr("Indicator"),
                column_name(change.column),
                change_value(change, change.before),
                change_value(change, change.after),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)


class SubmissionDialog(QDialog):
    """ "Revision n submitted", its checksum and file, then the differences from revision n − 1."""

    def __init__(self, month_label: str, info: SubmissionInfo, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report submitted"))
        if new:
            text = self.tr("%1: revision %2 submitted at %3 by %4.")
        else:
            text = self.tr(
                "%1: the figures have not changed since revision %2 (submitted at %3 by %4); nothing new was submitted."
            )
        self.summary = QLabel(
            text.replace("%1", month_label)
            .replace("%2", str(info.revision))
            .replace("%3", f"{info.submitted_at:%H:%M %d/%m/%Y}")
            .replace("%4", info.submitted_by)
        )
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.checksum = QLabel(info.checksum)
        mono = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.checksum.setFont(mono)
        self.checksum.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_label = QLabel(self.tr("File: %1 — SHA-256 checksum:").replace("%1", info.file_name))
        self.changes = ChangesTable()
        self.changes.set_changes(info.changes)
        if info.revision == 1:
            explain = self.tr("First submission of this month: there is no earlier revision to compare with.")
        else:
            explain = self.tr("What changed since revision %1 (%n cell(s)):", "", len(info.changes)).replace(
                "%1", str(info.revision - 1)
            )
        self.explain = QLabel(explain)
        self.explain.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole).clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(file_label)
        layout.addWidget(self.checksum)
        layout.addSpacing(6)
        layout.addWidget(self.explain)
        if info.revision > 1:
            layout.addWidget(self.changes, 1)
        else:
            self.changes.hide()
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(820, 440 if info.revision > 1 else 200)


def changes_dialog(parent: QWidget | None, revision: int, changes) -> QDialog:
    """The cells that differ from submitted revision ``revision`` (not submitted yet); opened, not blocking."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("ChangesDialog", "Changes since the submission"))
    text = QLabel(
        translate(
            "ChangesDialog",
            "These figures differ from revision %1 as submitted. Submit again to record them as a new revision.",
        ).replace("%1", str(revision))
    )
    text.setWordWrap(True)
    table = ChangesTable()
    table.set_changes(changes)
    buttons = QDialogButtonBox()
    close = buttons.addButton(translate("ChangesDialog", "Close"), QDialogButtonBox.ButtonRole.AcceptRole)
    close.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(table, 1)
    layout.addWidget(buttons)
    dialog.resize(760, 380)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
