"""The work calendar and due dates (docs/rules.md §2–3), as pure computation.

`WorkCalendar` knows the office week, the office hours (with the dates they take effect) and the
dates that differ from the office week (days off, extra working days), each with its reason. It
answers "is this a working day", "when does the office next open", and computes due moments for
the three kinds of time limit with pauses, and explains each one ("why this date").

Nothing here reads the database: `core.office_calendar` builds a `WorkCalendar` from it.
Moments are naive `datetime`s in office time (Asia/Ho_Chi_Minh, no daylight saving).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType
from typing import Literal

from core.errors import UserError

__all__ = [
    "DEFAULT_PERIODS",
    "DEFAULT_WEEK",
    "DayRule",
    "DueResult",
    "Duration",
    "HoursSchedule",
    "Pause",
    "Period",
    "SkippedDay",
    "WorkCalendar",
    "format_periods",
    "parse_periods",
]

DayKind = Literal["off", "working"]
DurationUnit = Literal["day", "hour", "same_day"]

WEEKDAY_NAMES = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
DEFAULT_WEEK: frozenset[int] = frozenset({0, 1, 2, 3, 4})
_NO_RULES: Mapping[dt.date, DayRule] = MappingProxyType({})
#: Give up looking for a working day after this many days (a calendar with none).
_SEARCH_LIMIT_DAYS = 3 * 366


@dataclass(frozen=True)
class DayRule:
    """A date that differs from the office week: ``off`` (holiday, nghỉ bù) or ``working`` (làm bù)."""

    kind: DayKind
    reason: str
    source: str = ""
    confirmed: bool = True


@dataclass(frozen=True)
class Period:
    """One stretch of office hours in a day, e.g. 07:30–11:30."""

    start: dt.time
    end: dt.time

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise UserError(
                f"Khung giờ {self.start:%H:%M}-{self.end:%H:%M} không hợp lệ: giờ bắt đầu phải trước giờ kết thúc.",
                f"Invalid hours {self.start:%H:%M}-{self.end:%H:%M}: start must be before end.",
            )

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


DEFAULT_PERIODS: tuple[Period, ...] = (
    Period(dt.time(7, 30), dt.time(11, 30)),
    Period(dt.time(13, 30), dt.time(17, 0)),
)


def parse_periods(text: str) -> tuple[Period, ...]:
    """Parse ``"07:30-11:30,13:30-17:00"`` into ordered, non-overlapping periods."""
    periods: list[Period] = []
    for chunk in (c.strip() for c in text.split(",")):
        try:
            start_s, end_s = (p.strip() for p in chunk.split("-"))
            start = dt.datetime.strptime(start_s, "%H:%M").time()
            end = dt.datetime.strptime(end_s, "%H:%M").time()
        except ValueError:
            raise UserError(
                f'Giờ làm việc "{chunk}" không đúng dạng HH:MM-HH:MM (ví dụ 07:30-11:30,13:30-17:00).',
                f'Office hours "{chunk}" are not in the form HH:MM-HH:MM (e.g. 07:30-11:30,13:30-17:00).',
            )
        periods.append(Period(start, end))
    periods.sort(key=lambda p: p.start)
    for before, after in pairwise(periods):
        if after.start < before.end:
            raise UserError(
                f'Các khung giờ làm việc chồng lên nhau: "{text}".', f'Office hour periods overlap: "{text}".'
            )
    if not periods:
        raise UserError("Chưa nhập giờ làm việc.", "No office hours given.")
    return tuple(periods)


def format_periods(periods: Sequence[Period]) -> str:
    return ",".join(f"{p.start:%H:%M}-{p.end:%H:%M}" for p in periods)


@dataclass(frozen=True)
class HoursSchedule:
    """Office hours per weekday (0 = Monday) in force from ``valid_from`` (None: since always)."""

    valid_from: dt.date | None
    by_weekday: Mapping[int, tuple[Period, ...]]

    @classmethod
    def uniform(cls, periods: Sequence[Period] = DEFAULT_PERIODS, valid_from: dt.date | None = None) -> HoursSchedule:
        return cls(valid_from, {wd: tuple(periods) for wd in range(7)})


@dataclass(frozen=True)
class Duration:
    """A procedure's time limit: N working days, N working hours, or the same day with a cut-off."""

    unit: DurationUnit
    amount: int = 0
    cutoff: dt.time = dt.time(15, 0)

    def __post_init__(self) -> None:
        if self.unit not in ("day", "hour", "same_day"):
            raise UserError(
                f'Đơn vị thời hạn "{self.unit}" không hợp lệ (day, hour, same_day).',
                f'Unknown duration unit "{self.unit}" (day, hour, same_day).',
            )
        if self.amount < 0:
            raise UserError("Thời hạn giải quyết không được là số âm.", "A time limit cannot be negative.")

    def describe(self) -> str:
        if self.unit == "day":
            return f"{self.amount} ngày làm việc"
        if self.unit == "hour":
            return f"{self.amount} giờ làm việc"
        return f"trong ngày (tiếp nhận sau {self.cutoff:%H:%M} trả vào ngày làm việc tiếp theo)"


