"""The audit trail: an append-only chain of events, each signed with a key derived from the office key.

Every committed change is recorded by the session hooks `core.storage` installs: which rows of
which tables were inserted, updated or deleted (never their personal values) with a digest of each
row as it was written, who did it and by which service. Printing or exporting a citizen's personal
data is recorded by `note`. One event per commit (plus one per note); ``AuditHead`` holds the last
link. Each link is an HMAC-SHA-256 over the previous link and the event, keyed with a key derived
from the office key (`core.security.protect.Cipher.mac`): rewriting the chain needs the key, not just the
file. Writing therefore needs the key: a desk without it can read, never write (`TrailLocked`).

What the database cannot rewrite are its **witnesses**: every backup records the trail's head (its
sequence and link), this desk keeps the last head it wrote in a witness file outside the database
(`core.storage.Database.witness_file`), and every printed monthly report and frozen submission
carries the head's sequence and a short fingerprint (`TrailMark`). `verify` walks the chain, checks
every row against its last digest, and checks that the live trail extends every witness it is given;
a trail that is missing, restarted, shorter than a witness or whose head was deleted is tampering.

What it cannot prove: a person holding the office key (and every backup, and every printed report)
can still rewrite history. The README says so.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy import update as sa_update
from sqlmodel import col

from core.errors import UserError
from core.security.access import acting_name
from core.security.audit_chain import (
    AUDITED_TABLES,
    BASELINE,
    GENESIS,
    NEW,
    RESTART,
    SCHEME_KEYED,
    SCHEME_SHA,
    TrailMark,
    mac_link,
)
from core.security.audit_check import AuditReport, walk_chain
from core.security.protect import KEY_ID_SETTING, cipher_of
from core.security.row_digests import DIGEST_VERSION, digests_of
from core.security.row_digests import primary_of as _primary
from core.security.row_digests import row_key as _key
from core.security.row_digests import table_of as _table
from core.security.trail_clock import trail_moment
from core.security.trail_witness import Witness, parse_witness, read_witness_file, write_witness_file

__all__ = [
    "CLOCK_ACCEPTED",
    "CLOCK_TOLERANT",
    "TrailLocked",
    "Witness",
    "collect_flush",
    "fresh_database",
    "head_mark",
    "last_recorded_at",
    "note",
    "parse_witness",
    "read_witness_file",
    "signed_by",
    "start_trail",
    "touched",
    "touched_dossiers",
    "write_chain",
    "write_witness_file",
]

log = logging.getLogger(__name__)

_ITEMS, _NOTES, _CALLS, _GENESIS_NOTE, _WRITTEN = "audit_items", "audit_notes", "calls", "audit_genesis", "audit_head"
#: ``session.info`` slot set by `core.security.desk_clock.accept_clock`: this commit may go back in time, once.
CLOCK_ACCEPTED = "clock_accepted"
#: ``session.info`` slot set by a login or logout: its bookkeeping (failed attempts, last login) is written
#: even while the desk's clock is behind, dated like a note (`core.security.trail_clock`).
CLOCK_TOLERANT = "clock_tolerant"


class TrailLocked(UserError):
    """A change must be written to the trail, and the office key is not open on this desk."""

    def __init__(self) -> None:
        super().__init__(
            "Máy này chưa mở khoá dữ liệu của cơ quan nên không ghi được gì: mọi thay đổi phải vào nhật ký "
            "kiểm tra, ký bằng khoá của cơ quan. Hãy đưa khoá sang máy này (motcua key import TỆP, hoặc "
            "motcua key recover với phiếu khôi phục khoá).",
            "The office key is not open on this computer, so nothing can be written (every change is "
            "signed into the audit trail). Bring the key: motcua key import FILE, or motcua key recover.",
        )


# -- recording -------------------------------------------------------------------------------------
def touched(session: Any, table: str, ids: Iterable[Any], op: str = "insert") -> None:
    """Record rows written by a Core statement (bulk imports), which the flush hook cannot see."""
    items = session.info.setdefault(_ITEMS, {})
    for row_id in ids:
        items.setdefault((table, _key(row_id)), op)


def touched_dossiers(session: Any, dossier_ids: list[int]) -> None:
    """New dossiers written by Core (import, demo) with their pauses, apologies, ratings and events.

    New dossiers have the highest ids, so their rows are found with one query per table; every row,
    the generated events included, is digested at commit like any other."""
    from core.models import Apology, DossierEvent, DossierPause, Rating, model_table

    if not dossier_ids:
        return
    touched(session, "dossier", dossier_ids)
    first = min(dossier_ids)
    for model in (DossierEvent, DossierPause, Apology, Rating):
        table = model_table(model)
        touched(session, table.name, session.scalars(select(table.c.id).where(table.c.dossier_id >= first)))


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
    entry = {"action": action, "detail": detail, "actor": acting_name(session)}
    if session.info.get("write"):
        session.info.setdefault(_NOTES, []).append(entry)
        return
    engine = session.info.get("engine") or session.get_bind()
    with type(session)(engine.execution_options(immediate=True)) as own:
        own.info.update(
            {k: v for k, v in session.info.items() if k in ("caller", "engine", "actor", "witness")}, write=True
        )
        own.info[_NOTES] = [entry]
        own.commit()


def _last_event(session: Any) -> Any:
    from core.models import AuditEvent, model_table

    table = model_table(AuditEvent)
    return session.execute(select(table.c.seq, table.c.hash, table.c.at).order_by(table.c.seq.desc()).limit(1)).first()


def last_recorded_at(session: Any) -> dt.datetime | None:
    """The trail's last moment: the office's clock of record (`core.security.trail_clock`)."""
    last = _last_event(session)
    return last.at if last is not None else None


class _Link(NamedTuple):
    seq: int
    hash: str
    at: dt.datetime


class _Head(NamedTuple):
    seq: int
    hash: str
    scheme: int
    database_id: str


@cache
def _head_and_last_statement() -> Any:
    """SQLite's one statement for `_head_and_last`, built once (it is run at every commit)."""
    from core.models import AuditEvent, AuditHead, model_table

    head_table, events = model_table(AuditHead), model_table(AuditEvent)

    def one(column: Any) -> Any:
        return select(column).where(head_table.c.id == 1).scalar_subquery()

    def last_of(column: Any) -> Any:
        return select(column).order_by(events.c.seq.desc()).limit(1).scalar_subquery()

    return select(
        select(head_table.c.id).where(head_table.c.id == 1).exists(),
        one(head_table.c.seq),
        one(head_table.c.hash),
        one(head_table.c.scheme),
        one(head_table.c.database_id),
        select(events.c.id).exists(),
        last_of(events.c.seq),
        last_of(events.c.hash),
        last_of(events.c.at),
    )


