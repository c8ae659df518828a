"""The dossiers behind one cell of a monthly report, as lines a list can show (code, applicant, procedure).

    lines = cell_dossiers(session, report, "resolved_late", "Hộ tịch")   # same order as report_codes

The codes come from `report_codes` (the report's own rules); this module only reads what a list shows
for them, in chunks so that a cell of many thousand dossiers stays a handful of queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from core.models import Dossier
from core.reports.monthly import MonthlyReport, report_codes
from core.reports.period import Period
from core.security.access import Permission, requires

__all__ = ["CellDossier", "cell_dossiers", "dossier_lines"]

_CHUNK = 500


@dataclass(frozen=True)
class CellDossier:
    """One dossier of a cell: enough to recognise it and open it."""

    code: str
    applicant_name: str
    procedure_name: str
    received_at: dt.datetime
    due_at: dt.datetime


@requires(Permission.VIEW)
def dossier_lines(session: Session, codes: list[str]) -> list[CellDossier]:
    """The lines of ``codes``, in the order given (unknown codes are left out)."""
    columns = (
        col(Dossier.code),
        col(Dossier.applicant_name),
        col(Dossier.procedure_name),
        col(Dossier.received_at),
        col(Dossier.due_at),
    )
    found: dict[str, CellDossier] = {}
    for start in range(0, len(codes), _CHUNK):
        chunk = codes[start : start + _CHUNK]
        for row in session.execute(sa_select(*columns).where(col(Dossier.code).in_(chunk))):
            found[row[0]] = CellDossier(*row)
    return [found[code] for code in codes if code in found]


@requires(Permission.VIEW)
def cell_dossiers(
    session: Session, report: MonthlyReport | Period, column: str, field_name: str | None = None
) -> list[CellDossier]:
    """The dossiers behind a cell (``field_name`` None: the totals row), exactly `report_codes`' list."""
    return dossier_lines(session, report_codes(session, report, column, field_name))
