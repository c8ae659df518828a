"""The office's calendar in the database: shipped holiday tables, suggestions, edits, office hours.

`load_calendar` builds the pure `core.work_calendar.WorkCalendar` from the tables. Years shipped in
``resources/calendar/vn-days.csv`` are loaded with their official sources; other years are
*suggested* from the ``holidays`` library and stay unconfirmed until an admin confirms them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

from sqlalchemy import String, literal, null, union_all
from sqlalchemy import cast as sql_cast
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, delete, select

from core.errors import UserError
from core.file_dates import parse_day
from core.models import CalendarDay, CalendarYear, OfficeHours
from core.office_settings import office_settings
from core.security.access import Permission, acting_name, requires
from core.shipped_calendar import CalendarEntry, shipped_calendar, shipped_rows, shipped_years, suggest_year
from core.tabular import read_table
from core.text import clean
from core.work_calendar import (
    DEFAULT_PERIODS,
    DayKind,
    DayRule,
    HoursSchedule,
    WorkCalendar,
    format_periods,
    parse_periods,
)

__all__ = [
    "BASE_DATE",
    "CalendarEntry",
    "confirm_year",
    "hours_schedules",
    "import_days",
    "load_calendar",
    "seed_calendar",
    "set_day",
    "set_hours",
    "shipped_calendar",
    "shipped_years",
    "suggest_year",
    "year_days",
    "year_status",
]

#: Office hours without an effective date are stored as valid from this date.
BASE_DATE = dt.date(1900, 1, 1)


@requires(Permission.CALENDAR)
def seed_calendar(session: Session) -> None:
    """Load the shipped tables for the years not yet in the database (first start, or a new release)."""
    known = {row.year for row in session.exec(select(CalendarYear))}
    entries = [e for e in shipped_rows() if e.day.year not in known]
    for year in sorted({e.day.year for e in entries}):
        year_entries = [e for e in entries if e.day.year == year]
        session.add(CalendarYear(year=year, origin="shipped", confirmed=all(e.confirmed for e in year_entries)))
        for entry in year_entries:
            if session.get(CalendarDay, entry.day) is None:
                session.add(_row(entry, now=None))
    if session.exec(select(OfficeHours)).first() is None:
        for weekday in range(7):
            session.add(OfficeHours(valid_from=BASE_DATE, weekday=weekday, periods=format_periods(DEFAULT_PERIODS)))
    session.flush()


def _row(entry: CalendarEntry, *, now: dt.datetime | None) -> CalendarDay:
    return CalendarDay(
        day=entry.day,
        kind=entry.kind,
        reason=entry.reason,
        source=entry.source,
        confirmed=entry.confirmed,
        origin=entry.origin,
        updated_by="",
        updated_at=now,
    )


@requires(Permission.VIEW)
def year_status(session: Session, year: int) -> str:
    """``shipped``, ``confirmed`` (by an admin), ``office`` (edited here) or ``suggested``."""
    row = session.get(CalendarYear, year)
    if row is None:
        return "suggested"
    if row.confirmed and row.origin != "shipped":
        return "confirmed"
    return row.origin if row.origin != "suggested" else ("confirmed" if row.confirmed else "suggested")


@requires(Permission.VIEW)
def year_days(session: Session, year: int) -> list[CalendarEntry]:
    """The year's dates that differ from the office week (suggested ones for an unknown year)."""
    if session.get(CalendarYear, year) is None:
        return suggest_year(year)
    rows = session.exec(
        select(CalendarDay)
        .where(CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31))
        .order_by(col(CalendarDay.day))
    )
    return [CalendarEntry(r.day, cast(DayKind, r.kind), r.reason, r.source, r.confirmed, r.origin) for r in rows]


def _materialise(session: Session, year: int) -> CalendarYear:
    """Store a suggested year's days so that an admin's edit lands in a complete year."""
    row = session.get(CalendarYear, year)
    if row is None:
        row = CalendarYear(year=year, origin="suggested", confirmed=False)
        session.add(row)
        for entry in suggest_year(year):
            if session.get(CalendarDay, entry.day) is None:
                session.add(_row(entry, now=None))
        session.flush()
    return row


