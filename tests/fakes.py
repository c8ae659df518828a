"""Test doubles shared by the tests: an in-memory keyring backend (the real credential store is never used)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

__all__ = ["MemoryKeyring", "TEST_KEY", "TESTER", "TESTER_PASSWORD", "as_tester", "ensure_tester", "cli"]

#: The office key of every test database (tests never touch a real key store).
TEST_KEY = bytes(range(32))


def _tester():
    from core.access import Caller, Role

    return Caller("kiemthu", frozenset(Role), "Người kiểm thử")


TESTER = _tester()


def as_tester(database, caller=None):
    """The database acting for the test's caller (every role by default), its personal data unlocked."""
    from core.protect import Cipher

    database = database.as_caller(caller or TESTER)
    database.unlock(Cipher(TEST_KEY))
    return database


#: The password of the tester's account, which `ensure_tester` puts in a database for the command line.
TESTER_PASSWORD = "kiem-thu-mat-khau"
_ready: set[str] = set()


def ensure_tester(target) -> None:
    """The command line acts for an account: give the database at ``target`` the tester's account (every
    role) when it has no account yet, and sign the command line in as it (``MOTCUA_USER``/``MOTCUA_PASSWORD``,
    set for every test by tests/conftest.py)."""
    from core.accounts import create_first_admin, has_accounts
    from core.bootstrap import prepare_database
    from core.storage import open_database

    key = str(target)
    if key in _ready and ("://" in key or __import__("os").path.exists(key)):
        return
    database = as_tester(open_database(target))
    try:
        prepare_database(database)
        with database.transaction() as session:
            if not has_accounts(session):
                create_first_admin(session, username=TESTER.name, full_name=TESTER.full_name, password=TESTER_PASSWORD,
                                   roles=[r.value for r in TESTER.roles])
    finally:
        database.close()
    _ready.add(key)


def cli(args: list[str], target=None) -> int:
    """``motcua *args`` run in-process, signed in as the tester on ``target`` (its account made if needed)."""
    from cli.main import main

    if target is not None:
        ensure_tester(target)
        args = ["--db", str(target), *args]
    return main(args)


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict for the life of one test."""

    priority = 1  # type: ignore[assignment]  # a plain value: keyring only reads it

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
