"""Apology letters with a new appointment (docs/rules.md §4; Mẫu 04 of the dossier's profile).

    draft = draft_apology(session, code, at=now)           # reason, fault, suggested appointment, signer
    issued = issue_apology(session, code, reason=…, fault="own", sent_via="sms", at=now)
    issued.sms_text                                          # what the clerk copies into a text message

Issuing records an `Apology` row, sets ``Dossier.new_due_at`` (what the citizen is told) and appends
the event ``apology_issued`` {fault, reason, new_due_at, sent_via, due_at, override_reason}. The
statutory ``Dossier.due_at`` never changes: reports keep counting a re-appointed dossier that
finishes after it as late. One re-appointment per dossier; a second is asked for with ``is_admin`` (the
override box), needs a caller with the override permission (leader or admin) and a written reason.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlmodel import Session, col, select

from core.board import warning_from
from core.dossiers import get_dossier, record_event
from core.errors import UserError
from core.models import Apology, Dossier
from core.office import require_office
from core.office_calendar import load_calendar
from core.office_settings import office_settings
from core.security.access import Permission, acting_name, check, requires
from core.text import clean
from core.work_calendar import WorkCalendar

__all__ = [
    "FAULTS",
    "SENT_VIA",
    "ApologyDraft",
    "IssuedApology",
    "apologies_of",
    "draft_apology",
    "issue_apology",
    "message_texts",
    "suggest_new_due",
]

FAULTS = {"own": "Chủ quan (do cơ quan giải quyết)", "external": "Khách quan"}
SENT_VIA = {"in_person": "Trao trực tiếp", "post": "Gửi qua bưu chính", "sms": "Tin nhắn SMS", "email": "Thư điện tử"}


@dataclass(frozen=True)
class ApologyDraft:
    """What the apology dialog starts from; every value may be edited before issuing."""

    code: str
    applicant: str
    procedure: str
    profile: str
    office_name: str
    phone: str
    email: str
    due_at: dt.datetime  # statutory
    warn_from: dt.datetime  # the letter is due by then (one working day before the due moment)
    reason: str
    fault: str
    new_due_at: dt.datetime
    signer: str
    sent_via: str
    previous: int  # apologies already issued: 1 or more means a second re-appointment (admin)
    previous_new_due_at: dt.datetime | None

    @property
    def needs_override(self) -> bool:
        return self.previous > 0


@dataclass(frozen=True)
class IssuedApology:
    code: str
    apology_id: int
    issued_at: dt.datetime
    new_due_at: dt.datetime
    sent_via: str
    sms_text: str
    email_text: str


@requires(Permission.VIEW)
def apologies_of(session: Session, dossier: Dossier) -> list[Apology]:
    return list(
        session.exec(
            select(Apology).where(Apology.dossier_id == dossier.id).order_by(col(Apology.issued_at), col(Apology.id))
        )
    )


def _now(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now()).replace(second=0, microsecond=0)


def suggest_new_due(
    calendar: WorkCalendar, dossier: Dossier, at: dt.datetime, previous_new_due: dt.datetime | None = None
) -> dt.datetime:
    """The statutory due moment (or the last appointment) + half the procedure's days, at least 1 working
    day, at the same clock time; never earlier than one working day after ``at``. A moment at the office's
    opening (a due moment set by a dossier received after hours, or a draft written after hours: 07:30,
    by which nothing can be done that day) becomes that day's closing."""
    base = max(dossier.due_at, previous_new_due or dossier.due_at)
    days = max(1, math.ceil(dossier.duration / 2)) if dossier.duration_unit == "day" else 1
    suggested = max(calendar.add_working_days(base, days), calendar.add_working_days(at, 1))
    if suggested == calendar.opening(suggested.date()):
        suggested = calendar.closing(suggested.date())
    return suggested


def _sent_via_for(dossier: Dossier) -> str:
    """In person for desk dossiers, by post for postal ones, SMS or email for online ones (docs/domain.md §1.1)."""
    if dossier.channel == "online":
        return "sms" if dossier.phone or not dossier.email else "email"
    return "post" if dossier.channel == "postal" else "in_person"


def _default_reason(dossier: Dossier) -> str:
    who = clean(dossier.handler)
    if who:
        return f"Hồ sơ cần thêm thời gian thẩm định, xác minh tại {who}."
    return "Hồ sơ cần thêm thời gian thẩm định, xác minh để giải quyết đúng quy định."