@requires(Permission.CALENDAR)
def confirm_year(session: Session, year: int) -> None:
    """An admin confirms a year's days off and working days (e.g. after the official notice)."""
    row = _materialise(session, year)
    row.confirmed, row.confirmed_by = True, acting_name(session)
    row.confirmed_at = dt.datetime.now().replace(microsecond=0)
    for day in session.exec(
        select(CalendarDay).where(CalendarDay.day >= dt.date(year, 1, 1), CalendarDay.day <= dt.date(year, 12, 31))
    ):
        day.confirmed = True
        session.add(day)
    session.add(row)
    session.flush()


@requires(Permission.CALENDAR)
def set_day(session: Session, day: dt.date, kind: str, reason: str = "", *, source: str = "") -> None:
    """Mark ``day`` off or working with its reason, or ``default`` to follow the office week again."""
    if kind not in ("off", "working", "default"):
        raise UserError(
            f'Loại ngày "{kind}" không hợp lệ: dùng off, working hoặc default.',
            f'Unknown day kind "{kind}": use off, working or default.',
        )
    _materialise(session, day.year)
    existing = session.get(CalendarDay, day)
    if kind == "default":
        if existing is not None:
            session.delete(existing)
        session.flush()
        return
    reason = clean(reason) or (
        "Ngày nghỉ theo quyết định của cơ quan" if kind == "off" else "Ngày làm việc theo quyết định của cơ quan"
    )
    row = existing or CalendarDay(day=day, kind=kind)
    row.kind, row.reason, row.source = kind, reason, clean(source) or row.source or ""
    row.confirmed, row.origin, row.updated_by = True, "office", acting_name(session)
    row.updated_at = dt.datetime.now().replace(microsecond=0)
    session.add(row)
    session.flush()


@requires(Permission.CALENDAR)
def import_days(session: Session, path: Path) -> int:
    """Import ``date,kind,reason`` rows (dates ``YYYY-MM-DD`` or ``DD/MM/YYYY``): all of them, or none if any
    row is wrong."""
    table = read_table(path)
    for name in ("date", "kind"):
        if name not in table.header:
            raise UserError(
                f'Thiếu cột bắt buộc "{name}" (tiêu đề: date,kind,reason).',
                f'Missing required column "{name}" (header: date,kind,reason).',
            ).at(line=1)
    parsed: list[tuple[dt.date, str, str]] = []
    for line, row in table.rows:
        try:  # YYYY-MM-DD, or DD/MM/YYYY as Excel under a Vietnamese regional format re-saves it
            day = parse_day(row["date"], column="date")
        except UserError as error:
            raise error.at(line=line, column="date")
        if day is None:
            raise UserError("Thiếu ngày.", "The date is missing.").at(line=line, column="date")
        if row["kind"] not in ("off", "working"):
            raise UserError(
                f'Loại ngày "{row["kind"]}" không hợp lệ: dùng off hoặc working.',
                f'Unknown kind "{row["kind"]}": use off or working.',
            ).at(line=line, column="kind")
        parsed.append((day, row["kind"], row.get("reason", "")))
    for day, kind, reason in parsed:
        set_day(session, day, kind, reason)
    return len(parsed)


@requires(Permission.CALENDAR)
def set_hours(
    session: Session, periods_text: str, *, valid_from: dt.date | None = None, weekdays: Iterable[int] = range(7)
) -> None:
    """Set office hours (e.g. ``"07:30-11:30,13:30-17:00"``) from ``valid_from`` (default: always)."""
    periods = parse_periods(periods_text)
    start = valid_from or BASE_DATE
    text = format_periods(periods)
    for weekday in weekdays:
        existing = session.exec(
            select(OfficeHours).where(OfficeHours.valid_from == start, OfficeHours.weekday == weekday)
        ).first()
        row = existing or OfficeHours(valid_from=start, weekday=weekday, periods=text)
        row.periods = text
        session.add(row)
    session.flush()


@requires(Permission.CALENDAR)
def remove_hours(session: Session, valid_from: dt.date) -> None:
    """Drop a dated schedule (the base schedule stays)."""
    if valid_from == BASE_DATE:
        raise UserError("Không xóa được giờ làm việc gốc; hãy sửa nó.", "The base office hours cannot be removed.")
    session.exec(delete(OfficeHours).where(col(OfficeHours.valid_from) == valid_from))
    session.flush()


