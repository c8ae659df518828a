"""One month of the year grid: a title and a compact 6×7 table of days with a colouring delegate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.work_calendar.data import YearData
from desktop.work_calendar.day_style import BACKGROUND, FOREGROUND, UNCONFIRMED_COLOR
from desktop.work_calendar.month_model import MonthModel

__all__ = ["CELL_HEIGHT", "CELL_WIDTH", "MonthView"]

CELL_WIDTH, CELL_HEIGHT = 30, 17  # twelve months in three rows fit a 1366×768 screen with a taskbar


class DayDelegate(QStyledItemDelegate):
    """Paints a day: its class colour, a dashed amber frame when unconfirmed, a blue frame when selected."""

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        kind, day = self.model.class_at(index), self.model.day_at(index)  # not index.data(): see MonthModel.day_at
        if kind is None or day is None:
            return
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        painter.fillRect(rect, BACKGROUND[kind])
        if self.model.unconfirmed_at(index):
            pen = QPen(UNCONFIRMED_COLOR, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(FOREGROUND[kind])
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
        painter.restore()


class MonthView(QWidget):
    """A month title over its table; emits `day_clicked` with the date of a clicked day."""

    day_clicked = Signal(object)  # dt.date

    def __init__(self, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MonthModel(month, self)
        self.title = QLabel(self.tr("Month %1").replace("%1", str(month)))
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFixedHeight(self.title.fontMetrics().height())
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setItemDelegate(DayDelegate(self.model, table))
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(10)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the fixed size decides the cells
        rows = table.verticalHeader()
        rows.setMinimumSectionSize(10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setFixedHeight(CELL_HEIGHT + 1)
        table.setFixedSize(7 * CELL_WIDTH + 2, 6 * CELL_HEIGHT + header.height() + 2)
        table.clicked.connect(self._on_clicked)
        table.activated.connect(self._on_clicked)
        return table

    def set_year(self, data: YearData) -> None:
        self.model.set_year(data)

    def select(self, day: dt.date | None) -> None:
        """Select ``day`` if it is in this month, else clear the selection."""
        index = self.model.index_of(day) if day is not None else QModelIndex()
        if index.isValid():
            self.table.setCurrentIndex(index)
        else:
            self.table.clearSelection()

    def _on_clicked(self, index: QModelIndex) -> None:
        day = self.model.day_at(index)
        if day is not None:
            self.day_clicked.emit(day)
