"""An error nobody foresaw, in a Qt slot or a thread of the window: in the log, and one line for the clerk
naming the log; never a crash, never silence (issue 14 points 3 and 8)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QPushButton

from core.logs import setup_logging
from desktop import error_report


def _boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == error_report.BOX_NAME
    ]


@pytest.fixture
def reporting(qapp, tmp_path):
    path = setup_logging(tmp_path / "data")
    teller = error_report.install(qapp)
    yield path, teller
    for box in _boxes():
        box.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_told_in_one_line(qtbot, reporting) -> None:
    path, _ = reporting
    window = QMainWindow()
    qtbot.addWidget(window)
    button = QPushButton("Lưu", window)
    window.setCentralWidget(button)
    window.show()

    def save() -> None:
        raise PermissionError(13, "Permission denied", r"C:\Program Files\MotCua\giay-001099012345.pdf")

    button.clicked.connect(save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_boxes()) == 1, timeout=5_000)
    text = _boxes()[0].text()
    assert text.startswith("Lỗi không mong đợi: PermissionError:") and text.endswith(f"Chi tiết trong nhật ký: {path}")
    assert "\n" not in text and "001099012345" not in text
    log = path.read_text(encoding="utf-8")
    assert "Traceback" in log and "in save" in log and "001099012345" not in log
    assert window.isVisible()  # the window goes on


@pytest.mark.qt_no_exception_capture
def test_a_storm_of_errors_opens_one_box_and_the_rest_go_to_the_status_bar(qtbot, reporting) -> None:
    path, teller = reporting
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    def fail():
        raise ValueError("again")

    thread = threading.Thread(target=fail, name="motcua-export")
    thread.start()
    thread.join()
    for _ in range(5):
        try:
            fail()
        except ValueError as error:
            import sys

            sys.excepthook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: len(teller.shown) == 6, timeout=5_000)
    assert len(_boxes()) == 1
    assert window.statusBar().currentMessage().startswith("Lỗi không mong đợi: ValueError: again")
    assert "thread motcua-export" in path.read_text(encoding="utf-8")


def test_qt_warnings_go_to_the_log(qtbot, reporting) -> None:
    from PySide6.QtCore import qWarning

    path, _ = reporting
    qWarning("QPainter::begin: Paint device returned engine == 0")
    assert "QPainter::begin" in path.read_text(encoding="utf-8")


def test_a_window_that_fails_to_start_says_so_in_a_box_not_only_on_a_missing_stderr(
    qtbot, tmp_path, monkeypatch
) -> None:
    """The windowed Windows program has no stderr: an unexpected error before the window shows is a box."""
    import desktop.app
    import desktop.messages
    from cli.main import main
    from core.places import default_data_dir

    def broken(db, demo, keys=None):
        raise RuntimeError("a page could not be built")

    shown: list[str] = []
    monkeypatch.setattr(desktop.app, "open_office_database", broken)
    monkeypatch.setattr(desktop.messages, "show_fatal", shown.append)
    assert main(["gui", "--db", str(tmp_path / "t.db")]) == 1
    log = default_data_dir() / "logs" / "motcua.log"
    assert shown == [f"Lỗi không mong đợi: RuntimeError: a page could not be built. Chi tiết trong nhật ký: {log}"]
    assert "in broken" in log.read_text(encoding="utf-8")


def test_a_database_outside_the_profile_that_stays_readable_is_said_once_in_the_window(
    qtbot, tmp_path, monkeypatch
) -> None:
    """The GUI side of point 11: core's warning (here: chmod refused) shown over the window, once."""
    from core.security import private_files
    from core.storage import open_database
    from desktop.desk import Desk

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(private_files.os, "chmod", lambda *_: (_ for _ in ()).throw(PermissionError(1, "refused")))
    open_database(tmp_path / "D" / "motcua.db").close()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    desk = Desk(guard=None, log_file=None)
    desk.show_notes(window)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and boxes[0].text().startswith("Không giới hạn được quyền đọc")
    boxes[0].close()
    desk.show_notes(window)
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]
