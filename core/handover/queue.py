"""The hand-over to the provincial system: which dossiers are still to be entered there, and recording
that a clerk entered one (with the provincial system's own dossier code, who, when).

A dossier's ``handover`` is ``not_needed``, ``pending`` (to be entered) or ``entered``; the new
state is decided at intake by `core.handover.mode.initial_state`. Every change is an event:

- ``handover_entered`` {province_code, how: "hand" | "reconcile"}: entered in the provincial system;
- ``handover_pending`` {reason, previous, province_code}: put (back) on the list, e.g. a mistaken entry.

A provincial code belongs to one dossier only: recording it twice is refused, so the province never
receives a dossier twice without the app saying so. Exports: `core.handover.export`; matching the
province's own export: `core.handover.reconcile`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from core.dossiers import get_dossier, record_event
from core.errors import UserError
from core.handover.mode import STATES
from core.models import Dossier
from core.security.access import Permission, acting_name, requires
from core.text import clean

__all__ = [
    "STATES",
    "HandoverRow",
    "count_pending",
    "entered_codes",
    "mark_entered",
    "mark_pending",
    "pending_dossiers",
    "pending_rows",
    "state_label",
]


@dataclass(frozen=True)
class HandoverRow:
    """One line of the hand-over list: what the clerk needs to find and key the dossier."""

    code: str
    received_at: dt.datetime
    applicant_name: str
    id_number: str
    procedure_name: str
    channel: str
    due_at: dt.datetime
    handover: str
    province_code: str


_COLUMNS = (
    col(Dossier.code),
    col(Dossier.received_at),
    col(Dossier.applicant_name),
    col(Dossier.id_number),
    col(Dossier.procedure_name),
    col(Dossier.channel),
    col(Dossier.due_at),
    col(Dossier.handover),
    col(Dossier.province_code),
)


@requires(Permission.VIEW)
def pending_rows(session: Session, *, limit: int | None = None) -> list[HandoverRow]:
    """Dossiers still to be entered, oldest acceptance first (then by code)."""
    query = (
        sa_select(*_COLUMNS)
        .where(col(Dossier.handover) == "pending")
        .order_by(col(Dossier.received_at), col(Dossier.code))
    )
    if limit is not None:
        query = query.limit(limit)
    return [HandoverRow(*row) for row in session.execute(query)]


@requires(Permission.VIEW)
def pending_dossiers(session: Session) -> list[Dossier]:
    """The same dossiers as `pending_rows`, whole (for exports and the printed list)."""
    return list(
        session.exec(
            select(Dossier).where(Dossier.handover == "pending").order_by(col(Dossier.received_at), col(Dossier.code))
        )
    )


@requires(Permission.VIEW)
def count_pending(session: Session) -> int:
    """How many dossiers are still to be entered (the main window's count)."""
    return session.exec(select(func.count()).select_from(Dossier).where(Dossier.handover == "pending")).one()


@requires(Permission.VIEW)
def entered_codes(session: Session) -> dict[str, str]:
    """Provincial code → our dossier code, for every dossier recorded as entered."""
    query = select(Dossier.province_code, Dossier.code).where(Dossier.province_code != "")
    return {province: code for province, code in session.execute(query)}


def _owner_of(session: Session, province_code: str) -> str | None:
    query = select(Dossier.code).where(Dossier.province_code == province_code)
    return session.execute(query).scalars().first()


@requires(Permission.HANDOVER)
def mark_entered(
    session: Session, code: str, province_code: str, *, at: dt.datetime | None = None, how: str = "hand"
) -> Dossier:
    """Record that the dossier ``code`` was entered in the provincial system as ``province_code``.

    Refused when the code is empty, already belongs to another dossier (a double entry), or when the
    dossier was entered under another code (put it back on the list first). The same code again is a no-op.
    """
    province_code = clean(province_code)
    if not province_code:
        raise UserError("Chưa nhập mã hồ sơ trên hệ thống tỉnh.", "The provincial dossier code is missing.")
    if len(province_code) > 60:
        raise UserError("Mã hồ sơ trên hệ thống tỉnh dài quá 60 ký tự.", "The provincial code is over 60 characters.")
    dossier = get_dossier(session, code)
    if dossier.handover == "entered":
        if dossier.province_code == province_code:
            return dossier
        raise UserError(
            f"Hồ sơ {dossier.code} đã nhập lên hệ thống tỉnh với mã {dossier.province_code}: "
            "nhập trùng? Nếu mã cũ sai, hãy đưa hồ sơ về danh sách chờ nhập trước.",
            f"Dossier {dossier.code} was already entered as {dossier.province_code}: a double entry? "
            "If that code is wrong, put the dossier back on the list first.",
        )
    owner = _owner_of(session, province_code)
    if owner is not None and owner != dossier.code:
        raise UserError(
            f"Mã {province_code} trên hệ thống tỉnh đã ghi cho hồ sơ {owner}: không ghi trùng.",
            f"The provincial code {province_code} is already recorded for dossier {owner}.",
        )
    moment = (at or dt.datetime.now()).replace(microsecond=0)
    dossier.handover, dossier.province_code = "entered", province_code
    dossier.handover_by, dossier.handover_at, dossier.updated_at = acting_name(session), moment, moment
    session.add(dossier)
    record_event(session, dossier, "handover_entered", at=moment, province_code=province_code, how=how)
    session.flush()
    return dossier


@requires(Permission.HANDOVER)
def mark_pending(session: Session, code: str, *, reason: str = "", at: dt.datetime | None = None) -> Dossier:
    """Put the dossier ``code`` (back) on the hand-over list: a mistaken entry, or one the clerk forgot."""
    dossier = get_dossier(session, code)
    if dossier.handover == "pending":
        return dossier
    moment = (at or dt.datetime.now()).replace(microsecond=0)
    record_event(
        session,
        dossier,
        "handover_pending",
        at=moment,
        reason=clean(reason),
        previous=dossier.handover,
        province_code=dossier.province_code,
    )
    dossier.handover, dossier.province_code, dossier.handover_by, dossier.handover_at = "pending", "", "", None
    dossier.updated_at = moment
    session.add(dossier)
    session.flush()
    return dossier


def state_label(state: str) -> str:
    """The desk's words for a hand-over state."""
    return STATES.get(state, state)
