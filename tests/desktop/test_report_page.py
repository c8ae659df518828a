"""The report page on the demo office: the table is core's report, cells list their dossiers, submissions
make revisions with their differences, the outputs are real files, and the reminder turns red."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from core.demo import fill_demo_office
from core.errors import UserError
from core.lifecycle import record_result
from core.report_uploads import pending_uploads, record_report_upload
from core.reports import COLUMN_NUMBERS, monthly_report, report_codes, status, submissions, submit, verify
from desktop.report import actions
from desktop.report.cell_dialog import CellDialog
from desktop.report.changes_view import SubmissionDialog
from desktop.report.headings import TABLE_COLUMNS
from desktop.report.page import ReportPage
from desktop.report.reminder import ReportReminder

FEBRUARY, MARCH = "2026-02", "2026-03"
AFTER_MARCH = dt.datetime(2026, 4, 6, 10, 0)


@pytest.fixture
def demo(database):
    with database.transaction() as session:
        fill_demo_office(session, dossiers=800, seed=3, until=dt.date(2026, 3, 31))
    return database


@pytest.fixture
def page(qtbot, demo, ops, settle):
    opened: list[str] = []
    made = ReportPage(ops, open_dossier=opened.append, today=dt.date(2026, 3, 7), clock=lambda: AFTER_MARCH)
    made.opened = opened
    qtbot.addWidget(made)
    made.resize(1366, 700)
    made.show()
    qtbot.waitExposed(made)
    settle()
    return made


def show_month(page, settle, month: str) -> None:
    page.set_month(month)
    settle()
    assert page.view.report.period.month == month


def test_the_table_shows_cores_figures_for_february(page, demo) -> None:
    assert page.month() == FEBRUARY  # last month by default
    with demo.session() as session:
        report = monthly_report(session, FEBRUARY)
    model = page.report_view.figures
    assert model.rowCount() == len(report.rows) + 1 and model.columnCount() == 14
    for row in range(model.rowCount()):
        field = None if row == len(report.rows) else report.rows[row]["field"]
        shown = model.index(row, TABLE_COLUMNS.index("field")).data()
        assert shown == (field or "Tổng cộng")
        for column, key in enumerate(TABLE_COLUMNS[2:], start=2):
            assert model.index(row, column).data() == str(report.cell(key, field)), (field, key)
    for key, number in COLUMN_NUMBERS.items():
        heading = model.headerData(TABLE_COLUMNS.index(key), Qt.Orientation.Horizontal)
        assert heading.endswith(f"({number})")
        assert f"({number})" in model.headerData(
            TABLE_COLUMNS.index(key), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
    assert "01/02/2026" in page.period_label.text() and "05/03/2026" in page.period_label.text()
    assert page.report_view.kpis.rowCount() == 6
    verdicts = {page.report_view.kpis.index(r, 4).data() for r in range(6)}
    assert verdicts <= {"Đạt", "Chưa đạt", "—"}
    assert page.report_view.late.rowCount() == len(report.late)


@pytest.mark.parametrize(
    "key, row", [("received_total", 3), ("resolved_on_time", 1), ("pending_total", None), ("carried_over", None)]
)
def test_double_click_lists_exactly_the_dossiers_behind_the_cell(qtbot, page, demo, settle, key, row) -> None:
    model, table = page.report_view.figures, page.report_view.table
    row = model.rowCount() - 1 if row is None else row
    field = None if model.is_totals(row) else model.report.rows[row]["field"]
    index = model.index(row, TABLE_COLUMNS.index(key))
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # Qt 6 double-clicks need a press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    settle()
    assert isinstance(page.dialog, CellDialog)
    with demo.session() as session:
        expected = report_codes(session, monthly_report(session, FEBRUARY), key, field)
    assert page.dialog.codes() == expected and len(expected) == int(index.data())
    if expected:
        qtbot.keyClick(page.dialog.table, Qt.Key.Key_Return)
        assert page.opened == [expected[0]]


def open_dossier_pending_at_end_of(demo, month: str) -> str:
    """A dossier still pending at the month's end that can take a result now."""
    with demo.session() as session:
        codes = report_codes(session, monthly_report(session, month), "pending_total")
    for code in codes:
        try:
            with demo.transaction() as session:
                record_result(session, code, at=dt.datetime(2026, 3, 30, 10, 0))
            return code
        except UserError:
            continue
    raise AssertionError("no pending dossier to change")


