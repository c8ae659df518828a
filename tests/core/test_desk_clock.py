"""A desk clock set back (a dead CMOS battery, or a clerk who moves the Windows clock to make a late
dossier look returned on time) records nothing: the trail never goes back in time.

time-machine moves every clock of the process, as moving the Windows clock would: the services' own
``datetime.now()`` and the trail's alike.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import time_machine
from sqlmodel import select

from core.dossiers import get_dossier, intake
from core.errors import UserError
from core.lifecycle import record_result
from core.limits import CLOCK_SLACK
from core.models import AuditEvent
from core.office import init_office
from core.security.access import AccessDenied, Caller, Role
from core.security.accounts import create_first_admin, sign_in
from core.security.audit_check import verify
from core.security.desk_clock import ClockBehind, accept_clock, clock_status
from tests.databases import new_database

CLERK = Caller("mot-cua", frozenset({Role.CLERK}), "Cán bộ một cửa")


def _intake(database, received_at: dt.datetime | None = None) -> str:
    with database.transaction() as session:
        return intake(session, procedure_code="HT-01", applicant_name="Nguyễn Văn An", received_at=received_at)[0].code


def _late(database) -> str:
    """A dossier received two weeks ago whose result is not ready yet: it is late today."""
    two_weeks = (dt.datetime.now() - dt.timedelta(days=14)).replace(hour=8, minute=0)
    return _intake(database, received_at=two_weeks)


def _events(database) -> list[AuditEvent]:
    with database.session() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.seq)))


def _back(by: dt.timedelta) -> time_machine.travel:
    return time_machine.travel(dt.datetime.now() - by, tick=True)


def test_a_clock_set_back_cannot_make_a_late_result_look_on_time(office_database):
    code = _late(office_database)
    with office_database.session() as session:
        due = get_dossier(session, code).due_at
    before = _events(office_database)
    before_due = time_machine.travel(due - dt.timedelta(hours=2), tick=True)  # the clerk moves the clock back
    with before_due, pytest.raises(ClockBehind) as refused, office_database.transaction() as session:
        record_result(session, code)
    assert "Đồng hồ của máy" in str(refused.value) and "chỉnh lại ngày giờ" in str(refused.value)
    with office_database.session() as session:
        assert get_dossier(session, code).result_at is None  # nothing of it was committed
    assert len(_events(office_database)) == len(before)


def test_a_few_minutes_between_two_desks_is_not_a_clock_set_back(office_database):
    code = _late(office_database)
    last = _events(office_database)[-1].at
    with _back(CLOCK_SLACK / 2), office_database.transaction() as session:
        record_result(session, code)
    events = _events(office_database)
    assert events[-1].at >= last  # the trail's moments never go back, not even by a minute


def test_logging_in_with_the_clock_set_back_works_but_does_not_lower_the_trail(office_database):
    with office_database.as_caller(None).transaction() as session:
        create_first_admin(session, username="quantri", full_name="Quản Trị", password="mat-khau-dai-du-9")
    code = _late(office_database)
    last = _events(office_database)[-1].at
    with _back(dt.timedelta(days=3)):
        sign_in(office_database, "quantri", "mat-khau-dai-du-9")  # the office can still read and print
        # the attack: log in first, so that the last event is the old moment
        with pytest.raises(ClockBehind), office_database.transaction() as session:
            record_result(session, code)
    login = _events(office_database)[-1]
    assert login.action == "đăng nhập" and login.at >= last
    assert login.detail["desk_clock"] < last.isoformat(" ", "minutes")  # what the desk's clock said is kept


def test_a_clock_that_ran_ahead_is_accepted_by_an_admin_and_the_trail_says_so(office_database):
    with time_machine.travel(dt.datetime.now() + dt.timedelta(days=30), tick=True):
        _intake(office_database)  # a desk whose clock was a month ahead wrote something
    with pytest.raises(ClockBehind):
        _intake(office_database)
    with office_database.session() as session:
        status = clock_status(session)
    assert status.behind and status.last_recorded - status.desk_now > dt.timedelta(days=29)

    with pytest.raises(AccessDenied), office_database.as_caller(CLERK).transaction() as session:
        accept_clock(session, reason="máy chạy nhanh một tháng")
    with pytest.raises(UserError, match="lý do"), office_database.transaction() as session:
        accept_clock(session, reason="  ")
    with office_database.transaction() as session:
        accept_clock(session, reason="máy chạy nhanh một tháng, đã chỉnh lại")
    _intake(office_database)

    events = _events(office_database)
    accepted = next(e for e in events if e.action == "chấp nhận đồng hồ của máy")
    assert accepted.actor == "kiemthu" and accepted.detail["reason"] == "máy chạy nhanh một tháng, đã chỉnh lại"
    assert accepted.detail["last_recorded"] > accepted.at.isoformat(" ", "minutes")
    with office_database.session() as session:
        assert not clock_status(session).behind
        assert verify(session).ok  # an accepted clock is history, not tampering


def test_accepting_a_clock_that_is_right_is_refused(office_database):
    _intake(office_database)
    with pytest.raises(UserError, match="không chậm"), office_database.transaction() as session:
        accept_clock(session, reason="thử")


def test_lowering_the_trail_with_sqlite3_first_is_named_by_verify(tmp_path):
    """The attack on the rule itself: someone with sqlite3 moves the trail's last moment back, then sets the
    clock back and records the late result. The write goes through, but the edited event's signature no
    longer matches: `audit verify` names it, for ever."""
    path = tmp_path / "office.db"
    database = new_database(path)
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    code = _late(database)
    with database.session() as session:
        due = get_dossier(session, code).due_at
    with sqlite3.connect(path) as raw:
        forged = str(due - dt.timedelta(hours=3))
        raw.execute("UPDATE auditevent SET at = ? WHERE seq = (SELECT max(seq) FROM auditevent)", (forged,))
    with time_machine.travel(due - dt.timedelta(hours=2), tick=True), database.transaction() as session:
        record_result(session, code)
    with database.session() as session:
        problems = verify(session).problems
    assert any("đã bị sửa hoặc giả" in problem for problem in problems)
    database.close()
