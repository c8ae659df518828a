"""Satisfaction figures (docs/rules.md §5): by field, officer, channel and month, each rate against its target.

The rate is (hài lòng + rất hài lòng) / ratings of the period, or None ("—") when there is no rating.
A rating belongs to the period its moment falls in. The target is the office setting
``targets.satisfaction_rate`` (0.95), except for the fields listed in the setting
``satisfaction_field_targets`` (the district plan: 0.90 for land, construction and investment), matched
without regard to case or marks. The officer is the dossier's handler (``Dossier.handler``).

    figures = satisfaction_figures(session, dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    figures.total.rate, figures.by_field[0].target, figures.dissatisfied[0].comment
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from core.errors import UserError
from core.models import CHANNELS, Dossier, Rating
from core.office import set_setting
from core.office_settings import office_settings
from core.satisfaction.ratings import DEFAULT_OFFICER, ENTERED_BY
from core.security.access import Permission, requires
from core.settings_catalog import declared
from core.text import clean, fold, sort_key

__all__ = [
    "DEFAULT_FIELD_TARGETS",
    "DEFAULT_TARGET",
    "FIELD_TARGETS_KEY",
    "Counts",
    "Dissatisfied",
    "FigureRow",
    "Figures",
    "Targets",
    "month_period",
    "satisfaction_figures",
    "set_field_targets",
    "targets",
]

DEFAULT_TARGET = 0.95
FIELD_TARGETS_KEY = "satisfaction_field_targets"
#: The district plan's lower targets (editable data, the setting ``satisfaction_field_targets``).
DEFAULT_FIELD_TARGETS: dict[str, float] = declared(FIELD_TARGETS_KEY).default  # land, construction, investment: 90%
NO_DOSSIER = "—"


@dataclass(frozen=True)
class Counts:
    dissatisfied: int = 0
    satisfied: int = 0
    very_satisfied: int = 0

    @property
    def total(self) -> int:
        return self.dissatisfied + self.satisfied + self.very_satisfied

    @property
    def rate(self) -> float | None:
        return (self.satisfied + self.very_satisfied) / self.total if self.total else None

    def add(self, level: int) -> Counts:
        return Counts(
            self.dissatisfied + (level == 1), self.satisfied + (level == 2), self.very_satisfied + (level == 3)
        )


@dataclass(frozen=True)
class FigureRow:
    """One line of a table: the group (a field, an officer, a channel, a month), its counts and target."""

    key: str
    label: str
    counts: Counts
    target: float

    @property
    def rate(self) -> float | None:
        return self.counts.rate

    @property
    def meets(self) -> bool | None:
        """Whether the rate reaches the target (None without ratings)."""
        rate = self.rate
        return None if rate is None else rate + 1e-9 >= self.target

    def to_json(self) -> dict[str, Any]:
        c = self.counts
        return {
            "key": self.key,
            "label": self.label,
            "ratings": c.total,
            "dissatisfied": c.dissatisfied,
            "satisfied": c.satisfied,
            "very_satisfied": c.very_satisfied,
            "rate": self.rate,
            "target": self.target,
            "meets_target": self.meets,
        }


@dataclass(frozen=True)
class Dissatisfied:
    """A "không hài lòng" rating to follow up, with its comment."""

    code: str
    at: dt.datetime
    procedure: str
    field: str
    officer: str
    channel: str
    comment: str
    entered_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "at": f"{self.at:%Y-%m-%d %H:%M}",
            "procedure": self.procedure,
            "field": self.field,
            "officer": self.officer,
            "channel": self.channel,
            "comment": self.comment,
            "entered_by": self.entered_by,
        }


@dataclass(frozen=True)
class Figures:
    since: dt.date
    until: dt.date
    total: FigureRow
    by_field: tuple[FigureRow, ...]
    by_officer: tuple[FigureRow, ...]
    by_channel: tuple[FigureRow, ...]
    by_month: tuple[FigureRow, ...]
    dissatisfied: tuple[Dissatisfied, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "period": {"from": self.since.isoformat(), "to": self.until.isoformat()},
            "total": self.total.to_json(),
            **{
                name: [r.to_json() for r in getattr(self, name)]
                for name in ("by_field", "by_officer", "by_channel", "by_month")
            },
            "dissatisfied": [d.to_json() for d in self.dissatisfied],
        }


@dataclass(frozen=True)
class Targets:
    default: float
    by_field: dict[str, float]

    def for_field(self, field: str) -> float:
        folded = fold(field)
        for name, value in self.by_field.items():
            if fold(name) == folded:
                return value
        return self.default


def _fraction(value: object, what: str) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = -1.0
    if not 0 <= number <= 1:
        raise UserError(
            f'Chỉ tiêu "{value}" của {what} không hợp lệ: cần số từ 0 đến 1 (ví dụ 0.95).',
            f'Invalid target "{value}" for {what}: a number from 0 to 1.',
        )
    return number


@requires(Permission.VIEW)
def targets(session: Session) -> Targets:
    """The office's satisfaction targets (defaults where the settings say nothing)."""
    settings = office_settings(session)
    return Targets(
        settings.targets.satisfaction_rate, {clean(k): v for k, v in settings.satisfaction_field_targets.items()}
    )


