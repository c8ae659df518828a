"""The component checklist of the chosen procedure: what the citizen handed in, row by row.

"Digitised" is a fact, not a tick: a row shows ✓ when scanned files wait to be attached to it (they are
attached with the dossier, in the same transaction); core counts a component digitised once a file is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont

from core.procedures import COMPONENT_KINDS, is_conditional
from desktop.core_words import word
from desktop.widgets.row_table_model import Index, RowTableModel

__all__ = ["ChecklistModel", "ChecklistRow"]


@dataclass(frozen=True)
class ChecklistRow:
    name: str
    kind: str = "bản chính"
    count: int = 1
    needed: bool = True  # required for this dossier (conditional components start unticked)
    submitted: bool = False
    files: tuple[str, ...] = ()  # scanned files to attach with the dossier (paths on this desk)

    @property
    def digitized(self) -> bool:
        return bool(self.files)

    def as_component(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "count": self.count}


class ChecklistModel(RowTableModel[ChecklistRow]):
    """Columns: name, needed, kind, count, digitised, handed in. ``changed`` after every edit."""

    NAME, NEEDED, KIND, COUNT, DIGITIZED, SUBMITTED = range(6)
    KINDS = COMPONENT_KINDS
    _FLAGS: ClassVar[dict[int, str]] = {NEEDED: "needed", SUBMITTED: "submitted"}
    changed = Signal()

    # -- content --------------------------------------------------------------------------
    def set_components(self, components: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> None:
        self.set_rows(
            ChecklistRow(
                c["name"], c.get("kind", "bản chính"), int(c.get("count", 1) or 1), needed=not is_conditional(c["name"])
            )
            for c in components
        )
        self.changed.emit()

    def clear(self) -> None:
        self.set_components([])

    def tick_all(self) -> None:
        """Mark every needed component as handed in."""
        self.rows = [replace(r, submitted=True) if r.needed else r for r in self.rows]
        if self.rows:
            self.dataChanged.emit(self.index(0, self.SUBMITTED), self.index(len(self.rows) - 1, self.SUBMITTED))
        self.changed.emit()

    def missing(self) -> list[ChecklistRow]:
        """Needed components not handed in: what a supplement slip asks for."""
        return [r for r in self.rows if r.needed and not r.submitted]

    def handed_in(self) -> list[dict[str, Any]]:
        return [r.as_component() for r in self.rows if r.submitted]

    def add_files(self, row: int, paths: list[str]) -> None:
        """Files scanned for ``row``, to attach with the dossier: the paper was handed in, so the row is ticked."""
        current = self.rows[row]
        files = current.files + tuple(p for p in paths if p not in current.files)
        self.rows[row] = replace(current, files=files, submitted=True)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.SUBMITTED))
        self.changed.emit()

    def clear_files(self, row: int) -> None:
        self.rows[row] = replace(self.rows[row], files=())
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.SUBMITTED))
        self.changed.emit()

    def papers(self) -> list[tuple[int, str]]:
        """(component index in the dossier, path) of every file waiting: the dossier's components are the rows
        handed in, in order, so a row's index there counts only those."""
        found = []
        for component, row in enumerate(r for r in self.rows if r.submitted):
            found += [(component, path) for path in row.files]
        return found

    def is_complete(self) -> bool:
        return not self.missing()

    # -- Qt model (editable: its data() keeps roles of its own) ----------------------------
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Component"),
            self.tr("Needed"),
            self.tr("Kind"),
            self.tr("Count"),
            self.tr("Digitised"),
            self.tr("Handed in"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self._FLAGS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.KIND, self.COUNT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column in self._FLAGS:
            if role == Qt.ItemDataRole.CheckStateRole:
                on = getattr(row, self._FLAGS[column])
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            return None
        if column == self.DIGITIZED:
            return self._files_data(row, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            kind = word(row.kind) if role == Qt.ItemDataRole.DisplayRole else row.kind
            return {self.NAME: row.name, self.KIND: kind, self.COUNT: row.count}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row.name
        if role == Qt.ItemDataRole.ForegroundRole and not row.needed:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.FontRole and column == self.NAME and row.needed and not row.submitted:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _files_data(self, row: ChecklistRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("✓ %n file(s)", "", len(row.files)) if row.files else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.files:
                return self.tr("No scanned file yet: Scan/Attach… or drop a file on the row")
            return "\n".join(Path(f).name for f in row.files)
        if role == Qt.ItemDataRole.ForegroundRole and row.files:
            return QColor("#1b6e3a")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if column in self._FLAGS and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            flag: dict[str, Any] = {self._FLAGS[column]: on}
            new = replace(row, **flag)
        elif column == self.KIND and role == Qt.ItemDataRole.EditRole and value in self.KINDS:
            new = replace(row, kind=value)
        elif column == self.COUNT and role == Qt.ItemDataRole.EditRole and int(value) >= 1:
            new = replace(row, count=int(value))
        else:
            return False
        self.rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.SUBMITTED))
        self.changed.emit()
        return True
