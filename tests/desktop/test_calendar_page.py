"""The calendar screen against a real database: classes of days, editing days, hours, confirming a year."""

from __future__ import annotations

import datetime as dt

import pytest

from core.office_calendar import hours_schedules, year_days, year_status
from desktop.work_calendar.data import DayClass
from desktop.work_calendar.page import CalendarPage


@pytest.fixture
def page(qtbot, ops, settle) -> CalendarPage:
    widget = CalendarPage(ops, today=dt.date(2025, 6, 1))
    qtbot.addWidget(widget)
    widget.show()
    settle()
    return widget


def _entries(database, year: int) -> dict[dt.date, object]:
    with database.session() as session:
        return {e.day: e for e in year_days(session, year)}


def test_2025_shows_the_swap_of_may_2(page: CalendarPage, settle) -> None:
    page.set_year(2025)
    settle()
    assert page.data is not None and page.data.year == 2025
    assert page.grid.class_of(dt.date(2025, 5, 2)) is DayClass.OFF
    assert page.grid.class_of(dt.date(2025, 4, 26)) is DayClass.EXTRA_WORKING
    assert page.grid.class_of(dt.date(2025, 5, 5)) is DayClass.WORKING
    assert page.grid.class_of(dt.date(2025, 5, 10)) is DayClass.WEEKEND
    assert "Bảng đã kiểm chứng" in page.status.text()
    assert page.confirm_button.isHidden()
    page.grid.select(dt.date(2025, 5, 2))
    assert "02/05/2025" in page.panel.date_label.text()
    assert "Hoán đổi" in page.panel.reason_label.text()
    assert "6150" in page.panel.source_label.text()
    assert page.special.rowCount() == len(page.data.entries) > 10


def test_marking_a_day_off_through_the_dialog_stores_it(page: CalendarPage, settle, database) -> None:
    page.set_year(2025)
    settle()
    dialog = page.open_day_dialog(dt.date(2025, 6, 10))
    assert dialog is not None and dialog.isVisible()
    dialog.off.setChecked(True)
    dialog.reason.setText("Nghỉ lễ hội truyền thống của xã")
    dialog.source.setText("Quyết định 12/QĐ-UBND")
    dialog.accept()
    settle()
    entry = _entries(database, 2025)[dt.date(2025, 6, 10)]
    assert (entry.kind, entry.reason, entry.source, entry.confirmed) == (
        "off",
        "Nghỉ lễ hội truyền thống của xã",
        "Quyết định 12/QĐ-UBND",
        True,
    )
    assert page.grid.class_of(dt.date(2025, 6, 10)) is DayClass.OFF


def test_an_empty_reason_is_refused(page: CalendarPage, settle, database) -> None:
    page.set_year(2025)
    settle()
    dialog = page.open_day_dialog(dt.date(2025, 6, 11))
    dialog.working.setChecked(True)
    dialog.reason.setText("   ")
    dialog.accept()
    settle()
    assert dialog.isVisible()
    assert "lý do" in dialog.error.text()
    assert dt.date(2025, 6, 11) not in _entries(database, 2025)
    dialog.reject()


def test_back_to_default_removes_the_day(page: CalendarPage, settle, database) -> None:
    page.set_year(2025)
    settle()
    dialog = page.open_day_dialog(dt.date(2025, 4, 26))
    dialog.default.setChecked(True)
    dialog.accept()
    settle()
    assert dt.date(2025, 4, 26) not in _entries(database, 2025)
    assert page.grid.class_of(dt.date(2025, 4, 26)) is DayClass.WEEKEND


def test_bad_office_hours_show_the_error_and_store_nothing(page: CalendarPage, settle, database) -> None:
    with database.session() as session:
        before = hours_schedules(session)
    page.hours.periods.setText("7h30-11h30")
    page.hours.save()
    settle()
    assert "HH:MM-HH:MM" in page.hours.message.text()
    assert "không đúng dạng" in page.hours.message.text()
    page.hours.periods.setText("13:30-17:00,07:30-14:00")
    page.hours.save()
    settle()
    assert "chồng lên nhau" in page.hours.message.text()
    with database.session() as session:
        assert hours_schedules(session) == before


def test_dated_office_hours_are_saved_and_removed(page: CalendarPage, settle, database) -> None:
    from PySide6.QtCore import QDate

    page.hours.periods.setText("07:00-11:00,13:00-16:30")
    page.hours.dated.setChecked(True)
    page.hours.valid_from.setDate(QDate(2026, 1, 1))
    page.hours.save()
    settle()
    assert page.hours.message.text() == "Đã lưu giờ làm việc."
    assert page.hours.table.rowCount() == 2
    with database.session() as session:
        assert [s.valid_from for s in hours_schedules(session)] == [None, dt.date(2026, 1, 1)]
    page.hours.table.selectRow(1)
    assert page.hours.remove_button.isEnabled()
    page.hours.remove_selected()
    settle()
    with database.session() as session:
        assert [s.valid_from for s in hours_schedules(session)] == [None]


def test_a_suggested_year_is_unconfirmed_until_confirmed(page: CalendarPage, settle, database) -> None:
    page.set_year(2030)
    settle()
    assert "Dự kiến – chưa xác nhận" in page.status.text()
    assert page.confirm_button.isVisibleTo(page)
    assert "2030" in page.confirm_button.text()
    new_year = dt.date(2030, 1, 1)
    assert page.grid.class_of(new_year) is DayClass.OFF
    assert page.data.is_unconfirmed(new_year)
    page.confirm_button.click()
    settle()
    with database.session() as session:
        assert year_status(session, 2030) == "confirmed"
        assert all(e.confirmed for e in year_days(session, 2030))
    assert not page.confirm_button.isVisibleTo(page)
    assert "Đã xác nhận" in page.status.text()


def test_due_tester_explains_the_may_holidays(page: CalendarPage, settle) -> None:
    from PySide6.QtCore import QDateTime

    tester = page.tester
    tester.received.setDateTime(QDateTime(dt.datetime(2025, 4, 29, 9, 0)))
    tester.amount.setValue(3)
    tester.unit.setCurrentIndex(0)
    tester.compute()
    settle()
    assert tester.due_label.text() == "Hẹn trả: 09:00 07/05/2025"
    assert "Không tính 02/05/2025" in tester.explanation.toPlainText()
