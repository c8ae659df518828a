"""The at-exit backup when Windows logs off or shuts down with the window open (issue 14 point 4).

Windows asks the program whether the session may end (Qt: ``commitDataRequest``), ends it (Qt:
``aboutToQuit``) and kills the process: nothing after ``app.exec()`` runs. Simulated here by calling what
Qt calls, with work still running on the worker."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QMainWindow

from core.backups.archive import SCRATCH_PREFIX, list_backups, verify_backup
from core.dossiers import intake
from core.office import init_office
from core.places import default_data_dir
from core.security.key_store import MemoryKeyStore
from desktop import shutdown
from desktop.auto_backup import AutoBackup
from desktop.shutdown import ExitBackup, shutdown_blocked
from tests.fakes import TEST_KEY


@pytest.fixture
def keys():
    return MemoryKeyStore(TEST_KEY)


@pytest.fixture
def office(database):
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    return database


@pytest.fixture
def window(qtbot):
    made = QMainWindow()
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture
def ending(qapp, window, ops, office, keys):
    """The morning's backup made; an ExitBackup watching the window, recording the block reason."""
    said: list[str] = []
    backup = AutoBackup(ops, office, keys, said.append)
    backup.at_start()
    qapp.processEvents()
    ops.wait()
    blocks: list[tuple[str, object]] = []
    exits = backup.at_exit

    def at_exit():
        blocks.append(("backup", None))
        return exits()

    backup.at_exit = at_exit

    class Blocked:
        def __init__(self, widget, reason):
            self.widget, self.reason = widget, reason

        def __enter__(self):
            blocks.append(("block", self.reason))

        def __exit__(self, *_):
            blocks.append(("unblock", None))

    made = ExitBackup(qapp, window, ops, backup, blocked=Blocked)
    made.blocks = blocks
    yield made
    made.detach()


def _slow_intake(ops, started: threading.Event, go_on: threading.Event) -> None:
    def work(session):
        started.set()
        go_on.wait(10)
        moment = dt.datetime.now().replace(second=0, microsecond=0)
        intake(session, procedure_code="HT-01", applicant_name="Lê Văn Tám", received_at=moment, now=moment)

    ops.run(work, write=True)


def _let_go_soon(go_on: threading.Event) -> None:
    threading.Timer(0.3, go_on.set).start()  # the worker finishes while the GUI thread waits for it


def _connected(qapp, name: str) -> bool:
    meta = qapp.metaObject()
    return qapp.isSignalConnected(meta.method(meta.indexOfSignal(name)))


def test_log_off_during_work_backs_up_once_after_the_work_landed(qapp, ending, ops, office, keys) -> None:
    assert len(list_backups(office)) == 1  # the morning's
    started, go_on = threading.Event(), threading.Event()
    _slow_intake(ops, started, go_on)
    assert started.wait(10)
    _let_go_soon(go_on)
    assert _connected(qapp, "commitDataRequest(QSessionManager&)")
    ending._commit_data(object())  # what Qt calls on WM_QUERYENDSESSION (a QSessionManager cannot be made here)
    qapp.aboutToQuit.emit()  # WM_ENDSESSION: Qt emits aboutToQuit, then Windows kills the process
    backups = list_backups(office)
    assert len(backups) == 2 and len(ending.made) == 1
    [newest] = [info for info in backups if info.kind == "at-exit"]
    assert newest.kind == "at-exit" and newest.counts["dossier"] == 1  # the intake that was running is in it
    assert verify_backup(newest.path, keys).counts == newest.counts
    assert ending.blocks[:3] == [("block", "Một Cửa đang sao lưu dữ liệu…"), ("backup", None), ("unblock", None)]
    assert ops._closed  # after aboutToQuit nothing more runs


def test_a_cancelled_log_off_keeps_the_worker_and_a_later_quit_backs_up_the_new_work(qapp, ending, ops, office) -> None:
    ending._commit_data(object())
    assert len(list_backups(office)) == 1  # nothing had changed since the morning
    assert not ops._closed  # the session may go on: another program refused the log-off
    started, go_on = threading.Event(), threading.Event()
    go_on.set()
    _slow_intake(ops, started, go_on)
    qapp.aboutToQuit.emit()  # as Qt does when the event loop ends (a real app.exec() here would close the test's app)
    backups = list_backups(office)
    assert len(backups) == 2 and len(ending.made) == 1
    assert [info.counts["dossier"] for info in backups if info.kind == "at-exit"] == [1]


def test_closing_the_window_backs_up_and_the_quit_after_it_does_nothing_more(qapp, ending, window, ops, office) -> None:
    started, go_on = threading.Event(), threading.Event()
    _slow_intake(ops, started, go_on)
    assert started.wait(10)
    _let_go_soon(go_on)
    window.close()
    assert len(list_backups(office)) == 2 and len(ending.made) == 1
    qapp.aboutToQuit.emit()
    assert ending.run() is None and len(list_backups(office)) == 2
    assert [kind for kind, _ in ending.blocks].count("backup") == 1


def test_the_shutdown_block_reason_on_windows(monkeypatch, window) -> None:
    calls = []

    class User32:
        def ShutdownBlockReasonCreate(self, hwnd, reason):
            calls.append(("create", hwnd, reason))
            return 1

        def ShutdownBlockReasonDestroy(self, hwnd):
            calls.append(("destroy", hwnd))
            return 1

    monkeypatch.setattr(shutdown, "WINDOWS", True)
    monkeypatch.setattr(shutdown, "_user32", User32)
    with shutdown_blocked(window, "Một Cửa đang sao lưu dữ liệu…"):
        calls.append("backup")
    hwnd = int(window.winId())
    assert calls == [("create", hwnd, "Một Cửa đang sao lưu dữ liệu…"), "backup", ("destroy", hwnd)]
    monkeypatch.setattr(shutdown, "WINDOWS", False)
    with shutdown_blocked(window, "x"):
        pass
    assert len(calls) == 3  # elsewhere: nothing


def test_a_failing_backup_at_log_off_is_logged_not_raised(qapp, window, ops, office, keys) -> None:
    backup = AutoBackup(ops, office, keys, lambda _: None)
    backup.at_exit = lambda: 1 / 0
    made = ExitBackup(qapp, window, ops, backup)
    try:
        assert made.run() is None
    finally:
        made.detach()


def test_the_scratch_copy_of_a_backup_cut_off_is_removed_at_the_next_start(ops, office, keys, qapp) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    ).stdout.strip()
    left = []
    for folder in (office.path.parent, default_data_dir()):
        stale = folder / f"{SCRATCH_PREFIX}{dead}-abc"
        stale.mkdir(parents=True)
        (stale / "ban-sao.db").write_bytes(b"SQLite format 3\x00 plain citizens' data")
        left.append(stale)
    AutoBackup(ops, office, keys, lambda _: None).at_start()
    assert not any(path.exists() for path in left)
    ops.wait()
