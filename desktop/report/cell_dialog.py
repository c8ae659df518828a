"""The dossiers behind one cell of the report: a small list; Enter or double-click opens the dossier.

The dialog does not know how a dossier is opened: ``open_dossier(code)`` comes from the composition
root (it switches to the dossiers page), and the dialog closes once it is called.
"""

from __future__ import annotations

from collections.abc import Callable

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

from core.reports.drill import CellDossier

__all__ = ["CellDialog"]


class CellDialog(QDialog):
    """Code, applicant, procedure and received moment of each dossier; "Open dossier" is the default."""

    def __init__(
        self,
        title: str,
        lines: list[CellDossier],
        open_dossier: Callable[[str], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.open_dossier = open_dossier
        self.lines = lines
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        count = QLabel(self.tr("%n dossier(s).", "", len(lines)) if lines else self.tr("No dossier in this cell."))
        self.table = QTableWidget(len(lines), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dossier code"), self.tr("Applicant"), self.tr("Procedure"), self.tr("Received")]
        )
        for row, line in enumerate(lines):
            for column, text in enumerate(
                (line.code, line.applicant_name, line.procedure_name, f"{line.received_at:%H:%M %d/%m/%Y}")
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 175), (1, 170), (3, 120)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self.open_current)
        if lines:
            self.table.selectRow(0)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open dossier"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)  # Enter in the list opens the selected dossier
        self.open_button.setEnabled(bool(lines) and open_dossier is not None)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_current)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 460)

    def codes(self) -> list[str]:
        return [line.code for line in self.lines]

    def open_current(self, *_: object) -> None:
        """Open the selected dossier (through the callback) and close the list."""
        row = self.table.currentRow()
        if self.open_dossier is None or not 0 <= row < len(self.lines):
            return
        self.open_dossier(self.lines[row].code)
        self.accept()