def test_submit_makes_revision_one_then_two_with_its_differences(qtbot, page, demo, settle, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(actions, "confirm", lambda parent, title, text: asked.append(text) or True)
    show_month(page, settle, MARCH)
    page.submit_button.click()
    settle()
    assert asked and isinstance(page.dialog, SubmissionDialog)
    with demo.session() as session:
        first = submissions(session, MARCH)
        assert [s.revision for s in first] == [1] and verify(first[0])
    assert page.dialog.checksum.text() == first[0].checksum
    assert "lần 1" in page.state_label.text() and not page.changes_button.isVisible()
    page.dialog.close()

    open_dossier_pending_at_end_of(demo, MARCH)
    page.refresh()
    settle()
    assert page.changes_button.isVisible()  # never a silent change
    with demo.session() as session:
        changes = status(session, MARCH).changes
    assert changes and str(len(changes)) in page.state_label.text()

    page.submit_button.click()
    settle()
    dialog = page.dialog
    assert isinstance(dialog, SubmissionDialog) and "lần 2" in dialog.summary.text()
    with demo.session() as session:
        second = submissions(session, MARCH)[-1]
    assert second.revision == 2 and dialog.checksum.text() == second.checksum
    assert dialog.changes.rowCount() == len(second.changes) == len(changes)
    shown = {(dialog.changes.item(r, 2).text(), dialog.changes.item(r, 3).text()) for r in range(len(changes))}
    assert (str(changes[0].before), str(changes[0].after)) in shown or changes[0].field == ""


def test_record_upload_clears_the_to_upload_state(page, demo, settle, monkeypatch) -> None:
    monkeypatch.setattr(actions, "confirm", lambda *args: True)
    show_month(page, settle, MARCH)
    assert not page.upload_button.isEnabled()
    page.submit()
    settle()
    page.dialog.close()
    assert page.upload_button.isEnabled() and "Chờ tải lên" in page.state_label.text()
    page.upload_button.click()
    settle()
    assert "Đã tải lên" in page.state_label.text() and not page.upload_button.isEnabled()
    with demo.session() as session:
        assert pending_uploads(session, submitted=[MARCH]) == []


def test_save_xlsx_writes_a_workbook_openpyxl_reads(page, demo, settle, tmp_path, monkeypatch) -> None:
    target = tmp_path / "bao-cao.xlsx"
    suggested: list[str] = []
    monkeypatch.setattr(actions, "choose_xlsx_path", lambda parent, name: suggested.append(name) or str(target))
    page.xlsx_button.click()
    settle()
    assert suggested == ["bieu-II.06a-H40.25.12-2026-02.xlsx"]
    sheet = load_workbook(io.BytesIO(target.read_bytes())).active
    with demo.session() as session:
        report = monthly_report(session, FEBRUARY)
    totals_row = [row for row in sheet.iter_rows(values_only=True) if row[1] == "Tổng cộng"][0]
    assert list(totals_row[2:13]) == [report.totals[k] for k in sorted(COLUMN_NUMBERS, key=COLUMN_NUMBERS.get)]


def test_the_preview_gets_the_chairmans_pdf(page, settle) -> None:
    page.pdf_button.click()
    settle()
    preview = page.dialog.preview
    assert preview.data.startswith(b"%PDF") and preview.document.pageCount() >= 1
    assert preview.file_name == "bao-cao-H40.25.12-2026-02.pdf"
    page.dialog.close()


@pytest.mark.parametrize("today, red", [(dt.date(2026, 3, 3), False), (dt.date(2026, 3, 7), True)])
def test_the_reminder_is_red_after_the_due_day(demo, ops, settle, today, red) -> None:
    shown: list[tuple[str, bool]] = []
    reminder = ReportReminder(ops, lambda text, is_red: shown.append((text, is_red)), today=lambda: today)
    reminder.start()
    settle()
    assert shown[-1][1] is red and "02/2026" in shown[-1][0] and "05/03/2026" in shown[-1][0]
    with demo.transaction() as session:
        submit(session, FEBRUARY, at=dt.datetime(2026, 3, 2, 9, 0))
    reminder.refresh()
    settle()
    assert "chưa ghi nhận tải lên" in shown[-1][0]  # submitted, still to upload (issue 9)
    with demo.transaction() as session:
        record_report_upload(session, FEBRUARY, at=dt.datetime(2026, 3, 2, 10, 0))
    reminder.refresh()
    settle()
    assert shown[-1] == ("", False)
    reminder.timer.stop()


def test_the_window_shows_the_reminder_and_a_cell_opens_the_dossier_page(qtbot, demo, open_window) -> None:
    from PySide6.QtWidgets import QLabel

    built = open_window(demo, today=dt.date(2026, 3, 7))

    def shown() -> QLabel | None:  # the reminder starts a moment after the dossier list has painted (issue 17)
        return built.window.findChild(QLabel, "reportReminderLabel")

    qtbot.waitUntil(lambda: shown() is not None and shown().isVisible(), timeout=10_000)
    assert shown().property("red") is True
    built.window.show_widget(built.report)
    qtbot.waitUntil(lambda: built.report.view is not None)
    built.report.open_cell("received_total", "")
    qtbot.waitUntil(lambda: isinstance(built.report.dialog, CellDialog))
    code = built.report.dialog.codes()[0]
    qtbot.keyClick(built.report.dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: built.window.current_title() == "Hồ sơ")
    qtbot.waitUntil(lambda: built.dossiers.detail.isVisible())
    assert built.dossiers.detail.detail.code == code


def test_saving_over_a_workbook_excel_holds_open_says_so_in_one_line(
    page, settle, errors, tmp_path, monkeypatch
) -> None:
    """Issue 14: re-saving the monthly xlsx while Excel shows it raised PermissionError inside a Qt callback
    (the windowed app has no stderr: the clerk saw nothing)."""
    import os

    from core import files
    from tests.spreadsheets import leftovers, sharing_violation

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "bao-cao.xlsx"
    target.write_bytes(b"the file Excel shows")
    monkeypatch.setattr(actions, "choose_xlsx_path", lambda parent, name: str(target))
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", sharing_violation)
    page.xlsx_button.click()
    settle()
    assert len(errors) == 1 and "bao-cao.xlsx" in errors[0] and "\n" not in errors[0] and "Excel" in errors[0]
    assert target.read_bytes() == b"the file Excel shows" and leftovers(target.parent, target.name) == []
    assert "bao-cao.xlsx" not in page.state_label.text()  # not "Saved …"
