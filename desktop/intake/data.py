"""What the intake desk reads and writes, as plain data (no Qt). Every function runs on the worker.

The page hands these to `desktop.operations`: a procedure search, the due moment of a procedure if
it were accepted now, the acceptance itself (`accept`: the dossier and its scanned papers in one
transaction), the slips of a dossier not accepted
(`record_slip`) and the PDF of what was issued (`render_issued`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session

from core.attachments import attach_path
from core.documents import build_receipt, build_refusal, build_supplement, render_bytes, slip_reference
from core.dossiers import DossierDraft
from core.dossiers import accept as accept_draft
from core.lifecycle import record_guidance
from core.office_calendar import load_calendar
from core.office_settings import office_settings
from core.procedures import get_procedure, procedure_duration, search_procedures
from core.work_calendar import DueResult

__all__ = [
    "Applicant",
    "IntakeRequest",
    "Issued",
    "ProcedureChoice",
    "accept",
    "fetch_due",
    "find_procedures",
    "record_slip",
    "render_issued",
]


#: Words that mark a component needed only in some cases ("… (nếu có)", "(chỉ khi …)").
@dataclass(frozen=True)
class ProcedureChoice:
    """A procedure as the intake form shows it."""

    code: str
    name: str
    field: str
    fee: int
    fee_note: str
    duration: str  # in words: "3 ngày làm việc"
    components: tuple[dict[str, Any], ...] = ()

    @property
    def label(self) -> str:
        return f"{self.code} — {self.name}"


def _choice(procedure) -> ProcedureChoice:
    return ProcedureChoice(
        procedure.code,
        procedure.name,
        procedure.field,
        procedure.fee,
        procedure.fee_note,
        procedure_duration(procedure).describe(),
        tuple(dict(c) for c in procedure.components or ()),
    )


def find_procedures(session: Session, query: str, limit: int = 30) -> tuple[str, list[ProcedureChoice]]:
    """The procedures matching ``query`` (accents and case ignored), with the query they answer."""
    return query, [_choice(p) for p in search_procedures(session, query, limit=limit)]


def fetch_due(session: Session, code: str, now: dt.datetime) -> DueResult:
    """When a dossier of procedure ``code`` accepted at ``now`` would be due, and why."""
    procedure = get_procedure(session, code)
    cutoff = office_settings(session).same_day_cutoff
    received = now.replace(second=0, microsecond=0)
    return load_calendar(session).due(received, procedure_duration(procedure, default_cutoff=cutoff))


@dataclass(frozen=True)
class Applicant:
    name: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    email: str = ""

    def as_kwargs(self) -> dict[str, str]:
        return {
            "applicant_name": self.name,
            "id_number": self.id_number,
            "phone": self.phone,
            "address": self.address,
            "email": self.email,
        }


@dataclass(frozen=True)
class IntakeRequest:
    """Everything the form holds when the clerk accepts the dossier."""

    applicant: Applicant
    procedure_code: str
    channel: str = "direct"
    fee: int | None = None
    payment_method: str = ""
    delivery: str = "desk"
    components: list[dict[str, Any]] = field(default_factory=list)
    papers: tuple[tuple[int, str], ...] = ()  # (component index, path) of the scanned files to attach

    def draft(self) -> DossierDraft:
        """The form as core's one input of a new dossier (checked there, not here)."""
        a = self.applicant
        return DossierDraft(
            procedure_code=self.procedure_code,
            applicant_name=a.name,
            id_number=a.id_number,
            phone=a.phone,
            address=a.address,
            email=a.email,
            channel=self.channel,
            fee=self.fee,
            payment_method=self.payment_method,
            delivery=self.delivery,
            components=self.components,
        )


@dataclass(frozen=True)
class Issued:
    """What the desk handed out: a receipt (dossier code) or a slip (PBS-/PTC- number)."""

    kind: str  # receipt | supplement | refusal
    reference: str
    applicant_name: str
    due: DueResult | None = None


def accept(session: Session, request: IntakeRequest, *, now: dt.datetime) -> Issued:
    """Accept the dossier (core `accept`) and attach its scanned papers; the caller's transaction commits it
    all, or nothing when a file is refused."""
    dossier, due = accept_draft(session, request.draft(), now=now)
    for component, path in request.papers:
        attach_path(session, dossier.code, Path(path), component=component, at=now)
    return Issued("receipt", dossier.code, dossier.applicant_name, due)


def record_slip(
    session: Session,
    kind: str,
    applicant: Applicant,
    procedure_code: str,
    *,
    items: list[dict[str, Any]],
    reason: str,
    now: dt.datetime,
) -> Issued:
    """A supplement or refusal slip: nothing is accepted, no dossier code."""
    slip = record_guidance(
        session,
        kind=kind,
        procedure_code=procedure_code,
        reason=reason,
        items=items,
        at=now,
        **applicant.as_kwargs(),
    )
    return Issued(kind, slip_reference(slip), slip.applicant_name)


_BUILDERS = {"receipt": build_receipt, "supplement": build_supplement, "refusal": build_refusal}


def render_issued(session: Session, issued: Issued) -> bytes:
    """The PDF of the receipt or slip, in the form of its own legal profile."""
    return render_bytes(_BUILDERS[issued.kind](session, issued.reference))
