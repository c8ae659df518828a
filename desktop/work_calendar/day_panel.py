"""The side panel of the calendar: what the selected day is, why, on what authority."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.widgets.weekdays import weekday_long
from desktop.work_calendar.data import YearData
from desktop.work_calendar.day_style import class_label

__all__ = ["DayPanel"]


class DayPanel(QGroupBox):
    """Shows one day's class, reason, source and confirmation; `change_requested` opens the editor."""

    change_requested = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Selected day"), parent)
        self.day: dt.date | None = None
        self.date_label = QLabel(self.tr("Click a day in the calendar to see why it is a working day or not."))
        self.date_label.setWordWrap(True)
        self.kind_label, self.reason_label = QLabel(), QLabel()
        self.source_label, self.confirmed_label = QLabel(), QLabel()
        for label in (self.kind_label, self.reason_label, self.source_label, self.confirmed_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_label)
        form.addRow(self.tr("Reason:"), self.reason_label)
        form.addRow(self.tr("Source:"), self.source_label)
        form.addRow(self.tr("Confirmed:"), self.confirmed_label)
        self.change_button = QPushButton(self.tr("C&hange this day…"))
        self.change_button.setEnabled(False)
        self.change_button.clicked.connect(lambda: self.change_requested.emit(self.day))
        layout = QVBoxLayout(self)
        layout.addWidget(self.date_label)
        layout.addLayout(form)
        layout.addWidget(self.change_button)
        layout.addStretch(1)

    def show_day(self, day: dt.date, data: YearData) -> None:
        self.day = day
        entry = data.entry(day)
        self.date_label.setText(f"<b>{weekday_long(day.weekday())}, {day:%d/%m/%Y}</b>")
        self.kind_label.setText(class_label(data.kind_of(day)))
        if entry is None:
            self.reason_label.setText(self.tr("Follows the office week."))
            self.source_label.setText("—")
            self.confirmed_label.setText("—")
        else:
            self.reason_label.setText(entry.reason)
            self.source_label.setText(entry.source or "—")
            self.confirmed_label.setText(self.tr("Yes") if entry.confirmed else self.tr("No (suggested)"))
        self.change_button.setEnabled(True)

    def clear(self) -> None:
        self.day = None
        self.date_label.setText(self.tr("Click a day in the calendar to see why it is a working day or not."))
        for label in (self.kind_label, self.reason_label, self.source_label, self.confirmed_label):
            label.clear()
        self.change_button.setEnabled(False)
