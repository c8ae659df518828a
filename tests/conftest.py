"""Shared test set-up: no real user folders, no real keyring, Qt offscreen, a fresh database per test (copied from
a prepared template: tests/databases.py), and the markers of the tests that need more than this process."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # pytest-qt aborts without a display otherwise

import pytest

from core.storage import Database, open_database
from tests.databases import new_database


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own data folder; MOTCUA_DB from the developer's shell is ignored."""
    monkeypatch.setenv("MOTCUA_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("MOTCUA_DB", raising=False)
    monkeypatch.delenv("MOTCUA_LANG", raising=False)
    from tests.fakes import TESTER, TESTER_PASSWORD

    monkeypatch.setenv("MOTCUA_USER", TESTER.name)  # the command line always acts for an account
    monkeypatch.setenv("MOTCUA_PASSWORD", TESTER_PASSWORD)
    monkeypatch.delenv("MOTCUA_NEW_PASSWORD", raising=False)


@pytest.fixture(autouse=True)
def _no_log_left():
    """A test that ran the CLI or the window in-process opened the log in its data folder and installed the
    exception hooks: close and undo them, and forget warnings it left for the next test."""
    yield
    from core import logs
    from core.security import private_files

    logs.reset_logging()
    logs.set_notifier(None)
    private_files.take_warnings()
    private_files._said.clear()


@pytest.fixture(autouse=True)
def _fake_keyring():
    """The real credential store is never touched: each test gets an in-memory keyring backend."""
    import base64

    import keyring

    from core.security.key_store import KEY_NAME, SERVICE
    from tests.fakes import TEST_KEY, MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    # the office key of the test databases, so the CLI run in a test opens them like a desk would
    keyring.set_password(SERVICE, KEY_NAME, base64.b64encode(TEST_KEY).decode("ascii"))
    yield
    keyring.set_keyring(previous)


#: The PostgreSQL variant of a test is marked ``postgres`` (it needs a server): ``-m "not postgres"`` leaves it out.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
#: Fixtures whose tests are marked for what they need (pyproject.toml lists the markers): the bundle or Wine
#: (``bundle``, left out of the default run), a PostgreSQL server (``postgres``).
MARKED_BY_FIXTURE = {"bundle": "bundle", "wine": "bundle", "postgres_server": "postgres"}


@pytest.hookimpl(tryfirst=True)  # before ``-m`` chooses among them
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that uses a fixture of `MARKED_BY_FIXTURE` (itself or through another fixture) gets its marker."""
    for item in items:
        for fixture in sorted(set(getattr(item, "fixturenames", ())) & MARKED_BY_FIXTURE.keys()):
            item.add_marker(MARKED_BY_FIXTURE[fixture])
        if item.get_closest_marker("bundle"):  # one worker builds the bundle once and runs every test of it
            item.add_marker(pytest.mark.xdist_group("bundle"))
        elif item.path.parent.name == "desktop":  # the window's tests in one worker, in file order, as in one process
            item.add_marker(pytest.mark.xdist_group("qt"))


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL server for the session (tests/postgres.py), or a skip without one."""
    from tests.postgres import PostgresServer, find_binaries

    if not os.environ.get("MOTCUA_TEST_POSTGRES") and find_binaries() is None:
        pytest.skip("PostgreSQL is not installed here (installer/setup.sh --test installs it)")
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def database(request, tmp_path) -> Database:
    """A new office database with the shipped calendar and catalog loaded: a SQLite file, and the same
    test again on a fresh PostgreSQL database (storage and services must behave alike on both)."""
    from tests.fakes import as_tester

    if request.param == "sqlite":
        db = new_database(tmp_path / "office.db")  # as a fresh build makes it (tests/test_databases.py)
        yield db
        db.close()
        return
    server = request.getfixturevalue("postgres_server")
    url = server.new_database()
    db = as_tester(open_database(url))
    yield db
    db.close()
    server.drop_database(url)


@pytest.fixture
def office_database(database: Database) -> Database:
    """The same, with an office set up (unit code H40.25.12)."""
    from core.office import init_office

    with database.transaction() as session:
        init_office(
            session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành", parent_name="UBND TỈNH NGHỆ AN"
        )
    return database
