"""A consistent copy of a live SQLite file, and the row counts of that same state.

The copy is made with SQLite's backup API inside one read transaction of the source (WAL mode lets
the desks keep writing meanwhile), so the counts read in that transaction describe the copy exactly;
a backup stores them and its check compares them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

__all__ = ["snapshot", "row_counts"]


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in every table (virtual tables aside), by table name."""
    tables = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name, sql in tables if not (sql or "").upper().startswith("CREATE VIRTUAL")}


def _revision(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in the database, if any."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def snapshot(source: Path, target: Path) -> tuple[dict[str, int], str | None]:
    """Copy ``source`` to ``target`` with the backup API; the counts are read in the same transaction."""
    connection = sqlite3.connect(source, timeout=15, isolation_level=None)
    try:
        connection.execute("BEGIN")
        counts, revision = row_counts(connection), _revision(connection)
        destination = sqlite3.connect(target)
        try:
            connection.backup(destination)
        finally:
            destination.close()
        connection.execute("COMMIT")
    finally:
        connection.close()
    return counts, revision
