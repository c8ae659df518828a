"""One copy per office database (issue 14 point 7): a second start brings the first window forward and exits
quietly; a copy that crashed leaves a lock the next start takes over; on Windows the installer's mutex exists."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from core.places import default_data_dir
from desktop import single_instance
from desktop.desk import database_target
from desktop.single_instance import MUTEX_NAMES, SingleInstance

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def first(tmp_path):
    guards = []

    def make(folder=tmp_path, database="sqlite:///motcua.db"):
        guard = SingleInstance(folder, database)
        guards.append(guard)
        return guard

    yield make
    for guard in guards:
        guard.release()


def test_a_second_copy_asks_the_first_to_show_and_steps_back(qtbot, first) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    running = first()
    assert running.claim()
    second = first()
    with qtbot.waitSignal(running.show_requested, timeout=5_000):
        assert not second.claim()
    assert not window.isMinimized()  # brought forward


def test_another_database_or_data_folder_is_another_copy(first, tmp_path) -> None:
    assert first().claim()
    assert first(database="demo").claim()
    assert first(folder=tmp_path / "other").claim()


def test_a_second_motcua_gui_process_exits_quietly_and_the_first_shows(qtbot, first, tmp_path) -> None:
    """The real thing: ``motcua gui`` started while a copy holds the office database."""
    running = first(default_data_dir(), database_target(None, False))
    assert running.claim()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with qtbot.waitSignal(running.show_requested, timeout=60_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "cli.main", "gui"],
            cwd=tmp_path,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    out, err = second.communicate()
    assert second.returncode == 0 and out == b"" and b"Traceback" not in err
    assert not (default_data_dir() / "motcua.db").exists()  # it stopped before the database: no second wizard


def test_a_lock_left_by_a_crashed_copy_is_taken_over(first, tmp_path) -> None:
    guard = first()
    code = (
        "import os, sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
        "lock.setStaleLockTime(0); assert lock.tryLock(0); os._exit(0)"
    )  # killed: no unlock
    subprocess.run([sys.executable, "-c", code, guard.lock.fileName()], check=True, timeout=60)
    assert Path(guard.lock.fileName()).exists()
    assert guard.claim()


def test_windows_mutexes_for_the_installer(first, monkeypatch) -> None:
    calls = []

    class Kernel32:
        def CreateMutexW(self, attributes, owner, name):
            calls.append(("create", attributes, owner, name))
            return 100 + len(calls)

        def CloseHandle(self, handle):
            calls.append(("close", handle))
            return 1

        def GetLastError(self):
            return 0

    monkeypatch.setattr(single_instance, "WINDOWS", True)
    monkeypatch.setattr(single_instance, "_kernel32", Kernel32)
    guard = first()
    assert guard.claim()
    assert calls == [("create", None, False, "MotCuaAppMutex"), ("create", None, False, "Global\\MotCuaAppMutex")]
    assert MUTEX_NAMES == ("MotCuaAppMutex", "Global\\MotCuaAppMutex")
    guard.release()
    assert calls[2:] == [("close", 101), ("close", 102)]


def test_windows_second_copy_lets_the_first_take_the_foreground(qtbot, first, monkeypatch) -> None:
    allowed = []

    class User32:
        def AllowSetForegroundWindow(self, pid):
            allowed.append(pid)
            return 1

    running = first()
    assert running.claim()
    monkeypatch.setattr(single_instance, "WINDOWS", True)
    monkeypatch.setattr(single_instance, "_user32", User32)
    monkeypatch.setattr(single_instance, "_kernel32", lambda: pytest.fail("the second copy makes no mutex"))
    with qtbot.waitSignal(running.show_requested, timeout=5_000):
        assert not first().claim()
    assert allowed == [os.getpid()]


def test_no_lock_possible_means_the_program_still_runs(tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert SingleInstance(blocker / "data", "x").claim()
