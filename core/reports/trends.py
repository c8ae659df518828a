"""What the report dashboard shows beside one month: twelve-month trends and figures by field.

Plain functions over `MonthlyReport` (no database access of their own): the screen computes each
month with `monthly_report` and reduces it here, so the trends use exactly the report's rules (§5)::

    months = months_back("2026-02", 12)                    # "2025-03" … "2026-02"
    point = trend_point(monthly_report(session, month))     # one month on the chart
    lines = by_field(report)                                # one line per procedure field
"""

from __future__ import annotations

from dataclasses import dataclass

from core.reports.monthly import MonthlyReport
from core.reports.period import parse_month, previous_month

__all__ = ["FieldLine", "TrendPoint", "by_field", "months_back", "trend_point"]


@dataclass(frozen=True)
class TrendPoint:
    """One month of the trends: new dossiers received and three rates (0–1, None when not measurable)."""

    month: str  # "YYYY-MM"
    received: int  # accepted inside the period (online + direct and postal)
    on_time_rate: float | None
    online_rate: float | None
    satisfaction_rate: float | None

    @property
    def label(self) -> str:
        """ "02/2026"."""
        return f"{self.month[5:]}/{self.month[:4]}"


@dataclass(frozen=True)
class FieldLine:
    """One procedure field of a month: what it had to handle, what it resolved, how much of it on time."""

    field: str
    received_total: int
    resolved_total: int
    resolved_in_time: int  # early + on time (stopped ones included, as in the report)
    late: int  # resolved late + still pending past the due moment

    @property
    def on_time_rate(self) -> float | None:
        return self.resolved_in_time / self.resolved_total if self.resolved_total else None


def months_back(month: str, count: int = 12) -> list[str]:
    """The ``count`` months ending with ``month``, oldest first."""
    year, number = parse_month(month)
    found = []
    for _ in range(max(0, count)):
        found.append(f"{year:04d}-{number:02d}")
        year, number = previous_month(year, number)
    return found[::-1]


def trend_point(report: MonthlyReport) -> TrendPoint:
    """The month of ``report`` as one point of the trends."""
    totals = report.totals
    return TrendPoint(
        month=report.period.month,
        received=totals["received_online"] + totals["received_direct"],
        on_time_rate=report.kpis["on_time_rate"].rate,
        online_rate=report.kpis["online_rate"].rate,
        satisfaction_rate=report.kpis["satisfaction_rate"].rate,
    )


def by_field(report: MonthlyReport) -> list[FieldLine]:
    """One line per field of ``report``, in the report's (Vietnamese) order."""
    return [
        FieldLine(
            field=row["field"],
            received_total=row["received_total"],
            resolved_total=row["resolved_total"],
            resolved_in_time=row["resolved_early"] + row["resolved_on_time"],
            late=row["resolved_late"] + row["pending_late"],
        )
        for row in report.rows
    ]
