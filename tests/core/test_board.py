"""The desk board at a fixed moment over a constructed register (docs/rules.md §4–5)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.board import apology_coverage, desk_board, format_rate, warning_from
from core.models import Apology, Dossier, DossierPause
from core.office_calendar import load_calendar

AT = dt.datetime(2025, 1, 24, 11, 0)  # Friday, the last working day before Tết 2025
T = dt.datetime


@pytest.mark.parametrize(
    "due, warn",
    [
        (T(2025, 3, 3, 10, 0), T(2025, 2, 28, 10, 0)),  # Monday → Friday before, same clock time
        (T(2025, 2, 3, 10, 0), T(2025, 1, 24, 10, 0)),  # Monday after Tết 2025 → Friday before Tết
        (T(2025, 3, 5, 15, 30), T(2025, 3, 4, 15, 30)),  # an ordinary weekday
        (T(2025, 5, 5, 9, 0), T(2025, 4, 29, 9, 0)),  # 30/4–1/5 with the swapped days off
    ],
)
def test_warning_starts_one_working_day_before_the_due_moment(database, due, warn):
    with database.session() as session:
        assert warning_from(load_calendar(session), due) == warn


def _dossier(
    session,
    n: int,
    *,
    due: dt.datetime,
    field: str = "Hộ tịch",
    handler: str = "Lê Văn Bình",
    received: dt.datetime = T(2025, 1, 6, 8, 0),
    **values,
) -> Dossier:
    d = Dossier(
        code=f"H40.25.12-250106-{n:04d}",
        unit_code="H40.25.12",
        received_day=received.date(),
        seq=n,
        field=field,
        applicant_name=f"Công dân {n}",
        received_at=received,
        due_at=due,
        handler=handler,
        **values,
    )
    session.add(d)
    session.flush()
    return d


def _apology(session, d: Dossier, issued: dt.datetime, new_due: dt.datetime, fault: str = "own") -> None:
    session.add(Apology(dossier_id=d.id, issued_at=issued, reason="Chờ xác minh", fault=fault, new_due_at=new_due))
    d.new_due_at = new_due
    session.add(d)


@pytest.fixture
def register(office_database):
    with office_database.transaction() as s:
        _dossier(s, 1, due=T(2025, 2, 3, 10, 0))  # due soon: warning from Fri 24/01 10:00, across Tết
        _dossier(s, 2, due=T(2025, 2, 3, 14, 0))  # warning only from 14:00: not yet on the board
        _dossier(s, 3, due=T(2025, 1, 24, 16, 0), field="Chứng thực", handler="Trần Thị Lan")  # due today
        _dossier(s, 4, due=T(2025, 1, 23, 9, 0))  # late, no apology: to do
        e = _dossier(s, 5, due=T(2025, 1, 22, 9, 0), field="Chứng thực")  # late, re-appointed to 04/02: still late
        _apology(s, e, T(2025, 1, 21, 9, 0), T(2025, 2, 4, 9, 0), fault="external")
        f = _dossier(s, 6, due=T(2025, 1, 20, 9, 0))  # late, and the new appointment has passed too: to do
        _apology(s, f, T(2025, 1, 17, 9, 0), T(2025, 1, 23, 9, 0))
        g = _dossier(s, 7, due=T(2025, 1, 28, 9, 0), handler="Trần Thị Lan")  # waiting on the citizen
        s.add(DossierPause(dossier_id=g.id, started_at=T(2025, 1, 20, 9, 0), reason="Thiếu giấy tờ"))
        _dossier(s, 8, due=T(2025, 1, 22, 9, 0), result_at=T(2025, 1, 23, 9, 0))  # resolved late, no apology
        _dossier(s, 9, due=T(2025, 1, 22, 9, 0), stopped_at=T(2025, 1, 21, 9, 0))  # stopped: never late
        _dossier(s, 10, due=T(2025, 2, 10, 9, 0))  # far ahead
        k = _dossier(s, 11, due=T(2025, 1, 23, 9, 0), result_at=T(2025, 1, 24, 9, 0))  # re-appointed, finished
        _apology(s, k, T(2025, 1, 22, 9, 0), T(2025, 1, 27, 9, 0))  # before the new appointment: still late
        _dossier(s, 12, due=T(2025, 1, 23, 9, 0), received=T(2025, 1, 24, 15, 0))  # accepted after AT
    return office_database


def codes(entries) -> list[int]:
    return [int(e.code[-4:]) for e in entries]


def test_board_sections_at_a_fixed_moment(register):
    with register.session() as session:
        board = desk_board(session, AT)
    assert codes(board.due_today) == [3]
    assert codes(board.due_soon) == [1]
    assert codes(board.late) == [6, 5, 4]  # by statutory due moment
    assert codes(board.waiting) == [7]
    assert codes(board.todo) == [6, 4]
    assert board.counts() == {"due_today": 1, "due_soon": 1, "late": 3, "waiting": 1, "todo": 2}
    states = {int(e.code[-4:]): e.apology_state for e in board.late}
    assert states == {4: "none", 5: "issued", 6: "expired"}
    e = next(e for e in board.late if e.code.endswith("0005"))
    assert e.due_at == T(2025, 1, 22, 9, 0) and e.new_due_at == T(2025, 2, 4, 9, 0) and e.fault == "external"
    assert board.due_soon[0].warn_from == T(2025, 1, 24, 10, 0)


def test_board_counts_by_field_and_officer(register):
    with register.session() as session:
        board = desk_board(session, AT)
    fields = {g.name: (g.due_today, g.due_soon, g.late, g.waiting) for g in board.by_field}
    assert fields == {"Chứng thực": (1, 0, 1, 0), "Hộ tịch": (0, 1, 2, 1)}
    assert [g.name for g in board.by_field] == ["Chứng thực", "Hộ tịch"]  # Vietnamese order
    officers = {g.name: g.total for g in board.by_handler}
    assert officers == {"Lê Văn Bình": 4, "Trần Thị Lan": 2}


def test_apology_coverage_of_the_month(register):
    with register.session() as session:
        board = desk_board(session, AT)
        january = apology_coverage(session, T(2025, 1, 1), T(2025, 2, 1))
    # late in January up to AT: 4, 5, 6 open past due; 8 and 11 resolved after their due moment
    assert (board.coverage.late, board.coverage.with_apology) == (5, 3)
    assert board.coverage.rate == pytest.approx(0.6) and format_rate(board.coverage.rate) == "60%"
    assert january.late >= board.coverage.late


def test_the_warning_moves_with_the_clock(register):
    with register.session() as session:
        before = desk_board(session, T(2025, 1, 24, 9, 59))
        after = desk_board(session, T(2025, 1, 24, 14, 0))
        tet = desk_board(session, T(2025, 1, 30, 9, 0))  # a Tết day: nothing new turns due soon
    assert codes(before.due_soon) == [] and codes(after.due_soon) == [1, 2]
    assert codes(tet.due_soon) == [1, 2]


def test_no_late_dossier_means_no_coverage_figure(office_database):
    with office_database.session() as session:
        board = desk_board(session, AT)
    assert board.coverage.rate is None and format_rate(board.coverage.rate) == "—"
    assert board.counts() == {"due_today": 0, "due_soon": 0, "late": 0, "waiting": 0, "todo": 0}
