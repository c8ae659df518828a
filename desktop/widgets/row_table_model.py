"""A table model over a list of rows: what the pages' tables share.

A subclass names its column headings in `headers()` (with its own ``self.tr``, so each model keeps its
translation context) and says what a cell shows in `cell_text`; the other hooks (`cell_tooltip`,
`cell_foreground`, `cell_background`, `cell_alignment`) answer None unless overridden. `data()` dispatches
each role to its hook; a model with roles of its own (check boxes, fonts, a grid of days) overrides
`data()` and still gets the rows, the counts and the headings from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

__all__ = ["Index", "RowTableModel"]

#: The index Qt hands to a model's methods.
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
_Role = Qt.ItemDataRole


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T``, one per line; as many columns as `headers()` names; nothing below the top level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []
        self._columns: int | None = None  # len(headers()), counted once: the language does not change it

    # -- rows -----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[T]) -> None:
        """Show ``rows`` instead (a model reset)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> T:
        return self.rows[number]

    # -- what subclasses say --------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        """The column headings, translated (asked each time, so they follow the language)."""
        raise NotImplementedError

    def cell_text(self, item: T, column: int) -> Any:
        """What the cell shows (DisplayRole)."""
        raise NotImplementedError

    def cell_tooltip(self, item: T, column: int) -> Any:
        """The cell's tooltip; by default its text (long values are cut in narrow columns)."""
        return self.cell_text(item, column)

    def cell_foreground(self, item: T, column: int) -> Any:
        return None

    def cell_background(self, item: T, column: int) -> Any:
        return None

    def cell_alignment(self, item: T, column: int) -> Any:
        return None

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self._columns is None:
            self._columns = len(self.headers())
        return self._columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _Role.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.rows[index.row()], index.column()
        if role == _Role.DisplayRole:
            return self.cell_text(item, column)
        if role == _Role.ToolTipRole:
            return self.cell_tooltip(item, column)
        if role == _Role.ForegroundRole:
            return self.cell_foreground(item, column)
        if role == _Role.BackgroundRole:
            return self.cell_background(item, column)
        if role == _Role.TextAlignmentRole:
            return self.cell_alignment(item, column)
        return None
