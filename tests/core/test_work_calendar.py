"""Due dates exactly as docs/rules.md §3, and around the 2024–2027 holidays of the shipped tables."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import UserError
from core.office_calendar import shipped_calendar
from core.work_calendar import DayRule, Duration, HoursSchedule, Pause, Period, WorkCalendar, parse_periods

D = dt.datetime
CAL = shipped_calendar()
PLAIN = WorkCalendar()  # Mon–Fri, 07:30–11:30 and 13:30–17:00, no holidays


def due(received, unit, amount=0, cutoff=dt.time(15), calendar=CAL, pauses=()):
    return calendar.due(received, Duration(unit, amount, cutoff), pauses).due


# -- the examples of docs/rules.md §3 ----------------------------------------------------------------
def test_two_working_days_same_clock_time():
    assert due(D(2025, 3, 3, 10), "day", 2) == D(2025, 3, 5, 10)


def test_three_days_across_tet_2025():
    result = CAL.due(D(2025, 1, 24, 10), Duration("day", 3))
    assert result.due == D(2025, 2, 5, 10)
    skipped = {s.date for s in result.skipped}
    assert {dt.date(2025, 1, 27), dt.date(2025, 1, 31), dt.date(2025, 2, 1), dt.date(2025, 2, 2)} <= skipped
    assert any("Tết" in s.reason for s in result.skipped)


def test_working_hours_skip_lunch_and_night():
    assert due(D(2025, 3, 3, 10), "hour", 4) == D(2025, 3, 3, 16)
    assert due(D(2025, 3, 3, 10), "hour", 8) == D(2025, 3, 4, 10, 30)


def test_same_day_cut_off():
    assert due(D(2025, 3, 3, 14, 59), "same_day") == D(2025, 3, 3, 17)
    assert due(D(2025, 3, 3, 15, 0), "same_day") == D(2025, 3, 4, 17)
    assert due(D(2025, 3, 3, 10), "same_day", cutoff=dt.time(9)) == D(2025, 3, 4, 17)


@pytest.mark.parametrize(
    "received, start",
    [
        (D(2025, 3, 3, 6, 0), D(2025, 3, 3, 7, 30)),  # before opening
        (D(2025, 3, 3, 12, 0), D(2025, 3, 3, 13, 30)),  # lunch break
        (D(2025, 3, 3, 17, 0), D(2025, 3, 4, 7, 30)),  # at closing time
        (D(2025, 3, 8, 9, 0), D(2025, 3, 10, 7, 30)),  # Saturday
    ],
)
def test_clock_starts_at_next_opening(received, start):
    result = CAL.due(received, Duration("day", 1))
    assert result.start == start
    assert result.due == D.combine(CAL.next_working_day(start.date()), start.time())


def test_shorter_schedule_on_due_day_moves_to_next_opening():
    summer = HoursSchedule.uniform(parse_periods("07:00-11:00,13:30-17:30"), dt.date(2025, 5, 1))
    winter = HoursSchedule.uniform(parse_periods("07:30-11:30,13:30-17:00"))
    calendar = WorkCalendar(schedules=[winter, summer])
    # after closing on 29/4 the clock starts at 07:30 on 30/4; 07:30 on 1/5 is inside summer hours
    assert calendar.due(D(2025, 4, 29, 17, 20), Duration("day", 1)).due == D(2025, 5, 1, 7, 30)
    # 11:15 on the due day lies after the summer morning closes (11:00): next opening 13:30
    assert calendar.due(D(2025, 4, 30, 11, 15), Duration("day", 1)).due == D(2025, 5, 1, 13, 30)


def test_pause_adds_its_working_time():
    pause = Pause(D(2025, 3, 4, 10), D(2025, 3, 6, 10), "chờ bổ sung")
    result = CAL.due(D(2025, 3, 3, 10), Duration("day", 3), [pause])
    assert result.due == D(2025, 3, 10, 10)  # Thu 6/3 + 2 working days paused → Mon 10/3
    assert result.paused_minutes == 15 * 60
    assert any("Tạm dừng" in line for line in result.explain())


def test_open_pause_counts_until_as_of():
    pause = Pause(D(2025, 3, 4, 10), None, "chờ nộp phí")
    result = CAL.due(D(2025, 3, 3, 10), Duration("day", 2), [pause], as_of=D(2025, 3, 5, 10))
    assert result.waiting and result.due == D(2025, 3, 6, 10)  # one working day waited


def test_pause_after_due_changes_nothing():
    pause = Pause(D(2025, 3, 20, 8), D(2025, 3, 21, 8))
    assert due(D(2025, 3, 3, 10), "day", 2, pauses=[pause]) == D(2025, 3, 5, 10)


# -- the shipped holidays and swaps ----------------------------------------------------------------
@pytest.mark.parametrize(
    "day, working",
    [
        ("2024-02-08", False),
        ("2024-02-14", False),
        ("2024-02-15", True),
        ("2024-04-18", False),
        ("2024-04-29", False),
        ("2024-05-04", True),
        ("2024-09-02", False),
        ("2024-09-03", False),
        ("2025-01-01", False),
        ("2025-04-07", False),
        ("2025-04-26", True),
        ("2025-05-02", False),
        ("2025-09-01", False),
        ("2025-09-02", False),
        ("2025-09-03", True),
        ("2026-01-02", False),
        ("2026-01-10", True),
        ("2026-02-16", False),
        ("2026-02-20", False),
        ("2026-02-23", True),
        ("2026-04-27", False),
        ("2026-08-22", True),
        ("2026-08-31", False),
        ("2026-11-24", False),
        ("2027-02-08", False),
    ],
)
def test_shipped_days(day, working):
    assert CAL.is_working_day(dt.date.fromisoformat(day)) is working


def test_swap_2025_counts_saturday_and_skips_friday():
    result = CAL.due(D(2025, 4, 24, 9), Duration("day", 2))
    assert result.due == D(2025, 4, 26, 9)  # Thu → Fri 25 → Sat 26 (làm bù)
    result = CAL.due(D(2025, 4, 29, 9), Duration("day", 1))
    assert result.due == D(2025, 5, 5, 9)  # 30/4, 1/5, 2/5 (swapped), weekend
    assert [s.date.day for s in result.skipped] == [30, 1, 2, 3, 4]


def test_working_saturday_uses_monday_hours():
    calendar = WorkCalendar(
        schedules=[
            HoursSchedule(
                None,
                {
                    0: parse_periods("08:00-12:00"),
                    1: parse_periods("07:30-17:00"),
                    2: parse_periods("07:30-17:00"),
                    3: parse_periods("07:30-17:00"),
                    4: parse_periods("07:30-17:00"),
                },
            )
        ],
        rules={dt.date(2025, 4, 26): DayRule("working", "Làm bù")},
    )
    assert calendar.periods(dt.date(2025, 4, 26)) == (Period(dt.time(8), dt.time(12)),)


def test_tet_2024_and_quoc_khanh_2024():
    assert due(D(2024, 2, 7, 9), "day", 1) == D(2024, 2, 15, 9)
    assert due(D(2024, 8, 30, 16), "hour", 2) == D(2024, 9, 4, 8, 30)


def test_tet_2026_same_day_after_cut_off():
    assert due(D(2026, 2, 13, 15, 30), "same_day") == D(2026, 2, 23, 17)


def test_year_without_table_uses_suggestions():
    rule = CAL.rule(dt.date(2028, 1, 26))
    assert rule is not None and rule.kind == "off" and not rule.confirmed


def test_explanation_names_each_skipped_day():
    lines = CAL.due(D(2025, 4, 29, 9), Duration("day", 1)).explain()
    assert any("30/04/2025" in line and "Chiến thắng" in line for line in lines)
    assert lines[-1] == "Hẹn trả kết quả: 09:00 ngày 05/05/2025."


def test_bad_input_is_refused():
    with pytest.raises(UserError, match="số âm"):
        Duration("day", -1)
    with pytest.raises(UserError):
        parse_periods("07:30-11:30,11:00-17:00")
    with pytest.raises(UserError):
        parse_periods("7h30-11h")
    with pytest.raises(UserError):
        WorkCalendar(week=[]).due(D(2025, 3, 3, 10), Duration("day", 1))


# -- properties (hypothesis) -----------------------------------------------------------------
moments = st.datetimes(min_value=D(2024, 1, 1), max_value=D(2027, 10, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
durations = st.one_of(
    st.builds(Duration, st.just("day"), st.integers(0, 40)),
    st.builds(Duration, st.just("hour"), st.integers(0, 120)),
    st.builds(Duration, st.just("same_day"), st.just(0), st.sampled_from([dt.time(15), dt.time(11), dt.time(16, 30)])),
)


@settings(max_examples=300, deadline=None)
@given(moments, durations)
def test_due_is_inside_office_hours_on_a_working_day(received, duration):
    result = CAL.due(received, duration)
    assert CAL.is_working_day(result.due.date())
    assert CAL.is_office_moment(result.due)
    assert result.due >= received


@settings(max_examples=300, deadline=None)
@given(moments, moments, durations)
def test_due_never_moves_earlier_when_received_later(a, b, duration):
    first, second = sorted([a, b])
    assert CAL.due(first, duration).due <= CAL.due(second, duration).due


@settings(max_examples=200, deadline=None)
@given(moments, st.sampled_from(["day", "hour"]), st.integers(0, 30), st.integers(0, 30))
def test_due_never_moves_earlier_when_n_grows(received, unit, n, extra):
    assert CAL.due(received, Duration(unit, n)).due <= CAL.due(received, Duration(unit, n + extra)).due


@settings(max_examples=300, deadline=None)
@given(moments, st.integers(1, 40))
def test_n_plus_one_days_ends_one_working_day_later(received, n):
    base = CAL.due(received, Duration("day", n)).due
    longer = CAL.due(received, Duration("day", n + 1)).due
    assert longer.date() == CAL.next_working_day(base.date())
    assert longer.time() == base.time()


@settings(max_examples=200, deadline=None)
@given(moments, st.integers(1, 20), st.floats(0, 0.999), st.integers(0, 5000))
def test_pause_adds_exactly_its_office_time(received, n, where, length):
    plain = CAL.due(received, Duration("hour", n))
    pause_start = plain.start + (plain.due - plain.start) * where
    pause_start = pause_start.replace(second=0, microsecond=0)
    pause_end = pause_start + dt.timedelta(minutes=length)
    paused = CAL.due(received, Duration("hour", n), [Pause(pause_start, pause_end)])
    office_minutes = CAL.working_minutes_between(pause_start, pause_end)
    assert CAL.working_minutes_between(plain.start, paused.due) == n * 60 + office_minutes