def _closed(dossier: Dossier) -> None:
    if dossier.stopped_at:
        raise UserError(
            f"Hồ sơ {dossier.code} đã dừng/rút: không cần văn bản xin lỗi.",
            f"Dossier {dossier.code} was stopped: no apology is needed.",
        )
    if dossier.result_at:
        raise UserError(
            f"Hồ sơ {dossier.code} đã có kết quả ngày {dossier.result_at:%d/%m/%Y}: không hẹn lại được.",
            f"Dossier {dossier.code} already has its result: it cannot be re-appointed.",
        )


@requires(Permission.VIEW)
def draft_apology(
    session: Session, code: str, *, at: dt.datetime | None = None, calendar: WorkCalendar | None = None
) -> ApologyDraft:
    """A ready-to-issue apology for the open dossier ``code``."""
    at, dossier = _now(at), get_dossier(session, code)
    _closed(dossier)
    calendar = calendar or load_calendar(session)
    previous = apologies_of(session, dossier)
    last_new_due = previous[-1].new_due_at if previous else None
    signers = office_settings(session).signers.as_dict()
    return ApologyDraft(
        code=dossier.code,
        applicant=dossier.applicant_name,
        procedure=dossier.procedure_name,
        profile=dossier.profile,
        office_name=require_office(session).name,
        phone=dossier.phone,
        email=dossier.email,
        due_at=dossier.due_at,
        warn_from=warning_from(calendar, dossier.due_at),
        reason=_default_reason(dossier),
        fault="own",
        new_due_at=suggest_new_due(calendar, dossier, at, last_new_due),
        signer=clean(signers.get("chairman_name", "")),
        sent_via=_sent_via_for(dossier),
        previous=len(previous),
        previous_new_due_at=last_new_due,
    )


def message_texts(
    *,
    office_name: str,
    applicant: str,
    code: str,
    procedure: str,
    due_at: dt.datetime,
    new_due_at: dt.datetime,
    reason: str,
    profile: str,
) -> tuple[str, str]:
    """The SMS text and the email text telling the citizen of the apology and the new appointment."""
    extension = profile != "nd61-2018"  # the 2025 letter asks to extend; the 2018 one re-appoints
    what = "đề nghị gia hạn thời gian giải quyết đến" if extension else "hẹn trả kết quả lại vào"
    new_due = f"{new_due_at:%H:%M} ngày {new_due_at:%d/%m/%Y}"
    reason = clean(reason).rstrip(".")
    sms = (
        f"{clean(office_name)} xin lỗi Ông/Bà {clean(applicant)}: hồ sơ {code} chưa giải quyết xong đúng hẹn "
        f"({due_at:%H:%M} ngày {due_at:%d/%m/%Y}) do {reason[:1].lower() + reason[1:]}. "
        f"Trân trọng {what} {new_due}."
    )
    email = "\n".join(
        [
            f"Tiêu đề: Văn bản xin lỗi về hồ sơ {code}",
            "",
            f"Kính gửi: Ông/Bà {clean(applicant)},",
            "",
            f"{clean(office_name)} đã tiếp nhận hồ sơ {code} ({clean(procedure)}) của Ông/Bà, hẹn trả kết quả "
            f"{due_at:%H:%M} ngày {due_at:%d/%m/%Y}.",
            f"Đến nay hồ sơ chưa được giải quyết xong đúng hạn. Lý do: {reason}.",
            f"{clean(office_name)} trân trọng xin lỗi Ông/Bà và {what} {new_due}.",
            "Văn bản xin lỗi có chữ ký, đóng dấu gửi kèm thư này. Kính mong Ông/Bà thông cảm.",
        ]
    )
    return sms, email


def _check_new_due(calendar: WorkCalendar, dossier: Dossier, new_due: dt.datetime, at: dt.datetime) -> None:
    if new_due <= dossier.due_at:
        raise UserError(
            f"Ngày hẹn mới phải sau thời hạn đã hẹn ({dossier.due_at:%H:%M} ngày {dossier.due_at:%d/%m/%Y}).",
            f"The new appointment must be after the due moment {dossier.due_at:%Y-%m-%d %H:%M}.",
        )
    if new_due <= at:
        raise UserError("Ngày hẹn mới phải ở tương lai.", "The new appointment must be in the future.")
    if not calendar.is_office_moment(new_due):
        raise UserError(
            f"Ngày hẹn mới {new_due:%H:%M} ngày {new_due:%d/%m/%Y} không trong giờ làm việc: "
            "hãy chọn giờ làm việc của một ngày làm việc.",
            f"The new appointment {new_due:%Y-%m-%d %H:%M} is outside office hours.",
        )