def _head_and_last(session: Any) -> tuple[Any, Any]:
    """The head row (locked for this transaction) and the last event, each None when there is none.

    On SQLite the transaction already holds the write lock, so both are read in one statement; a server
    database locks the head row (``FOR UPDATE``) in its own statement first, then reads the last event."""
    from core.models import AuditHead, model_table

    if session.get_bind().dialect.name != "sqlite":
        head_table = model_table(AuditHead)
        head = session.execute(
            select(head_table.c.seq, head_table.c.hash, head_table.c.scheme, head_table.c.database_id)
            .where(head_table.c.id == 1)
            .with_for_update()
        ).first()
        return head, _last_event(session)
    found = session.execute(_head_and_last_statement()).one()
    head = _Head(*found[1:5]) if found[0] else None
    last = _Link(*found[6:9]) if found[5] else None
    return head, last


def write_chain(session: Any) -> None:
    """``before_commit`` hook: append this transaction's event(s) to the chain, under the head's lock.

    A deleted or edited head row never stops the office: the chain goes on from its real last event
    and the repair is itself an event, which `verify` reports for ever."""
    if session.info.get("audit_writing") or session.in_nested_transaction():  # a savepoint is not a commit
        return
    session.info["audit_writing"] = True
    try:
        session.flush()
        items = {k: v for k, v in session.info.pop(_ITEMS, {}).items() if v}
        notes = session.info.pop(_NOTES, [])
        calls = session.info.pop(_CALLS, [])
        genesis = session.info.pop(_GENESIS_NOTE, None)
        clock_accepted = session.info.pop(CLOCK_ACCEPTED, False)
        clock_tolerant = session.info.pop(CLOCK_TOLERANT, False)
        if not items and not notes and genesis is None:
            return
        cipher = cipher_of(session)
        if cipher is None:
            raise TrailLocked()
        from core.models import AuditEvent, AuditHead, model_table

        head_table = model_table(AuditHead)
        head, last = _head_and_last(session)  # one statement on SQLite: no extra query per commit
        adoption = None
        if head is not None and head.scheme == SCHEME_SHA:
            adoption = _adopt_legacy_chain(session, cipher)
            head = session.execute(
                select(head_table.c.seq, head_table.c.hash, head_table.c.scheme, head_table.c.database_id).where(
                    head_table.c.id == 1
                )
            ).first()
            last = _last_event(session)  # the adoption re-signed every link
        actor = acting_name(session)  # without a caller, e.g. the login being tried
        entries: list[dict[str, Any]] = []
        if head is None:
            if last is None:  # no trail at all: a new one, or a trail that vanished (said so for ever)
                genesis = genesis or _genesis_entry(session, BASELINE)  # RESTART where accounts or a key were
                seq, previous = 0, GENESIS
                database_id = genesis["detail"]["database_id"]
            else:  # the head row was deleted: go on from the last event, and say so in the trail
                seq, previous = last.seq, last.hash
                database_id = _database_id_of(session)
                entries.append(
                    {
                        "action": "dựng lại đầu chuỗi nhật ký",
                        "actor": "",
                        "detail": {"repair": "head_missing", "last_event": last.seq},
                    }
                )
            session.execute(
                head_table.insert().values(id=1, seq=seq, hash=previous, scheme=SCHEME_KEYED, database_id=database_id)
            )
        else:
            seq, previous, database_id = head.seq, head.hash, head.database_id
            if last is not None and (last.seq, last.hash) != (head.seq, head.hash):
                entries.append(
                    {
                        "action": "đầu chuỗi nhật ký không khớp",
                        "actor": "",
                        "detail": {
                            "repair": "head_mismatch",
                            "head": [head.seq, head.hash[:16]],
                            "last_event": last.seq,
                        },
                    }
                )
                if last.seq >= head.seq:
                    seq, previous = last.seq, last.hash
            elif last is None and head.seq:
                entries.append(
                    {
                        "action": "dựng lại đầu chuỗi nhật ký",
                        "actor": "",
                        "detail": {"repair": "events_missing", "head": [head.seq, head.hash[:16]]},
                    }
                )
        if genesis is not None and last is None:
            entries.insert(0, genesis)
        if adoption is not None:
            entries.insert(0, adoption)
        moment = trail_moment(
            last.at if last is not None else None,
            dt.datetime.now().replace(microsecond=0),
            changes=bool(items) and not clock_tolerant,
            accepted=clock_accepted,
        )
        if items:
            entries.append(
                {
                    "action": ", ".join(dict.fromkeys(calls)) or "ghi dữ liệu",
                    "actor": actor,
                    "detail": {"rows": _row_entries(session, items), "v": DIGEST_VERSION},
                }
            )
        entries.extend(notes)
        if moment.desk_clock is not None:  # written while the clock is behind: keep what the clock said
            entries = [{**entry, "detail": {**entry["detail"], "desk_clock": moment.desk_clock}} for entry in entries]
        values = []
        for entry in entries:
            seq += 1
            link = {
                "seq": seq,
                "at": moment.at,
                "actor": (entry["actor"] or actor)[:100],
                "action": entry["action"][:100],
                "detail": entry["detail"],
                "prev_hash": previous,
            }
            link["hash"] = previous = mac_link(cipher, link)
            values.append(link)
        session.execute(model_table(AuditEvent).insert(), values)
        session.execute(sa_update(head_table).where(head_table.c.id == 1).values(seq=seq, hash=previous))
        session.info[_WRITTEN] = (database_id, seq, previous)
    finally:
        session.info.pop("audit_writing", None)


