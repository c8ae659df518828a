"""The KPIs of a period against the office's targets (docs/rules.md §5), ratings and the late dossiers.

A rate is a fraction 0–1, or None when its denominator is zero (printed "—", never 0% or 100%).
Targets come from the ``targets`` setting, the district plan's figures filling any gap
(Kế hoạch CCHC huyện Yên Thành 2024: on time ≥ 97%, online ≥ 75%, digitised ≥ 95%, paid online ≥ 70%,
apologies 100%, satisfied ≥ 95%).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from sqlalchemy import DateTime, bindparam, cast, func, null, or_, select, union_all
from sqlmodel import Session, col

from core.models import Apology, Dossier, Rating, model_table
from core.office_settings import office_settings
from core.reports.figures import END_OF_TIME, bounds
from core.reports.period import Period
from core.security.access import Permission, requires

__all__ = ["KPI_KEYS", "KPI_LABELS", "Kpi", "LateDossier", "kpis", "late_dossiers", "percent", "ratings", "targets"]

KPI_KEYS = (
    "on_time_rate",
    "online_rate",
    "digitized_rate",
    "online_payment_rate",
    "apology_coverage",
    "satisfaction_rate",
)
KPI_LABELS = {
    "on_time_rate": "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn",
    "online_rate": "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
    "digitized_rate": "Tỷ lệ hồ sơ được số hóa",
    "online_payment_rate": "Tỷ lệ thanh toán phí, lệ phí trực tuyến",
    "apology_coverage": "Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi",
    "satisfaction_rate": "Tỷ lệ người dân hài lòng, rất hài lòng",
}
_RATING_KEYS = {1: "dissatisfied", 2: "satisfied", 3: "very_satisfied"}


@dataclass(frozen=True)
class Kpi:
    """One rate: its parts, the target, and whether the target is met (None: nothing to measure)."""

    key: str
    numerator: int
    denominator: int
    target: float | None

    @property
    def label(self) -> str:
        return KPI_LABELS[self.key]

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    @property
    def met(self) -> bool | None:
        if self.rate is None or self.target is None:
            return None
        return self.rate >= self.target - 1e-9

    @property
    def verdict(self) -> str:
        """ "Đạt", "Chưa đạt" or "—"."""
        return "—" if self.met is None else ("Đạt" if self.met else "Chưa đạt")


@dataclass(frozen=True)
class LateDossier:
    """A dossier late in the period: resolved after its statutory due moment, or still pending past it."""

    code: str
    field: str
    procedure_name: str
    due_at: dt.datetime
    closed_at: dt.datetime | None  # its result inside the period, or None while pending
    apology_at: dt.datetime | None  # the first apology issued before the period's end

    @property
    def apology(self) -> bool:
        return self.apology_at is not None

    def to_json(self) -> dict:
        return {"code": self.code, "due_at": f"{self.due_at:%Y-%m-%d %H:%M}", "apology": self.apology}


def percent(rate: float | None, digits: int = 1) -> str:
    """0.975 → "97,5%"; None → "—" (Vietnamese decimal comma)."""
    if rate is None:
        return "—"
    text = f"{rate * 100:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{rate * 100:.0f}"
    return text.replace(".", ",") + "%"


@requires(Permission.VIEW)
def targets(session: Session) -> dict[str, float]:
    """The office's targets, the district plan's defaults filling any missing one."""
    return office_settings(session).targets.as_dict()


@requires(Permission.VIEW)
def ratings(session: Session, period: Period) -> dict[str, int]:
    """Ratings dated inside the period, by level."""
    query = (
        select(col(Rating.level), func.count())
        .where(col(Rating.at) >= period.start, col(Rating.at) < period.end)
        .group_by(col(Rating.level))
    )
    found = {name: 0 for name in _RATING_KEYS.values()}
    for level, count in session.connection().execute(query):
        if level in _RATING_KEYS:
            found[_RATING_KEYS[level]] += int(count)
    return found


@requires(Permission.VIEW)
def late_dossiers(session: Session, period: Period) -> list[LateDossier]:
    """Late dossiers of the period (resolved late, pending late), by due moment, with their apology state.

    The same dossiers as the figures' ``late`` cells (tests hold them equal), fetched by three narrow,
    index-led parts rather than the whole covered set: a result inside the period after the due moment;
    pending at the end with a later result, or with none.
    """
    rows = session.connection().execute(_late_query(), bounds(period))
    return [LateDossier(*row) for row in rows]


@cache
def _late_query():
    d = model_table(Dossier).c
    start, end = bindparam("start", type_=DateTime()), bindparam("end", type_=DateTime())
    result_first = or_(d.stopped_at.is_(None), d.stopped_at >= d.result_at)
    open_at_end = or_(d.stopped_at.is_(None), d.stopped_at >= end)
    first_apology = (
        select(func.min(Apology.issued_at))
        .where(col(Apology.dossier_id) == d.id, col(Apology.issued_at) < end)
        .scalar_subquery()
    )

    def part(closed, *where):
        return select(
            d.code, d.field, d.procedure_name, d.due_at, closed.label("closed_at"), first_apology.label("apology_at")
        ).where(*where)

    query = union_all(
        part(d.result_at, d.result_at >= start, d.result_at < end, d.result_at > d.due_at, result_first),
        part(
            null_moment(),
            d.result_at >= end,
            d.result_at < END_OF_TIME,
            d.received_at < end,
            d.due_at < end,
            open_at_end,
        ),
        part(null_moment(), d.result_at.is_(None), d.received_at < end, d.due_at < end, open_at_end),
    ).subquery("late")
    return select(query).order_by(query.c.due_at, query.c.code)


def null_moment():
    return cast(null(), DateTime())


def kpis(
    counts: dict[str, int],
    totals: dict[str, int],
    rated: dict[str, int],
    late: list[LateDossier],
    goals: dict[str, float],
) -> dict[str, Kpi]:
    """The six rates from the period's figures."""
    parts = {
        "on_time_rate": (totals["resolved_early"] + totals["resolved_on_time"], totals["resolved_total"]),
        "online_rate": (totals["received_online"], counts["accepted"]),
        "digitized_rate": (counts["digitized"], counts["accepted"]),
        "online_payment_rate": (counts["paid_online"], counts["with_fee"]),
        "apology_coverage": (sum(1 for item in late if item.apology), len(late)),
        "satisfaction_rate": (rated["satisfied"] + rated["very_satisfied"], sum(rated.values())),
    }
    return {key: Kpi(key, *parts[key], goals.get(key)) for key in KPI_KEYS}
