"""The monthly report reminder: from the 1st until last month is submitted, red after the due day.

`ReportReminder` asks core's `reminder(session, today)` through the operations worker at start, every
hour, and whenever the report page submits; it hands the text and whether it is red to ``show`` (the
main window's status bar), an empty text when nothing is due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from sqlmodel import Session

from core.reports import Reminder
from core.reports.submissions import latest_submission
from desktop.operations import Operations
from desktop.report import data

__all__ = ["REFRESH_MS", "ReportReminder", "reminder_text"]

REFRESH_MS = 3_600_000
#: Shows the reminder: its text ("" hides it) and True when the due day has passed.
ShowReminder = Callable[[str, bool], None]


class ReportReminder(QObject):
    """Keeps the reminder up to date; `current` is the last one core gave (None: nothing due)."""

    def __init__(
        self,
        ops: Operations,
        show: ShowReminder,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.show, self.today = ops, show, today
        self.current: Reminder | None = None
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        day = self.today()
        self.ops.run(lambda s: _fetch(s, day), on_done=lambda found: self._show(*found))

    def _show(self, found: Reminder | None, submitted: bool = False) -> None:
        self.current = found
        self.show(reminder_text(found, submitted) if found else "", bool(found and found.level == "red"))


def _fetch(session: Session, day: dt.date) -> tuple[Reminder | None, bool]:
    """Core's reminder, and whether its month is already submitted (only its upload is awaited)."""
    found = data.fetch_reminder(session, day)
    return found, found is not None and latest_submission(session, found.month) is not None


def reminder_text(found: Reminder, submitted: bool) -> str:
    """The reminder in the interface language (core words it in Vietnamese only)."""
    translate = QCoreApplication.translate
    month = f"{found.month[5:]}/{found.month[:4]}"
    if submitted:
        text = translate(
            "ReportReminder",
            "The report of %1 is submitted but its upload to the provincial system is not recorded yet.",
        )
    elif found.level == "red":
        text = translate("ReportReminder", "The report of %1 is overdue (due %2): check the figures and submit it now.")
    else:
        text = translate("ReportReminder", "The report of %1 is due by %2.")
    return text.replace("%1", month).replace("%2", f"{found.due:%d/%m/%Y}")
