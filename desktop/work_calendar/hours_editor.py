"""Office hours: the schedules in force (with the dates they take effect) and a form to change them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.office_calendar import remove_hours, set_hours
from desktop.operations import Operations
from desktop.qt_typed import py_date
from desktop.shortcuts import press_with
from desktop.widgets.weekdays import weekday_long
from desktop.work_calendar.data import ScheduleRow, fetch_schedules

__all__ = ["HoursEditor"]


class HoursEditor(QWidget):
    """Lists the office-hours schedules and sets or removes one; core validates the periods."""

    changed = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rows: list[ScheduleRow] = []
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("In force from"), self.tr("Office hours")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(0, 160)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.periods = QLineEdit()
        self.periods.setPlaceholderText("07:30-11:30,13:30-17:00")
        self.dated = QCheckBox(self.tr("Only from this &date:"))
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_from.setDisplayFormat("dd/MM/yyyy")
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setEnabled(False)
        self.dated.toggled.connect(self.valid_from.setEnabled)
        self.save_button = QPushButton(self.tr("&Save office hours"))
        self.save_button.clicked.connect(self.save)
        press_with(self.save_button, QKeySequence.StandardKey.Save)
        self.remove_button = QPushButton(self.tr("&Remove the selected schedule"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        help_text = QLabel(
            self.tr(
                "Periods are written as HH:MM-HH:MM separated by commas, for example "
                "07:30-11:30,13:30-17:00. Without a date the hours apply to all days; "
                "with a date they apply from that day on, and earlier due dates keep "
                "the old hours."
            )
        )
        help_text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Office hours:"), self.periods)
        dated = QHBoxLayout()
        dated.addWidget(self.dated)
        dated.addWidget(self.valid_from)
        dated.addStretch(1)
        form.addRow("", dated)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    # -- reading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.run(fetch_schedules, on_done=self._show)

    def _show(self, rows: list[ScheduleRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            since = self.tr("Always (base hours)") if row.valid_from is None else f"{row.valid_from:%d/%m/%Y}"
            self.table.setItem(n, 0, QTableWidgetItem(since))
            self.table.setItem(n, 1, QTableWidgetItem(self._describe(row)))
        if rows and not self.periods.text():
            self.periods.setText(rows[0].uniform or rows[0].periods_by_weekday[0])

    def _describe(self, row: ScheduleRow) -> str:
        if row.uniform is not None:
            return row.uniform.replace(",", ", ")
        return "; ".join(f"{weekday_long(wd)}: {text}" for wd, text in enumerate(row.periods_by_weekday))

    def _selection_changed(self) -> None:
        selected = self.table.currentRow()
        self.remove_button.setEnabled(0 <= selected < len(self.rows) and self.rows[selected].valid_from is not None)

    # -- writing --------------------------------------------------------------------------
    def save(self) -> None:
        text = self.periods.text()
        since: dt.date | None = py_date(self.valid_from.date()) if self.dated.isChecked() else None
        self.ops.run(
            lambda s: set_hours(s, text, valid_from=since),
            write=True,
            on_done=lambda _: self._done(self.tr("Office hours saved.")),
            on_error=self._failed,
        )

    def remove_selected(self) -> None:
        selected = self.table.currentRow()
        if not 0 <= selected < len(self.rows) or self.rows[selected].valid_from is None:
            return
        since = self.rows[selected].valid_from
        assert since is not None  # checked above
        self.ops.run(
            lambda s: remove_hours(s, since),
            write=True,
            on_done=lambda _: self._done(self.tr("Schedule removed.")),
            on_error=self._failed,
        )

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("color: #1d5a12;")
        self.message.setText(text)
        self.refresh()
        self.changed.emit()

    def _failed(self, error: UserError) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(str(error))
