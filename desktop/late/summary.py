"""The board's figures: a strip of counts with the apology coverage, and counts by field and by officer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.board import SECTIONS, Board, GroupCount, format_rate

__all__ = ["GroupTable", "SummaryStrip"]


class SummaryStrip(QWidget):
    """Due today · due soon · late · waiting · to do, and this month's apology coverage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, QLabel] = {}
        for key in (*SECTIONS, "todo", "coverage"):
            tile = QLabel()
            tile.setObjectName(f"tile_{key}")
            tile.setTextFormat(Qt.TextFormat.RichText)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setStyleSheet("border: 1px solid #c8ccd2; border-radius: 4px; padding: 6px; background: #fafbfc;")
            layout.addWidget(tile, 1)
            self.tiles[key] = tile

    def titles(self) -> dict[str, str]:
        return {
            "due_today": self.tr("Due today"),
            "due_soon": self.tr("Due soon"),
            "late": self.tr("Late"),
            "waiting": self.tr("Waiting on the citizen"),
            "todo": self.tr("Apologies to do"),
            "coverage": self.tr("Apology coverage this month"),
        }

    def show_board(self, board: Board) -> None:
        counts: dict[str, int | str] = {**board.counts(), "coverage": format_rate(board.coverage.rate)}
        alert = {"late": bool(counts["late"]), "todo": bool(counts["todo"]), "due_today": bool(counts["due_today"])}
        for key, title in self.titles().items():
            colour = "#b00020" if alert.get(key) else "#1f2933"
            self.tiles[key].setText(
                f"<span style='font-size:18pt; font-weight:bold; color:{colour}'>{counts[key]}</span><br>{title}"
            )
        cov = board.coverage
        self.tiles["coverage"].setToolTip(
            self.tr("%1 of %2 late dossiers this month have an apology")
            .replace("%1", str(cov.with_apology))
            .replace("%2", str(cov.late))
        )


class GroupTable(QGroupBox):
    """Counts per field (or per officer): name, today, soon, late, waiting."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Today"), self.tr("Soon"), self.tr("Late"), self.tr("Waiting")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table)

    def set_groups(self, groups: tuple[GroupCount, ...]) -> None:
        self.table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            name = QTableWidgetItem(group.name or self.tr("(not handed over)"))
            name.setToolTip(name.text())
            self.table.setItem(row, 0, name)
            for column, value in enumerate((group.due_today, group.due_soon, group.late, group.waiting), start=1):
                item = QTableWidgetItem(str(value) if value else "·")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
