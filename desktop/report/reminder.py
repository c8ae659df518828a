"""The monthly report reminder: from the 1st until last month is submitted, red after the due day.

`ReportReminder` asks core's `reminder(session, today)` through the operations worker at start, every
hour, and whenever the report page submits; it hands the text and whether it is red to ``show`` (the
main window's status bar), an empty text when nothing is due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from core.reports import Reminder
from desktop.operations import Operations
from desktop.report import data

__all__ = ["ReportReminder", "REFRESH_MS"]

REFRESH_MS = 3_600_000
#: Shows the reminder: its text ("" hides it) and True when the due day has passed.
ShowReminder = Callable[[str, bool], None]


class ReportReminder(QObject):
    """Keeps the reminder up to date; `current` is the last one core gave (None: nothing due)."""

    def __init__(self, ops: Operations, show: ShowReminder, *, today: Callable[[], dt.date] = dt.date.today,
                 parent: QObject | None = None) -> None:
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
        self.ops.run(lambda s: data.fetch_reminder(s, day), on_done=self._show)

    def _show(self, found: Reminder | None) -> None:
        self.current = found
        self.show(found.text if found else "", bool(found and found.level == "red"))
