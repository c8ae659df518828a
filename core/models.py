"""The office database: SQLModel tables.

Moments are naive ``datetime``s in office time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving),
stored as plain ``DateTime`` columns on SQLite and PostgreSQL alike, so day and month boundaries
are simple comparisons. Schema changes go through Alembic (``core/migrations``), never through
``create_all`` on a user's database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from sqlalchemy import JSON, Column, Date, DateTime, Index, Table, UniqueConstraint, inspect
from sqlmodel import Field, SQLModel

from core.security.protect import Protected

__all__ = [
    "CHANNELS",
    "DIGITIZED_SOURCES",
    "PROFILES",
    "Apology",
    "AttachedFile",
    "AttachmentBlob",
    "AuditEvent",
    "AuditHead",
    "CalendarDay",
    "CalendarYear",
    "DailyCounter",
    "Dossier",
    "DossierEvent",
    "DossierPause",
    "IntakeGuidance",
    "Office",
    "OfficeHours",
    "Procedure",
    "Rating",
    "Setting",
    "User",
    "model_table",
    "stored_id",
]

#: Where a dossier's ``digitized`` flag comes from (`Dossier.digitized_source`).
DIGITIZED_SOURCES = {"files": "tính từ tệp đính kèm", "recorded": "theo sổ đã ghi"}
#: Channels a dossier arrives by; ``direct`` and ``postal`` count as "trực tiếp, bưu chính".
CHANNELS = {"direct": "Trực tiếp", "postal": "Dịch vụ bưu chính", "online": "Trực tuyến"}
#: Legal profiles (docs/rules.md §1) with their validity windows.
PROFILES = {
    "nd61-2018": (None, dt.date(2025, 6, 30)),
    "nd118-2025": (dt.date(2025, 7, 1), None),
}


def model_table(model: type[SQLModel]) -> Table:
    """A table model's ``Table``: ``model.__table__`` at run time, which SQLModel does not declare for type checkers."""
    table = inspect(model).local_table
    assert isinstance(table, Table), model
    return table


class _Row(Protocol):
    @property
    def id(self) -> int | None: ...


def stored_id(row: _Row) -> int:
    """The primary key of a row read from (or flushed to) the database; SQLModel types it ``Optional[int]``."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} is not stored yet")
    return row.id


def _moment(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_type=DateTime(timezone=False), nullable=nullable, index=index)


class Office(SQLModel, table=True):
    """The office using this database (one row; a district database may hold several)."""

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    place: str = Field(default="", max_length=100)
    parent_name: str = Field(default="", max_length=200)
    created_at: dt.datetime | None = _moment()


class Setting(SQLModel, table=True):
    """A named office setting (signers, cut-offs, targets…), its value as JSON."""

    key: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON))


class Procedure(SQLModel, table=True):
    """An administrative procedure (thủ tục hành chính) the office accepts."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    national_code: str = Field(default="", max_length=40)
    name: str = Field(max_length=400)
    name_key: str = Field(default="", max_length=400, index=True)
    field: str = Field(max_length=120, index=True)
    duration_unit: str = Field(default="day", max_length=10)  # day | hour | same_day
    duration: int = 0
    cutoff: str = Field(default="", max_length=5)  # "HH:MM" for same_day procedures
    fee: int = 0  # VND
    fee_note: str = Field(default="", max_length=400)
    result: str = Field(default="", max_length=400)
    components: Any = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sources: Any = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    active: bool = True
    updated_at: dt.datetime | None = _moment()


