"""The idle desk locks: after some minutes without a key press or a mouse move anywhere in the program,
``idle`` is emitted once (the composition root logs the person out and shows the login screen).

    lock = IdleLock(app, minutes)        # minutes from core (`core.office.idle_lock_minutes`); 0: never
    lock.idle.connect(...)

Activity is seen by an application-wide event filter; a timer looks at the clock every few seconds (a
mouse move only stores a number).
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
        check_every_ms: int = 5_000,
    ) -> None:
        super().__init__(parent)
        self.app, self.minutes, self.clock = app, max(0, int(minutes)), clock
        self.last = clock()
        self.fired = False
        self.timer = QTimer(self, interval=check_every_ms)
        self.timer.timeout.connect(self.check)
        if self.minutes:
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last = self.clock()
        return False

    def check(self) -> bool:
        """Emit ``idle`` if the desk has been left long enough; True when it did."""
        if self.fired or not self.minutes or self.clock() - self.last < self.minutes * 60:
            return False
        self.fired = True
        self.stop()
        self.idle.emit()
        return True

    def stop(self) -> None:
        """No more watching (the window is gone)."""
        self.timer.stop()
        self.app.removeEventFilter(self)
