"""The 13 columns of Biểu II.06a plus ``stopped``, per procedure field, computed in SQL (docs/rules.md §5).

Which dossiers a period covers, as one ``UNION ALL`` of three index-friendly parts:

1. accepted inside the period (index on ``received_at``);
2. accepted before it, with a result from its start on (the covering index on
   ``result_at, received_at, due_at, field``);
3. accepted before it, with no result (the same index, ``result_at IS NULL``);

parts 2–3 drop dossiers stopped before the period began. A dossier *closes* at its result or at its
stop, whichever came first; a stop (withdrawn, Thông báo dừng, refused after acceptance) counts as
resolved on time and also as ``stopped``. Everything is portable SQL (SQLite and PostgreSQL): the only
dialect-specific piece is `day_of`, the calendar date of a moment.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, and_, bindparam, case, func, literal, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session

from core.models import Dossier, model_table
from core.reports.period import Period
from core.security.access import Permission, requires
from core.text import sort_key

__all__ = [
    "BASE_COLUMNS",
    "COLUMNS",
    "COLUMN_NUMBERS",
    "COUNTS",
    "bounds",
    "cell_codes",
    "complete_row",
    "covered",
    "day_of",
    "empty_row",
    "figures",
    "predicates",
]

#: The row keys in the order of docs/cli.md's JSON; the 13 columns of Biểu II.06a are (3)–(13) plus STT and field.
COLUMNS = (
    "received_total",
    "received_online",
    "received_direct",
    "carried_over",
    "resolved_total",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "pending_total",
    "pending_on_time",
    "pending_late",
    "stopped",
)
#: Column numbers of Biểu II.06a ((1) STT, (2) field).
COLUMN_NUMBERS = {
    "received_total": 3,
    "received_online": 4,
    "received_direct": 5,
    "carried_over": 6,
    "resolved_total": 7,
    "resolved_early": 8,
    "resolved_on_time": 9,
    "resolved_late": 10,
    "pending_total": 11,
    "pending_on_time": 12,
    "pending_late": 13,
}
#: Counted in SQL; the three totals are sums of their parts (so the invariants hold by construction).
BASE_COLUMNS = (
    "received_online",
    "received_direct",
    "carried_over",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "pending_on_time",
    "pending_late",
    "stopped",
)
#: Counts behind the KPIs, over dossiers accepted inside the period. ``digitized`` counts each dossier by its
#: source (`Dossier.digitized_source`): from its attached files for dossiers received at the desk, as recorded
#: for imported registers and dossiers from before the upgrade; ``recorded`` and ``digitized_recorded`` count
#: the latter apart, so the report says how much of the rate is not from files.
COUNTS = ("digitized", "with_fee", "paid_online", "recorded", "digitized_recorded")
_TOTALS = {
    "received_total": ("received_online", "received_direct", "carried_over"),
    "resolved_total": ("resolved_early", "resolved_on_time", "resolved_late"),
    "pending_total": ("pending_on_time", "pending_late"),
}
_NEW_ONLINE, _NEW_DIRECT, _CARRIED = 1, 2, 0
END_OF_TIME = dt.datetime(9999, 12, 31)


class day_of(FunctionElement):
    """The calendar date of a moment: ``date(x)`` on SQLite, ``CAST(x AS DATE)`` elsewhere."""

    type = Date()
    name = "day_of"
    inherit_cache = True


@compiles(day_of)
def _day_of_default(element, compiler, **kw) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS DATE)"


@compiles(day_of, "sqlite")
def _day_of_sqlite(element, compiler, **kw) -> str:
    return f"date({compiler.process(element.clauses, **kw)})"


#: What became of a covered dossier by the period's end: a result before the due date, on the due date,
#: after the due moment; stopped; pending within or past its due moment.
EARLY, ON_TIME, LATE, STOPPED, PENDING_ON_TIME, PENDING_LATE = 1, 2, 3, 4, 5, 6
_STATES = {
    "resolved_early": (EARLY,),
    "resolved_on_time": (ON_TIME, STOPPED),
    "resolved_late": (LATE,),
    "stopped": (STOPPED,),
    "pending_on_time": (PENDING_ON_TIME,),
    "pending_late": (PENDING_LATE,),
    "resolved_total": (EARLY, ON_TIME, LATE, STOPPED),
    "pending_total": (PENDING_ON_TIME, PENDING_LATE),
    "late": (LATE, PENDING_LATE),
}
_ORIGINS = {
    "received_online": (_NEW_ONLINE,),
    "received_direct": (_NEW_DIRECT,),
    "carried_over": (_CARRIED,),
    "received_total": (_NEW_ONLINE, _NEW_DIRECT, _CARRIED),
}


def _state(closed: ColumnElement, is_stop: ColumnElement, due: ColumnElement, end: ColumnElement) -> ColumnElement:
    """The dossier's state at the period's end, evaluated once per row inside each part."""
    return case(
        (or_(closed.is_(None), closed >= end), case((due < end, PENDING_LATE), else_=PENDING_ON_TIME)),
        (is_stop, STOPPED),
        (closed > due, LATE),
        (closed < day_of(due), EARLY),  # before the due date's first moment: an earlier date
        else_=ON_TIME,
    )


def bounds(period: Period) -> dict[str, dt.datetime]:
    """The parameters of `covered`: the period's first moment and the first moment after it."""
    return {"start": period.start, "end": period.end}


