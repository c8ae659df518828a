"""What every client does after opening a database: bundled data in place, health checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Text, func, select, text, type_coerce
from sqlmodel import col

from core.models import AuditHead, DailyCounter, Dossier, IntakeGuidance, model_table
from core.office_calendar import seed_calendar
from core.procedures import load_bundled_catalog
from core.security.access import system_caller
from core.security.audit import start_trail
from core.security.protect import PROTECTED_FIELDS, Locked, cipher_of
from core.storage import Database, head_revision, open_database

__all__ = [
    "CheckResult",
    "bookkeeping_problems",
    "check_database",
    "open_shipped_office",
    "prepare_database",
    "warn_about",
]


def prepare_database(database: Database) -> None:
    """Start the audit trail, load the shipped holiday tables, default office hours and catalog where
    they are missing (as the program itself, whoever opened the database). Nothing is written on a desk
    without the office key (core/security/data_key.py): it can only read."""
    if not database.unlocked:
        return
    with database.as_caller(system_caller()).transaction() as session:
        start_trail(session)
        seed_calendar(session)
        load_bundled_catalog(session)


def open_shipped_office() -> Database:
    """An office in memory with only what the program ships (the holiday tables, default office hours, the
    catalog), acting as the program: for ``due`` and ``calendar show`` when the database does not exist.
    Nothing is written to disk."""
    from core.security.data_key import open_office_data
    from core.security.key_store import MemoryKeyStore

    database = open_database("sqlite://", caller=system_caller())
    try:
        open_office_data(database, MemoryKeyStore())
        prepare_database(database)
    except BaseException:
        database.close()
        raise
    return database


@dataclass
class CheckResult:
    """What `check_database` found (one line each) and what it rebuilt."""

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)


def bookkeeping_problems(session: Any) -> list[str]:
    """Cheap checks of the rows the program keeps for itself (run at every start): the trail's head row
    and the day counters. Each line says what is wrong; none of them stops the office."""

    problems = []
    head = session.execute(select(col(AuditHead.seq), col(AuditHead.hash)).where(col(AuditHead.id) == 1)).first()
    last = session.execute(text("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1")).first()
    if head is None and last is not None:
        problems.append(
            "Dòng đầu chuỗi nhật ký kiểm tra (audithead) đã bị xoá: chương trình dựng lại ở lần ghi tới và "
            "ghi việc này vào nhật ký; chạy motcua audit verify."
        )
    elif head is not None and last is not None and (head.seq, head.hash) != (last.seq, last.hash):
        problems.append(
            f"Đầu chuỗi nhật ký kiểm tra ghi sự kiện số {head.seq} nhưng sự kiện cuối là số {last.seq}: "
            "đã bị sửa ngoài chương trình; chạy motcua audit verify."
        )
    elif head is not None and head.seq and last is None:
        problems.append("Mọi sự kiện của nhật ký kiểm tra đã bị xoá; chạy motcua audit verify.")
    behind = session.execute(
        select(
            col(Dossier.unit_code),
            col(Dossier.received_day),
            func.max(col(Dossier.seq)).label("top"),
            col(DailyCounter.last),
        )
        .join(
            DailyCounter,
            (col(DailyCounter.unit_code) == Dossier.unit_code) & (col(DailyCounter.day) == Dossier.received_day),
            isouter=True,
        )
        .where(col(Dossier.received_day) >= dt.date.today() - dt.timedelta(days=7))
        .group_by(col(Dossier.unit_code), col(Dossier.received_day), col(DailyCounter.last))
    ).all()
    for row in behind:
        if row.top is not None and (row.last or 0) < row.top:
            problems.append(
                f"Bộ đếm số hồ sơ ngày {row.received_day:%d/%m/%Y} ({row.unit_code}) bị lùi về "
                f"{row.last or 0}, trong khi đã cấp tới số {row.top}: mã mới vẫn được cấp tiếp từ hồ sơ đã có."
            )
    return problems


def warn_about(database: Database) -> list[str]:
    """The one-line warnings a client shows when it opens the database (bookkeeping edited or deleted)."""
    from core.search_index import trigger_problems

    with database.as_caller(system_caller()).session() as session:
        return bookkeeping_problems(session) + trigger_problems(session)


def check_database(database: Database, *, repair: bool = False) -> CheckResult:
    """Problems found in the database (empty when it is healthy); with ``repair``, the search index is
    rebuilt when it disagrees with the dossiers (it is bookkeeping, not data)."""
    from core.attachments import missing_files
    from core.search_index import index_problems, rebuild_index

    result = CheckResult()
    problems = result.problems
    with database.engine.connect() as connection:
        if database.is_sqlite:
            lines = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if lines != ["ok"]:
                problems.extend(f"integrity_check: {line}" for line in lines)
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"Khóa ngoại hỏng: bảng {row[0]} dòng {row[1]} trỏ tới {row[2]}")
        else:
            connection.execute(text("SELECT 1"))
    revision, head = database.revision(), head_revision()
    if revision != head:
        problems.append(f"Lược đồ ở phiên bản {revision}, cần {head}")
        return result
    system = database.as_caller(system_caller())
    with system.session() as session:
        problems.extend(bookkeeping_problems(session))
        index = index_problems(session)
        unreadable = _unreadable_values(session) if database.unlocked else 0
        lost = missing_files(session)
    if lost:
        shown = ", ".join(f"{name} ({code})" for code, name in lost[:5]) + (
            f" và {len(lost) - 5} tệp khác" if len(lost) > 5 else ""
        )
        problems.append(
            f"{len(lost)} tệp đính kèm không còn trong kho tệp: {shown}. Hãy khôi phục từ bản sao "
            "lưu (motcua backup restore)."
        )
    if unreadable:
        problems.append(
            f"{unreadable} giá trị CCCD, điện thoại hoặc địa chỉ không giải mã được bằng khoá của cơ quan "
            "(bị sửa, chép từ dòng khác, hoặc nhập từ phiên bản cũ): chạy motcua audit verify."
        )
    if index and repair and database.unlocked:
        with system.transaction() as session:
            rebuild_index(session)
        with system.session() as session:
            still = index_problems(session)
        result.repaired.append("Đã dựng lại chỉ mục tìm kiếm theo tên từ hồ sơ: " + " ".join(index))
        problems.extend(still)
    else:
        problems.extend(index)
    return result


def _unreadable_values(session: Any) -> int:
    """Protected values that do not decrypt with the office key in their own column."""

    cipher = cipher_of(session)
    if cipher is None:
        raise Locked()  # called only on an unlocked database
    count = 0
    for model in (Dossier, IntakeGuidance):
        columns = [type_coerce(model_table(model).c[name], Text) for name in PROTECTED_FIELDS]
        for row in session.execute(select(*columns).execution_options(yield_per=5000)):
            count += sum(1 for name, value in zip(PROTECTED_FIELDS, row) if value and cipher.open(value, name) is None)
    return count
