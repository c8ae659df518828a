"""Fixtures for the desktop tests: offscreen Qt, the Vietnamese translator, a fresh database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from core.bootstrap import prepare_database  # noqa: E402
from core.storage import Database, open_database  # noqa: E402
from desktop.i18n import install_translator  # noqa: E402
from desktop.operations import Operations  # noqa: E402

WAIT_MS = 10_000


@pytest.fixture(scope="session", autouse=True)
def vietnamese(qapp):
    """Every desktop test runs in Vietnamese, as the app starts."""
    translator = install_translator(qapp)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "t.db")
    prepare_database(db)
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
