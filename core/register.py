"""The dossier register (Sổ theo dõi hồ sơ) as a file: import a register kept elsewhere, export ours.

The columns are the contract of docs/cli.md. An import is one transaction: every row is checked first,
and the first wrong value stops it with its line and column, before anything is written. Moments are
``YYYY-MM-DD HH:MM`` or, as Excel under a Vietnamese regional format re-saves them, ``DD/MM/YYYY HH:MM``
(`core.file_dates.parse_moment`); the file itself is read and written by `core.tabular`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, func, literal
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from core.dossiers import derive_status, profile_for
from core.drafts import check_field
from core.errors import UserError
from core.file_dates import parse_moment
from core.limits import check_row
from core.models import Apology, DailyCounter, Dossier, DossierEvent, Procedure, Rating, model_table, stored_id
from core.office import require_office
from core.office_calendar import load_calendar
from core.office_settings import office_settings
from core.procedures import procedure_duration
from core.security import audit
from core.security.access import Permission, acting_name, requires
from core.security.audit import touched_dossiers
from core.security.protect import add_hashes, exporting
from core.storage import bulk_write_cache
from core.tabular import read_table, write_table
from core.text import clean, fold
from core.work_calendar import WorkCalendar

#: No fee of a commune procedure comes near it; beyond it the integer column overflows (PostgreSQL: 2³¹).

__all__ = ["REGISTER_COLUMNS", "REQUIRED_COLUMNS", "export_register", "import_register", "parse_moment"]

REGISTER_COLUMNS = [
    "code",
    "procedure_code",
    "procedure_name",
    "field",
    "applicant_name",
    "id_number",
    "phone",
    "address",
    "channel",
    "received_at",
    "due_at",
    "result_at",
    "returned_at",
    "stopped_at",
    "digitized",
    "fee",
    "paid_online",
    "apology_at",
    "new_due_at",
    "rating",
]
REQUIRED_COLUMNS = ["field", "applicant_name", "channel", "received_at"]
_MOMENT_COLUMNS = ["received_at", "due_at", "result_at", "returned_at", "stopped_at", "apology_at", "new_due_at"]
_STATUS_FIELDS = ("stopped_at", "returned_at", "result_at")
_BULK_ROWS = 5_000  # from this many rows the import writes with a large page cache (core.storage)
_CODE = re.compile(r"^(?P<unit>[A-Za-z0-9.]+)-(?P<day>\d{6})-(?P<seq>\d{4,})$")


def _flag(text: str, column: str) -> bool:
    if text in ("", "0"):
        return False
    if text == "1":
        return True
    raise UserError(
        f'Giá trị "{text}" không hợp lệ: chỉ nhận 0 hoặc 1.', f'Invalid value "{text}": 0 or 1 only.', where=column
    )


@dataclass
class _Row:
    dossier: dict[str, Any]
    rating: tuple[int, dt.datetime] | None = None
    apology: tuple[dt.datetime, dt.datetime | None] | None = None
    extras: dict[str, Any] = field(default_factory=dict)


def _code_day(digits: str) -> dt.date:
    """The YYMMDD of a dossier code as ``strptime(digits, "%y%m%d")`` reads it (69–99 → 19xx, else 20xx),
    without strptime's per-call locale work (100,000 rows: a second). ValueError for no such day."""
    year = int(digits[:2])
    return dt.date(year + (1900 if year >= 69 else 2000), int(digits[2:4]), int(digits[4:6]))


def _checked(column: str, value: object, today: dt.date) -> object:
    """A register cell checked as intake checks it (core/drafts.py), the error placed at its column."""
    try:
        return check_field(column, value, today=today)
    except UserError as error:
        raise UserError(error.vi, error.en, where=column) from None