def _check_override(
    session: Session, dossier: Dossier, previous: list[Apology], is_admin: bool, override_reason: str
) -> None:
    """A second re-appointment: asked for (``is_admin``, the override box) by a caller who may override."""
    if not previous:
        return
    last = previous[-1].new_due_at or previous[-1].issued_at
    if is_admin:
        check(session, Permission.OVERRIDE)
    if not is_admin:
        raise UserError(
            f"Hồ sơ {dossier.code} đã được hẹn lại một lần (đến {last:%H:%M} ngày {last:%d/%m/%Y}): "
            "chỉ được hẹn lại một lần, lần thứ hai cần quản trị viên duyệt và ghi rõ lý do.",
            f"Dossier {dossier.code} was already re-appointed once: a second re-appointment needs "
            "an admin and a written reason.",
        )
    if not override_reason:
        raise UserError(
            "Hẹn lại lần thứ hai cần ghi rõ lý do quản trị viên cho phép.",
            "A second re-appointment needs the admin's written reason.",
        )


@requires(Permission.APOLOGY)
def issue_apology(
    session: Session,
    code: str,
    *,
    reason: str,
    fault: str,
    new_due_at: dt.datetime | None = None,
    signer: str | None = None,
    sent_via: str | None = None,
    is_admin: bool = False,
    override_reason: str = "",
    at: dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> IssuedApology:
    """Record the apology: every check first, then the row, the re-appointment and the event. The caller commits."""
    at, dossier, reason, override_reason = _now(at), get_dossier(session, code), clean(reason), clean(override_reason)
    _closed(dossier)
    if not reason:
        raise UserError("Cần ghi lý do chậm trả kết quả.", "The reason for the delay is missing.")
    if fault not in FAULTS:
        raise UserError(
            f'Lỗi "{fault}" không hợp lệ: own (chủ quan) hoặc external (khách quan).',
            f'Unknown fault "{fault}": own or external.',
        )
    sent_via = _sent_via_for(dossier) if sent_via is None else sent_via  # the way the dossier came, as drafted
    if sent_via not in SENT_VIA:
        raise UserError(
            f'Cách gửi "{sent_via}" không hợp lệ: in_person, post, sms hoặc email.',
            f'Unknown way of sending "{sent_via}": in_person, post, sms or email.',
        )
    if at < dossier.received_at:
        raise UserError("Thời điểm xin lỗi trước lúc tiếp nhận hồ sơ.", "The apology is dated before the intake.")
    calendar = calendar or load_calendar(session)
    previous = apologies_of(session, dossier)
    _check_override(session, dossier, previous, is_admin, override_reason)
    new_due = new_due_at or suggest_new_due(calendar, dossier, at, previous[-1].new_due_at if previous else None)
    new_due = new_due.replace(second=0, microsecond=0)
    _check_new_due(calendar, dossier, new_due, at)
    if signer is None:
        signer = office_settings(session).signers.chairman_name
    assert dossier.id is not None, "a stored dossier"
    row = Apology(
        dossier_id=dossier.id,
        issued_at=at,
        reason=reason,
        fault=fault,
        new_due_at=new_due,
        signer=clean(signer),
        sent_via=sent_via,
        override_reason=override_reason if previous else "",
        created_by=acting_name(session),
    )
    session.add(row)
    dossier.new_due_at, dossier.updated_at = new_due, at
    session.add(dossier)
    detail = {
        "fault": fault,
        "reason": reason,
        "new_due_at": f"{new_due:%Y-%m-%d %H:%M}",
        "sent_via": sent_via,
        "due_at": f"{dossier.due_at:%Y-%m-%d %H:%M}",
    }
    if previous:
        detail["override_reason"] = override_reason
    record_event(session, dossier, "apology_issued", at=at, **detail)
    session.flush()
    sms, email = message_texts(
        office_name=require_office(session).name,
        applicant=dossier.applicant_name,
        code=dossier.code,
        procedure=dossier.procedure_name,
        due_at=dossier.due_at,
        new_due_at=new_due,
        reason=reason,
        profile=dossier.profile,
    )
    assert row.id is not None, "flushed above"
    return IssuedApology(dossier.code, row.id, at, new_due, sent_via, sms, email)
