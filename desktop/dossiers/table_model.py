"""The dossier list as a lazily filled table model: a page at a time as the user scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.dossiers.data import DossierPage, DossierRow, ListQuery
from desktop.widgets.row_table_model import Index, RowTableModel

__all__ = ["PAGE_SIZE", "DossierSource", "DossierTableModel"]

PAGE_SIZE = 100
# Late rows (core's rule, `core.dossiers.is_late`): a light red background, dark red text, readable in both.
LATE_BACKGROUND = QBrush(QColor("#fde7e9"))
LATE_FOREGROUND = QBrush(QColor("#b00020"))


class DossierSource(Protocol):
    """Where pages come from: calls ``done(page)`` later (or at once, in tests)."""

    def fetch(self, query: ListQuery, offset: int, limit: int, done: Callable[[DossierPage], None]) -> None: ...


class DossierTableModel(RowTableModel[DossierRow]):
    """Columns: code, applicant, procedure, field, received, due, status."""

    CODE, APPLICANT, PROCEDURE, FIELD, RECEIVED, DUE, STATUS = range(7)
    #: Emitted when the known total changes (after the first page of a search arrives).
    total_changed = Signal(int)

    def __init__(self, source: DossierSource, *, page_size: int = PAGE_SIZE, parent: Any = None) -> None:
        super().__init__(parent)
        self.source, self.page_size = source, page_size
        self.query = ListQuery()
        self.total: int | None = None
        self._loading = False
        self._more = False  # the last page was full: there may be more (while the total is not known yet)
        self._generation = 0

    # -- loading --------------------------------------------------------------------------
    @property
    def search(self) -> str:
        return self.query.search

    def set_search(self, text: str) -> None:
        """Keep the filters, search for ``text`` (empty: no search)."""
        self.set_query(replace(self.query, search=text))

    def set_query(self, query: ListQuery) -> None:
        """Start over with ``query`` and ask for the first page."""
        self.beginResetModel()
        self._generation += 1
        self.query, self.total, self.rows = query, None, []
        self._loading = self._more = False
        self.endResetModel()
        self._request()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._loading:
            return False
        return self._more if self.total is None else len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        self._loading = True
        generation = self._generation
        self.source.fetch(self.query, len(self.rows), self.page_size, lambda page: self._append(generation, page))

    def _append(self, generation: int, page: DossierPage) -> None:
        if generation != self._generation:
            return  # an answer to an older search
        if page.offset == 0 and not page.rows and page.total is not None:  # the count, after the first page
            self.total = page.total
            self.total_changed.emit(page.total)
            return
        self._loading = False
        self._more = len(page.rows) >= self.page_size
        if page.total is not None:
            self.total = page.total
            self.total_changed.emit(page.total)
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        if not page.rows and self.total is not None:
            self.total = len(self.rows)  # rows vanished meanwhile: stop asking

    # -- what the table shows -------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Dossier code"),
            self.tr("Applicant"),
            self.tr("Procedure"),
            self.tr("Field"),
            self.tr("Received"),
            self.tr("Due"),
            self.tr("Status"),
        )

    def cell_text(self, row: DossierRow, column: int) -> str:
        return (
            row.code,
            row.applicant,
            row.procedure,
            row.field,
            f"{row.received_at:%H:%M %d/%m/%Y}",
            f"{row.due_at:%H:%M %d/%m/%Y}",
            row.status,
        )[column]

    def cell_tooltip(self, row: DossierRow, column: int) -> str:
        text = self.cell_text(row, column)
        return text + " — " + self.tr("late") if row.late else text

    def cell_background(self, row: DossierRow, column: int) -> QBrush | None:
        return LATE_BACKGROUND if row.late else None

    def cell_foreground(self, row: DossierRow, column: int) -> QBrush | None:
        return LATE_FOREGROUND if row.late else None