@dataclass(frozen=True)
class Pause:
    """The office waits on the citizen from ``start`` until ``end`` (None: still waiting)."""

    start: dt.datetime
    end: dt.datetime | None = None
    reason: str = ""


@dataclass(frozen=True)
class SkippedDay:
    date: dt.date
    reason: str


@dataclass(frozen=True)
class DueResult:
    """A due moment and the reasons for it."""

    received: dt.datetime
    start: dt.datetime
    due: dt.datetime
    duration: Duration
    skipped: tuple[SkippedDay, ...] = ()
    notes: tuple[str, ...] = ()
    paused_minutes: int = 0
    waiting: bool = False  # an open pause: the due moment moves on while the office waits

    def explain(self) -> list[str]:
        """The "why this date" trace, as lines a clerk can read."""
        lines = [f"Tiếp nhận: {self.received:%H:%M} ngày {self.received:%d/%m/%Y}."]
        if self.start != self.received:
            lines.append(
                f"Bắt đầu tính thời hạn: {self.start:%H:%M} ngày {self.start:%d/%m/%Y} (tiếp nhận ngoài giờ làm việc)."
            )
        lines.append(f"Thời hạn giải quyết: {self.duration.describe()}.")
        lines.extend(self.notes)
        for day in self.skipped:
            lines.append(f"Không tính {day.date:%d/%m/%Y}: {day.reason}.")
        lines.append(f"Hẹn trả kết quả: {self.due:%H:%M} ngày {self.due:%d/%m/%Y}.")
        return lines


def _combine(day: dt.date, t: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, t)


