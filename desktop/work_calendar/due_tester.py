"""Try the calendar: a received moment and a time limit give a due moment and its explanation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.work_calendar import DueResult
from desktop.operations import Operations
from desktop.qt_typed import py_datetime
from desktop.work_calendar.data import compute_due

__all__ = ["DueTester"]


class DueTester(QWidget):
    """ "Thử tính hạn": uses the stored calendar exactly as intake will."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.received.setCalendarPopup(True)
        self.amount = QSpinBox()
        self.amount.setRange(0, 365)
        self.amount.setValue(3)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("working days"), "day")
        self.unit.addItem(self.tr("working hours"), "hour")
        self.unit.addItem(self.tr("same day (cut-off time from the settings)"), "same_day")
        self.unit.currentIndexChanged.connect(lambda _: self.amount.setEnabled(self.unit.currentData() != "same_day"))
        self.compute_button = QPushButton(self.tr("Co&mpute the due date"))
        self.compute_button.clicked.connect(self.compute)
        self.due_label = QLabel()
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        self._layout()

    def _layout(self) -> None:
        limit = QHBoxLayout()
        limit.addWidget(self.amount)
        limit.addWidget(self.unit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Received at:"), self.received)
        form.addRow(self.tr("Time limit:"), limit)
        intro = QLabel(
            self.tr(
                "Check the calendar before it is used: enter when a dossier is received and "
                "its time limit to see the appointment date and why."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.compute_button)
        layout.addWidget(self.due_label)
        layout.addWidget(self.explanation, 1)

    def compute(self) -> None:
        received: dt.datetime = py_datetime(self.received.dateTime()).replace(second=0, microsecond=0)
        unit, amount = self.unit.currentData(), self.amount.value()
        self.ops.run(lambda s: compute_due(s, received, unit, amount), on_done=self._show, on_error=self._failed)

    def _show(self, result: DueResult) -> None:
        self.due_label.setStyleSheet("font-weight: bold;")
        self.due_label.setText(self.tr("Due: %1").replace("%1", f"{result.due:%H:%M} {result.due:%d/%m/%Y}"))
        self.explanation.setPlainText("\n".join(result.explain()))

    def _failed(self, error: UserError) -> None:
        self.due_label.setStyleSheet("color: #b00020;")
        self.due_label.setText(str(error))
        self.explanation.clear()
