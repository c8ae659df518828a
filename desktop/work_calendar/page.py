"""Lịch làm việc: the whole year, its days off and make-up days, office hours, and a due-date tester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.office_calendar import confirm_year, set_day
from desktop.operations import Operations
from desktop.qt_typed import label_for
from desktop.shortcuts import shortcut
from desktop.widgets.fit_scroll import FitScrollArea
from desktop.work_calendar.data import YearData, fetch_year
from desktop.work_calendar.day_dialog import DayChange, DayDialog
from desktop.work_calendar.day_panel import DayPanel
from desktop.work_calendar.day_style import Legend
from desktop.work_calendar.due_tester import DueTester
from desktop.work_calendar.hours_editor import HoursEditor
from desktop.work_calendar.special_days_model import SpecialDaysModel
from desktop.work_calendar.year_grid import YearGrid

__all__ = ["CalendarPage"]


class CalendarPage(QWidget):
    """The admin's calendar screen. Every read and write goes through `Operations`."""

    def __init__(self, ops: Operations, *, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.data: YearData | None = None
        self.dialog: DayDialog | None = None
        self.year = QSpinBox()
        self.year.setRange(1901, 2199)
        self.year.setValue((today or dt.date.today()).year)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(self.load_year)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.hide()
        self.confirm_button.clicked.connect(self.confirm)
        self.grid = YearGrid()
        self.panel = DayPanel()
        self.grid.day_selected.connect(self._day_selected)
        self.panel.change_requested.connect(self.open_day_dialog)
        self.special = SpecialDaysModel(self)
        self.hours = HoursEditor(ops)
        self.tester = DueTester(ops)
        self.tabs = QTabWidget()
        self._layout()
        self._loaded = False

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(label_for(self.tr("&Year:"), self.year))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(Legend(), 1)  # on the year's line: the twelve months fit a 1366×768 screen unscrolled
        top.addWidget(self.confirm_button)
        year_tab = QWidget()
        year_layout = QHBoxLayout(year_tab)
        year_layout.setContentsMargins(4, 4, 4, 4)
        year_layout.addWidget(FitScrollArea(self.grid), 0, Qt.AlignmentFlag.AlignTop)  # scrolls on a small screen
        year_layout.addWidget(self.panel, 1)
        self.tabs.addTab(year_tab, self.tr("Year"))
        self.tabs.addTab(self._special_table(), self.tr("Special days"))
        self.tabs.addTab(self.hours, self.tr("Office hours"))
        self.tabs.addTab(self.tester, self.tr("Try a due date"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        shortcut(
            self,
            QKeySequence.StandardKey.Refresh,
            lambda: self.load_year(self.year.value()),
            self.tr("Reload the year"),
        )

    def _special_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.special)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SpecialDaysModel.REASON, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda index: self.open_day_dialog(self.special.entry(index.row()).day))
        self.special_table = table
        return table

    def showEvent(self, event) -> None:
        if not self._loaded:
            self._loaded = True
            self.load_year(self.year.value())
            self.hours.refresh()
        super().showEvent(event)

    # -- reading --------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        """Show ``year`` (loads it even when the spin box already shows it)."""
        self._loaded = True
        if self.year.value() == year:
            self.load_year(year)
        else:
            self.year.setValue(year)

    def load_year(self, year: int) -> None:
        self.ops.run(lambda s: fetch_year(s, year), on_done=self._show_year)

    def _show_year(self, data: YearData) -> None:
        if data.year != self.year.value():
            return  # the user moved on to another year meanwhile
        self.data = data
        self.grid.set_year(data)
        self.special.set_rows(data.entries)
        self.status.setText(self._status_text(data))
        self.confirm_button.setText(self.tr("&Confirm the %1 calendar").replace("%1", str(data.year)))
        self.confirm_button.setVisible(data.needs_confirmation)
        if self.grid.selected is not None:
            self.panel.show_day(self.grid.selected, data)
        else:
            self.panel.clear()

    def _status_text(self, data: YearData) -> str:
        words = {
            "shipped": self.tr("Verified table"),
            "confirmed": self.tr("Confirmed by the office"),
            "office": self.tr("Edited by the office"),
        }
        if data.needs_confirmation:
            return "<b>{}</b> — {}".format(
                self.tr("Provisional – not confirmed"),
                self.tr(
                    "days off are estimated by rule; check them against the official notice for the "
                    "year, correct them, then confirm."
                ),
            )
        return f"<b>{words.get(data.status, data.status)}</b>"

    def _day_selected(self, day: dt.date) -> None:
        if self.data is not None:
            self.panel.show_day(day, self.data)

    # -- writing --------------------------------------------------------------------------
    def open_day_dialog(self, day: dt.date) -> DayDialog | None:
        """Open the editor for ``day`` (window-modal, not blocking); returns it for tests."""
        if self.data is None or day is None:
            return None
        dialog = DayDialog(day, self.data.entry(day), self)
        dialog.accepted.connect(lambda: self._apply(dialog.change()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _apply(self, change: DayChange) -> None:
        self.ops.run(
            lambda s: set_day(s, change.day, change.kind, change.reason, source=change.source),
            write=True,
            on_done=lambda _: self.load_year(change.day.year),
        )

    def confirm(self) -> None:
        if self.data is None:
            return
        year = self.data.year
        self.ops.run(lambda s: confirm_year(s, year), write=True, on_done=lambda _: self.load_year(year))
