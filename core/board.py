"""The desk board (docs/rules.md §4–5): what is due today, due soon, late or waiting, at one moment.

Definitions, all at the moment ``at`` and for dossiers accepted by then and still open then (no result,
not stopped):

- **waiting**: an open pause (the office waits on the citizen). The clock is stopped, so a waiting
  dossier is never due soon or late; it has its own section.
- **late**: the statutory due moment ``Dossier.due_at`` has passed. A re-appointment
  (``new_due_at``) never changes that: a re-appointed dossier past its statutory due moment is late.
- **due today**: not late, and due on ``at``'s date.
- **due soon**: due on a later date, but the warning has begun: from one working day before the due
  moment (`warning_from`: the same clock time on the previous working day, so a Monday due moment
  warns from Friday, and one just after Tết from the last working day before Tết).
- **to-do**: a late dossier with no apology, or whose new appointment has passed too (it needs a
  second re-appointment, which only an admin may grant). A late dossier is presumed late by the
  office's own fault until an apology records the fault (chủ quan or khách quan); recording one,
  whatever its fault, takes the dossier off the to-do list.
- **apology coverage** (docs/rules.md §5) over the month of ``at`` up to ``at``: late dossiers with an
  apology / late dossiers, where late = resolved after the statutory due moment inside the period, or
  still open at its end with the due moment before it. ``None`` when there is no late dossier (shown
  as "—").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from core.models import Apology, Dossier, DossierPause
from core.office_calendar import load_calendar
from core.security.access import Permission, requires
from core.text import sort_key
from core.work_calendar import WorkCalendar

__all__ = [
    "SECTIONS",
    "Board",
    "BoardEntry",
    "Coverage",
    "GroupCount",
    "apology_coverage",
    "desk_board",
    "format_rate",
    "warning_from",
]

SECTIONS = ("due_today", "due_soon", "late", "waiting")
#: How far past ``at`` to look for due moments whose warning may already run (the longest run of days
#: off, Tết with its weekends, is about ten days).
_LOOKAHEAD = dt.timedelta(days=45)
_SEARCH_LIMIT_DAYS = 3 * 366


def warning_from(calendar: WorkCalendar, due: dt.datetime) -> dt.datetime:
    """When ``due`` turns due soon: the same clock time on the working day before the due day."""
    day = due.date()
    for _ in range(_SEARCH_LIMIT_DAYS):
        day -= dt.timedelta(days=1)
        if calendar.is_working_day(day) and calendar.periods(day):
            return dt.datetime.combine(day, due.time())
    return due - dt.timedelta(days=1)


@dataclass(frozen=True)
class BoardEntry:
    """One dossier on the board, with its apology state."""

    code: str
    applicant: str
    procedure: str
    field: str
    handler: str
    channel: str
    received_at: dt.datetime
    due_at: dt.datetime  # statutory, never changed by an apology
    warn_from: dt.datetime
    new_due_at: dt.datetime | None  # the re-appointment told to the citizen
    section: str  # one of SECTIONS
    apologies: int = 0
    apology_at: dt.datetime | None = None  # the latest apology's issue moment
    fault: str = ""  # own | external | "" (no apology)
    at: dt.datetime | None = None

    @property
    def apology_state(self) -> str:
        """``none``, ``issued``, or ``expired`` (the new appointment has passed without a result)."""
        if not self.apologies:
            return "none"
        if self.new_due_at is not None and self.at is not None and self.new_due_at < self.at:
            return "expired"
        return "issued"

    @property
    def is_todo(self) -> bool:
        return self.section == "late" and self.apology_state != "issued"


@dataclass(frozen=True)
class GroupCount:
    """How many dossiers of one field or officer are in each section."""

    name: str
    due_today: int = 0
    due_soon: int = 0
    late: int = 0
    waiting: int = 0

    @property
    def total(self) -> int:
        return self.due_today + self.due_soon + self.late + self.waiting


@dataclass(frozen=True)
class Coverage:
    """Apology coverage over [since, until): late dossiers with an apology / late dossiers."""

    since: dt.datetime
    until: dt.datetime
    late: int
    with_apology: int

    @property
    def rate(self) -> float | None:
        return self.with_apology / self.late if self.late else None


def format_rate(rate: float | None) -> str:
    """``97%``, or "—" for a rate with no denominator (docs/rules.md §5)."""
    return "—" if rate is None else f"{rate * 100:.0f}%"


@dataclass(frozen=True)
class Board:
    at: dt.datetime
    due_today: tuple[BoardEntry, ...]
    due_soon: tuple[BoardEntry, ...]
    late: tuple[BoardEntry, ...]
    waiting: tuple[BoardEntry, ...]
    by_field: tuple[GroupCount, ...]
    by_handler: tuple[GroupCount, ...]
    coverage: Coverage

    @property
    def todo(self) -> tuple[BoardEntry, ...]:
        return tuple(e for e in self.late if e.is_todo)

    def section(self, name: str) -> tuple[BoardEntry, ...]:
        return getattr(self, name)  # one of SECTIONS

    def counts(self) -> dict[str, int]:
        return {name: len(self.section(name)) for name in SECTIONS} | {"todo": len(self.todo)}


def _open_rows(
    session: Session,
    at: dt.datetime,
    columns: tuple,
    *,
    due_before: dt.datetime | None = None,
    due_from: dt.datetime | None = None,
    ids: set[int] | None = None,
) -> list:
    """Rows of the dossiers accepted by ``at`` with neither a result nor a stop at ``at``.

    Two queries, each walking the index on ``result_at``: no result at all, or a result after ``at``
    (rare for the present moment). In the second the due moment is wrapped in ``coalesce`` so that the
    planner does not walk the whole register through the index on ``due_at`` instead.
    """
    due = func.coalesce(Dossier.due_at, Dossier.due_at)
    limits = [
        *([] if due_before is None else [due < due_before]),
        *([] if due_from is None else [due >= due_from]),
        *([] if ids is None else [col(Dossier.id).in_(sorted(ids))]),
    ]
    columns = (*columns, Dossier.received_at, Dossier.stopped_at)
    rows = list(
        session.execute(
            select(*columns).where(
                col(Dossier.result_at).is_(None),
                col(Dossier.received_at) <= at,
                or_(col(Dossier.stopped_at).is_(None), col(Dossier.stopped_at) > at),
                *limits,
            )
        )
    )
    later = session.execute(select(*columns).where(col(Dossier.result_at) > at, *limits))
    return rows + [r for r in later if r.received_at <= at and (r.stopped_at is None or r.stopped_at > at)]


def _waiting_ids(session: Session, at: dt.datetime) -> set[int]:
    """Dossiers with a pause open at ``at`` (whether they are still open is checked by the caller)."""
    rows = session.exec(
        select(DossierPause.dossier_id).where(
            col(DossierPause.started_at) <= at,
            or_(col(DossierPause.ended_at).is_(None), col(DossierPause.ended_at) > at),
        )
    )
    return set(rows)


def _apologies(session: Session, ids: Iterable[int], at: dt.datetime) -> dict[int, list[Apology]]:
    found: dict[int, list[Apology]] = defaultdict(list)
    ids = list(ids)
    for start in range(0, len(ids), 500):
        for row in session.exec(
            select(Apology)
            .where(col(Apology.dossier_id).in_(ids[start : start + 500]), col(Apology.issued_at) <= at)
            .order_by(col(Apology.issued_at), col(Apology.id))
        ):
            found[row.dossier_id].append(row)
    return found


def _section(calendar: WorkCalendar, due: dt.datetime, at: dt.datetime) -> tuple[str | None, dt.datetime]:
    warn = warning_from(calendar, due)
    if due < at:
        return "late", warn
    if due.date() == at.date():
        return "due_today", warn
    return ("due_soon" if warn <= at else None), warn


@requires(Permission.VIEW)
def desk_board(session: Session, at: dt.datetime, *, calendar: WorkCalendar | None = None) -> Board:
    """The board at ``at`` (see the module's docstring for every definition)."""
    calendar = calendar or load_calendar(session)
    waiting = _waiting_ids(session, at)
    columns = (
        Dossier.id,
        Dossier.code,
        Dossier.applicant_name,
        Dossier.procedure_name,
        Dossier.field,
        Dossier.handler,
        Dossier.channel,
        Dossier.due_at,
    )
    dossiers = _open_rows(session, at, columns, due_before=at + _LOOKAHEAD)
    if waiting:  # waiting dossiers whose (paused) due moment lies further ahead
        dossiers += _open_rows(session, at, columns, due_from=at + _LOOKAHEAD, ids=waiting)
    entries: list[BoardEntry] = []
    apologies = _apologies(session, [d.id for d in dossiers], at)
    for d in dossiers:
        section, warn = _section(calendar, d.due_at, at)
        if d.id in waiting:
            section = "waiting"
        if section is None:
            continue
        mine = apologies.get(d.id, [])
        latest = mine[-1] if mine else None
        entries.append(
            BoardEntry(
                code=d.code,
                applicant=d.applicant_name,
                procedure=d.procedure_name,
                field=d.field,
                handler=d.handler,
                channel=d.channel,
                received_at=d.received_at,
                due_at=d.due_at,
                warn_from=warn,
                new_due_at=latest.new_due_at if latest else None,
                section=section,
                apologies=len(mine),
                apology_at=latest.issued_at if latest else None,
                fault=latest.fault if latest else "",
                at=at,
            )
        )
    entries.sort(key=lambda e: (e.due_at, e.code))
    by_section = {name: tuple(e for e in entries if e.section == name) for name in SECTIONS}
    month_start = dt.datetime(at.year, at.month, 1)
    return Board(
        at=at,
        **by_section,
        by_field=_group(entries, lambda e: e.field),
        by_handler=_group(entries, lambda e: e.handler),
        coverage=apology_coverage(session, month_start, at),
    )


def _group(entries: list[BoardEntry], key) -> tuple[GroupCount, ...]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SECTIONS, 0))
    for entry in entries:
        counts[key(entry) or ""][entry.section] += 1
    return tuple(GroupCount(name, **values) for name, values in sorted(counts.items(), key=lambda i: sort_key(i[0])))


@requires(Permission.VIEW)
def apology_coverage(session: Session, since: dt.datetime, until: dt.datetime) -> Coverage:
    """Late dossiers of [since, until) with an apology issued by ``until`` / late dossiers (docs/rules.md §5).

    Late: a result inside the period after the statutory due moment, or still open (no result, not
    stopped) at ``until`` with the due moment before it.
    """
    resolved_late = select(col(Dossier.id)).where(
        col(Dossier.result_at) >= since, col(Dossier.result_at) < until, col(Dossier.result_at) > col(Dossier.due_at)
    )
    late_ids = {row.id for row in _open_rows(session, until, (Dossier.id,), due_before=until)}
    late_ids |= set(session.exec(resolved_late))
    with_apology, ids = 0, sorted(late_ids)
    for start in range(0, len(ids), 500):
        with_apology += session.exec(
            select(func.count(func.distinct(Apology.dossier_id))).where(
                col(Apology.dossier_id).in_(ids[start : start + 500]), col(Apology.issued_at) <= until
            )
        ).one()
    total = len(ids)
    return Coverage(since, until, int(total), int(with_apology))
