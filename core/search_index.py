"""The name search index (SQLite's FTS5 table of migration 0004): checked and rebuilt, never trusted blindly.

The index is bookkeeping, not data: it is rebuilt from the dossiers whenever it disagrees with them.
A deleted index row hides a dossier from the search box, a dropped trigger stops new dossiers from
being found: `index_problems` names both (``motcua check`` and ``motcua audit verify`` report them) and
`rebuild_index` puts the triggers and the index back. PostgreSQL searches the dossier rows themselves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

__all__ = ["FTS", "TRIGGERS", "index_problems", "rebuild_index", "trigger_problems"]

FTS = "dossier_search"
TRIGGERS = {
    "dossier_search_ai": f"CREATE TRIGGER dossier_search_ai AFTER INSERT ON dossier BEGIN "
    f"INSERT INTO {FTS}(rowid, applicant_key) VALUES (new.id, new.applicant_key); END",
    "dossier_search_ad": f"CREATE TRIGGER dossier_search_ad AFTER DELETE ON dossier BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, applicant_key) VALUES ('delete', old.id, old.applicant_key); "
    "END",
    "dossier_search_au": f"CREATE TRIGGER dossier_search_au AFTER UPDATE OF applicant_key ON dossier BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, applicant_key) VALUES ('delete', old.id, old.applicant_key); "
    f"INSERT INTO {FTS}(rowid, applicant_key) VALUES (new.id, new.applicant_key); END",
}


def _sqlite(session: Any) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def trigger_problems(session: Any) -> list[str]:
    """The cheap part of `index_problems` (run at every start): the index table and its triggers are there."""
    if not _sqlite(session):
        return []
    names = {
        row[0]
        for row in session.execute(
            text("SELECT name FROM sqlite_master WHERE name = :fts OR (type = 'trigger' AND tbl_name = 'dossier')"),
            {"fts": FTS},
        )
    }
    if FTS not in names:
        return ["Chỉ mục tìm kiếm theo tên đã bị xoá: chạy motcua check để dựng lại."]
    gone = sorted(set(TRIGGERS) - names)
    if gone:
        return [
            f"Chỉ mục tìm kiếm không còn được cập nhật (thiếu {', '.join(gone)}): hồ sơ mới sẽ không tìm thấy theo "
            "tên; chạy motcua check để dựng lại."
        ]
    return []


def index_problems(session: Any) -> list[str]:
    """One line per thing wrong with the search index (none on PostgreSQL)."""
    if not _sqlite(session):
        return []
    problems = trigger_problems(session)
    if problems and "đã bị xoá" in problems[0]:
        return problems
    try:  # FTS5 compares its index with the dossier rows (rank 1: against the content table)
        session.execute(text(f"INSERT INTO {FTS}({FTS}, rank) VALUES ('integrity-check', 1)"))
    except DatabaseError:
        problems.append(
            "Chỉ mục tìm kiếm không khớp với hồ sơ (có hồ sơ bị giấu khỏi ô tìm kiếm): chạy motcua check để dựng lại."
        )
    return problems


def rebuild_index(session: Any) -> None:
    """Put the index and its triggers back from the dossiers (in the caller's transaction)."""
    if not _sqlite(session):
        return
    names = {row[0] for row in session.execute(text("SELECT name FROM sqlite_master"))}
    if FTS not in names:
        session.execute(
            text(
                f"CREATE VIRTUAL TABLE {FTS} USING fts5(applicant_key, content='dossier', "
                "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
            )
        )
    for name, sql in TRIGGERS.items():
        if name not in names:
            session.execute(text(sql))
    session.execute(text(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')"))
