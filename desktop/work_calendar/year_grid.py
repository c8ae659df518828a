"""Twelve months in a 3×4 grid: the whole year at a glance; one selected day across all months."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.work_calendar.data import DayClass, YearData
from desktop.work_calendar.month_view import MonthView

__all__ = ["YearGrid"]


class YearGrid(QWidget):
    """The year view; emits `day_selected` with the date the user clicked."""

    day_selected = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = [MonthView(month, self) for month in range(1, 13)]
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(2)
        for position, view in enumerate(self.months):
            layout.addWidget(view, position // 4, position % 4)
            view.day_clicked.connect(self.select)
        self.selected: dt.date | None = None
        self.data: YearData | None = None

    def set_year(self, data: YearData) -> None:
        self.data = data
        for view in self.months:
            view.set_year(data)
        if self.selected is not None and self.selected.year != data.year:
            self.selected = None
        self._show_selection()

    def select(self, day: dt.date) -> None:
        """Select ``day`` (as a click does) and announce it."""
        self.selected = day
        self._show_selection()
        self.day_selected.emit(day)

    def class_of(self, day: dt.date) -> DayClass | None:
        """The colour class the grid shows for ``day`` (for tests and accessibility checks)."""
        view = self.months[day.month - 1]
        return view.model.class_at(view.model.index_of(day))

    def _show_selection(self) -> None:
        for view in self.months:
            view.select(self.selected)
