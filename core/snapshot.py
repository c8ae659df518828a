"""A consistent copy of a live SQLite file, and the row counts of that same state.

The copy is made with SQLite's backup API inside one read transaction of the source (WAL mode lets
the desks keep writing meanwhile), so the counts read in that transaction describe the copy exactly;
a backup stores them and its check compares them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["Snapshot", "row_counts", "snapshot"]


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in every table (virtual tables aside), by table name."""
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name, sql in tables
        if not (sql or "").upper().startswith("CREATE VIRTUAL")
    }


def _revision(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in the database, if any."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


class Snapshot(NamedTuple):
    """What a copy holds, read in the copy's own transaction: row counts, schema revision, the audit trail's
    head (sequence, link, database id: a witness, core/security/audit.py) and the office it belongs to."""

    counts: dict[str, int]
    revision: str | None
    trail: dict[str, Any]
    office: dict[str, str]


def _first(connection: sqlite3.Connection, sql: str) -> tuple | None:
    try:
        return connection.execute(sql).fetchone()
    except sqlite3.DatabaseError:  # an older schema, or a table deleted by hand
        return None


def snapshot(source: Path, target: Path) -> Snapshot:
    """Copy ``source`` to ``target`` with the backup API; what it holds is read in the same transaction."""
    connection = sqlite3.connect(source, timeout=15, isolation_level=None)
    try:
        connection.execute("BEGIN")
        counts, revision = row_counts(connection), _revision(connection)
        head = _first(connection, "SELECT seq, hash, database_id FROM audithead WHERE id = 1")
        office = _first(connection, "SELECT unit_code, name FROM office ORDER BY id LIMIT 1")
        destination = sqlite3.connect(target)
        try:
            connection.backup(destination)
        finally:
            destination.close()
        connection.execute("COMMIT")
    finally:
        connection.close()
    trail = {"seq": head[0], "mac": head[1], "database_id": head[2]} if head else {}
    return Snapshot(counts, revision, trail, {"unit_code": office[0], "name": office[1]} if office else {})
