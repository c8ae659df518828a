"""Test doubles shared by the tests: an in-memory keyring backend (the real credential store is never used)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

__all__ = ["MemoryKeyring"]


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
