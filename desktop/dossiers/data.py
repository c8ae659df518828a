"""Dossier list rows as the GUI shows them: plain data read on the worker thread.

`ListQuery` is what the list's filter bar asks for; `fetch_dossier_page` turns it into a core
`DossierFilter` (the "due soon" window comes from the office calendar, docs/rules.md §4) and reads one page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from core.dossiers import STATUS_LABELS, DossierFilter, count_dossiers, is_late, list_rows
from core.dossiers import DossierRow as CoreRow
from core.office_calendar import load_calendar
from core.procedures import list_procedures
from core.text import sort_key
from desktop.core_words import word

__all__ = [
    "DUE_SOON",
    "LATE",
    "DossierPage",
    "DossierRow",
    "ListQuery",
    "fetch_dossier_page",
    "fetch_dossier_total",
    "fetch_fields",
    "to_filter",
]

DUE_SOON, LATE = "soon", "late"


@dataclass(frozen=True)
class ListQuery:
    """The list's search text and filters; empty values mean "any"."""

    search: str = ""
    status: str = ""
    field: str = ""
    channel: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    due: str = ""  # "" | DUE_SOON | LATE

    @property
    def narrowed(self) -> bool:
        """True when anything at all is asked for (the empty-list message differs)."""
        return self != ListQuery(search=self.search) or bool(self.search.strip())


@dataclass(frozen=True)
class DossierRow:
    code: str
    applicant: str
    procedure: str
    field: str
    received_at: dt.datetime
    due_at: dt.datetime
    status: str  # already in words
    late: bool = False  # at the moment the page was read (core's rule: `core.dossiers.is_late`)

    @classmethod
    def of(cls, dossier: CoreRow, now: dt.datetime | None = None) -> DossierRow:
        return cls(
            dossier.code,
            dossier.applicant_name,
            dossier.procedure_name,
            dossier.field,
            dossier.received_at,
            dossier.new_due_at or dossier.due_at,
            word(STATUS_LABELS.get(dossier.status, dossier.status)),
            now is not None and is_late(dossier, now),
        )


@dataclass(frozen=True)
class DossierPage:
    """One page of rows (``total`` None), or the count of the whole list (offset 0, no rows, ``total``)."""

    query: ListQuery
    offset: int
    rows: tuple[DossierRow, ...]
    total: int | None


def to_filter(session: Session, query: ListQuery, now: dt.datetime | None = None) -> DossierFilter:
    """The core filter for ``query``; "due soon" runs until one working day after ``now``."""
    now = now or dt.datetime.now().replace(microsecond=0)
    until = load_calendar(session).add_working_days(now, 1) if query.due == DUE_SOON else None
    return DossierFilter(
        search=query.search,
        status=query.status,
        field=query.field,
        channel=query.channel,
        received_from=query.received_from,
        received_to=query.received_to,
        due_soon=query.due == DUE_SOON,
        late=query.due == LATE,
        now=now,
        due_soon_until=until,
    )


def fetch_dossier_page(
    session: Session, query: ListQuery, offset: int, limit: int, now: dt.datetime | None = None
) -> DossierPage:
    """Read one page, newest first (worker thread); no total: the list paints before the dossiers are
    counted (`fetch_dossier_total`, asked next)."""
    now = now or dt.datetime.now().replace(microsecond=0)
    flt = to_filter(session, query, now)
    rows = tuple(DossierRow.of(d, now) for d in list_rows(session, flt, offset=offset, limit=limit))
    return DossierPage(query, offset, rows, None)


def fetch_dossier_total(session: Session, query: ListQuery, now: dt.datetime | None = None) -> DossierPage:
    """How many dossiers ``query`` finds, as a page without rows at offset 0 (worker thread)."""
    now = now or dt.datetime.now().replace(microsecond=0)
    return DossierPage(query, 0, (), count_dossiers(session, to_filter(session, query, now)))


def fetch_fields(session: Session) -> list[str]:
    """The procedure fields (lĩnh vực) of the catalogue, in Vietnamese order."""
    return sorted({p.field for p in list_procedures(session, include_inactive=True) if p.field}, key=sort_key)
