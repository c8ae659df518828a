"""The audit trail: an append-only chain of events, each holding the hash of the one before (issue 7).

Every committed change is recorded by the session hooks `core.storage` installs: which rows of
which tables were inserted, updated or deleted (never their personal values) with a digest of each
row as it was written, who did it and by which service. Printing or exporting a citizen's personal
data is recorded by `note`. One event per commit (plus one per note); ``AuditHead`` holds the last
link, so a deleted tail shows too.

`verify` walks the chain and names every audit event that was edited, inserted or deleted, then
compares the office's rows with their last recorded digests and names every row edited, inserted
or deleted outside the program (rows older than the trail itself are only counted).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import LargeBinary, func, select
from sqlalchemy import update as sa_update

from core.access import Permission, requires

__all__ = ["touched_dossiers", "start_trail", "note", "touched", "collect_flush", "write_chain", "verify", "AuditReport", "events", "AUDITED_TABLES",
           "GENESIS"]

GENESIS = "0" * 64
#: Tables whose rows are digested. Counters, search indexes and the trail itself are not.
AUDITED_TABLES = ("office", "setting", "procedure", "dossier", "dossierpause", "dossierevent", "calendarday",
                  "calendaryear", "officehours", "apology", "rating", "intakeguidance", "reportsubmission",
                  "reportupload", "evaluationsheet", "survey", "surveyresponse", "user")
_ITEMS, _NOTES, _CALLS = "audit_items", "audit_notes", "calls"
INSERTED_UNDIGESTED = "insert-"  # a bulk-written row the trail knows of but does not fingerprint


# -- recording -------------------------------------------------------------------------------------
def touched(session: Any, table: str, ids: list[Any], op: str = "insert") -> None:
    """Record rows written by a Core statement (bulk imports), which the flush hook cannot see."""
    items = session.info.setdefault(_ITEMS, {})
    for row_id in ids:
        items.setdefault((table, _key(row_id)), op)


def touched_dossiers(session: Any, dossier_ids: list[int]) -> None:
    """New dossiers written by Core (import, demo) with their pauses, apologies, ratings and events.

    New dossiers have the highest ids, so their rows are found with one query per table. The generated
    ``imported``/demo events are recorded without a digest (known to the trail, not fingerprinted): they
    carry nothing a clerk typed, and digesting them would double an import's cost."""
    from core.models import Apology, DossierEvent, DossierPause, Rating

    if not dossier_ids:
        return
    touched(session, "dossier", dossier_ids)
    first = min(dossier_ids)
    for model in (DossierEvent, DossierPause, Apology, Rating):
        ids = list(session.scalars(select(model.id).where(model.dossier_id >= first)))
        touched(session, model.__tablename__, ids, "insert" if model is not DossierEvent else INSERTED_UNDIGESTED)


def collect_flush(session: Any, _context: Any = None) -> None:
    """``after_flush`` hook: remember every audited row this flush inserted, updated or deleted."""
    items = session.info.setdefault(_ITEMS, {})
    for objects, op in ((session.new, "insert"), (session.dirty, "update"), (session.deleted, "delete")):
        for obj in objects:
            table = getattr(obj, "__tablename__", None)
            if table not in AUDITED_TABLES or (op == "update" and not session.is_modified(obj)):
                continue
            identity = obj.__mapper__.primary_key_from_instance(obj)
            key = (table, _key(identity[0] if len(identity) == 1 else tuple(identity)))
            if op == "delete":
                items[key] = "delete" if items.get(key) != "insert" else None
            elif key not in items:
                items[key] = op


def note(session: Any, action: str, **detail: Any) -> None:
    """Log an action that changes nothing (a print, an export, a login) in the chain.

    In a writing session it lands with that session's commit; in a reading one it is written at
    once in its own short transaction, so even a read-only print leaves its trace.
    """
    caller = session.info.get("caller")
    entry = {"action": action, "detail": detail, "actor": caller.name if caller else session.info.get("actor", "")}
    if session.info.get("write"):
        session.info.setdefault(_NOTES, []).append(entry)
        return
    from sqlmodel import Session

    engine = session.info.get("engine") or session.get_bind()
    with Session(engine.execution_options(immediate=True)) as own:
        own.info.update(caller=caller, write=True, engine=engine, actor=session.info.get("actor", ""))
        own.info[_NOTES] = [entry]
        write_chain(own)
        own.commit()


