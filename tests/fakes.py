"""Test doubles shared by the tests: an in-memory keyring backend (the real credential store is never used)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

__all__ = ["TESTER", "TESTER_PASSWORD", "TEST_KEY", "MemoryKeyring", "as_tester"]

#: The office key of every test database (tests never touch a real key store).
TEST_KEY = bytes(range(32))


def _tester():
    from core.security.access import Caller, Role

    return Caller("kiemthu", frozenset(Role), "Người kiểm thử")


TESTER = _tester()


def as_tester(database, caller=None):
    """The database acting for the test's caller (every role by default), its personal data unlocked."""
    from core.security.protect import Cipher

    database = database.as_caller(caller or TESTER)
    database.unlock(Cipher(TEST_KEY))
    return database


#: The password of the tester's account, which `tests.databases.ensure_tester` puts in a database for the command line.
TESTER_PASSWORD = "kiem-thu-mat-khau"


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