class Dossier(SQLModel, table=True):
    """A citizen's dossier (hồ sơ): everything the register and the monthly report need."""

    __table_args__ = (
        UniqueConstraint("unit_code", "received_day", "seq", name="uq_dossier_daily_seq"),
        Index("ix_dossier_result_received", "result_at", "received_at", "due_at", "field"),
        Index("ix_dossier_received_day_seq", "received_day", "seq"),
    )

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=60, unique=True)
    unit_code: str = Field(max_length=40)
    received_day: dt.date | None = Field(default=None, sa_type=Date)
    seq: int | None = None
    procedure_id: int | None = Field(default=None, foreign_key="procedure.id", index=True)
    procedure_code: str = Field(default="", max_length=40)
    procedure_name: str = Field(default="", max_length=400)
    field: str = Field(max_length=120, index=True)
    profile: str = Field(default="nd118-2025", max_length=20)

    applicant_name: str = Field(max_length=200)
    applicant_key: str = Field(default="", max_length=200, index=True)
    # protected at rest (core/security/protect.py, migration 0009): encrypted text, exact look-up by keyed hash
    id_number: str = Field(default="", sa_column=Column(Protected("id_number"), nullable=False, server_default=""))
    phone: str = Field(default="", sa_column=Column(Protected("phone"), nullable=False, server_default=""))
    address: str = Field(default="", sa_column=Column(Protected("address"), nullable=False, server_default=""))
    id_number_hash: str = Field(default="", max_length=32, index=True, sa_column_kwargs={"server_default": ""})
    phone_hash: str = Field(default="", max_length=32, index=True, sa_column_kwargs={"server_default": ""})
    email: str = Field(default="", max_length=200)

    channel: str = Field(default="direct", max_length=10)  # direct | postal | online
    received_at: dt.datetime = Field(sa_type=DateTime(timezone=False), index=True)
    start_at: dt.datetime | None = _moment()
    due_at: dt.datetime = Field(sa_type=DateTime(timezone=False), index=True)
    duration_unit: str = Field(default="day", max_length=10)
    duration: int = 0
    result_at: dt.datetime | None = _moment()
    returned_at: dt.datetime | None = _moment()
    stopped_at: dt.datetime | None = _moment(index=True)
    stop_kind: str = Field(default="", max_length=20)  # withdrawn | stopped | refused
    new_due_at: dt.datetime | None = _moment()  # re-appointment told to the citizen

    digitized: bool = False
    # where ``digitized`` comes from (issue 16, migration 0011): ``files`` — maintained from the files attached
    # (core/attachments.py), for dossiers received at the desk; ``recorded`` — a flag as recorded (imported
    # registers, the demo, every dossier from before the upgrade)
    digitized_source: str = Field(default="recorded", max_length=10, sa_column_kwargs={"server_default": "recorded"})
    fee: int = 0
    paid_online: bool = False
    payment_method: str = Field(default="", max_length=10)  # cash | transfer | online | "" (no fee)
    delivery: str = Field(default="desk", max_length=10)  # desk | postal | online
    components: Any = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    handler: str = Field(default="", max_length=200, index=True)  # who holds it now (officer or agency)
    receipt_version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    status: str = Field(default="received", max_length=20, index=True)
    origin: str = Field(default="intake", max_length=10)  # intake | import | demo
    # hand-over to the provincial system (issue 9, core/handover/queue.py): not_needed | pending | entered
    handover: str = Field(
        default="not_needed", max_length=12, index=True, sa_column_kwargs={"server_default": "not_needed"}
    )
    province_code: str = Field(default="", max_length=60, index=True, sa_column_kwargs={"server_default": ""})
    handover_by: str = Field(default="", max_length=100, sa_column_kwargs={"server_default": ""})
    handover_at: dt.datetime | None = _moment()
    created_by: str = Field(default="", max_length=100)
    created_at: dt.datetime | None = _moment()
    updated_at: dt.datetime | None = _moment()


class DossierPause(SQLModel, table=True):
    """A stretch when the office waits on the citizen: the clock stops (docs/rules.md §3)."""

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key="dossier.id", index=True)
    started_at: dt.datetime = Field(sa_type=DateTime(timezone=False))
    ended_at: dt.datetime | None = _moment()
    reason: str = Field(default="", max_length=400)


class DossierEvent(SQLModel, table=True):
    """Every change to a dossier, with who and when."""

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key="dossier.id", index=True)
    at: dt.datetime = Field(sa_type=DateTime(timezone=False))
    actor: str = Field(default="", max_length=100)
    kind: str = Field(max_length=40)
    detail: Any = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class CalendarDay(SQLModel, table=True):
    """A date that differs from the office week, with its reason and the notice that fixes it."""

    day: dt.date = Field(primary_key=True, sa_type=Date)
    kind: str = Field(max_length=10)  # off | working
    reason: str = Field(default="", max_length=300)
    source: str = Field(default="", max_length=300)
    confirmed: bool = True
    origin: str = Field(default="office", max_length=10)  # shipped | suggested | office
    updated_by: str = Field(default="", max_length=100)
    updated_at: dt.datetime | None = _moment()


class CalendarYear(SQLModel, table=True):
    """Which years' day tables are loaded, where from, and whether an admin confirmed them."""

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    origin: str = Field(max_length=10)  # shipped | suggested
    confirmed: bool = False
    confirmed_by: str = Field(default="", max_length=100)
    confirmed_at: dt.datetime | None = _moment()


class OfficeHours(SQLModel, table=True):
    """Office hours of one weekday (0 = Monday) from ``valid_from`` on."""

    __table_args__ = (UniqueConstraint("valid_from", "weekday", name="uq_hours_from_weekday"),)

    id: int | None = Field(default=None, primary_key=True)
    valid_from: dt.date = Field(sa_type=Date)
    weekday: int
    periods: str = Field(max_length=100)  # "07:30-11:30,13:30-17:00"


