"""The dialog that marks a day off, working, or back to the office week, with its reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.office_calendar import CalendarEntry
from core.text import clean
from desktop.widgets.submit_dialog import SubmitDialog
from desktop.widgets.weekdays import weekday_long

__all__ = ["DayChange", "DayDialog"]


@dataclass(frozen=True)
class DayChange:
    """What the admin asked for: ``kind`` is off, working or default."""

    day: dt.date
    kind: str
    reason: str
    source: str


class DayDialog(SubmitDialog[DayChange]):
    """Asks for the new kind of a day and a reason (required unless going back to the default).

    The page does not set ``submit``: it reads `change()` once the dialog is accepted."""

    def __init__(self, day: dt.date, entry: CalendarEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setWindowTitle(self.tr("Change a day"))
        self.off = QRadioButton(self.tr("Day &off (holiday, day off by decision)"))
        self.working = QRadioButton(self.tr("&Working day (e.g. a make-up Saturday)"))
        self.default = QRadioButton(self.tr("&Follow the office week again"))
        self.kinds = QButtonGroup(self)
        for button in (self.off, self.working, self.default):
            self.kinds.addButton(button)
        (self.working if entry is not None and entry.kind == "working" else self.off).setChecked(True)
        self.reason = QLineEdit(entry.reason if entry else "")
        self.reason.setPlaceholderText(self.tr("e.g. Day off for the commune festival"))
        self.source = QLineEdit(entry.source if entry else "")
        self.source.setPlaceholderText(self.tr("e.g. Decision 12/QĐ-UBND of 02/01/2026"))
        self._build(day)
        self.default.toggled.connect(self._follow_kind)

    def _build(self, day: dt.date) -> None:
        title = QLabel(f"<b>{weekday_long(day.weekday())}, {day:%d/%m/%Y}</b>")
        form = QFormLayout()
        form.addRow(self.tr("Reason (required):"), self.reason)
        form.addRow(self.tr("Source document:"), self.source)
        buttons = self.make_buttons(self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        for widget in (title, self.off, self.working, self.default):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _follow_kind(self, default: bool) -> None:
        self.reason.setEnabled(not default)
        self.source.setEnabled(not default)

    def values(self) -> DayChange:
        kind = "off" if self.off.isChecked() else "working" if self.working.isChecked() else "default"
        return DayChange(self.day, kind, clean(self.reason.text()), clean(self.source.text()))

    change = values

    def accept(self) -> None:
        """Refuse an empty reason for a day off or a working day; otherwise close with the change."""
        change = self.values()
        if change.kind != "default" and not change.reason:
            self.failed(self.tr("Enter the reason for this change (it is shown on due-date explanations)."))
            self.reason.setFocus()
            return
        super().accept()
