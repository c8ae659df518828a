"""Everything a dossier's page shows, read on the worker thread as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from core.dossiers import DELIVERIES, PAYMENT_METHODS, STATUS_LABELS, applicant_of, get_dossier
from core.lifecycle import CORRECTABLE_FIELDS, STOP_KINDS, pauses_of, timeline
from core.models import CHANNELS
from core.work_calendar import Pause
from desktop.core_words import word

__all__ = ["CHOICES", "DossierDetail", "EventLine", "fetch_detail"]


@dataclass(frozen=True)
class EventLine:
    """One step of the dossier's history: when, who, which kind, and its detail."""

    at: dt.datetime
    actor: str
    kind: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class DossierDetail:
    code: str
    applicant: str
    procedure: str
    field: str
    status: str  # a key of STATUS_LABELS
    received_at: dt.datetime
    due_at: dt.datetime  # the statutory due moment
    new_due_at: dt.datetime | None  # the re-appointment told to the citizen (apology letter)
    result_at: dt.datetime | None
    returned_at: dt.datetime | None
    stopped_at: dt.datetime | None
    stop_kind: str
    handler: str
    channel: str
    delivery: str
    receipt_version: int
    values: dict[str, str]  # current values of CORRECTABLE_FIELDS
    pauses: tuple[Pause, ...]
    events: tuple[EventLine, ...]

    @property
    def status_label(self) -> str:
        return word(STATUS_LABELS.get(self.status, self.status))

    @property
    def channel_label(self) -> str:
        return word(CHANNELS.get(self.channel, self.channel))

    @property
    def delivery_label(self) -> str:
        return word(DELIVERIES.get(self.delivery, self.delivery))

    @property
    def stop_label(self) -> str:
        return word(STOP_KINDS.get(self.stop_kind, self.stop_kind))

    @property
    def waiting(self) -> bool:
        return any(p.end is None for p in self.pauses)

    @property
    def is_open(self) -> bool:
        """Still being handled: neither returned nor stopped."""
        return self.stopped_at is None and self.returned_at is None

    def can(self, action: str) -> bool:
        """Whether ``action`` makes sense now (a hint for the buttons; core decides)."""
        working = self.is_open and self.result_at is None and not self.waiting
        return {
            "hand_over": self.is_open,
            "supplement": working,
            "resume": self.is_open and self.waiting,
            "result": working,
            "return": self.is_open and self.result_at is not None,
            "stop": self.is_open,
            "correct": True,
        }.get(action, False)


def fetch_detail(session: Session, code: str) -> DossierDetail:
    """The dossier ``code`` with its pauses and timeline; a `UserError` when there is none."""
    d = get_dossier(session, code)
    events = tuple(EventLine(e.at, e.actor, e.kind, dict(e.detail or {})) for e in timeline(session, d.code))
    shown = applicant_of(session, d)  # CCCD, phone, address masked for roles that need not see them
    values = {
        name: str(getattr(shown, name, None) if name in ("id_number", "phone", "address") else getattr(d, name) or "")
        for name in CORRECTABLE_FIELDS
    }
    return DossierDetail(
        code=d.code,
        applicant=d.applicant_name,
        procedure=d.procedure_name,
        field=d.field,
        status=d.status,
        received_at=d.received_at,
        due_at=d.due_at,
        new_due_at=d.new_due_at,
        result_at=d.result_at,
        returned_at=d.returned_at,
        stopped_at=d.stopped_at,
        stop_kind=d.stop_kind,
        handler=d.handler,
        channel=d.channel,
        delivery=d.delivery,
        receipt_version=d.receipt_version,
        values=values,
        pauses=tuple(pauses_of(session, d)),
        events=events,
    )


#: Choices of the fields a correction offers as a list rather than free text.
CHOICES: dict[str, dict[str, str]] = {"channel": CHANNELS, "delivery": DELIVERIES, "payment_method": PAYMENT_METHODS}
