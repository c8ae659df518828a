"""What the hand-over page reads and writes, as plain data: functions of a session run on the worker.

Nothing here touches a widget; the page hands these to `Operations.run`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from core.documents import render_bytes
from core.documents.forms_handover import handover_list
from core.errors import UserError
from core.handover.export import export_handover
from core.handover.mapping import FIELDS, check_mapping, guess_mapping, read_provincial, stored_mapping
from core.handover.mode import HandoverMode, get_mode, set_mode, set_outage
from core.handover.queue import HandoverRow, count_pending, mark_entered, pending_rows
from core.handover.reconcile import ReconcileResult, reconcile

__all__ = [
    "FIELDS",
    "ColumnChoice",
    "HandoverView",
    "desk_list_pdf",
    "export_to",
    "fetch_count",
    "fetch_view",
    "file_columns",
    "mark",
    "run_reconcile",
    "switch_mode",
    "switch_outage",
]


@dataclass(frozen=True)
class HandoverView:
    """The page's content: the list (oldest first), its size, and the office's mode."""

    rows: list[HandoverRow]
    count: int
    mode: HandoverMode


@dataclass(frozen=True)
class ColumnChoice:
    """A provincial file's columns and the mapping to propose; ``remembered`` when the stored one fits whole."""

    path: str
    header: list[str]
    mapping: dict[str, str]
    remembered: bool


def fetch_view(session: Session) -> HandoverView:
    rows = pending_rows(session)
    return HandoverView(rows=rows, count=len(rows), mode=get_mode(session))


def fetch_count(session: Session) -> int:
    return count_pending(session)


def mark(session: Session, code: str, province_code: str) -> str:
    """Record one entry (in a transaction); returns the dossier code."""
    return mark_entered(session, code, province_code).code


def switch_outage(session: Session, on: bool) -> HandoverMode:
    return set_outage(session, on)


def switch_mode(session: Session, mode: str) -> HandoverMode:
    return set_mode(session, mode)


def export_to(session: Session, path: str, layout: str = "office") -> int:
    return export_handover(session, Path(path), layout=layout)


def desk_list_pdf(session: Session, today: dt.date | None = None) -> bytes:
    return render_bytes(handover_list(session, today=today))


def file_columns(session: Session, path: str) -> ColumnChoice:
    """Read the file's header; propose the remembered mapping where it fits, else a guess."""
    header = read_provincial(Path(path)).header
    stored = {f: c for f, c in stored_mapping(session).items() if f in FIELDS and c in header}
    try:
        return ColumnChoice(path, header, check_mapping(stored, header), remembered=bool(stored))
    except UserError:
        return ColumnChoice(path, header, {**guess_mapping(header), **stored}, remembered=False)


def run_reconcile(session: Session, path: str, mapping: dict[str, str]) -> ReconcileResult:
    """Match and mark (in a transaction); the mapping is remembered for next time."""
    return reconcile(session, Path(path), mapping=mapping)