def after_commit(session: Any) -> None:
    """``after_commit`` hook: the desk's witness file learns the head just written (best effort)."""
    written = session.info.pop(_WRITTEN, None)
    target = session.info.get("witness")
    cipher = cipher_of(session) if written else None
    if written and target and cipher is not None:
        database_id, seq, mac = written
        try:
            write_witness_file(Path(target), cipher, database_id, seq, mac)
        except (OSError, UserError) as error:  # an antivirus holding the file: the next commit writes it again
            log.warning("Không ghi được tệp chứng cứ nhật ký %s: %s", target, error)


def after_rollback(session: Any) -> None:
    session.info.pop(_WRITTEN, None)


def _database_id_of(session: Any) -> str:
    """The id the trail's first event gave this database (a new one if that event is gone too)."""
    from core.models import AuditEvent

    first = session.execute(select(col(AuditEvent.detail)).where(col(AuditEvent.seq) == 1)).scalar()
    found = (first or {}).get("database_id") if isinstance(first, dict) else None
    return str(found) if found else uuid.uuid4().hex


def _row_entries(session: Any, items: dict[tuple[str, str], str]) -> dict[str, dict[str, list[Any]]]:
    """``{table: {"insert": [[id, digest], …], "update": […], "delete": [id, …]}}``."""
    by_table: dict[str, dict[str, list[Any]]] = {}
    for (table, key), op in sorted(items.items()):
        by_table.setdefault(table, {}).setdefault(op, []).append(key)
    for table, ops in by_table.items():
        written = ops.get("insert", []) + ops.get("update", [])
        digests = digests_of(session, table, written) if written else {}
        for op in ("insert", "update"):
            if op in ops:
                ops[op] = [[key, digests.get(key, "")] for key in ops[op]]
    return by_table


