"""A dossier's life after intake, every step an event with who and when.

Event kinds and their ``detail`` (the contract documents and screens read):

- ``received`` {due_at, why}
- ``handed_over`` {from, to, note}: a row of the control sheet (Phiếu kiểm soát)
- ``supplement_requested`` {reason, items}: the clock stops (a `DossierPause` opens)
- ``resumed`` {due_at}: the clock runs on; the statutory due moment moves by the paused office time
- ``result_ready`` {note}
- ``returned`` {collected_by}
- ``stopped`` {kind: withdrawn | stopped | refused, reason}
- ``corrected`` {field, old, new, reason, receipt_version}
- ``apology_issued`` {fault, reason, new_due_at, sent_via, due_at[, override_reason]}: by `core.apologies`
- ``attached`` {file_name, component, index, pages, size, sha256}: a scanned paper or result, by
  `core.attachments`

And a dossier that is not accepted at all gets an `IntakeGuidance` slip (supplement or refusal).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from core.dossiers import get_dossier, profile_for, record_event
from core.drafts import check_field, validate_email, validate_phone, whole_count
from core.errors import UserError
from core.identity import validate_id_number
from core.models import Dossier, DossierEvent, DossierPause, IntakeGuidance, User, stored_id
from core.office import require_office
from core.office_calendar import load_calendar
from core.office_settings import office_settings
from core.procedures import get_procedure, procedure_duration
from core.security.access import Permission, acting_name, allowed, requires
from core.security.protect import PROTECTED_FIELDS, reveal, seal
from core.text import clean, fold
from core.work_calendar import Duration, Pause

__all__ = [
    "CORRECTABLE_FIELDS",
    "STOP_KINDS",
    "correct",
    "hand_over",
    "pauses_of",
    "record_guidance",
    "record_result",
    "record_return",
    "request_supplement",
    "resume",
    "stop",
    "timeline",
]

STOP_KINDS = {
    "withdrawn": "Công dân xin rút hồ sơ",
    "stopped": "Dừng giải quyết hồ sơ",
    "refused": "Từ chối giải quyết sau tiếp nhận",
}
#: Intake fields a clerk may correct, with their labels.
CORRECTABLE_FIELDS = {
    "applicant_name": "Họ tên người nộp",
    "id_number": "Số CCCD",
    "phone": "Số điện thoại",
    "address": "Địa chỉ",
    "email": "Email",
    "channel": "Hình thức nộp",
    "delivery": "Cách nhận kết quả",
    "payment_method": "Cách nộp phí",
}


def _now(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now()).replace(second=0, microsecond=0)


def _open(session: Session, code: str) -> Dossier:
    """A dossier still being handled: not returned, not stopped."""
    dossier = get_dossier(session, code)
    if dossier.stopped_at:
        raise UserError(
            f"Hồ sơ {dossier.code} đã dừng/rút ngày {dossier.stopped_at:%d/%m/%Y}.",
            f"Dossier {dossier.code} was stopped on {dossier.stopped_at:%Y-%m-%d}.",
        )
    if dossier.returned_at:
        raise UserError(
            f"Hồ sơ {dossier.code} đã trả kết quả ngày {dossier.returned_at:%d/%m/%Y}.",
            f"Dossier {dossier.code} was returned on {dossier.returned_at:%Y-%m-%d}.",
        )
    return dossier


def _not_before_intake(dossier: Dossier, at: dt.datetime) -> None:
    if at < dossier.received_at:
        raise UserError(
            f"Thời điểm {at:%d/%m/%Y %H:%M} trước lúc tiếp nhận hồ sơ.",
            f"{at:%Y-%m-%d %H:%M} is before the dossier was accepted.",
        )


def _open_pause(session: Session, dossier: Dossier) -> DossierPause | None:
    return session.exec(
        select(DossierPause).where(col(DossierPause.dossier_id) == dossier.id, col(DossierPause.ended_at).is_(None))
    ).first()


def _touch(session: Session, dossier: Dossier, at: dt.datetime, status: str | None = None) -> None:
    if status:
        dossier.status = status
    dossier.updated_at = at
    session.add(dossier)
    session.flush()


@requires(Permission.PROCESS)
def hand_over(
    session: Session,
    code: str,
    *,
    to: str,
    from_: str = "Bộ phận Một cửa",
    note: str = "",
    at: dt.datetime | None = None,
) -> DossierEvent:
    """Hand the dossier to a handling officer or agency (a row of the control sheet)."""
    dossier, at, to = _open(session, code), _now(at), clean(to)
    if not to:
        raise UserError("Chưa ghi người hoặc cơ quan nhận hồ sơ.", "Who receives the dossier is missing.")
    _not_before_intake(dossier, at)
    dossier.handler = to
    event = record_event(
        session, dossier, "handed_over", at=at, **{"from": clean(from_), "to": to, "note": clean(note)}
    )
    _touch(session, dossier, at)
    return event


@requires(Permission.PROCESS)
def request_supplement(
    session: Session, code: str, *, reason: str, items: Sequence[str] = (), at: dt.datetime | None = None
) -> DossierPause:
    """Ask the citizen to supplement during processing: the clock stops (docs/rules.md §3)."""
    dossier, at, reason = _open(session, code), _now(at), clean(reason)
    if dossier.result_at:
        raise UserError("Hồ sơ đã có kết quả, không yêu cầu bổ sung được.", "The dossier already has a result.")
    if not reason:
        raise UserError("Cần ghi lý do yêu cầu bổ sung.", "A reason is needed.")
    if _open_pause(session, dossier):
        raise UserError("Hồ sơ đang chờ công dân bổ sung.", "The dossier is already waiting for the citizen.")
    _not_before_intake(dossier, at)
    pause = DossierPause(dossier_id=stored_id(dossier), started_at=at, reason=reason)
    session.add(pause)
    record_event(
        session,
        dossier,
        "supplement_requested",
        at=at,
        reason=reason,
        items=[clean(i) for i in items if clean(i)],
    )
    _touch(session, dossier, at, "waiting")
    return pause


@requires(Permission.VIEW)
def pauses_of(session: Session, dossier: Dossier) -> list[Pause]:
    rows = session.exec(
        select(DossierPause).where(DossierPause.dossier_id == dossier.id).order_by(col(DossierPause.started_at))
    )
    return [Pause(r.started_at, r.ended_at, r.reason) for r in rows]


@requires(Permission.PROCESS)
def resume(session: Session, code: str, *, at: dt.datetime | None = None) -> Dossier:
    """The citizen supplied what was asked: the clock runs on and the due moment moves accordingly."""
    dossier, at = _open(session, code), _now(at)
    pause = _open_pause(session, dossier)
    if pause is None:
        raise UserError("Hồ sơ không ở trạng thái chờ bổ sung.", "The dossier is not waiting for the citizen.")
    if at < pause.started_at:
        raise UserError("Thời điểm tiếp tục trước lúc tạm dừng.", "Resuming before the pause began.")
    pause.ended_at = at
    session.add(pause)
    session.flush()
    calendar = load_calendar(session)
    if dossier.procedure_code:  # the limit the dossier was accepted with, the cut-off as at intake
        cutoff = procedure_duration(
            get_procedure(session, dossier.procedure_code), default_cutoff=office_settings(session).same_day_cutoff
        ).cutoff
        duration = Duration(dossier.duration_unit, dossier.duration, cutoff)  # type: ignore[arg-type]
        dossier.due_at = calendar.due(dossier.received_at, duration, pauses_of(session, dossier)).due
    else:  # imported without a known procedure: shift the stored due moment by the paused office time
        minutes = calendar.working_minutes_between(pause.started_at, at)
        dossier.due_at = calendar.add_working_minutes(dossier.due_at, minutes)
    record_event(session, dossier, "resumed", at=at, due_at=f"{dossier.due_at:%Y-%m-%d %H:%M}")
    _touch(session, dossier, at, "received")
    return dossier


@requires(Permission.PROCESS)
def record_result(session: Session, code: str, *, note: str = "", at: dt.datetime | None = None) -> Dossier:
    dossier, at = _open(session, code), _now(at)
    if dossier.result_at:
        raise UserError("Hồ sơ đã có kết quả.", "The dossier already has a result.")
    if _open_pause(session, dossier):
        raise UserError(
            "Hồ sơ đang chờ công dân bổ sung: hãy ghi nhận tiếp tục trước.",
            "The dossier is waiting for the citizen: resume it first.",
        )
    _not_before_intake(dossier, at)
    dossier.result_at = at
    record_event(session, dossier, "result_ready", at=at, note=clean(note))
    _touch(session, dossier, at, "result_ready")
    return dossier


@requires(Permission.RETURN)
def record_return(session: Session, code: str, *, collected_by: str = "", at: dt.datetime | None = None) -> Dossier:
    """The result is handed to the citizen (or whoever collects it); then the citizen is asked to rate."""
    dossier, at = _open(session, code), _now(at)
    if not dossier.result_at:
        raise UserError("Hồ sơ chưa có kết quả để trả.", "The dossier has no result to return yet.")
    if at < dossier.result_at:
        raise UserError("Thời điểm trả trước lúc có kết quả.", "Returned before the result was ready.")
    dossier.returned_at = at
    record_event(session, dossier, "returned", at=at, collected_by=clean(collected_by) or dossier.applicant_name)
    _touch(session, dossier, at, "returned")
    return dossier


@requires(Permission.PROCESS)
def stop(session: Session, code: str, *, kind: str, reason: str, at: dt.datetime | None = None) -> Dossier:
    """Withdrawn by the citizen, stopped (Thông báo dừng) or refused after acceptance."""
    dossier, at, reason = _open(session, code), _now(at), clean(reason)
    if kind not in STOP_KINDS:
        raise UserError(
            f'Loại dừng "{kind}" không hợp lệ: withdrawn, stopped hoặc refused.', f'Unknown stop kind "{kind}".'
        )
    if not reason:
        raise UserError("Cần ghi lý do dừng giải quyết.", "A reason is needed.")
    _not_before_intake(dossier, at)
    pause = _open_pause(session, dossier)
    if pause:
        pause.ended_at = at
        session.add(pause)
    dossier.stopped_at, dossier.stop_kind = at, kind
    record_event(session, dossier, "stopped", at=at, kind=kind, reason=reason)
    _touch(session, dossier, at, "stopped")
    return dossier


@requires(Permission.INTAKE)
def correct(
    session: Session, code: str, *, field: str, value: str, reason: str, at: dt.datetime | None = None
) -> Dossier:
    """Correct a mistaken intake field, keeping the old value and the reason; the receipt gets a new version."""
    dossier, at, reason = get_dossier(session, code), _now(at), clean(reason)
    if field not in CORRECTABLE_FIELDS:
        raise UserError(f'Không sửa được trường "{field}".', f'Field "{field}" cannot be corrected.')
    if not reason:
        raise UserError("Cần ghi lý do sửa thông tin.", "A reason for the correction is needed.")
    new = _validated(field, value, at)
    old = getattr(dossier, field)
    if new == old:
        raise UserError("Giá trị mới giống giá trị cũ.", "The new value is the same as the old one.")
    setattr(dossier, field, new)
    if field == "applicant_name":
        dossier.applicant_key = fold(new)
    if field == "payment_method":
        dossier.paid_online = new == "online"
    dossier.receipt_version += 1
    record_event(
        session,
        dossier,
        "corrected",
        at=at,
        field=field,  # CCCD, phone, address sealed
        old=seal(session, str(old), field),
        new=seal(session, str(new), field),
        reason=reason,
        receipt_version=dossier.receipt_version,
    )
    _touch(session, dossier, at)
    return dossier


def _validated(field: str, value: str, at: dt.datetime) -> str:
    """A corrected value goes through the same check as at intake (core/drafts.py)."""
    if field == "applicant_name" and not clean(value):
        raise UserError("Họ tên không được để trống.", "The name cannot be empty.")
    return check_field(field, value, today=at.date())


@requires(Permission.VIEW)
def timeline(session: Session, code: str) -> list[DossierEvent]:
    """The dossier's events in order, as copies for reading: each actor's login is shown as the account's
    full name (a name without an account stays as written); a corrected CCCD, phone or address shows
    decrypted, and masked for a caller without the personal-data permission (the rows are never changed)."""
    dossier = get_dossier(session, code)
    events = list(
        session.exec(
            select(DossierEvent)
            .where(DossierEvent.dossier_id == dossier.id)
            .order_by(col(DossierEvent.at), col(DossierEvent.id))
        )
    )
    full = allowed(session, Permission.VIEW_PERSONAL)
    logins = sorted({event.actor for event in events if event.actor})
    names = (
        {
            login: name
            for login, name in session.execute(
                select(col(User.username), col(User.full_name)).where(col(User.username).in_(logins))
            )
            if name
        }
        if logins
        else {}
    )
    shown = []
    for event in events:
        detail = dict(event.detail or {})
        field = detail.get("field")
        if event.kind == "corrected" and field in PROTECTED_FIELDS:
            detail.update({k: reveal(session, detail.get(k, ""), field, full=full) for k in ("old", "new")})
        shown.append(
            DossierEvent(
                id=event.id,
                dossier_id=event.dossier_id,
                at=event.at,
                actor=names.get(event.actor, event.actor),
                kind=event.kind,
                detail=detail,
            )
        )
    return shown


@requires(Permission.INTAKE)
def record_guidance(
    session: Session,
    *,
    kind: str,
    procedure_code: str,
    applicant_name: str,
    reason: str,
    items: Sequence[dict[str, Any]] = (),
    id_number: str = "",
    phone: str = "",
    address: str = "",
    email: str = "",
    at: dt.datetime | None = None,
) -> IntakeGuidance:
    """An incomplete dossier (``supplement``: what to add, Mẫu 02) or a refused one (``refusal``, Mẫu 03).

    Nothing is accepted: no dossier code, no due moment; the slip is numbered per unit and year.
    """
    at = _now(at)
    if kind not in ("supplement", "refusal"):
        raise UserError(f'Loại phiếu "{kind}" không hợp lệ.', f'Unknown slip kind "{kind}".')
    name, reason = clean(applicant_name), clean(reason)
    if not name:
        raise UserError("Chưa nhập họ tên người nộp hồ sơ.", "The applicant's name is missing.")
    if kind == "refusal" and not reason:
        raise UserError("Phiếu từ chối cần ghi rõ lý do từ chối.", "A refusal needs its reason.")
    if kind == "supplement" and not any(clean(i.get("name", "")) for i in items) and not reason:
        raise UserError(
            "Phiếu yêu cầu bổ sung cần ghi thành phần cần bổ sung hoặc nội dung hướng dẫn.",
            "A supplement slip needs the items to add or the guidance.",
        )
    office = require_office(session)
    procedure = get_procedure(session, procedure_code)
    year_start = dt.datetime(at.year, 1, 1)
    number = (
        session.exec(
            select(func.count())
            .select_from(IntakeGuidance)
            .where(
                IntakeGuidance.unit_code == office.unit_code,
                IntakeGuidance.kind == kind,
                IntakeGuidance.at >= year_start,
            )
        ).one()
        + 1
    )
    slip = IntakeGuidance(
        kind=kind,
        number=number,
        unit_code=office.unit_code,
        at=at,
        actor=acting_name(session),
        procedure_code=procedure.code,
        procedure_name=procedure.name,
        applicant_name=name,
        id_number=validate_id_number(id_number, today=at.date()),
        phone=validate_phone(phone),
        address=clean(address),
        email=validate_email(email),
        items=[
            {
                "name": clean(i.get("name", "")),
                "kind": clean(i.get("kind", "")),
                "count": whole_count(i.get("count", 1), i.get("name", "")),
            }
            for i in items
            if clean(i.get("name", ""))
        ],
        reason=reason,
        profile=profile_for(at.date()),
    )
    session.add(slip)
    session.flush()
    return slip
