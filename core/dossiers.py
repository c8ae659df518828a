"""Dossiers: intake with its code and due moment, look-up, and the events that record every step."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, bindparam, func, insert, inspect, or_, text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from core.drafts import (
    DELIVERIES,
    PAYMENT_METHODS,
    DossierDraft,
    check_draft,
    validate_channel,
    validate_email,
    validate_phone,
    whole_count,
)
from core.errors import UserError
from core.handover.mode import initial_state
from core.limits import CLOCK_SLACK
from core.models import PROFILES, DailyCounter, Dossier, DossierEvent, model_table
from core.office import require_office
from core.office_calendar import load_calendar
from core.office_settings import office_settings
from core.procedures import get_procedure, procedure_duration
from core.security.access import Permission, acting_name, requires
from core.security.protect import cipher_of, mask_address, mask_id_number, mask_phone, sees_personal
from core.text import clean, fold
from core.work_calendar import DueResult, WorkCalendar

__all__ = [
    "DELIVERIES",
    "PAYMENT_METHODS",
    "STATUS_LABELS",
    "Applicant",
    "DossierDraft",
    "DossierFilter",
    "DossierRow",
    "accept",
    "applicant_of",
    "count_dossiers",
    "derive_status",
    "get_dossier",
    "intake",
    "is_late",
    "list_dossiers",
    "list_rows",
    "next_code",
    "profile_for",
    "record_event",
    "status_of",
    "validate_channel",
    "validate_email",
    "validate_phone",
    "whole_count",
]

STATUS_LABELS = {
    "received": "Đang giải quyết",
    "waiting": "Chờ công dân bổ sung",
    "result_ready": "Đã có kết quả",
    "returned": "Đã trả kết quả",
    "stopped": "Đã dừng/rút",
}
#: ``session.info`` slot: the dossiers accepted in the session's current transaction, by code.
_ACCEPTED = "accepted_dossiers"


def profile_for(day: dt.date) -> str:
    """The legal profile in force on ``day`` (docs/rules.md §1)."""
    for name, (start, end) in PROFILES.items():
        if (start is None or start <= day) and (end is None or day <= end):
            return name
    return "nd118-2025"


def derive_status(
    *, stopped_at: dt.datetime | None, returned_at: dt.datetime | None, result_at: dt.datetime | None
) -> str:
    """The status that the recorded moments imply (an open pause makes it "waiting" elsewhere)."""
    if stopped_at:
        return "stopped"
    if returned_at:
        return "returned"
    if result_at:
        return "result_ready"
    return "received"


def status_of(dossier: Dossier) -> str:
    return derive_status(stopped_at=dossier.stopped_at, returned_at=dossier.returned_at, result_at=dossier.result_at)


@cache
def _day_statements(dialect: str) -> tuple[Any, Any, Any]:
    """The day's highest number, the counter's step (one statement: the highest number is read under the
    counter's own write) and the first counter of a day; built once per dialect, run with ``of_unit``/``on_day``."""
    counter, dossier = model_table(DailyCounter), model_table(Dossier)
    top = select(func.coalesce(func.max(dossier.c.seq), 0)).where(
        dossier.c.received_day == bindparam("on_day"), dossier.c.unit_code == bindparam("of_unit")
    )
    highest = func.max if dialect == "sqlite" else func.greatest
    step = (
        update(counter)
        .where(counter.c.unit_code == bindparam("of_unit"), counter.c.day == bindparam("on_day"))
        .values(last=highest(counter.c.last, top.scalar_subquery()) + 1)
        .returning(counter.c.last)
    )
    first = insert(counter).values(unit_code=bindparam("of_unit"), day=bindparam("on_day"), last=bindparam("first_seq"))
    return top, step, first


@requires(Permission.INTAKE)
def next_code(session: Session, unit_code: str, day: dt.date) -> tuple[str, int]:
    """The next dossier code ``<unit>-<YYMMDD>-<NNNN>`` for ``day``; unique across desks (docs/rules.md §6).

    The day's counter is bookkeeping: if it was reset or deleted behind the program's back, the next
    number is found from the dossiers themselves (their highest number that day), never a clash."""
    top, step, first = _day_statements(session.get_bind().dialect.name)
    where = {"of_unit": unit_code, "on_day": day}
    for _ in range(5):
        seq = session.execute(step, where).scalar()
        if seq is None:
            seq = (session.execute(top, where).scalar() or 0) + 1
            try:
                with session.begin_nested():
                    session.execute(first, {**where, "first_seq": seq})
            except IntegrityError:  # another desk created today's counter meanwhile
                continue
        return f"{unit_code}-{day:%y%m%d}-{seq:04d}", seq
    raise UserError(
        "Không cấp được mã hồ sơ (cơ sở dữ liệu đang bận): hãy thử lại.",
        "Could not give a dossier code (database busy): try again.",
    )


def record_event(
    session: Session, dossier: Dossier, event_kind: str, /, *, at: dt.datetime | None = None, **detail: Any
) -> DossierEvent:
    """Append an event (who, when, what) to the dossier's history."""
    assert dossier.id is not None, "a stored dossier"
    event = DossierEvent(
        dossier_id=dossier.id,
        at=at or dt.datetime.now().replace(microsecond=0),
        actor=acting_name(session),
        kind=event_kind,
        detail=detail,
    )
    session.add(event)
    return event


@requires(Permission.INTAKE)
def intake(
    session: Session,
    *,
    procedure_code: str,
    applicant_name: str,
    id_number: str = "",
    phone: str = "",
    address: str = "",
    email: str = "",
    channel: str = "direct",
    received_at: dt.datetime | None = None,
    paid_online: bool = False,
    fee: int | None = None,
    payment_method: str = "",
    delivery: str = "desk",
    components: list[dict[str, Any]] | None = None,
    calendar: WorkCalendar | None = None,
    now: dt.datetime | None = None,
) -> tuple[Dossier, DueResult]:
    """`accept` with the draft's values spelled as keywords (scripts, tests, the demo)."""
    draft = DossierDraft(
        procedure_code=procedure_code,
        applicant_name=applicant_name,
        id_number=id_number,
        phone=phone,
        address=address,
        email=email,
        channel=channel,
        received_at=received_at,
        paid_online=paid_online,
        fee=fee,
        payment_method=payment_method,
        delivery=delivery,
        components=components,
    )
    return accept(session, draft, calendar=calendar, now=now)


@requires(Permission.INTAKE)
def accept(
    session: Session,
    draft: DossierDraft,
    *,
    calendar: WorkCalendar | None = None,
    now: dt.datetime | None = None,
) -> tuple[Dossier, DueResult]:
    """Accept a complete dossier: check the draft (`core.drafts.check_draft`), give it a code and its statutory
    due moment.

    Nothing is written when any value is wrong. The caller commits. The dossier is digitised from its files
    (``digitized_source="files"``): nothing is digitised until files are attached (core/attachments.py), whatever
    a component's ``digitized`` says.
    """
    now = now or dt.datetime.now().replace(microsecond=0)
    received = (draft.received_at or now).replace(second=0, microsecond=0)
    if received > now + CLOCK_SLACK:
        raise UserError(
            f"Thời điểm tiếp nhận {received:%d/%m/%Y %H:%M} ở tương lai.",
            f"The acceptance moment {received:%Y-%m-%d %H:%M} is in the future.",
        )
    draft = check_draft(draft, today=now.date())
    office = require_office(session)
    procedure = get_procedure(session, draft.procedure_code)
    if not procedure.active:
        raise UserError(
            f'Thủ tục "{procedure.name}" đã ngừng áp dụng tại cơ quan.',
            f'The procedure "{procedure.name}" is no longer offered.',
        )
    calendar = calendar or load_calendar(session)
    cutoff = office_settings(session).same_day_cutoff
    due = calendar.due(received, procedure_duration(procedure, default_cutoff=cutoff))
    checklist = [
        {**c, "digitized": False}
        for c in _checklist(list(draft.components) if draft.components is not None else procedure.components)
    ]
    code, seq = next_code(session, office.unit_code, received.date())
    dossier = Dossier(
        code=code,
        unit_code=office.unit_code,
        received_day=received.date(),
        seq=seq,
        procedure_id=procedure.id,
        procedure_code=procedure.code,
        procedure_name=procedure.name,
        field=procedure.field,
        profile=profile_for(received.date()),
        applicant_name=draft.applicant_name,
        applicant_key=fold(draft.applicant_name),
        address=draft.address,
        email=draft.email,
        received_at=received,
        start_at=due.start,
        due_at=due.due,
        duration_unit=procedure.duration_unit,
        duration=procedure.duration,
        digitized=False,
        digitized_source="files",
        fee=procedure.fee if draft.fee is None else draft.fee,
        paid_online=draft.paid_online or draft.payment_method == "online",
        payment_method=draft.payment_method,
        delivery=draft.delivery,
        components=checklist,
        status="received",
        origin="intake",
        created_by=acting_name(session),
        created_at=now,
        updated_at=now,
        handover=initial_state(session, received),
        id_number=draft.id_number,
        phone=draft.phone,
        channel=draft.channel,
    )
    session.add(dossier)
    session.flush()
    _remember_accepted(session, dossier)
    record_event(session, dossier, "received", at=received, due_at=f"{due.due:%Y-%m-%d %H:%M}", why=due.explain())
    session.flush()
    return dossier, due


def _remember_accepted(session: Session, dossier: Dossier) -> None:
    """Keep the dossier just accepted for `get_dossier` during this transaction (its receipt is printed next)."""
    accepted: tuple[Any, dict[str, Dossier]] | None = session.info.get(_ACCEPTED)
    if accepted is None or accepted[0] is not session.get_transaction():
        accepted = session.info[_ACCEPTED] = (session.get_transaction(), {})
    accepted[1][dossier.code] = dossier


def _checklist(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The components handed in: name, kind (bản chính/bản sao…), count, digitized."""
    checklist = []
    for component in components:
        name = clean(str(component.get("name", "")))
        count = whole_count(component.get("count", 1), component.get("name", ""))
        if not name or count < 1:
            raise UserError(
                f'Thành phần hồ sơ "{name}" cần tên và số lượng ít nhất 1.',
                f'Component "{name}" needs a name and a count of at least 1.',
            )
        checklist.append(
            {
                "name": name,
                "kind": clean(str(component.get("kind", "bản chính"))),
                "count": count,
                "digitized": bool(component.get("digitized", False)),
            }
        )
    return checklist


@requires(Permission.VIEW)
def get_dossier(session: Session, code: str) -> Dossier:
    """The dossier ``code``: one accepted in this very transaction is the session's own object (the query
    would give back that same object), any other is read."""
    code = clean(code)
    accepted = session.info.get(_ACCEPTED)
    if accepted is not None and accepted[0] is session.get_transaction():
        dossier = accepted[1].get(code)
        if dossier is not None and inspect(dossier).persistent and dossier.code == code:
            return dossier
    dossier = session.exec(select(Dossier).where(Dossier.code == code)).first()
    if dossier is None:
        raise UserError(f'Không tìm thấy hồ sơ mã "{code}".', f'No dossier with code "{code}".')
    return dossier


@dataclass(frozen=True)
class DossierFilter:
    """What the dossier list shows: a search text and filters, all optional."""

    search: str = ""
    status: str = ""  # a key of STATUS_LABELS
    field: str = ""
    channel: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    due_soon: bool = False  # unfinished, due within one working day of ``now``
    late: bool = False  # unfinished and past its statutory due moment
    now: dt.datetime | None = None
    due_soon_until: dt.datetime | None = None  # computed by the caller from the calendar


_DAY_SEQ = re.compile(r"^(\d{6})(?:-(\d{1,5}))?$")


def _search_filter(query: str, dialect: str, cipher=None):
    """A WHERE clause for a search over code, applicant name (folded), phone and CCCD (docs/rules.md §8).

    Names: every word, the last one as a prefix ("nguyen van a" finds "Nguyễn Văn An"); on SQLite
    through the FTS5 index of migration 0004, elsewhere by LIKE on the folded column. Digits: a whole
    phone or CCCD (their keyed hashes: the values are encrypted, core/security/protect.py), or a code's
    ``YYMMDD[-NNNN]`` part; a whole code matches itself.
    """
    text_ = clean(query)
    key = fold(text_)
    clauses: list[ColumnElement[bool]] = [col(Dossier.code) == text_]
    words = ["".join(ch for ch in word if ch.isalnum()) for word in key.split()]
    words = [w for w in words if w]
    if any(ch.isalpha() for ch in key) and words:
        if dialect == "sqlite":
            phrase = '"' + " ".join(words) + '" *'
            matches = text("SELECT rowid FROM dossier_search WHERE dossier_search MATCH :phrase").bindparams(
                phrase=phrase
            )
            clauses.append(col(Dossier.id).in_(matches))
        else:
            clauses.append(col(Dossier.applicant_key).contains(" ".join(words), autoescape=True))
    digits = text_.replace(" ", "").replace(".", "")
    match = _DAY_SEQ.match(digits)
    if match:
        try:
            day = dt.datetime.strptime(match[1], "%y%m%d").date()
            clause = col(Dossier.received_day) == day
            clauses.append(clause & (col(Dossier.seq) == int(match[2])) if match[2] else clause)
        except ValueError:
            pass
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    if digits.isdigit() and 9 <= len(digits) <= 12 and cipher is not None:
        hashed = cipher.search_hash(digits)
        clauses += [col(Dossier.phone_hash) == hashed, col(Dossier.id_number_hash) == hashed]
    return or_(*clauses)


def _search_cipher(session: Session):
    """The keyed hash for an exact CCCD or phone search: only for callers who may see them (a guessed number
    is not confirmed to anyone else)."""
    return cipher_of(session) if sees_personal(session) else None


def _apply(query, flt: DossierFilter, dialect: str = "sqlite", cipher=None):
    if clean(flt.search):
        query = query.where(_search_filter(flt.search, dialect, cipher))
    if flt.status:
        query = query.where(Dossier.status == flt.status)
    if flt.field:
        query = query.where(Dossier.field == flt.field)
    if flt.channel:
        query = query.where(Dossier.channel == flt.channel)
    if flt.received_from:
        query = query.where(Dossier.received_at >= dt.datetime.combine(flt.received_from, dt.time()))
    if flt.received_to:
        query = query.where(
            Dossier.received_at < dt.datetime.combine(flt.received_to + dt.timedelta(days=1), dt.time())
        )
    if flt.due_soon or flt.late:
        now = flt.now or dt.datetime.now()
        query = query.where(col(Dossier.result_at).is_(None), col(Dossier.stopped_at).is_(None))
        if flt.late:
            query = query.where(Dossier.due_at < now)
        else:
            query = query.where(Dossier.due_at >= now, Dossier.due_at <= (flt.due_soon_until or now))
    return query


@dataclass(frozen=True)
class Applicant:
    """The applicant as the caller may see him: CCCD, phone and address masked (core/security/protect.py)
    for roles without the personal-data permission."""

    name: str
    id_number: str
    phone: str
    address: str
    email: str
    masked: bool


@requires(Permission.VIEW)
def applicant_of(session: Session, dossier: Dossier) -> Applicant:
    if sees_personal(session):
        return Applicant(
            dossier.applicant_name, dossier.id_number, dossier.phone, dossier.address, dossier.email, False
        )
    # already masked when loaded for this caller (core/security/protect.py mask_loaded); masking again is harmless
    return Applicant(
        dossier.applicant_name,
        mask_id_number(dossier.id_number),
        mask_phone(dossier.phone),
        mask_address(dossier.address),
        dossier.email,
        True,
    )


@requires(Permission.VIEW)
def list_dossiers(
    session: Session, flt: DossierFilter | None = None, *, search: str = "", offset: int = 0, limit: int = 200
) -> list[Dossier]:
    """One page of dossiers, newest first, matching ``flt`` (or just ``search``)."""
    flt = flt or DossierFilter(search=search)
    query = _apply(select(Dossier), flt, session.get_bind().dialect.name, _search_cipher(session)).order_by(
        col(Dossier.received_at).desc(), col(Dossier.id).desc()
    )
    return list(session.exec(query.offset(offset).limit(limit)))


class DossierRow(NamedTuple):
    """One line of the dossier list: only what the list shows, read without the ORM's bookkeeping."""

    id: int
    code: str
    applicant_name: str
    procedure_name: str
    field: str
    channel: str
    received_at: dt.datetime
    due_at: dt.datetime
    new_due_at: dt.datetime | None
    result_at: dt.datetime | None
    stopped_at: dt.datetime | None
    status: str


_ROW_COLUMNS = [getattr(Dossier, name) for name in DossierRow._fields]


def is_late(row: DossierRow, at: dt.datetime) -> bool:
    """Whether the list's ``row`` is late at ``at``, by the board's rule (`core.board`): still open, not
    waiting on the citizen (the clock is stopped), and past its statutory due moment (a re-appointment
    never changes that)."""
    return row.result_at is None and row.stopped_at is None and row.status != "waiting" and row.due_at < at


@requires(Permission.VIEW)
def list_rows(
    session: Session, flt: DossierFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[DossierRow]:
    """Like `list_dossiers`, but only the list's columns, as plain tuples: fast for 1,000,000 dossiers."""
    flt = flt or DossierFilter()
    query = _apply(select(*_ROW_COLUMNS), flt, session.get_bind().dialect.name, _search_cipher(session))
    query = query.order_by(col(Dossier.received_at).desc(), col(Dossier.id).desc()).offset(offset).limit(limit)
    return [DossierRow(*row) for row in session.execute(query)]


@requires(Permission.VIEW)
def count_dossiers(session: Session, flt: DossierFilter | None = None, *, search: str = "") -> int:
    flt = flt or DossierFilter(search=search)
    dialect = session.get_bind().dialect.name
    return session.exec(_apply(select(func.count()).select_from(Dossier), flt, dialect, _search_cipher(session))).one()