def write_chain(session: Any) -> None:
    """``before_commit`` hook: append this transaction's event(s) to the chain, under the head's lock."""
    if session.info.get("audit_writing") or session.in_nested_transaction():  # a savepoint is not a commit
        return
    session.info["audit_writing"] = True
    try:
        session.flush()
        items = {k: v for k, v in session.info.pop(_ITEMS, {}).items() if v}
        notes = session.info.pop(_NOTES, [])
        calls = session.info.pop(_CALLS, [])
        if not items and not notes:
            return
        from core.models import AuditEvent, AuditHead

        head = AuditHead.__table__
        row = session.execute(select(head.c.seq, head.c.hash).where(head.c.id == 1).with_for_update()).first()
        seq, last = (row.seq, row.hash) if row else (0, GENESIS)
        if row is None:
            session.execute(AuditHead.__table__.insert().values(id=1, seq=0, hash=GENESIS))
        caller = session.info.get("caller")
        actor = caller.name if caller else session.info.get("actor", "")  # e.g. the login being tried
        now = dt.datetime.now().replace(microsecond=0)
        entries = []
        if items:
            entries.append({"action": ", ".join(dict.fromkeys(calls)) or "ghi dữ liệu", "actor": actor,
                            "detail": {"rows": _row_entries(session, items)}})
        entries.extend(notes)
        values = []
        for entry in entries:
            seq += 1
            link = {"seq": seq, "at": now, "actor": entry["actor"] or actor, "action": entry["action"][:100],
                    "detail": entry["detail"], "prev_hash": last}
            link["hash"] = last = _link_hash(link)
            values.append(link)
        session.execute(AuditEvent.__table__.insert(), values)
        session.execute(sa_update(head).where(head.c.id == 1).values(seq=seq, hash=last))
    finally:
        session.info.pop("audit_writing", None)


def _row_entries(session: Any, items: dict[tuple[str, str], str]) -> dict[str, dict[str, list[Any]]]:
    """``{table: {"insert": [[id, digest], …], "update": […], "delete": [id, …]}}``."""
    by_table: dict[str, dict[str, list[Any]]] = {}
    for (table, key), op in sorted(items.items()):
        by_table.setdefault(table, {}).setdefault(op, []).append(key)
    for table, ops in by_table.items():
        written = ops.get("insert", []) + ops.get("update", [])
        digests = _digests(session, table, written) if written else {}
        for op in ("insert", "update"):
            if op in ops:
                ops[op] = [[key, digests.get(key, "")] for key in ops[op]]
        if INSERTED_UNDIGESTED in ops:
            ops.setdefault("insert", []).extend([key, ""] for key in ops.pop(INSERTED_UNDIGESTED))
    return by_table


# -- digests -----------------------------------------------------------------------------------------
def _table(name: str):
    from sqlmodel import SQLModel

    import core.models  # noqa: F401  (registers every table)

    return SQLModel.metadata.tables[name]


def _columns(table) -> list:
    from core.protect import Protected

    return [c for c in table.c if not isinstance(c.type, (Protected, LargeBinary))]


def _key(value: Any) -> str:
    return str(value)


def _primary(table):
    return list(table.primary_key.columns)[0]


def _digest(values: tuple) -> str:
    """A row's fingerprint: its values as the database gives them back (``repr`` is exact and fast; the row is
    always read the same way, at commit and at `verify`)."""
    return hashlib.sha256(repr(values).encode()).hexdigest()[:20]


def _raw_rows(session: Any, table, columns, ids: list[Any] | None = None, *, stream: bool = False):
    """Rows as the database driver gives them (no type processing: fast, and read the same way at commit
    and at `verify`)."""
    from sqlalchemy import bindparam, text

    names = ", ".join(f'"{c.name}"' for c in columns)
    sql = f'SELECT {names} FROM "{table.name}"'
    if ids is None:
        query = text(sql)
        return session.execute(query.execution_options(yield_per=2000) if stream else query)
    query = text(f'{sql} WHERE "{_primary(table).name}" IN :ids').bindparams(bindparam("ids", expanding=True))
    return session.execute(query, {"ids": ids})


def _digests(session: Any, table_name: str, keys: list[str]) -> dict[str, str]:
    table = _table(table_name)
    primary = _primary(table)
    columns = _columns(table)
    at = columns.index(primary)
    kind = primary.type.python_type
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        wanted = ([int(k) for k in chunk] if kind is int else
                  [dt.date.fromisoformat(k) for k in chunk] if kind is dt.date else chunk)
        for row in _raw_rows(session, table, columns, wanted):
            values = tuple(row)
            found[_key(values[at])] = _digest(values)
    return found


