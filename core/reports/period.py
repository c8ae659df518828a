"""The reporting period of a month (docs/rules.md §5, docs/domain.md §4) and the report's due date.

Two ways to cut a month, chosen by the office setting ``report_period``:

- ``calendar`` (default): from the 1st 00:00 to the last day 24:00;
- ``decree09``: the NĐ 09/2019 cut-off, from the 15th of the previous month to the 14th.

The report is due on day ``report_due_day`` (default 5) of the month after the report's month.
Boundaries are office-time moments: ``start`` is included, ``end`` (the day after ``last``, 00:00) is not.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from sqlmodel import Session

from core.errors import UserError
from core.office_settings import office_settings

__all__ = [
    "PERIOD_KINDS",
    "Period",
    "due_date",
    "next_month",
    "parse_month",
    "period_for",
    "period_of",
    "previous_month",
]

PERIOD_KINDS = ("calendar", "decree09")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Period:
    """One report month: its first and last day (both included) and the moments bounding it."""

    month: str  # "YYYY-MM"
    kind: str  # calendar | decree09
    first: dt.date
    last: dt.date

    @property
    def start(self) -> dt.datetime:
        """The first moment inside the period (the first day, 00:00)."""
        return dt.datetime.combine(self.first, dt.time())

    @property
    def end(self) -> dt.datetime:
        """The first moment after the period (the day after the last, 00:00)."""
        return dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time())

    @property
    def label(self) -> str:
        """ "Tháng 03/2025"."""
        return f"Tháng {self.month[5:]}/{self.month[:4]}"

    @property
    def range_text(self) -> str:
        """ "Từ ngày 01/03/2025 đến ngày 31/03/2025"."""
        return f"Từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"

    def to_json(self) -> dict[str, str]:
        return {"month": self.month, "from": self.first.isoformat(), "to": self.last.isoformat()}


def parse_month(text: str) -> tuple[int, int]:
    """ "2025-03" → (2025, 3); anything else is refused with a Vietnamese line."""
    match = _MONTH.match(str(text).strip())
    if not match:
        raise UserError(
            f'Tháng "{text}" không hợp lệ (dạng YYYY-MM, ví dụ 2025-03).',
            f'Invalid month "{text}" (YYYY-MM, e.g. 2025-03).',
        )
    return int(match.group(1)), int(match.group(2))


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def period_for(month: str, kind: str = "calendar") -> Period:
    """The period of ``month`` ("YYYY-MM") cut the ``kind`` way."""
    year, number = parse_month(month)
    if kind not in PERIOD_KINDS:
        raise UserError(
            f'Kỳ báo cáo "{kind}" không hợp lệ: calendar hoặc decree09.',
            f'Unknown period kind "{kind}": calendar or decree09.',
        )
    if kind == "calendar":
        first = dt.date(year, number, 1)
        last = dt.date(year, number, calendar.monthrange(year, number)[1])
    else:
        before = previous_month(year, number)
        first, last = dt.date(*before, 15), dt.date(year, number, 14)
    return Period(month=f"{year:04d}-{number:02d}", kind=kind, first=first, last=last)


def period_of(session: Session, month: str, kind: str | None = None) -> Period:
    """The period of ``month`` as the office's ``report_period`` setting cuts it (or ``kind`` if given)."""
    return period_for(month, kind or office_settings(session).report_period)


def due_date(month: str, due_day: int = 5) -> dt.date:
    """The day the report of ``month`` is due: ``due_day`` of the next month (the month's last day at most)."""
    year, number = next_month(*parse_month(month))
    return dt.date(year, number, max(1, min(int(due_day), calendar.monthrange(year, number)[1])))
