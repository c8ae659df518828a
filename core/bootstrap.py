"""What every client does after opening a database: bundled data in place, health checks."""

from __future__ import annotations

from sqlalchemy import text

from core.access import system_caller
from core.audit import start_trail
from core.office_calendar import seed_calendar
from core.procedures import load_bundled_catalog
from core.storage import Database, head_revision

__all__ = ["prepare_database", "check_database"]


def prepare_database(database: Database) -> None:
    """Start the audit trail, load the shipped holiday tables, default office hours and catalog where
    they are missing (as the program itself, whoever opened the database)."""
    with database.as_caller(system_caller()).transaction() as session:
        start_trail(session)
        seed_calendar(session)
        load_bundled_catalog(session)


def check_database(database: Database) -> list[str]:
    """Problems found in the database (an empty list when it is healthy)."""
    problems: list[str] = []
    with database.engine.connect() as connection:
        if database.is_sqlite:
            result = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.extend(f"integrity_check: {line}" for line in result)
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"Khóa ngoại hỏng: bảng {row[0]} dòng {row[1]} trỏ tới {row[2]}")
        else:
            connection.execute(text("SELECT 1"))
    revision, head = database.revision(), head_revision()
    if revision != head:
        problems.append(f"Lược đồ ở phiên bản {revision}, cần {head}")
    return problems
