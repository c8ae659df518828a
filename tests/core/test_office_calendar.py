"""The calendar kept in the database: shipped tables, admin edits, imports, office hours."""

import datetime as dt

import pytest

from core.errors import UserError
from core.models import CalendarDay
from core.office_calendar import (
    confirm_year,
    import_days,
    load_calendar,
    set_day,
    set_hours,
    shipped_years,
    year_days,
    year_status,
)
from core.work_calendar import Duration
from tests.fakes import TESTER

D = dt.datetime


def test_shipped_years_are_loaded_with_their_sources(database):
    assert {2024, 2025, 2026, 2027} <= set(shipped_years())
    with database.session() as session:
        assert year_status(session, 2025) == "shipped"
        days = {e.day: e for e in year_days(session, 2025)}
    assert days[dt.date(2025, 5, 2)].kind == "off"
    assert days[dt.date(2025, 4, 26)].kind == "working"
    assert "6150" in days[dt.date(2025, 4, 26)].source
    assert all(e.source for e in days.values())


def test_every_shipped_row_is_consistent(database):
    with database.session() as session:
        for year in shipped_years():
            for entry in year_days(session, year):
                assert entry.kind in ("off", "working")
                assert entry.reason and entry.source
                if entry.kind == "working":
                    assert entry.day.weekday() >= 5  # worked days are weekend days


def test_unknown_year_is_suggested_and_unconfirmed_until_an_admin_confirms(database):
    with database.transaction() as session:
        assert year_status(session, 2030) == "suggested"
        suggested = year_days(session, 2030)
        assert suggested and not any(e.confirmed for e in suggested)
        confirm_year(session, 2030)
    with database.session() as session:
        assert year_status(session, 2030) == "confirmed"
        assert all(e.confirmed for e in year_days(session, 2030))


def test_admin_marks_a_day_off_and_due_dates_follow(database):
    with database.transaction() as session:
        set_day(session, dt.date(2025, 3, 4), "off", "Nghỉ theo Quyết định 12/QĐ-UBND")
    with database.session() as session:
        calendar = load_calendar(session)
        row = session.get(CalendarDay, dt.date(2025, 3, 4))
    assert row.reason == "Nghỉ theo Quyết định 12/QĐ-UBND" and row.origin == "office" and row.updated_by == TESTER.name
    assert calendar.due(D(2025, 3, 3, 10), Duration("day", 1)).due == D(2025, 3, 5, 10)
    with database.transaction() as session:
        set_day(session, dt.date(2025, 3, 4), "default")
    with database.session() as session:
        assert session.get(CalendarDay, dt.date(2025, 3, 4)) is None


def test_import_is_all_or_nothing(database, tmp_path):
    good = tmp_path / "days.csv"
    good.write_text("date,kind,reason\n2025-03-10,off,Bầu cử\n2025-03-15,working,Làm bù\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,reason\n2025-03-11,off,x\n2025-02-30,off,y\n", encoding="utf-8")
    with pytest.raises(UserError) as error, database.transaction() as session:
        import_days(session, bad)
    assert "Dòng 3, cột date" in str(error.value)
    with database.session() as session:
        assert session.get(CalendarDay, dt.date(2025, 3, 11)) is None
    with database.transaction() as session:
        assert import_days(session, good) == 2
    with database.session() as session:
        assert load_calendar(session).is_working_day(dt.date(2025, 3, 15))


def test_office_hours_with_effective_dates(database):
    with database.transaction() as session:
        set_hours(session, "07:00-11:00,13:30-17:00", valid_from=dt.date(2025, 5, 1))
    with database.session() as session:
        calendar = load_calendar(session)
    assert calendar.due(D(2025, 4, 28, 7, 0), Duration("hour", 1)).due == D(2025, 4, 28, 8, 30)
    assert calendar.due(D(2025, 5, 5, 7, 0), Duration("hour", 1)).due == D(2025, 5, 5, 8, 0)


def test_bad_office_hours_write_nothing(database):
    with pytest.raises(UserError, match="HH:MM"), database.transaction() as session:
        set_hours(session, "7h-11h")
    with pytest.raises(UserError, match="chồng lên nhau"), database.transaction() as session:
        set_hours(session, "07:30-11:30,11:00-17:00")
    with database.session() as session:
        calendar = load_calendar(session)
    assert calendar.due(D(2025, 3, 3, 10), Duration("hour", 4)).due == D(2025, 3, 3, 16)


def test_days_re_saved_by_excel_in_vietnamese_are_imported(database, tmp_path):
    """Issue 14: Excel under a Vietnamese regional format re-saves dates as dd/mm/yyyy, separated by ";"."""
    path = tmp_path / "ngay.csv"
    path.write_bytes("date;kind;reason\r\n08/03/2025;working;Làm bù\r\n4/3/2025;off;Nghỉ bù\r\n".encode("utf-8-sig"))
    with database.transaction() as session:
        assert import_days(session, path) == 2
    with database.session() as session:
        calendar = load_calendar(session)
    assert calendar.is_working_day(dt.date(2025, 3, 8)) and not calendar.is_working_day(dt.date(2025, 3, 4))
    path.write_bytes("date;kind;reason\r\n03/08/25;working;Làm bù\r\n".encode("utf-8-sig"))
    with database.transaction() as session, pytest.raises(UserError) as caught:
        import_days(session, path)
    assert str(caught.value).startswith("Dòng 2, cột date") and "hai chữ số" in str(caught.value)


def test_a_calendar_read_again_always_shows_the_rows_as_they_are_now(database):
    """Building a calendar is kept across intakes, but never a stale one: an edit made behind the program's
    back (no service, no session hook: as sqlite3 or psql would) shows at the next reading."""
    from sqlalchemy import update

    from core.models import OfficeHours

    with database.transaction() as session:
        set_day(session, dt.date(2025, 3, 4), "off", "Nghỉ theo Quyết định 12/QĐ-UBND")
    with database.session() as session:
        before = load_calendar(session)
        assert load_calendar(session).due(D(2025, 3, 3, 10), Duration("day", 1)).due == D(2025, 3, 5, 10)
    with database.engine.begin() as connection:
        connection.execute(
            update(CalendarDay.__table__)
            .where(CalendarDay.day == dt.date(2025, 3, 4))
            .values(reason="Nghỉ bù (sửa tay)")
        )
    with database.session() as session:
        assert load_calendar(session).why_not_working(dt.date(2025, 3, 4)) == "Nghỉ bù (sửa tay)"
    with database.engine.begin() as connection:
        connection.execute(
            update(CalendarDay.__table__).where(CalendarDay.day == dt.date(2025, 3, 4)).values(kind="working")
        )
        connection.execute(update(OfficeHours.__table__).values(periods="08:00-11:00"))
    with database.session() as session:
        after = load_calendar(session)
    assert after is not before
    assert after.due(D(2025, 3, 3, 10), Duration("day", 1)).due == D(2025, 3, 4, 10)
    assert after.due(D(2025, 3, 3, 8), Duration("hour", 4)).due == D(2025, 3, 4, 9)