class Apology(SQLModel, table=True):
    """An apology letter with a new appointment (Mẫu 04)."""

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key="dossier.id", index=True)
    issued_at: dt.datetime = Field(sa_type=DateTime(timezone=False))
    reason: str = Field(default="", max_length=1000)
    fault: str = Field(default="own", max_length=10)  # own | external
    new_due_at: dt.datetime | None = _moment()
    signer: str = Field(default="", max_length=200)
    sent_via: str = Field(default="", max_length=20)
    override_reason: str = Field(default="", max_length=1000)
    created_by: str = Field(default="", max_length=100)


class Rating(SQLModel, table=True):
    """A citizen's rating: 1 không hài lòng, 2 hài lòng, 3 rất hài lòng."""

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int | None = Field(default=None, foreign_key="dossier.id", index=True)
    at: dt.datetime = Field(sa_type=DateTime(timezone=False), index=True)
    level: int
    comment: str = Field(default="", max_length=2000)
    entered_by: str = Field(default="clerk", max_length=10)  # citizen | clerk
    actor: str = Field(default="", max_length=100)


class DailyCounter(SQLModel, table=True):
    """The last sequence number given out for one unit and day (docs/rules.md §6)."""

    unit_code: str = Field(primary_key=True, max_length=40)
    day: dt.date = Field(primary_key=True, sa_type=Date)
    last: int = 0


class IntakeGuidance(SQLModel, table=True):
    """A dossier not accepted at the desk: guidance to supplement it (Mẫu 02) or a refusal (Mẫu 03).

    Nothing is accepted, so no dossier code and no due moment; the slip is numbered per unit and year.
    """

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)  # supplement | refusal
    number: int = 0  # the slip's number within its unit and year
    unit_code: str = Field(max_length=40)
    at: dt.datetime = Field(sa_type=DateTime(timezone=False), index=True)
    actor: str = Field(default="", max_length=100)
    procedure_code: str = Field(default="", max_length=40)
    procedure_name: str = Field(default="", max_length=400)
    applicant_name: str = Field(max_length=200)
    id_number: str = Field(default="", sa_column=Column(Protected("id_number"), nullable=False, server_default=""))
    phone: str = Field(default="", sa_column=Column(Protected("phone"), nullable=False, server_default=""))
    address: str = Field(default="", sa_column=Column(Protected("address"), nullable=False, server_default=""))
    email: str = Field(default="", max_length=200)
    items: Any = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    reason: str = Field(default="", max_length=2000)
    profile: str = Field(default="nd118-2025", max_length=20)


# -- issue 5: the evaluation sheet and paper surveys (migration 0007) ---------------------------
class EvaluationSheet(SQLModel, table=True):
    """The evaluation sheet of one dossier (docs/domain.md §3.1): nine indicators, self-score and reviewed score.

    ``scores`` holds one entry per indicator, in order: ``{"self": 0–2 | None, "reviewed": 0–2 | None,
    "note": ""}``; totals and the grade are computed (`core.satisfaction.evaluation`), never stored.
    """

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key="dossier.id", unique=True, index=True)
    scores: Any = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    scored_by: str = Field(default="", max_length=100)
    scored_at: dt.datetime | None = _moment()
    reviewed_by: str = Field(default="", max_length=100)
    reviewed_at: dt.datetime | None = _moment()