class _RowReader:
    """Checks one register row at a time against the office, the catalog and the calendar."""

    def __init__(self, session: Session, calendar: WorkCalendar, now: dt.datetime) -> None:
        self.office = require_office(session)
        self.calendar = calendar
        self.now = now
        self.cutoff = office_settings(session).same_day_cutoff
        self.procedures = {p.code: p for p in session.exec(select(Procedure))}
        self.seen_codes: set[str] = set()
        self.existing_codes = set(session.exec(select(Dossier.code)))
        self.table = model_table(Dossier)  # once, not per row

    def read(self, row: dict[str, str]) -> _Row:
        cleaned = {name: clean(text) for name, text in row.items()}  # each cell cleaned once, not per use
        value = lambda name: cleaned.get(name, "")
        for name in REQUIRED_COLUMNS:
            if not value(name):
                raise UserError(f'Thiếu giá trị bắt buộc ở cột "{name}".', f'Missing value in "{name}".', where=name)
        moments = {name: parse_moment(value(name), column=name) for name in _MOMENT_COLUMNS}
        received = moments["received_at"]
        assert received is not None, "a required column: checked above"
        procedure = self.procedures.get(value("procedure_code"))
        due = moments["due_at"]
        if due is None:
            if procedure is None:
                raise UserError(
                    "Cần hạn trả (due_at) hoặc một mã thủ tục có trong danh mục.",
                    "Needs due_at or a procedure_code known to the catalog.",
                    where="procedure_code",
                )
            due = self.calendar.due(received, procedure_duration(procedure, default_cutoff=self.cutoff)).due
        self._check_order(received, due, moments)
        code, unit_code, day, seq = self._code(value("code"), received)
        rating_text = value("rating")
        rating = None
        if rating_text:
            if rating_text not in ("1", "2", "3"):
                raise UserError(
                    f'Đánh giá "{rating_text}" không hợp lệ: 1 (không hài lòng), 2 (hài lòng), 3 (rất hài lòng).',
                    f'Invalid rating "{rating_text}": 1, 2 or 3.',
                    where="rating",
                )
            rated_at = moments["returned_at"] or moments["result_at"]
            if rated_at is None:
                raise UserError(
                    "Có đánh giá nhưng chưa có ngày trả kết quả (returned_at) hay ngày có kết quả (result_at).",
                    "A rating needs returned_at or result_at.",
                    where="rating",
                )
            rating = (int(rating_text), rated_at)
        apology = None
        if moments["apology_at"] or moments["new_due_at"]:
            if moments["apology_at"] is None:
                raise UserError(
                    "Có hẹn lại (new_due_at) nhưng thiếu ngày xin lỗi (apology_at).",
                    "new_due_at needs apology_at.",
                    where="apology_at",
                )
            apology = (moments["apology_at"], moments["new_due_at"])
        today = self.now.date()
        id_number, phone, channel = (_checked(name, value(name), today) for name in ("id_number", "phone", "channel"))
        fee_text = value("fee").replace(".", "").replace(",", "") or "0"
        if not fee_text.isdecimal():
            raise UserError(
                f'Phí "{value("fee")}" phải là số nguyên không âm.', "The fee must be a whole number.", where="fee"
            )
        fee = _checked("fee", int(fee_text), today)
        name = value("applicant_name")
        dossier: dict[str, Any] = {
            "code": code,
            "unit_code": unit_code,
            "received_day": day,
            "seq": seq,
            "procedure_id": procedure.id if procedure else None,
            "procedure_code": value("procedure_code"),
            "procedure_name": value("procedure_name") or (procedure.name if procedure else ""),
            "field": value("field"),
            "profile": profile_for(received.date()),
            "applicant_name": name,
            "applicant_key": fold(name),
            "id_number": id_number,
            "phone": phone,
            "address": value("address"),
            "email": "",
            "channel": channel,
            "received_at": received,
            "start_at": self.calendar.next_opening(received),
            "due_at": due,
            "duration_unit": procedure.duration_unit if procedure else "day",
            "duration": procedure.duration if procedure else 0,
            "result_at": moments["result_at"],
            "returned_at": moments["returned_at"],
            "stopped_at": moments["stopped_at"],
            "stop_kind": "stopped" if moments["stopped_at"] else "",
            "new_due_at": moments["new_due_at"],
            "digitized": _flag(value("digitized"), "digitized"),
            "fee": fee,
            "paid_online": _flag(value("paid_online"), "paid_online"),
            "origin": "import",
            "created_by": "",
            "created_at": self.now,
            "updated_at": self.now,
        }
        dossier["status"] = derive_status(**{k: dossier[k] for k in _STATUS_FIELDS})
        check_row(self.table, dossier)  # too long for its column: this line and column, not a database error
        return _Row(dossier=dossier, rating=rating, apology=apology)

    def _check_order(self, received: dt.datetime, due: dt.datetime, moments: dict) -> None:
        if received > self.now + dt.timedelta(days=1):
            raise UserError(
                f"Ngày tiếp nhận {received:%d/%m/%Y} ở tương lai.", "received_at is in the future.", where="received_at"
            )
        if due < received:
            raise UserError("Hạn trả (due_at) trước ngày tiếp nhận.", "due_at is before received_at.", where="due_at")
        for name in ("result_at", "returned_at", "stopped_at", "apology_at"):
            if moments[name] is not None and moments[name] < received:
                raise UserError(
                    f'Thời điểm ở cột "{name}" trước ngày tiếp nhận.', f"{name} is before received_at.", where=name
                )
        if moments["returned_at"] and moments["result_at"] and moments["returned_at"] < moments["result_at"]:
            raise UserError(
                "Ngày trả kết quả (returned_at) trước ngày có kết quả (result_at).",
                "returned_at is before result_at.",
                where="returned_at",
            )

    def _code(self, code: str, received: dt.datetime) -> tuple[str, str, dt.date | None, int | None]:
        if not code:
            return "", self.office.unit_code, received.date(), None  # numbered after all rows are read
        if code in self.seen_codes or code in self.existing_codes:
            raise UserError(
                f'Mã hồ sơ "{code}" đã có' + (" trong tệp." if code in self.seen_codes else " trong cơ sở dữ liệu."),
                f'Dossier code "{code}" already exists.',
                where="code",
            )
        self.seen_codes.add(code)
        match = _CODE.match(code)
        if match and match["unit"] == self.office.unit_code:
            try:
                day = _code_day(match["day"])
                return code, match["unit"], day, int(match["seq"])
            except ValueError:
                pass
        return code, self.office.unit_code, None, None


