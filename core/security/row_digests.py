"""Row digests for the audit trail: a row's fingerprint as the database gives it back, read the same way
at commit and at `core.security.audit_check.verify` (so an edit made with sqlite3 shows)."""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cache
from typing import Any

from sqlalchemy import LargeBinary, bindparam, text

from core.security.protect import Protected

__all__ = ["DIGEST_VERSION", "columns_of", "digest", "digests_of", "primary_of", "raw_rows", "row_key", "table_of"]

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


def raw_rows(
    session: Any, table, columns, ids: list[Any] | None = None, *, stream: bool = False, since: int | None = None
):
    """Rows as the database driver gives them (no type processing: fast, and read the same way at commit
    and at `core.security.audit_check.verify`)."""
    names = tuple(c.name for c in columns)
    if since is not None:
        return session.execute(_raw_select(table.name, names, "since"), {"since": since})
    if ids is None:
        query = _raw_select(table.name, names, "all")
        return session.execute(query.execution_options(yield_per=2000) if stream else query)
    return session.execute(_raw_select(table.name, names, "ids"), {"ids": ids})


@cache
def _raw_select(table_name: str, names: tuple[str, ...], where: str) -> Any:
    """The text of a `_raw_rows` statement, built once (the commit of every change reads its rows back)."""
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f'SELECT {quoted} FROM "{table_name}"'
    primary = primary_of(table_of(table_name)).name
    if where == "since":
        return text(f'{sql} WHERE "{primary}" >= :since')
    if where == "ids":
        return text(f'{sql} WHERE "{primary}" IN :ids').bindparams(bindparam("ids", expanding=True))
    return text(sql)


def digests_of(session: Any, table_name: str, keys: list[str]) -> dict[str, str]:
    table = table_of(table_name)
    primary = primary_of(table)
    columns = columns_of(table)
    at = columns.index(primary)
    kind = primary.type.python_type
    found: dict[str, str] = {}
    if kind is int and len(keys) > 2000:  # a bulk import: its rows are the newest, read in one range
        wanted = set(keys)
        for rows in raw_rows(session, table, columns, since=min(int(k) for k in keys)).partitions(2000):
            for row in rows:  # fetched 2,000 at a time, not one call per row
                key = row_key(row[at])
                if key in wanted:
                    found[key] = digest(tuple(row))
        return found
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        wanted_keys = (
            [int(k) for k in chunk]
            if kind is int
            else [dt.date.fromisoformat(k) for k in chunk]
            if kind is dt.date
            else chunk
        )
        for row in raw_rows(session, table, columns, wanted_keys):
            values = tuple(row)
            found[row_key(values[at])] = digest(values)
    return found
