"""Hồ sơ: every dossier, newest first, searchable by code, name (with or without marks), phone, CCCD."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from desktop.dossier_data import DossierPage, fetch_dossier_page
from desktop.models.dossier_table_model import DossierTableModel
from desktop.operations import Operations

__all__ = ["DossiersPage", "OpsDossierSource"]

SEARCH_DELAY_MS = 300


class OpsDossierSource:
    """Feeds the table model from the database through the operations worker."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops

    def fetch(self, search: str, offset: int, limit: int, done: Callable[[DossierPage], None]) -> None:
        self.ops.run(lambda s: fetch_dossier_page(s, search, offset, limit), on_done=done)


class DossiersPage(QWidget):
    """A read-only list for now; later issues add the dossier's own screen."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DossierTableModel(OpsDossierSource(ops), parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by dossier code, applicant name, phone or ID number"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.count = QLabel()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(self.tr("Reload the list (F5)"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        self.table = self._make_table()
        self.model.total_changed.connect(self._show_total)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._loaded = False

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        for column, width in ((0, 170), (1, 170), (3, 130), (4, 120), (5, 120), (6, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(DossierTableModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        return table

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._timer.stop()
        self._loaded = True
        self.model.set_search(self.search.text())

    def _show_total(self, total: int) -> None:
        if total == 0:
            text = self.tr("No dossier matches the search.") if self.search.text().strip() \
                else self.tr("No dossiers yet: dossiers accepted at the Intake page will appear here.")
        else:
            text = self.tr("%1 dossiers").replace("%1", f"{total:,}".replace(",", "."))
        self.count.setText(text)