# -- links -------------------------------------------------------------------------------------------
def _adopt_legacy_chain(session: Any, cipher: Any) -> dict[str, Any]:
    """Re-sign revision 0009's unkeyed chain with the office key, once, recording what it found.

    The old chain is checked first (links and rows, as the old program would have); whatever was wrong
    then is written into the signed event that closes the adoption, so it stays reported for ever."""
    from core.models import AuditEvent, AuditHead, model_table

    report = walk_chain(session, None, AuditReport())
    table = model_table(AuditEvent)
    previous = GENESIS
    rows = session.execute(
        select(
            table.c.id, table.c.seq, table.c.at, table.c.actor, table.c.action, table.c.detail, table.c.prev_hash
        ).order_by(table.c.seq)
    ).all()
    for row in rows:
        link = row._asdict()
        link["prev_hash"] = previous
        previous = mac_link(cipher, link)
        session.execute(sa_update(table).where(table.c.id == row.id).values(prev_hash=link["prev_hash"], hash=previous))
    seq = rows[-1].seq if rows else 0
    database_id = _database_id_of(session)
    session.execute(
        sa_update(model_table(AuditHead))
        .where(model_table(AuditHead).c.id == 1)
        .values(seq=seq, hash=previous, scheme=SCHEME_KEYED, database_id=database_id)
    )
    return {
        "action": "ký nhật ký bằng khoá của cơ quan",
        "actor": "",
        "detail": {"adopted": seq, "problems_before": report.problems[:200], "database_id": database_id},
    }


def signed_by(session: Any, cipher: Any) -> bool | None:
    """Whether the trail's last link was signed with ``cipher``'s key (None: no signed link to tell by)."""
    from core.models import AuditEvent, AuditHead, model_table

    head = session.execute(select(col(AuditHead.scheme)).where(col(AuditHead.id) == 1)).scalar()
    if head == SCHEME_SHA:
        return None
    table = model_table(AuditEvent)
    row = session.execute(
        select(table.c.seq, table.c.at, table.c.actor, table.c.action, table.c.detail, table.c.prev_hash, table.c.hash)
        .order_by(table.c.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return mac_link(cipher, row._asdict()) == row.hash


# -- the first link ------------------------------------------------------------------------------------
def fresh_database(session: Any) -> bool:
    """True for a database nobody has worked in yet: no account, no office, no dossier, no key recorded."""
    from core.models import Dossier, Office, Setting, User

    return (
        not any(session.execute(select(model).limit(1)).first() for model in (User, Office, Dossier))
        and session.get(Setting, KEY_ID_SETTING) is None
    )


def _genesis_entry(session: Any, kind: str) -> dict[str, Any]:
    """The first event: this database's identity and, for rows already there, how many each table had."""
    from core.models import Setting, User

    if kind == BASELINE and (
        session.execute(select(col(User.id)).limit(1)).first() is not None
        or session.get(Setting, KEY_ID_SETTING) is not None
    ):
        kind = RESTART  # a database that had accounts or a key had a trail: it was wiped, not missing
    counts: dict[str, Any] = {}
    if kind != NEW:
        for name in AUDITED_TABLES:
            table = _table(name)
            primary = _primary(table)
            if primary.type.python_type is int:
                counts[name] = int(session.execute(select(func.coalesce(func.max(primary), 0))).scalar() or 0)
            else:
                counts[name] = sorted(str(k) for k in session.scalars(select(primary)))
    database_id = uuid.uuid4().hex
    action = {
        NEW: "bắt đầu nhật ký",
        BASELINE: "bắt đầu nhật ký trên dữ liệu có sẵn",
        RESTART: "nhật ký bị mất: bắt đầu lại",
    }[kind]
    return {"action": action, "actor": "", "detail": {"kind": kind, "database_id": database_id, "baseline": counts}}


def start_trail(session: Any) -> None:
    """Begin the trail of a database that has none (its first event lands with this session's commit).

    A new database, or one with rows from before the trail (revision < 0009), gets a plain first event;
    a database that had accounts or a key but lost its trail gets a first event that says so, which
    `verify` reports as tampering for ever: a wiped trail is never re-baselined quietly."""
    from core.models import AuditHead

    if session.get(AuditHead, 1) is not None or _last_event(session) is not None:
        return
    if cipher_of(session) is None:
        return  # nothing can be signed on this desk: the first desk with the key starts it
    session.info[_GENESIS_NOTE] = _genesis_entry(session, NEW if fresh_database(session) else BASELINE)


# -- witnesses -------------------------------------------------------------------------------------------
def head_mark(session: Any) -> TrailMark:
    """The trail's head now (what a backup or a printed report will witness)."""
    from core.models import AuditHead, model_table

    table = model_table(AuditHead)
    head = session.execute(select(table.c.seq, table.c.hash, table.c.database_id).where(table.c.id == 1)).first()
    if head is None:
        return TrailMark(0, "", "")
    return TrailMark(head.seq, head.hash if head.seq else "", head.database_id)


# -- rows read for their digests ------------------------------------------------------------------