@requires(Permission.IMPORT)
def import_register(session: Session, path: Path, *, now: dt.datetime | None = None) -> int:
    """Import every row of a register file, or none. Returns the number of dossiers added."""
    now = now or dt.datetime.now().replace(microsecond=0)
    table = read_table(path)
    for name in table.header:
        if name not in REGISTER_COLUMNS:
            raise UserError(f'Cột "{name}" không có trong mẫu sổ theo dõi.', f'Unknown column "{name}".').at(line=1)
    for name in REQUIRED_COLUMNS:
        if name not in table.header:
            raise UserError(f'Thiếu cột bắt buộc "{name}".', f'Missing required column "{name}".').at(line=1)
    if "due_at" not in table.header and "procedure_code" not in table.header:
        raise UserError("Cần cột due_at hoặc procedure_code.", "Needs a due_at or a procedure_code column.").at(line=1)
    reader = _RowReader(session, load_calendar(session), now)
    rows: list[_Row] = []
    for line, values in table.rows:
        try:
            rows.append(reader.read(values))
        except UserError as error:
            raise error.at(line=line, column=error.where)
    if not rows:
        raise UserError(f'Tệp "{Path(path).name}" không có dòng dữ liệu nào.', "The file has no data rows.")
    _number(session, rows)
    return _insert(session, rows, now=now)


def _number(session: Session, rows: list[_Row]) -> None:
    """Give codes to rows without one and move each day's counter past every number used."""
    used: dict[tuple[str, dt.date], int] = {}
    for row in rows:
        d = row.dossier
        if d["seq"] is not None:
            key = (d["unit_code"], d["received_day"])
            used[key] = max(used.get(key, 0), d["seq"])
    counters = {(c.unit_code, c.day): c for c in session.exec(select(DailyCounter))}
    last = {key: counter.last for key, counter in counters.items()}
    for key, seq in used.items():
        last[key] = max(last.get(key, 0), seq)
    for row in rows:
        d = row.dossier
        if not d["code"]:
            key = (d["unit_code"], d["received_day"])
            last[key] = last.get(key, 0) + 1
            d["seq"] = last[key]
            d["code"] = f"{d['unit_code']}-{d['received_day']:%y%m%d}-{d['seq']:04d}"
    for key, value in last.items():
        counter = counters.get(key) or DailyCounter(unit_code=key[0], day=key[1])
        if counter.last != value:
            counter.last = value
            session.add(counter)
    session.flush()


