"""The idle desk locks: after some minutes without a key press or a mouse move anywhere in the program,
``idle`` is emitted once (the composition root logs the person out and shows the login screen).

    lock = IdleLock(app, minutes)        # minutes from core (`core.office.idle_lock_minutes`); 0: never
    lock.idle.connect(...)

Activity is seen by an application-wide event filter; a timer looks at the clocks every few seconds (a
mouse move only reads them and stores two numbers).

A PC put to sleep by Windows before the minutes were up runs no timer: the touch that wakes it is checked
first, so it locks the desk (and goes no further) instead of starting the count again. Time is counted by two
clocks and the larger wins: the monotonic one (which a clock set back does not move) and the calendar one
(which Linux's monotonic clock is not: it stands still while the PC is suspended). A clock set forward locks
early, which costs a login, never an open desk.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

__all__ = ["ACTIVITY", "IdleLock"]

#: The events that count as someone at the desk.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    #: Nobody touched the desk for the minutes set: emitted once.
    idle = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        minutes: int,
        *,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        check_every_ms: int = 5_000,
    ) -> None:
        super().__init__(parent)
        self.app, self.minutes, self.clock, self.wall = app, max(0, int(minutes)), clock, wall
        self.last, self.last_wall = clock(), wall()
        self.fired = False
        self.timer = QTimer(self, interval=check_every_ms)
        self.timer.timeout.connect(self.check)
        if self.minutes:
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            if self.check():  # the touch that wakes a PC left asleep: the desk locks, the touch is dropped
                return True
            self.last, self.last_wall = self.clock(), self.wall()
        return False

    def idle_seconds(self) -> float:
        """Seconds since the last touch, by whichever clock says more."""
        return max(self.clock() - self.last, self.wall() - self.last_wall)

    def check(self) -> bool:
        """Emit ``idle`` if the desk has been left long enough; True when it did."""
        if self.fired or not self.minutes or self.idle_seconds() < self.minutes * 60:
            return False
        self.fired = True
        self.stop()
        self.idle.emit()
        return True

    def stop(self) -> None:
        """No more watching (the window is gone)."""
        self.timer.stop()
        self.app.removeEventFilter(self)
