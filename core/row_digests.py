"""Row digests for the audit trail: a row's fingerprint as the database gives it back, read the same way
at commit and at `core.audit.verify` (so an edit made with sqlite3 shows)."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import LargeBinary

from core.protect import Protected

__all__ = ["DIGEST_VERSION", "columns_of", "digest", "primary_of", "row_key", "table_of"]

DIGEST_VERSION = 2  # 1: the row without its encrypted and binary columns (revision 0009); 2: every column


def table_of(name: str):
    from sqlmodel import SQLModel

    import core.models  # noqa: F401  (registers every table)

    return SQLModel.metadata.tables[name]


def columns_of(table, version: int = DIGEST_VERSION) -> list:
    if version >= 2:
        return list(table.c)
    return [c for c in table.c if not isinstance(c.type, (Protected, LargeBinary))]


def row_key(value: Any) -> str:
    return str(value)


def primary_of(table):
    return next(iter(table.primary_key.columns))


def _plain(value: Any) -> Any:
    if isinstance(value, memoryview):
        value = bytes(value)
    if isinstance(value, (bytes, bytearray)):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    return value


#: Values `_plain` gives back unchanged: a row made only of these is digested as it is (no call per value).
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


def digest(values: tuple, version: int = DIGEST_VERSION) -> str:
    """A row's fingerprint: its values as the database gives them back (``repr`` is exact and fast; the row is
    always read the same way, at commit and at `verify`). Version 2 covers the encrypted values too (a
    CCCD moved to another row shows) and a file's bytes by their SHA-256."""
    if version >= 2:
        if not _PLAIN_TYPES.issuperset(map(type, values)):
            values = tuple(_plain(v) for v in values)
        elif type(values) is not tuple:
            values = tuple(values)
    return hashlib.sha256(repr(values).encode()).hexdigest()[:20]
