"""The idle desk locks after the minutes an admin set (0: never); a key or the mouse starts the count again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.idle_lock import IdleLock


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def watched(qtbot, qapp) -> tuple[Clock, IdleLock, list[bool], QLineEdit]:
    """A 15-minute lock on a fake clock, what it emitted, and a field on screen to touch."""
    clock = Clock()
    lock = IdleLock(qapp, 15, clock=clock)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    return clock, lock, fired, field


def test_the_desk_locks_once_after_the_minutes_without_activity(qtbot, qapp) -> None:
    clock, lock, fired, field = watched(qtbot, qapp)
    clock.now += 14 * 60
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    clock.now += 14 * 60
    assert not lock.check() and fired == []  # a key press 14 minutes ago: not yet
    QApplication.sendEvent(
        field,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(3, 3),
            QPointF(3, 3),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    clock.now += 15 * 60
    assert lock.check() and fired == [True]
    clock.now += 60 * 60
    assert not lock.check() and fired == [True]  # once
    lock.stop()


def test_zero_minutes_never_locks(qapp) -> None:
    clock = Clock()
    lock = IdleLock(qapp, 0, clock=clock)
    clock.now += 24 * 3600
    assert not lock.check() and not lock.timer.isActive()


def test_the_timer_checks_by_itself(qtbot, qapp) -> None:
    clock = Clock()
    lock = IdleLock(qapp, 1, clock=clock, check_every_ms=20)
    clock.now += 61
    with qtbot.waitSignal(lock.idle, timeout=2_000):
        pass


def test_waking_a_sleeping_pc_locks_before_the_waking_touch_counts(qtbot, qapp) -> None:
    """Windows put the PC to sleep before the lock's minutes were up, so the timer never looked. The next person
    wakes it with a key or the mouse: that touch must not start the count again and leave the desk open; the desk
    locks, and the key press does not reach the page behind."""
    clock, lock, fired, field = watched(qtbot, qapp)
    clock.now += 8 * 3600  # a night asleep; no check ran
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert fired == [True] and field.text() == ""
    lock.stop()


def test_the_count_goes_on_while_the_pc_is_suspended(qapp) -> None:
    """Linux's monotonic clock stands still while the PC is suspended: the calendar clock counts that time too.
    Whichever of the two says the minutes are up locks the desk (a clock set forward locks early: a login more)."""
    clock, wall = Clock(), Clock()
    lock = IdleLock(qapp, 15, clock=clock, wall=wall)
    wall.now += 3600  # suspended for an hour: only the calendar clock moved
    assert lock.check()
    clock, wall = Clock(), Clock()
    lock = IdleLock(qapp, 15, clock=clock, wall=wall)
    wall.now -= 24 * 3600  # the calendar clock set back a day: the monotonic one still counts
    clock.now += 16 * 60
    assert lock.check()