class WorkCalendar:
    """Working days and office hours of one office.

    ``rules`` maps dates to `DayRule`s; pass a callable ``year -> mapping`` to load years lazily
    (the database-backed calendar does, so a due date far ahead finds its year's holidays).
    """

    def __init__(
        self,
        *,
        week: Iterable[int] = DEFAULT_WEEK,
        schedules: Sequence[HoursSchedule] = (HoursSchedule.uniform(),),
        rules: Mapping[dt.date, DayRule] | Callable[[int], Mapping[dt.date, DayRule]] = _NO_RULES,
    ) -> None:
        self.week = frozenset(week)
        if not schedules:
            schedules = (HoursSchedule.uniform(),)
        self.schedules = sorted(schedules, key=lambda s: s.valid_from or dt.date.min)
        if callable(rules):
            self._load_year = rules
            self._years: dict[int, Mapping[dt.date, DayRule]] = {}
        else:
            fixed = dict(rules)
            self._load_year = lambda year: {d: r for d, r in fixed.items() if d.year == year}
            self._years = {}

    # -- days -----------------------------------------------------------------------------
    def rule(self, day: dt.date) -> DayRule | None:
        """The rule that changes ``day`` from the office week, if any."""
        year = self._years.get(day.year)
        if year is None:
            year = self._years[day.year] = self._load_year(day.year)
        return year.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        rule = self.rule(day)
        if rule is not None:
            return rule.kind == "working"
        return day.weekday() in self.week

    def why_not_working(self, day: dt.date) -> str:
        """Why ``day`` is not a working day, in Vietnamese."""
        rule = self.rule(day)
        if rule is not None and rule.kind == "off":
            return rule.reason
        return f"{WEEKDAY_NAMES[day.weekday()]}, ngày nghỉ hằng tuần"

    def periods(self, day: dt.date) -> tuple[Period, ...]:
        """Office hours of ``day`` (empty on a day off). A worked Saturday uses Monday's hours."""
        if not self.is_working_day(day):
            return ()
        schedule = self.schedules[0]
        for candidate in self.schedules:
            if candidate.valid_from is None or candidate.valid_from <= day:
                schedule = candidate
        weekday = day.weekday() if day.weekday() in self.week else 0
        return tuple(schedule.by_weekday.get(weekday, ()))

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after ``day``."""
        for offset in range(1, _SEARCH_LIMIT_DAYS):
            candidate = day + dt.timedelta(days=offset)
            if self.is_working_day(candidate) and self.periods(candidate):
                return candidate
        raise UserError(
            "Lịch làm việc không có ngày làm việc nào trong ba năm tới: hãy kiểm tra lịch.",
            "The work calendar has no working day in the next three years.",
        )

    def opening(self, day: dt.date) -> dt.datetime:
        return _combine(day, self.periods(day)[0].start)

    def closing(self, day: dt.date) -> dt.datetime:
        return _combine(day, self.periods(day)[-1].end)

    # -- moments --------------------------------------------------------------------------
    def is_open(self, moment: dt.datetime) -> bool:
        """True while the office is open: opening ≤ moment < closing of a period."""
        t = moment.time()
        return any(p.start <= t < p.end for p in self.periods(moment.date()))

    def is_office_moment(self, moment: dt.datetime) -> bool:
        """True if ``moment`` lies in office hours of a working day, ends of periods included."""
        t = moment.time()
        return any(p.start <= t <= p.end for p in self.periods(moment.date()))

    def next_opening(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` itself if the office is open then, else the next moment it opens."""
        t = moment.time()
        for period in self.periods(moment.date()):
            if t < period.start:
                return _combine(moment.date(), period.start)
            if t < period.end:
                return moment
        return self.opening(self.next_working_day(moment.date()))

    def _settle(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` if it lies inside office hours (ends included), else the next opening."""
        return moment if self.is_office_moment(moment) else self.next_opening(moment)

    def add_working_minutes(self, start: dt.datetime, minutes: int) -> dt.datetime:
        """Walk forward ``minutes`` of office time from ``start`` (lunch breaks do not count)."""
        current = self.next_opening(start) if minutes > 0 else self._settle(start)
        remaining = minutes
        day = current.date()
        while remaining > 0:
            for period in self.periods(day):
                begin = max(current, _combine(day, period.start))
                end = _combine(day, period.end)
                if begin >= end:
                    continue
                available = int((end - begin).total_seconds() // 60)
                if remaining <= available:
                    return begin + dt.timedelta(minutes=remaining)
                remaining -= available
            day = self.next_working_day(day)
            current = self.opening(day)
        return current

    def working_minutes_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Office minutes in [start, end)."""
        if end <= start:
            return 0
        total = 0
        day = start.date()
        while day <= end.date():
            for period in self.periods(day):
                begin = max(start, _combine(day, period.start))
                finish = min(end, _combine(day, period.end))
                if finish > begin:
                    total += int((finish - begin).total_seconds() // 60)
            day += dt.timedelta(days=1)
        return total

    def add_working_days(self, start: dt.datetime, days: int) -> dt.datetime:
        """The same clock time on the ``days``-th working day after ``start``'s day (docs/rules.md §3)."""
        day = start.date()
        for _ in range(days):
            day = self.next_working_day(day)
        return self._settle(_combine(day, start.time()))

    def same_day(self, start: dt.datetime, cutoff: dt.time) -> dt.datetime:
        """Closing time of the start day if accepted before ``cutoff``, else of the next working day."""
        if start.time() < cutoff:
            return self.closing(start.date())
        return self.closing(self.next_working_day(start.date()))

    # -- due dates ------------------------------------------------------------------------
    def due(
        self,
        received: dt.datetime,
        duration: Duration,
        pauses: Sequence[Pause] = (),
        *,
        as_of: dt.datetime | None = None,
    ) -> DueResult:
        """The statutory due moment of a dossier accepted at ``received`` (docs/rules.md §3).

        Pauses add their office time to the limit; an open pause counts until ``as_of`` (or adds
        nothing when ``as_of`` is not given) and marks the result ``waiting``.
        """
        start = self.next_opening(received)
        if duration.unit == "day":
            due = self.add_working_days(start, duration.amount)
        elif duration.unit == "hour":
            due = self.add_working_minutes(start, duration.amount * 60)
        else:
            due = self.same_day(start, duration.cutoff)

        notes: list[str] = []
        paused_total = 0
        waiting = False
        for pause in sorted(pauses, key=lambda p: p.start):
            end = pause.end
            if end is None:
                waiting = True
                end = as_of if as_of is not None else pause.start
            if pause.start >= due or end <= pause.start:
                if pause.end is None and pause.start < due:
                    notes.append(
                        f"Đang chờ công dân từ {pause.start:%H:%M} ngày {pause.start:%d/%m/%Y}"
                        + (f" ({pause.reason})" if pause.reason else "")
                        + "."
                    )
                continue
            minutes = self.working_minutes_between(max(pause.start, start), end)
            if minutes:
                paused_total += minutes
                due = self.add_working_minutes(due, minutes)
            span = "đến nay" if pause.end is None else f"đến {pause.end:%H:%M} ngày {pause.end:%d/%m/%Y}"
            notes.append(
                f"Tạm dừng từ {pause.start:%H:%M} ngày {pause.start:%d/%m/%Y} {span}"
                + (f" ({pause.reason})" if pause.reason else "")
                + f": cộng thêm {minutes // 60} giờ {minutes % 60:02d} phút làm việc."
            )

        skipped, worked = self._trace(received.date(), due.date())
        notes.extend(f"Tính {d:%d/%m/%Y} là ngày làm việc: {reason}." for d, reason in worked)
        return DueResult(
            received=received,
            start=start,
            due=due,
            duration=duration,
            skipped=tuple(skipped),
            notes=tuple(notes),
            paused_minutes=paused_total,
            waiting=waiting,
        )

    def _trace(self, first: dt.date, last: dt.date) -> tuple[list[SkippedDay], list[tuple[dt.date, str]]]:
        skipped: list[SkippedDay] = []
        worked: list[tuple[dt.date, str]] = []
        day = first
        while day <= last:
            if not self.is_working_day(day):
                skipped.append(SkippedDay(day, self.why_not_working(day)))
            elif day.weekday() not in self.week:
                rule = self.rule(day)
                worked.append((day, rule.reason if rule else "ngày làm việc bù"))
            day += dt.timedelta(days=1)
        return skipped, worked
