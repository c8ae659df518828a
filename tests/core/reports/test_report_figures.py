"""The monthly figures against a hand count (docs/rules.md §5), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from core.errors import UserError
from core.office import set_setting
from core.reports import cell_codes, due_date, monthly_report, period_for, reminder, report_codes

KEYS = (
    "received_total",
    "received_online",
    "received_direct",
    "carried_over",
    "resolved_total",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "pending_total",
    "pending_on_time",
    "pending_late",
    "stopped",
)


def row(*values):
    return dict(zip(KEYS, values))


#                     total onl dir carr | res early on_t late | pend on_t late | stopped
MARCH = {
    "Chứng thực": row(
        4, 0, 2, 2, 3, 0, 2, 1, 1, 0, 1, 1
    ),  # C1 C3 new direct; C2 C4 carried; C2 C3 on time; C4 late; C1 pending late
    "Đất đai": row(2, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 0),  # Đ1 new, on time; Đ2 carried, pending late
    "Hộ tịch": row(
        6, 2, 2, 2, 4, 1, 2, 1, 2, 1, 1, 1
    ),  # H1 H4 online; H2 H3 direct; H5 H7 carried; H1 early; H2 H7 on time; H3 late
}
MARCH_TOTALS = row(12, 2, 5, 5, 8, 1, 5, 2, 4, 1, 3, 2)
#: NĐ 09 cut-off: 15/02 → 14/03 (H4 C1 H9 after it; H5 H7 H8 C2 inside; C4 Đ2 carried over).
DECREE09_TOTALS = row(11, 2, 7, 2, 7, 1, 5, 1, 4, 1, 3, 3)


def test_every_column_matches_the_hand_count(register_database):
    with register_database.session() as session:
        report = monthly_report(session, "2025-03", "calendar")
    data = report.to_json()
    assert [r["field"] for r in data["rows"]] == ["Chứng thực", "Đất đai", "Hộ tịch"]  # Vietnamese order
    assert {r["field"]: {k: r[k] for k in KEYS} for r in data["rows"]} == MARCH
    assert data["totals"] == MARCH_TOTALS
    assert data["period"] == {"month": "2025-03", "from": "2025-03-01", "to": "2025-03-31"}
    assert data["unit"] == {"code": "H40.25.12", "name": "UBND xã Hoa Thành"}


def test_kpis_ratings_and_late_dossiers(register_database):
    with register_database.session() as session:
        data = monthly_report(session, "2025-03", "calendar").to_json()
    assert data["kpis"] == pytest.approx(
        {
            "on_time_rate": 6 / 8,  # (early 1 + on time 5) / resolved 8
            "online_rate": 2 / 7,  # H1 H4 of the 7 accepted in March
            "digitized_rate": 3 / 7,  # H1 H2 Đ1
            "online_payment_rate": 2 / 3,  # H2 Đ1 paid online of H2 H3 Đ1 with a fee (C4 is not March's)
            "apology_coverage": 3 / 5,  # Đ2 C4 H3 of the five late; C1's apology came in April
            "satisfaction_rate": 3 / 4,  # 3 3 2 of the four March ratings
        }
    )
    assert data["ratings"] == {"dissatisfied": 1, "satisfied": 1, "very_satisfied": 2}
    assert data["late_dossiers"] == [
        {"code": "Đ2", "due_at": "2025-01-10 09:00", "apology": True},
        {"code": "C4", "due_at": "2025-01-20 09:00", "apology": True},
        {"code": "H5", "due_at": "2025-02-25 09:00", "apology": False},
        {"code": "H3", "due_at": "2025-03-12 10:00", "apology": True},
        {"code": "C1", "due_at": "2025-03-31 17:00", "apology": False},
    ]


def test_decree09_period(register_database):
    assert period_for("2025-03", "decree09").to_json() == {"month": "2025-03", "from": "2025-02-15", "to": "2025-03-14"}
    assert period_for("2025-01", "decree09").first == dt.date(2024, 12, 15)
    with register_database.transaction() as session:
        assert monthly_report(session, "2025-03", "decree09").totals == DECREE09_TOTALS
        set_setting(session, "report_period", "decree09")  # the setting decides when no period is given
        assert monthly_report(session, "2025-03").totals == DECREE09_TOTALS


def test_cells_open_their_dossiers(register_database):
    with register_database.session() as session:
        report = monthly_report(session, "2025-03", "calendar")
        assert report_codes(session, report, "resolved_late") == ["C4", "H3"]
        assert report_codes(session, report, "stopped", "Hộ tịch") == ["H7"]
        assert report_codes(session, report, "carried_over", "Chứng thực") == ["C4", "C2"]
        assert sorted(report_codes(session, report, "late")) == sorted(d.code for d in report.late)
        for column in KEYS:
            assert len(cell_codes(session, report.period, column)) == report.totals[column]
        assert report.cell("pending_late", "Đất đai") == 1 and report.cell("received_total") == 12


def test_zero_denominators_are_none(office_database):
    with office_database.session() as session:
        data = monthly_report(session, "2025-03").to_json()
    assert data["rows"] == [] and set(data["totals"].values()) == {0}
    assert set(data["kpis"].values()) == {None}
    assert data["late_dossiers"] == []


@pytest.mark.parametrize("month", ["2025-13", "2025-3", "03-2025", ""])
def test_bad_month_is_refused(office_database, month):
    with office_database.session() as session, pytest.raises(UserError, match="không hợp lệ"):
        monthly_report(session, month)


def test_due_day_and_reminder(office_database):
    assert due_date("2025-03") == dt.date(2025, 4, 5) and due_date("2025-12", 31) == dt.date(2026, 1, 31)
    with office_database.transaction() as session:
        assert reminder(session, dt.date(2025, 4, 1)).level == "normal"
        shown = reminder(session, dt.date(2025, 4, 6))
        assert (shown.month, shown.due, shown.level) == ("2025-03", dt.date(2025, 4, 5), "red")
        assert "03/2025" in shown.text
        set_setting(session, "report_due_day", 10)
        assert reminder(session, dt.date(2025, 4, 6)).level == "normal"