def covered(*extra: ColumnElement):
    """The dossiers a period covers (parameters: `bounds`), one row each: ``field, origin, state`` + KPI flags
    + ``extra``.

    ``origin`` is 1 online / 2 direct or postal (accepted inside the period), 0 carried over; ``state``
    one of `EARLY` … `PENDING_LATE`. ``extra`` columns of ``dossier`` (its id, code…) join every part.
    """
    d = model_table(Dossier).c
    start, end = bindparam("start", type_=DateTime()), bindparam("end", type_=DateTime())
    stop_first = and_(d.stopped_at.is_not(None), or_(d.result_at.is_(None), d.stopped_at < d.result_at))
    general = _state(case((stop_first, d.stopped_at), else_=d.result_at), stop_first, d.due_at, end)
    never_resulted = _state(d.stopped_at, d.stopped_at.is_not(None), d.due_at, end)
    not_stopped_before = or_(d.stopped_at.is_(None), d.stopped_at >= start)

    def part(origin, state, flags, *where):
        return select(d.field.label("field"), origin.label("origin"), state.label("state"), *flags, *extra).where(
            *where
        )

    zero = [literal(0).label(name) for name in COUNTS]
    new_flags = [
        case((d.digitized.is_(True), 1), else_=0).label("digitized"),
        case((d.fee > 0, 1), else_=0).label("with_fee"),
        case((and_(d.fee > 0, d.paid_online.is_(True)), 1), else_=0).label("paid_online"),
        case((d.digitized_source == "recorded", 1), else_=0).label("recorded"),
        case((and_(d.digitized_source == "recorded", d.digitized.is_(True)), 1), else_=0).label("digitized_recorded"),
    ]
    return union_all(
        part(
            case((d.channel == "online", _NEW_ONLINE), else_=_NEW_DIRECT),
            general,
            new_flags,
            d.received_at >= start,
            d.received_at < end,
        ),
        # both bounds on result_at so that SQLite's planner walks the result index, not received_at < start
        part(
            literal(_CARRIED),
            general,
            zero,
            d.result_at >= start,
            d.result_at < END_OF_TIME,
            d.received_at < start,
            not_stopped_before,
        ),
        part(literal(_CARRIED), never_resulted, zero, d.result_at.is_(None), d.received_at < start, not_stopped_before),
    ).subquery("covered")


def predicates(c) -> dict[str, ColumnElement]:
    """Each column (and ``late``) as a condition on a row of `covered` (``c`` = its columns)."""
    found = {name: c.state.in_(states) for name, states in _STATES.items()}
    found.update({name: c.origin.in_(origins) for name, origins in _ORIGINS.items()})
    return found


def empty_row() -> dict[str, int]:
    return {name: 0 for name in COLUMNS}


def complete_row(base: dict[str, int]) -> dict[str, int]:
    """A row in docs/cli.md's key order with its totals as the sums of their parts."""
    row = {name: int(base.get(name) or 0) for name in BASE_COLUMNS}
    for total, parts in _TOTALS.items():
        row[total] = sum(row[p] for p in parts)
    return {name: row[name] for name in COLUMNS}


@requires(Permission.VIEW)
def figures(session: Session, period: Period) -> tuple[list[dict[str, Any]], dict[str, int], dict[str, int]]:
    """``(rows, totals, counts)``: one row per field (Vietnamese order, ``"field"`` first), the totals row
    (the sum of the rows) and the KPI counts (``accepted``, ``digitized``, ``with_fee``, ``paid_online``,
    ``recorded``, ``digitized_recorded``)."""
    rows, counts = [], {name: 0 for name in ("accepted", *COUNTS)}
    for record in session.connection().execute(_figures_query(), bounds(period)).mappings():
        row = complete_row(dict(record))
        rows.append({"field": record["field"], **row})
        counts["accepted"] += row["received_online"] + row["received_direct"]
        for name in COUNTS:
            counts[name] += int(record[name] or 0)
    rows.sort(key=lambda r: sort_key(r["field"]))
    totals = complete_row({name: sum(r[name] for r in rows) for name in BASE_COLUMNS})
    return rows, totals, counts


@cache
def _figures_query():
    """The aggregate by field, built once (its parameters are the period's bounds)."""
    sub = covered()
    conditions = predicates(sub.c)
    sums = [func.sum(case((conditions[name], 1), else_=0)).label(name) for name in BASE_COLUMNS]
    flags = [func.sum(sub.c[name]).label(name) for name in COUNTS]
    return select(sub.c.field, *sums, *flags).group_by(sub.c.field)


@requires(Permission.VIEW)
def cell_codes(session: Session, period: Period, column: str, field: str | None = None) -> list[str]:
    """The codes of the dossiers behind one cell (``field`` None: the totals row), oldest first.

    ``column`` is a key of `COLUMNS` or ``"late"`` (resolved late + pending late).
    """
    d = model_table(Dossier).c
    sub = covered(d.code.label("code"), d.received_at.label("received_at"))
    condition = predicates(sub.c).get(column)
    if condition is None:
        raise KeyError(column)
    query = select(sub.c.code).where(condition)
    if field is not None:
        # coalesce() keeps SQLite from pushing an indexable "field = ?" into the parts (a 40% index range)
        query = query.where(func.coalesce(sub.c.field, "") == field)
    ordered = query.order_by(sub.c.received_at, sub.c.code)
    return list(session.connection().execute(ordered, bounds(period)).scalars())
