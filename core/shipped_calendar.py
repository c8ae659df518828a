"""The calendar the program ships, without a database: the holiday tables of ``resources/calendar/vn-days.csv``
(other years suggested by the ``holidays`` library), the default week and office hours.

The one source of what an office starts with: `core.office_calendar` seeds a new database from these rows,
and ``motcua due`` / ``calendar show`` read them directly when there is no database yet, so that they answer
without loading the database layer (SQLAlchemy, Alembic). Plain Python: no SQLAlchemy here.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from core.resources import resource_path
from core.work_calendar import DayKind, DayRule, HoursSchedule, WorkCalendar

__all__ = [
    "CalendarEntry",
    "shipped_calendar",
    "shipped_rows",
    "shipped_setting",
    "shipped_year",
    "shipped_years",
    "suggest_year",
]


@dataclass(frozen=True)
class CalendarEntry:
    """A date that differs from the office week, as the calendar screen and the CLI show it."""

    day: dt.date
    kind: DayKind
    reason: str
    source: str
    confirmed: bool
    origin: str


@cache
def shipped_rows() -> tuple[CalendarEntry, ...]:
    """The shipped holiday tables, as written in the file."""
    with resource_path("calendar", "vn-days.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(
            CalendarEntry(
                day=dt.date.fromisoformat(row["date"]),
                kind=cast(DayKind, row["kind"]),
                reason=row["reason"],
                source=row["source"],
                confirmed=row["confirmed"] == "1",
                origin="shipped",
            )
            for row in csv.DictReader(handle)
        )


def shipped_setting(key: str) -> Any:
    """A setting as a new office has it (its declared default, core/settings_catalog.py)."""
    from core.settings_catalog import defaults

    return defaults().get(key)


def shipped_calendar() -> WorkCalendar:
    """A new office's calendar: the default week and hours and the shipped tables (other years suggested)."""
    shipped: dict[int, dict[dt.date, DayRule]] = {}
    for e in shipped_rows():
        shipped.setdefault(e.day.year, {}).setdefault(e.day, DayRule(e.kind, e.reason, e.source, e.confirmed))

    def rules_for(year: int) -> dict[dt.date, DayRule]:
        if year in shipped:
            return shipped[year]
        return {e.day: DayRule(e.kind, e.reason, e.source, e.confirmed) for e in suggest_year(year)}

    return WorkCalendar(week=shipped_setting("office_week"), schedules=[HoursSchedule.uniform()], rules=rules_for)


def shipped_years() -> list[int]:
    return sorted({entry.day.year for entry in shipped_rows()})


def shipped_year(year: int) -> tuple[str, list[CalendarEntry]]:
    """A new office's view of ``year``: its status (``shipped`` or ``suggested``) and its dates that differ
    from the office week, in date order (what ``year_status`` and ``year_days`` read from a new database)."""
    days: dict[dt.date, CalendarEntry] = {}
    for entry in shipped_rows():
        if entry.day.year == year:
            days.setdefault(entry.day, entry)  # the first row of a date is the one stored
    if not days:
        return "suggested", suggest_year(year)
    return "shipped", [days[day] for day in sorted(days)]


def suggest_year(year: int) -> list[CalendarEntry]:
    """Days off and worked weekend days for ``year`` as the ``holidays`` library expects them."""
    import holidays  # a large import: only for years the shipped tables do not cover

    calendar = holidays.country_holidays("VN", years=year, language="vi")
    entries = [
        CalendarEntry(
            day=day,
            kind="off",
            reason=f"{name} (dự kiến)",
            source="Thư viện holidays",
            confirmed=False,
            origin="suggested",
        )
        for day, name in sorted(calendar.items())
    ]
    for day in sorted(getattr(calendar, "weekend_workdays", ()) or ()):
        if day.year == year:
            entries.append(
                CalendarEntry(
                    day=day,
                    kind="working",
                    reason="Làm bù (dự kiến)",
                    source="Thư viện holidays",
                    confirmed=False,
                    origin="suggested",
                )
            )
    return entries
