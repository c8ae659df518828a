"""The dossier list's filter bar: search text, status, field, channel, received dates, due soon, late."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.dossiers import STATUS_LABELS
from core.drafts import CHANNELS
from desktop.core_words import words
from desktop.dossiers.data import DUE_SOON, LATE, ListQuery
from desktop.qt_typed import py_date

__all__ = ["SEARCH_DELAY_MS", "DossierFilterBar"]

SEARCH_DELAY_MS = 300


def _combo(everything: str, choices: dict[str, str]) -> QComboBox:
    box = QComboBox()
    box.addItem(everything, "")
    for key, label in choices.items():
        box.addItem(label, key)
    return box


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setEnabled(False)
    return edit


class DossierFilterBar(QWidget):
    """Emits ``changed`` when the query changes (typing waits a moment)."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by dossier code, applicant name, phone or ID number"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.status = _combo(self.tr("All statuses"), words(STATUS_LABELS))
        self.field = _combo(self.tr("All fields"), {})
        self.channel = _combo(self.tr("All channels"), words(CHANNELS))
        self.dated = QCheckBox(self.tr("Received &from"))
        self.date_from = _date_edit(today.replace(day=1))
        self.date_to = _date_edit(today)
        self.due_soon = QPushButton(self.tr("Due &soon"))
        self.due_soon.setToolTip(self.tr("Unfinished dossiers due within one working day"))
        self.late = QPushButton(self.tr("&Late"))
        self.late.setToolTip(self.tr("Unfinished dossiers past their statutory due moment"))
        self.clear = QPushButton(self.tr("&Clear filters"))
        self.clear.clicked.connect(self.reset)
        for button in (self.due_soon, self.late):
            button.setCheckable(True)
            button.toggled.connect(lambda on, b=button: self._due_toggled(b, on))
        for box in (self.status, self.field, self.channel):
            box.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.dated.toggled.connect(self._dated_toggled)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._date_changed)
        self._build()

    def _build(self) -> None:
        first = QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.due_soon)
        first.addWidget(self.late)
        second = QHBoxLayout()
        for widget in (
            self.status,
            self.field,
            self.channel,
            self.dated,
            self.date_from,
            QLabel(self.tr("to")),
            self.date_to,
        ):
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

    def set_fields(self, fields: list[str]) -> None:
        """Offer ``fields`` (keeps the current choice when it is still there)."""
        current = self.field.currentData()
        self.field.blockSignals(True)
        while self.field.count() > 1:
            self.field.removeItem(1)
        for name in fields:
            self.field.addItem(name, name)
        self.field.setCurrentIndex(max(0, self.field.findData(current)))
        self.field.blockSignals(False)

    def _due_toggled(self, button: QPushButton, on: bool) -> None:
        other = self.late if button is self.due_soon else self.due_soon
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self.changed.emit()

    def _date_changed(self, _date: object) -> None:
        if self.dated.isChecked():
            self.changed.emit()

    def _dated_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def reset(self) -> None:
        """Back to every dossier (the search text stays)."""
        widgets = (self.status, self.field, self.channel, self.dated, self.due_soon, self.late)
        for widget in widgets:
            widget.blockSignals(True)
        for box in (self.status, self.field, self.channel):
            box.setCurrentIndex(0)
        for check in (self.dated, self.due_soon, self.late):
            check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.changed.emit()

    def query(self) -> ListQuery:
        dated = self.dated.isChecked()
        return ListQuery(
            search=self.search.text(),
            status=self.status.currentData() or "",
            field=self.field.currentData() or "",
            channel=self.channel.currentData() or "",
            received_from=py_date(self.date_from.date()) if dated else None,
            received_to=py_date(self.date_to.date()) if dated else None,
            due=DUE_SOON if self.due_soon.isChecked() else LATE if self.late.isChecked() else "",
        )

    def stop_waiting(self) -> None:
        self._timer.stop()
