"""Dossier list rows as the GUI shows them: plain data read on the worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from core.dossiers import STATUS_LABELS, count_dossiers, list_dossiers
from core.models import Dossier

__all__ = ["DossierRow", "DossierPage", "fetch_dossier_page"]


@dataclass(frozen=True)
class DossierRow:
    code: str
    applicant: str
    procedure: str
    field: str
    received_at: dt.datetime
    due_at: dt.datetime
    status: str  # already in words

    @classmethod
    def of(cls, dossier: Dossier) -> "DossierRow":
        return cls(dossier.code, dossier.applicant_name, dossier.procedure_name, dossier.field,
                   dossier.received_at, dossier.new_due_at or dossier.due_at,
                   STATUS_LABELS.get(dossier.status, dossier.status))


@dataclass(frozen=True)
class DossierPage:
    """One page of rows; ``total`` is counted with the first page only (None on later pages)."""

    search: str
    offset: int
    rows: tuple[DossierRow, ...]
    total: int | None


def fetch_dossier_page(session: Session, search: str, offset: int, limit: int) -> DossierPage:
    """Read one page, newest first (worker thread)."""
    total = count_dossiers(session, search=search) if offset == 0 else None
    rows = tuple(DossierRow.of(d) for d in list_dossiers(session, search=search, offset=offset, limit=limit))
    return DossierPage(search, offset, rows, total)