@requires(Permission.VIEW)
def hours_schedules(session: Session) -> list[HoursSchedule]:
    rows = session.execute(
        select(col(OfficeHours.valid_from), col(OfficeHours.weekday), col(OfficeHours.periods)).order_by(
            col(OfficeHours.valid_from), col(OfficeHours.weekday)
        )
    ).all()  # tuples: no ORM objects
    by_date: dict[dt.date, dict[int, tuple]] = {}
    parsed: dict[str, tuple] = {}  # the same text on most weekdays: parsed once (periods are immutable)
    for valid_from, weekday, periods in rows:
        if periods not in parsed:
            parsed[periods] = parse_periods(periods)
        by_date.setdefault(valid_from, {})[weekday] = parsed[periods]
    if not by_date:
        return [HoursSchedule.uniform()]
    return [
        HoursSchedule(None if start == BASE_DATE else start, weekdays) for start, weekdays in sorted(by_date.items())
    ]


#: Every stored value a calendar is built from, as text, in one statement: the key of `_BUILT`.
_SOURCE_ROWS: Any = union_all(
    sa_select(
        literal(0).label("part"),
        sql_cast(col(CalendarYear.year), String).label("a"),
        null().label("b"),
        null().label("c"),
        null().label("d"),
        null().label("e"),
    ),
    sa_select(
        literal(1),
        sql_cast(col(CalendarDay.day), String),
        col(CalendarDay.kind),
        col(CalendarDay.reason),
        col(CalendarDay.source),
        sql_cast(col(CalendarDay.confirmed), String),
    ),
    sa_select(
        literal(2),
        sql_cast(col(OfficeHours.valid_from), String),
        sql_cast(col(OfficeHours.weekday), String),
        col(OfficeHours.periods),
        null(),
        null(),
    ),
).order_by("part", "a", "b")
#: Calendars already built, by what they were built from (the office week and every stored row): a new
#: intake reads the rows (one statement) and builds nothing when they are the same.
_BUILT: dict[tuple, WorkCalendar] = {}
_BUILT_LOCK = threading.Lock()
_BUILT_MAX = 8


@requires(Permission.VIEW)
def load_calendar(session: Session) -> WorkCalendar:
    """The office's `WorkCalendar`: every stored day now, suggestions for other years when needed.

    The stored rows are read every time (one statement); a calendar built from exactly the same rows and
    office week is given again instead of being built anew, so a change is always seen. The result holds
    no session and is never changed by its users, so it can be kept and used from any thread.
    """
    week = list(office_settings(session).office_week)
    key = (tuple(week), tuple(session.execute(_SOURCE_ROWS).all()))  # rows compare and hash as tuples
    calendar = _BUILT.get(key)
    if calendar is None:
        calendar = _build_calendar(session, week)
        with _BUILT_LOCK:
            if len(_BUILT) >= _BUILT_MAX:
                _BUILT.clear()
            _BUILT[key] = calendar
    return calendar


def _build_calendar(session: Session, week: list[int]) -> WorkCalendar:
    stored_years = set(session.execute(select(CalendarYear.year)).scalars())
    stored: dict[int, dict[dt.date, DayRule]] = {year: {} for year in stored_years}
    for day, kind, reason, source, confirmed in session.execute(
        sa_select(  # tuples: no ORM objects
            col(CalendarDay.day),
            col(CalendarDay.kind),
            col(CalendarDay.reason),
            col(CalendarDay.source),
            col(CalendarDay.confirmed),
        )
    ):
        stored.setdefault(day.year, {})[day] = DayRule(cast(DayKind, kind), reason, source, confirmed)  # set_day checks

    def rules_for(year: int) -> dict[dt.date, DayRule]:
        if year in stored:
            return stored[year]
        return {e.day: DayRule(e.kind, e.reason, e.source, e.confirmed) for e in suggest_year(year)}

    return WorkCalendar(week=week, schedules=hours_schedules(session), rules=rules_for)
