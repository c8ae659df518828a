"""Hồ sơ: the dossier list (filters, lazy table) and, in its place, one dossier's own page.

Double-click or Enter on a row opens the dossier; so does `open_dossier` (the return desk's code
entry). Esc or "← Dossier list" goes back to the list where it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from desktop.dossiers.data import DossierPage, ListQuery, fetch_dossier_page, fetch_dossier_total, fetch_fields
from desktop.dossiers.filters import DossierFilterBar
from desktop.dossiers.table_model import DossierTableModel
from desktop.operations import Operations
from desktop.shortcuts import focus_all, press_with, shortcut

if TYPE_CHECKING:  # one dossier's page loads when the first dossier is opened (issue 17)
    from desktop.attachments.scan_folder import ScanFolderWatcher
    from desktop.dossiers.detail import DossierDetailPage
    from desktop.lifecycle.documents import DocumentOutput

__all__ = ["Clock", "DossiersPage", "OpsDossierSource"]

Clock = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class OpsDossierSource:
    """Feeds the table model from the database through the operations worker."""

    def __init__(self, ops: Operations, clock: Clock = _now) -> None:
        self.ops, self.clock = ops, clock

    def fetch(self, query: ListQuery, offset: int, limit: int, done: Callable[[DossierPage], None]) -> None:
        now = self.clock()
        self.ops.run(lambda s: fetch_dossier_page(s, query, offset, limit, now), on_done=done)
        if offset == 0:  # counted after the first page is read: 1,000,000 rows are not counted before the list paints
            self.ops.run(lambda s: fetch_dossier_total(s, query, now), on_done=done)


class _OpenTable(QTableView):
    """A table where Enter opens the current row (double-click does too)."""

    open_row = Signal(int)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class DossiersPage(QWidget):
    """The list, or one dossier: a stack of the two."""

    #: Emitted once a dossier is shown (the main window brings this page forward).
    dossier_opened = Signal(str)
    #: A dossier's result was returned on its page (the composition root asks the citizen for a rating).
    returned = Signal(str)

    def __init__(
        self,
        ops: Operations,
        *,
        clock: Clock = _now,
        output: DocumentOutput | None = None,
        scans: ScanFolderWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = DossierTableModel(OpsDossierSource(ops, clock), parent=self)
        self.filters = DossierFilterBar(clock().date())
        self.filters.changed.connect(self.refresh)
        self.search = self.filters.search
        self.count = QLabel()
        self.table = self._make_table()
        self.model.total_changed.connect(self._show_total)
        self.output, self.scans = output, scans
        self._detail: DossierDetailPage | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_view())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._loaded = self._stale = False

    def _list_view(self) -> QWidget:
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(self.tr("Reload the list"))
        refresh.clicked.connect(self.refresh)
        view = QWidget(windowTitle=self.tr("List"))  # the cheat sheet's name of this view
        press_with(refresh, QKeySequence.StandardKey.Refresh, description=self.tr("Reload the list"))
        shortcut(view, QKeySequence.StandardKey.Find, lambda: focus_all(self.search), self.tr("Search the dossiers"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(QLabel(self.tr("Double-click or Enter opens a dossier.")))
        bottom.addWidget(refresh)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        return view

    def _make_table(self) -> QTableView:
        table = _OpenTable()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        for column, width in ((0, 170), (1, 170), (3, 130), (4, 120), (5, 120), (6, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(DossierTableModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        table.open_row.connect(self.open_row)
        return table

    def showEvent(self, event) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()  # the list first, then the filter's fields
            self.ops.run(fetch_fields, on_done=self.filters.set_fields)
        super().showEvent(event)

    def refresh(self) -> None:
        self.filters.stop_waiting()
        self._loaded, self._stale = True, False
        self.model.set_query(self.filters.query())

    def _show_total(self, total: int) -> None:
        if total == 0:
            text = (
                self.tr("No dossier matches the search.")
                if self.model.query.narrowed
                else self.tr("No dossiers yet: dossiers accepted at the Intake page will appear here.")
            )
        else:
            text = self.tr("%Ln dossier(s)", "", total)
        self.count.setText(text)

    # -- one dossier ----------------------------------------------------------------------
    @property
    def detail(self) -> DossierDetailPage:
        """One dossier's page, built the first time a dossier is opened (the list paints without it)."""
        if self._detail is None:
            from desktop.dossiers.detail import DossierDetailPage

            self._detail = DossierDetailPage(self.ops, output=self.output, scans=self.scans)
            self._detail.back_requested.connect(self.show_list)
            self._detail.changed.connect(lambda _: setattr(self, "_stale", True))
            self._detail.returned.connect(self.returned)
            self.stack.addWidget(self._detail)
        return self._detail

    def build_views(self) -> None:
        """Build what is built only when first needed (the shortcut cheat sheet lists its keys)."""
        _ = self.detail

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_dossier(self.model.row(row).code)

    def open_dossier(self, code: str, on_error: Callable[[UserError], None] | None = None) -> None:
        """Show the dossier ``code``; an unknown code leaves the screen as it is and says so."""
        self.detail.load(code, on_found=lambda: self._shown(code), on_error=on_error)

    def _shown(self, code: str) -> None:
        self.stack.setCurrentWidget(self.detail)
        self.dossier_opened.emit(code)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        if self._stale:
            self.refresh()
        self.table.setFocus()

    def showing_dossier(self) -> str | None:
        """The code of the dossier shown, or None when the list is shown."""
        shown = self._detail.detail if self._detail is not None else None
        if shown is not None and self.stack.currentWidget() is self._detail:
            return shown.code
        return None
