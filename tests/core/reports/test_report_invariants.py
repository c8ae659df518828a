"""Over random registers: received = resolved + pending, each total the sum of its parts, the totals row
the sum of the rows, and every cell's dossiers as many as its figure (docs/rules.md §5)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import delete

from core.bootstrap import prepare_database
from core.models import Dossier
from core.office import init_office
from core.reports import cell_codes, monthly_report
from core.storage import open_database
from tests.core.reports.conftest import add_dossier
from tests.fakes import as_tester

BASE = dt.datetime(2025, 1, 1)
FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Ấn định"]

moment = st.integers(min_value=0, max_value=120 * 24).map(lambda hours: BASE + dt.timedelta(hours=hours))
dossier = st.tuples(
    st.sampled_from(FIELDS),
    st.sampled_from(["online", "direct", "postal"]),
    moment,
    st.integers(0, 20 * 24),
    st.one_of(st.none(), st.integers(0, 40 * 24)),
    st.one_of(st.none(), st.integers(0, 40 * 24)),
    st.booleans(),
    st.sampled_from([0, 20000]),
    st.booleans(),
)


def _database(tmp_path_factory):
    db = as_tester(open_database(tmp_path_factory.mktemp("inv") / "office.db"))
    prepare_database(db)
    with db.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    return db


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entries=st.lists(dossier, max_size=25),
    month=st.sampled_from(["2025-02", "2025-03"]),
    kind=st.sampled_from(["calendar", "decree09"]),
)
def test_invariants_hold_on_random_registers(tmp_path_factory, entries, month, kind):
    db = getattr(test_invariants_hold_on_random_registers, "db", None)
    if db is None:
        db = test_invariants_hold_on_random_registers.db = _database(tmp_path_factory)
    with db.transaction() as session:
        session.exec(delete(Dossier))
        for n, (field, channel, received, due_h, result_h, stop_h, digitized, fee, paid) in enumerate(entries):
            add_dossier(
                session,
                f"D{n}",
                field,
                channel,
                received,
                received + dt.timedelta(hours=due_h),
                None if result_h is None else received + dt.timedelta(hours=result_h),
                None if stop_h is None else (received + dt.timedelta(hours=stop_h), "withdrawn"),
                digitized,
                fee,
                paid,
            )
    with db.session() as session:
        report = monthly_report(session, month, kind)
        for row in [*report.rows, report.totals]:
            assert row["received_total"] == row["received_online"] + row["received_direct"] + row["carried_over"]
            assert row["resolved_total"] == row["resolved_early"] + row["resolved_on_time"] + row["resolved_late"]
            assert row["pending_total"] == row["pending_on_time"] + row["pending_late"]
            assert row["received_total"] == row["resolved_total"] + row["pending_total"]
            assert row["stopped"] <= row["resolved_on_time"]
        for key, value in report.totals.items():
            assert value == sum(row[key] for row in report.rows)
            assert len(cell_codes(session, report.period, key)) == value
        assert sorted(d.code for d in report.late) == sorted(cell_codes(session, report.period, "late"))
        assert len(report.late) == report.totals["resolved_late"] + report.totals["pending_late"]
        for kpi in report.kpis.values():
            assert (kpi.rate is None) == (kpi.denominator == 0)
            assert kpi.rate is None or 0 <= kpi.rate <= 1
