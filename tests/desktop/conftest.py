"""Fixtures for the desktop tests: offscreen Qt, the Vietnamese translator, a fresh database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.storage import Database
from desktop.i18n import install_translator
from desktop.operations import Operations
from tests.databases import new_database

WAIT_MS = 10_000


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the app: reference cycles are collected on the GUI thread only (`desktop.garbage`)."""
    from desktop import garbage

    collector = garbage.install(qapp)
    yield collector
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def vietnamese(qapp):
    """Every desktop test runs in Vietnamese, as the app starts."""
    translator = install_translator(qapp)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def desk_settings(tmp_path: Path, monkeypatch):
    """The desk's preferences (its interface language) in a file of the test, never the user's own."""
    from PySide6.QtCore import QSettings

    import desktop.i18n

    settings = QSettings(str(tmp_path / "motcua-settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(desktop.i18n, "language_settings", lambda: settings)
    monkeypatch.delenv("MOTCUA_LANG", raising=False)
    return settings


@pytest.fixture(autouse=True)
def _fresh_desk():
    """Each test's file dialogs start in Documents again; no error reporting left installed."""
    yield
    from desktop import error_report, file_dialogs

    error_report.uninstall()
    file_dialogs.forget()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = new_database(tmp_path / "t.db")  # copied from the prepared template (tests/databases.py)
    yield db
    db.close()


@pytest.fixture
def errors() -> list[str]:
    """Messages the operations layer would have shown in a message box."""
    return []


@pytest.fixture
def ops(database: Database, errors: list[str]) -> Iterator[Operations]:
    operations = Operations(database, show_error=errors.append)
    yield operations
    operations.shutdown()


@pytest.fixture
def settle(qtbot, ops: Operations):
    """Wait until every database call has come back and its callbacks ran."""

    def wait() -> None:
        qtbot.waitUntil(ops.is_idle, timeout=WAIT_MS)

    return wait


@pytest.fixture
def open_window(qtbot):
    """Build the whole app on a database and show it; at the end wait for the worker, then close.

    The window is not given to ``qtbot.addWidget``: pytest-qt would delete it (and the operations
    worker it owns) before this fixture could wait for calls still on their way back.
    """
    from desktop.app import build

    made = []

    def make(database: Database, **options):
        result = build(database, **options)
        result.window.show()
        result.window.activateWindow()
        qtbot.waitExposed(result.window)
        made.append(result)
        return result

    yield make
    for result in made:
        qtbot.waitUntil(result.ops.is_idle, timeout=WAIT_MS)
        result.ops.shutdown()
        result.window.close()
        result.window.deleteLater()
