"""The report dashboard: the month's KPI tiles, twelve trend points equal to core's reports, by field."""

from __future__ import annotations

import datetime as dt

from core.demo import fill_demo_office
from core.reports import KPI_KEYS, monthly_report, percent
from core.reports.trends import by_field, months_back, trend_point
from desktop.report.dashboard import MONTHS, Dashboard


def test_months_back_crosses_the_year() -> None:
    assert months_back("2026-02", 3) == ["2025-12", "2026-01", "2026-02"]
    assert len(months_back("2026-02", 12)) == 12 and months_back("2026-02")[0] == "2025-03"


def test_the_dashboard_builds_twelve_points_from_the_monthly_reports(qtbot, database, ops, settle) -> None:
    with database.transaction() as session:
        fill_demo_office(session, dossiers=800, seed=3, until=dt.date(2026, 3, 31))
    board = Dashboard(ops)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        board.load("2026-02")
    settle()
    points = board.trend()
    assert len(points) == MONTHS and [p.month for p in points] == months_back("2026-02", 12)
    with database.session() as session:
        expected = [trend_point(monthly_report(session, month)) for month in months_back("2026-02", 12)]
        report = monthly_report(session, "2026-02")
    assert points == expected
    received = board.chart.series["received"]
    assert received.count() == 12 and received.at(11).y() == expected[-1].received
    on_time = board.chart.series["on_time_rate"]
    assert on_time.count() == sum(p.on_time_rate is not None for p in expected)
    assert board.chart.months.categories()[-1] == "02/26"
    for key in KPI_KEYS:
        assert board.tiles[key].rate.text() == percent(report.kpis[key].rate)
    # the demo's dossiers keep their flag as recorded: the digitised tile says so (issue 16)
    assert board.tiles["digitized_rate"].toolTip() == report.digitized_note() != ""
    lines = by_field(report)
    assert board.fields.rowCount() == len(lines)
    assert [board.fields.item(r, 0).text() for r in range(len(lines))] == [line.field for line in lines]
    assert not board.progress.isVisible()


def test_a_newer_month_replaces_an_older_load(qtbot, database, ops, settle) -> None:
    with database.transaction() as session:
        fill_demo_office(session, dossiers=300, seed=3, until=dt.date(2026, 3, 31))
    board = Dashboard(ops)
    qtbot.addWidget(board)
    board.load("2026-01")
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        board.load("2026-03")
    settle()
    assert [p.month for p in board.trend()] == months_back("2026-03", 12)
    assert board.report.period.month == "2026-03"