class Survey(SQLModel, table=True):
    """A paper questionnaire (SIPAS-style, docs/domain.md §3.3): questions with their answer scales, as data.

    ``questions``: ``[{"code": "C1", "group": "…", "text": "…", "scale": ["Rất không hài lòng", …]}]``;
    an answer is the 1-based position in its question's scale.
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    questions: Any = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = True
    created_by: str = Field(default="", max_length=100)
    created_at: dt.datetime | None = _moment()


class SurveyResponse(SQLModel, table=True):
    """One paper form transcribed by a clerk: its answers (question code → 1-based choice), who keyed it, when."""

    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id", index=True)
    form_no: str = Field(default="", max_length=40)
    answers: Any = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    comment: str = Field(default="", max_length=2000)
    keyed_by: str = Field(max_length=100)
    keyed_at: dt.datetime = Field(sa_type=DateTime(timezone=False), index=True)


# -- issue 9: monthly reports uploaded to the provincial system by hand (migration 0008) ---------
class ReportUpload(SQLModel, table=True):
    """A monthly report to upload (``uploaded_at`` None) or uploaded, by whom, when (core/report_uploads.py)."""

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7, unique=True)  # "YYYY-MM"
    uploaded_at: dt.datetime | None = _moment()
    actor: str = Field(default="", max_length=100)
    note: str = Field(default="", max_length=1000)


# -- issue 6: monthly report submissions (migration 0006) ---------------------------------------
from sqlalchemy import LargeBinary  # noqa: E402  (kept with the tables that store bytes)


class ReportSubmission(SQLModel, table=True):
    """One submitted revision of a monthly report: its figures and its file, frozen with a SHA-256 checksum.

    A later change to the dossiers never alters a row: resubmitting makes revision n+1, whose ``changes``
    list the cells that differ from revision n (``[{"field", "column", "before", "after"}]``).
    """

    __table_args__ = (
        UniqueConstraint("unit_code", "month", "period_kind", "revision", name="uq_report_submission_revision"),
    )

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=40)
    month: str = Field(max_length=7, index=True)  # "YYYY-MM"
    period_kind: str = Field(default="calendar", max_length=10)  # calendar | decree09
    period_from: dt.date = Field(sa_type=Date)
    period_to: dt.date = Field(sa_type=Date)
    revision: int = 1
    submitted_at: dt.datetime = Field(sa_type=DateTime(timezone=False))
    submitted_by: str = Field(default="", max_length=100)
    figures: Any = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))  # MonthlyReport.to_json()
    changes: Any = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    file_name: str = Field(default="", max_length=200)
    file_data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    checksum: str = Field(max_length=64)  # SHA-256 of file_data, hex
    note: str = Field(default="", max_length=1000)
    # the audit trail's head when the report was frozen, as printed on it (migration 0010)
    trail_seq: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    trail_mark: str = Field(default="", max_length=20, sa_column_kwargs={"server_default": ""})


# -- issue 7: accounts and the audit trail (migration 0009) -------------------------------------
class User(SQLModel, table=True):
    """An account: a login, its roles and its argon2 password hash (core/security/accounts.py)."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=60, unique=True)
    full_name: str = Field(default="", max_length=200)
    title: str = Field(default="", max_length=200)  # chức vụ, as printed under a signature
    roles: Any = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    password_hash: str = Field(max_length=200)
    active: bool = True
    must_change_password: bool = False
    failed_logins: int = 0
    locked_until: dt.datetime | None = _moment()
    last_login_at: dt.datetime | None = _moment()
    created_at: dt.datetime | None = _moment()


class AuditEvent(SQLModel, table=True):
    """One link of the append-only audit chain (core/security/audit.py): ``hash`` covers this row and ``prev_hash``."""

    id: int | None = Field(default=None, primary_key=True)
    seq: int = Field(unique=True)
    at: dt.datetime = Field(sa_type=DateTime(timezone=False), index=True)
    actor: str = Field(default="", max_length=100)
    action: str = Field(max_length=100)
    detail: Any = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class AuditHead(SQLModel, table=True):
    """The chain's last link (one row, id 1): a deleted tail or a forged new link shows against it.

    ``scheme`` 1: unkeyed SHA-256 links (revision 0009), re-signed on the first keyed write; 2: HMAC links
    keyed with the office key. ``database_id`` names this database in backups and witnesses (migration 0010).
    """

    id: int = Field(default=1, primary_key=True)
    seq: int = 0
    hash: str = Field(default="0" * 64, max_length=64)
    scheme: int = Field(default=2, sa_column_kwargs={"server_default": "1"})
    database_id: str = Field(default="", max_length=32, sa_column_kwargs={"server_default": ""})


# -- issue 16: scanned papers and results kept with the dossier (migration 0011) -----------------
class AttachedFile(SQLModel, table=True):
    """A file attached to a dossier's component or to its result (core/attachments.py).

    The file itself is an encrypted blob (core/file_store.py) named ``blob``; its first page, made small, is
    the blob ``thumbnail_blob``. ``sha256`` and ``size`` are those of the clear file.
    """

    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("dossier_id", "sha256", name="uq_attachment_dossier_sha256"),)

    id: int | None = Field(default=None, primary_key=True)
    dossier_id: int = Field(foreign_key="dossier.id", index=True)
    component: int | None = None  # index into Dossier.components; None for the result
    is_result: bool = False
    file_name: str = Field(max_length=255)
    media_type: str = Field(max_length=40)
    sha256: str = Field(max_length=64)
    size: int = 0
    pages: int = 0
    blob: str = Field(max_length=64)
    thumbnail_blob: str = Field(max_length=64)
    attached_by: str = Field(default="", max_length=100)
    attached_at: dt.datetime = Field(sa_type=DateTime(timezone=False))


class AttachmentBlob(SQLModel, table=True):
    """An encrypted blob kept in the database (PostgreSQL: several desks share no folder; core/file_store.py)."""

    __tablename__ = "attachment_blob"

    name: str = Field(primary_key=True, max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
