"""What the calendar screen shows, as plain data (no Qt): one year's days and how to colour them.

`fetch_year` runs on the database worker (through `desktop.operations`); `YearData.kind_of` sorts a
date into the colour classes of the year grid.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from sqlmodel import Session

from core.office_calendar import CalendarEntry, hours_schedules, load_calendar, year_days, year_status
from core.office_settings import office_settings
from core.work_calendar import DueResult, Duration, HoursSchedule, format_periods

__all__ = ["DayClass", "ScheduleRow", "YearData", "compute_due", "fetch_schedules", "fetch_year"]


class DayClass(enum.Enum):
    """How a day looks in the year grid."""

    WORKING = "working"  # an ordinary working day of the office week
    WEEKEND = "weekend"  # a weekly day off (Saturday, Sunday)
    OFF = "off"  # a holiday or a day off by decision
    EXTRA_WORKING = "extra"  # a weekend day worked (làm bù)


@dataclass(frozen=True)
class YearData:
    """One year of the office calendar: its status, its special days and the office week."""

    year: int
    status: str  # shipped | confirmed | office | suggested
    entries: tuple[CalendarEntry, ...]
    week: frozenset[int]
    by_day: dict[dt.date, CalendarEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_day", {e.day: e for e in self.entries})

    def entry(self, day: dt.date) -> CalendarEntry | None:
        return self.by_day.get(day)

    def kind_of(self, day: dt.date) -> DayClass:
        entry = self.by_day.get(day)
        if entry is not None and entry.kind == "off":
            return DayClass.OFF
        if day.weekday() in self.week:
            return DayClass.WORKING
        return DayClass.EXTRA_WORKING if entry is not None else DayClass.WEEKEND

    def is_unconfirmed(self, day: dt.date) -> bool:
        entry = self.by_day.get(day)
        return entry is not None and not entry.confirmed

    @property
    def needs_confirmation(self) -> bool:
        """A suggested year, or a year with a day nobody confirmed yet."""
        return self.status == "suggested" or any(not e.confirmed for e in self.entries)


def fetch_year(session: Session, year: int) -> YearData:
    """Read one year (worker thread)."""
    week = frozenset(load_calendar(session).week)
    return YearData(year=year, status=year_status(session, year), entries=tuple(year_days(session, year)), week=week)


@dataclass(frozen=True)
class ScheduleRow:
    """One office-hours schedule as the hours table shows it."""

    valid_from: dt.date | None  # None: the base schedule
    periods_by_weekday: tuple[str, ...]  # Monday..Sunday, "07:30-11:30,13:30-17:00"

    @property
    def uniform(self) -> str | None:
        """The periods if every weekday has the same ones."""
        return self.periods_by_weekday[0] if len(set(self.periods_by_weekday)) == 1 else None


def _row(schedule: HoursSchedule) -> ScheduleRow:
    return ScheduleRow(schedule.valid_from, tuple(format_periods(schedule.by_weekday.get(wd, ())) for wd in range(7)))


def fetch_schedules(session: Session) -> list[ScheduleRow]:
    """The office-hours schedules, oldest first (worker thread)."""
    return [_row(s) for s in hours_schedules(session)]


def compute_due(session: Session, received: dt.datetime, unit: str, amount: int) -> DueResult:
    """The due moment of a dossier received at ``received`` with the given limit (worker thread)."""
    cutoff_text = office_settings(session).same_day_cutoff
    cutoff = dt.datetime.strptime(cutoff_text, "%H:%M").time()
    return load_calendar(session).due(received, Duration(unit, amount, cutoff=cutoff))  # type: ignore[arg-type]