def _link_hash(link: dict[str, Any]) -> str:
    at = link["at"].isoformat() if isinstance(link["at"], dt.datetime) else str(link["at"])
    body = json.dumps({"seq": link["seq"], "at": at, "actor": link["actor"], "action": link["action"],
                       "detail": link["detail"]}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((link["prev_hash"] + body).encode()).hexdigest()


# -- reading and verifying ---------------------------------------------------------------------------
@dataclass
class AuditReport:
    """What `verify` found: ``problems`` is empty when the chain and the rows are intact."""

    events: int = 0
    rows_checked: int = 0
    rows_before_trail: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@requires(Permission.AUDIT)
def events(session: Any, *, limit: int = 200, actor: str = "", action: str = "") -> list[Any]:
    """The newest events first (for the screen and ``motcua audit list``)."""
    from core.models import AuditEvent

    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    if action:
        query = query.where(AuditEvent.action.contains(action))
    return list(session.scalars(query))


@requires(Permission.AUDIT)
def verify(session: Any) -> AuditReport:
    """Check the chain link by link, then every audited row against its last digest."""
    from core.models import AuditEvent, AuditHead

    report = AuditReport()
    table = AuditEvent.__table__
    previous_seq, previous_hash = 0, GENESIS
    last_digest: dict[tuple[str, str], str | None] = {}
    baseline: dict[str, Any] = {}
    query = select(table.c.id, table.c.seq, table.c.at, table.c.actor, table.c.action, table.c.detail,
                   table.c.prev_hash, table.c.hash).order_by(table.c.seq)
    for row in session.execute(query.execution_options(yield_per=1000)):
        report.events += 1
        link = row._asdict()
        if row.seq != previous_seq + 1:
            missing = f"{previous_seq + 1}" if row.seq == previous_seq + 2 else f"{previous_seq + 1}–{row.seq - 1}"
            if row.seq > previous_seq + 1:
                report.problems.append(f"Nhật ký thiếu sự kiện số {missing}: đã bị xoá.")
            else:
                report.problems.append(f"Sự kiện số {row.seq} (id {row.id}) bị chèn lệch thứ tự.")
        if _link_hash(link) != row.hash:
            report.problems.append(f"Sự kiện số {row.seq} (id {row.id}, {row.action}) đã bị sửa: mã băm không khớp.")
        elif row.prev_hash != previous_hash and row.seq == previous_seq + 1:
            report.problems.append(f"Sự kiện số {row.seq} (id {row.id}) không nối tiếp sự kiện số {previous_seq}: "
                                   "sự kiện bị chèn thêm hoặc sự kiện trước bị sửa.")
        previous_seq, previous_hash = row.seq, row.hash
        detail = row.detail or {}
        for name, count in (detail.get("baseline") or {}).items():
            baseline[name] = count  # the highest id then, or the keys then
        for name, ops in (detail.get("rows") or {}).items():
            for key, digest in ops.get("insert", []) + ops.get("update", []):
                last_digest[(name, str(key))] = digest
            for key in ops.get("delete", []):
                last_digest[(name, str(key))] = None
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != previous_seq or head.hash != previous_hash):
        if head.seq > previous_seq:
            report.problems.append(f"Các sự kiện cuối từ số {previous_seq + 1} đến {head.seq} đã bị xoá.")
        else:
            report.problems.append(f"Sự kiện số {head.seq + 1}–{previous_seq} được chèn ngoài chương trình "
                                   "(đầu chuỗi không ghi nhận).")
    _check_rows(session, report, last_digest, baseline)
    return report


def _label(table: str, key: str, codes: dict[str, str]) -> str:
    names = {"dossier": "Hồ sơ", "user": "Tài khoản", "setting": "Cài đặt", "dossierevent": "Sự kiện hồ sơ",
             "apology": "Phiếu xin lỗi", "rating": "Đánh giá", "procedure": "Thủ tục"}
    code = codes.get(key)
    return f"{names.get(table, 'Bảng ' + table)} {code + ' ' if code else ''}(khoá {key})"


def _check_rows(session: Any, report: AuditReport, last: dict[tuple[str, str], str | None],
                baseline: dict[str, Any]) -> None:
    for name in AUDITED_TABLES:
        table = _table(name)
        primary = _primary(table)
        columns = _columns(table)
        at = columns.index(primary)
        code_at = next((i for i, c in enumerate(columns) if c.name in ("code", "username")), None)
        seen: set[str] = set()
        codes: dict[str, str] = {}
        for row in _raw_rows(session, table, columns, stream=True):
            values = tuple(row)
            key = _key(values[at])
            seen.add(key)
            if code_at is not None:
                codes[key] = str(values[code_at])
            recorded = last.get((name, key), "missing")
            if recorded == "missing":
                before = baseline.get(name, 0)
                if (key in before) if isinstance(before, list) else (isinstance(values[at], int) and values[at] <= before):
                    report.rows_before_trail += 1
                    continue
                report.problems.append(f"{_label(name, key, codes)}: được chèn ngoài chương trình "
                                       "(không có trong nhật ký).")
                continue
            report.rows_checked += 1
            if recorded is None:
                report.problems.append(f"{_label(name, key, codes)}: nhật ký ghi đã xoá nhưng dòng vẫn còn.")
            elif recorded and _digest(values) != recorded:
                report.problems.append(f"{_label(name, key, codes)}: đã bị sửa ngoài chương trình.")
        for (table_name, key), digest in last.items():
            if table_name == name and digest is not None and key not in seen:
                report.problems.append(f"{_label(name, key, codes)}: đã bị xoá ngoài chương trình.")


def start_trail(session: Any) -> None:
    """The first link on a database that had rows before the trail: how many rows each table had."""
    from core.models import AuditHead

    if session.get(AuditHead, 1) is not None:
        return
    counts = {}
    for name in AUDITED_TABLES:
        table = _table(name)
        primary = _primary(table)
        if primary.type.python_type is int:
            counts[name] = int(session.execute(select(func.coalesce(func.max(primary), 0))).scalar() or 0)
        else:
            counts[name] = sorted(str(k) for k in session.scalars(select(primary)))
    session.info.setdefault(_NOTES, []).append(
        {"action": "bắt đầu nhật ký", "actor": "", "detail": {"baseline": counts}})
