"""After login the window says so when this desk's clock is behind what the office has recorded
(docs/rules.md §9): the clerk learns it before a change is refused, not after typing a whole intake."""

from __future__ import annotations

import datetime as dt

import time_machine
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from core.office import init_office
from core.security.access import Caller, Role
from core.security.desk_clock import clock_status

WAIT_MS = 10_000


def _messages() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_clock_behind_the_data_is_said_after_login(qtbot, open_window, database) -> None:
    ahead = time_machine.travel(dt.datetime.now() + dt.timedelta(days=2), tick=True)  # a desk that ran fast wrote
    with ahead, database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    built = open_window(database)
    qtbot.waitUntil(lambda: any("Đồng hồ của máy" in text for text in _messages()), timeout=WAIT_MS)
    (text,) = [t for t in _messages() if "Đồng hồ của máy" in t]
    assert "chỉnh lại ngày giờ của Windows" in text and "motcua clock accept" in text
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "clockBehind" and w.isVisible())
    box.findChild(QPushButton, "acceptClock").click()  # the tester is a leader and an admin
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
    assert "nhật ký kiểm tra" in dialog.labelText()
    dialog.setTextValue("máy từng chạy nhanh hai ngày, đã chỉnh lại")
    dialog.accept()
    qtbot.waitUntil(lambda: "Đã chấp nhận giờ của máy" in built.window.statusBar().currentMessage(), timeout=WAIT_MS)
    with database.session() as session:
        assert not clock_status(session).behind
    assert built.window.isVisible()


def test_a_clerk_is_told_but_cannot_accept(qtbot, open_window, database) -> None:
    ahead = time_machine.travel(dt.datetime.now() + dt.timedelta(days=2), tick=True)
    with ahead, database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    open_window(database.as_caller(Caller("lan", frozenset({Role.CLERK}), "Nguyễn Thị Lan")))
    qtbot.waitUntil(lambda: any("Đồng hồ của máy" in text for text in _messages()), timeout=WAIT_MS)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "clockBehind" and w.isVisible())
    assert box.findChild(QPushButton, "acceptClock") is None


def test_a_clock_that_is_right_says_nothing(qtbot, open_window, database) -> None:
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    built = open_window(database)
    qtbot.waitUntil(lambda: "Hoa Thành" in built.window.office_label.text(), timeout=WAIT_MS)  # the watch ran
    qtbot.waitUntil(built.ops.is_idle, timeout=WAIT_MS)  # and the clock, read after the office, came back
    qtbot.wait(50)
    assert not [t for t in _messages() if "Đồng hồ" in t]