@requires(Permission.SETTINGS)
def set_field_targets(session: Session, values: dict[str, object]) -> Targets:
    """Replace the per-field targets (field name → fraction 0–1); an empty mapping leaves only the default."""
    checked = {clean(k): _fraction(v, clean(k)) for k, v in values.items() if clean(k)}
    set_setting(session, FIELD_TARGETS_KEY, checked)
    return targets(session)


def month_period(month: str) -> tuple[dt.date, dt.date]:
    """``"2025-03"`` → (1 March, 31 March)."""
    try:
        first = dt.datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise UserError(f'Tháng "{month}" không hợp lệ (dạng YYYY-MM).', f'Invalid month "{month}" (YYYY-MM).')
    after = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, after - dt.timedelta(days=1)


@dataclass(frozen=True)
class _Row:
    at: dt.datetime
    level: int
    comment: str
    entered_by: str
    code: str
    procedure: str
    field: str
    officer: str
    channel: str


def _rows(session: Session, since: dt.date, until: dt.date) -> list[_Row]:
    start, end = dt.datetime.combine(since, dt.time()), dt.datetime.combine(until + dt.timedelta(days=1), dt.time())
    query = (
        sa_select(
            col(Rating.at),
            col(Rating.level),
            col(Rating.comment),
            col(Rating.entered_by),
            col(Dossier.code),
            col(Dossier.procedure_name),
            col(Dossier.field),
            col(Dossier.handler),
            col(Dossier.channel),
        )
        .join(Dossier, col(Dossier.id) == Rating.dossier_id, isouter=True)
        .where(col(Rating.at) >= start, col(Rating.at) < end)
        .order_by(col(Rating.at), col(Rating.id))
    )
    return [
        _Row(
            at,
            level,
            comment or "",
            entered_by or "",
            code or NO_DOSSIER,
            procedure or "",
            field or NO_DOSSIER,
            clean(handler) or DEFAULT_OFFICER,
            channel or "",
        )
        for at, level, comment, entered_by, code, procedure, field, handler, channel in session.execute(query)
    ]


def _group(
    rows: Iterable[_Row],
    key: Callable[[_Row], str],
    label: Callable[[str], str],
    target: Callable[[str], float],
    order: Callable[[str], Any],
) -> tuple[FigureRow, ...]:
    counts: dict[str, Counts] = {}
    for row in rows:
        counts[key(row)] = counts.get(key(row), Counts()).add(row.level)
    return tuple(FigureRow(k, label(k), counts[k], target(k)) for k in sorted(counts, key=order))


@requires(Permission.VIEW)
def satisfaction_figures(session: Session, since: dt.date, until: dt.date) -> Figures:
    """Every figure of the ratings given from ``since`` to ``until`` (both included)."""
    if until < since:
        raise UserError("Ngày cuối trước ngày đầu của kỳ.", "The period ends before it starts.")
    rows, goal = _rows(session, since, until), targets(session)
    total = Counts()
    for row in rows:
        total = total.add(row.level)
    same = lambda k: k
    dissatisfied = tuple(
        Dissatisfied(
            r.code,
            r.at,
            r.procedure,
            r.field,
            r.officer,
            CHANNELS.get(r.channel, r.channel),
            r.comment,
            ENTERED_BY.get(r.entered_by, r.entered_by),
        )
        for r in rows
        if r.level == 1
    )
    return Figures(
        since=since,
        until=until,
        total=FigureRow("total", "Tổng cộng", total, goal.default),
        by_field=_group(rows, lambda r: r.field, same, goal.for_field, sort_key),
        by_officer=_group(rows, lambda r: r.officer, same, lambda _: goal.default, sort_key),
        by_channel=_group(
            rows,
            lambda r: r.channel,
            lambda k: CHANNELS.get(k, k or NO_DOSSIER),
            lambda _: goal.default,
            lambda k: list(CHANNELS).index(k) if k in CHANNELS else 99,
        ),
        by_month=_group(rows, lambda r: f"{r.at:%Y-%m}", lambda k: f"{k[5:]}/{k[:4]}", lambda _: goal.default, same),
        dissatisfied=dissatisfied,
    )