def _insert(session: Session, rows: list[_Row], *, now: dt.datetime) -> int:
    # Core executemany: one prepared statement for all rows, no ORM bookkeeping per row.
    actor = acting_name(session)  # who imports: the events', ratings' and apologies' author
    if len(rows) >= _BULK_ROWS:
        bulk_write_cache(session)
    connection = session.connection()
    add_hashes(session, [row.dossier for row in rows])
    before = connection.execute(sa_select(func.coalesce(func.max(Dossier.id), 0))).scalar()
    connection.execute(model_table(Dossier).insert(), [row.dossier for row in rows])
    # the new dossiers are above the highest id before: one query for their ids (a desk's intake committed
    # meanwhile on PostgreSQL is above it too, so keep only our codes)
    ours = {row.dossier["code"] for row in rows}
    table = model_table(Dossier)
    ids: dict[str, int] = {
        code: key
        for code, key in connection.execute(sa_select(table.c.code, table.c.id).where(table.c.id > before))
        if code in ours
    }
    # one "imported" event per new dossier, written by the database itself (the new dossiers have the highest ids)
    events = model_table(DossierEvent)
    connection.execute(
        events.insert().from_select(
            ["dossier_id", "at", "actor", "kind", "detail"],
            sa_select(
                col(Dossier.id),
                literal(now, DateTime()),
                literal(actor),
                literal("imported"),
                literal({}, events.c.detail.type),
            ).where(
                col(Dossier.id) >= min(ids.values()), col(Dossier.origin) == "import", col(Dossier.created_at) == now
            ),
        )
    )
    ratings = [
        {
            "dossier_id": ids[r.dossier["code"]],
            "at": r.rating[1],
            "level": r.rating[0],
            "comment": "",
            "entered_by": "clerk",
            "actor": actor,
        }
        for r in rows
        if r.rating
    ]
    if ratings:
        connection.execute(model_table(Rating).insert(), ratings)
    apologies = [
        {
            "dossier_id": ids[r.dossier["code"]],
            "issued_at": r.apology[0],
            "new_due_at": r.apology[1],
            "reason": "Nhập từ sổ theo dõi cũ",
            "fault": "own",
            "signer": "",
            "sent_via": "",
            "override_reason": "",
            "created_by": actor,
        }
        for r in rows
        if r.apology
    ]
    if apologies:
        connection.execute(model_table(Apology).insert(), apologies)
    session.flush()
    touched_dossiers(session, list(ids.values()))  # written by Core: the audit trail digests them at commit
    return len(rows)


def _fmt(moment: dt.datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


@requires(Permission.EXPORT_PERSONAL)
def export_register(session: Session, path: Path, *, since: dt.date | None = None, until: dt.date | None = None) -> int:
    """Write the register (optionally for acceptance dates in [since, until]) in the import layout."""
    audit.note(session, "xuất sổ hồ sơ", file=Path(path).name, since=str(since or ""), until=str(until or ""))
    query = select(Dossier).order_by(col(Dossier.received_at), col(Dossier.code))
    if since:
        query = query.where(Dossier.received_at >= dt.datetime.combine(since, dt.time()))
    if until:
        query = query.where(Dossier.received_at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    ratings = {r.dossier_id: r.level for r in session.exec(select(Rating).order_by(col(Rating.at)))}
    apologies: dict[int, dt.datetime] = {}
    for apology in session.exec(select(Apology).order_by(col(Apology.issued_at))):
        apologies.setdefault(apology.dossier_id, apology.issued_at)
    rows = []
    with exporting(session):  # the register file carries the personal data of whoever may export it
        dossiers = list(session.exec(query))
    for d in dossiers:
        rows.append(
            [
                d.code,
                d.procedure_code,
                d.procedure_name,
                d.field,
                d.applicant_name,
                d.id_number,
                d.phone,
                d.address,
                d.channel,
                _fmt(d.received_at),
                _fmt(d.due_at),
                _fmt(d.result_at),
                _fmt(d.returned_at),
                _fmt(d.stopped_at),
                int(d.digitized),
                d.fee,
                int(d.paid_online),
                _fmt(apologies.get(stored_id(d))),
                _fmt(d.new_due_at),
                ratings.get(stored_id(d), ""),
            ]
        )
    write_table(
        path,
        REGISTER_COLUMNS,
        rows,
        sheet_title="Sổ theo dõi hồ sơ",
        separator=office_settings(session).csv_separator,
        digits=("id_number", "phone"),
    )
    return len(rows)
