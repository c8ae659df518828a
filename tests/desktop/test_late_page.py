"""The late page: the board from core, the apology dialog issuing through operations, the start-up banner."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication
from sqlmodel import select

from core.dossiers import intake
from core.models import Apology, Dossier
from core.office import init_office, set_setting
from desktop.late.page import TABS, LatePage
from desktop.late.watcher import DueSoonTracker
from desktop.widgets.pdf_preview import PdfPreviewDialog

T = dt.datetime
AT = T(2025, 3, 7, 9, 0)  # Friday


@pytest.fixture
def office(database):
    """Two dossiers: one late (due Thu 06/03 09:00), one due soon (due Mon 10/03 09:00)."""
    with database.transaction() as s:
        init_office(s, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
        set_setting(s, "signers", {"chairman_name": "Nguyễn Văn Hùng"})
        late, _ = intake(
            s,
            procedure_code="HT-07",
            applicant_name="Lê Thị Hoa",
            phone="0912345678",
            received_at=T(2025, 3, 3, 9, 0),
            now=T(2025, 3, 3, 9, 0),
        )
        soon, _ = intake(
            s,
            procedure_code="HT-07",
            applicant_name="Trần Văn Đức",
            received_at=T(2025, 3, 5, 9, 0),
            now=T(2025, 3, 5, 9, 0),
        )
    return database, late.code, soon.code


@pytest.fixture
def page(qtbot, ops, settle, office):
    page = LatePage(ops, is_admin=False, clock=lambda: AT)
    qtbot.addWidget(page)
    page.resize(1176, 700)
    page.show()
    settle()
    return page


def test_the_board_shows_sections_counts_and_coverage(page, office):
    _, late, soon = office
    assert page.models["late"].codes() == [late] and page.models["due_soon"].codes() == [soon]
    assert page.models["todo"].codes() == [late]
    assert page.tabs.tabText(TABS.index("todo")) == "Cần xin lỗi (1)"
    assert page.summary.tiles["coverage"].text().count("0%") == 1
    assert page.by_field.table.item(0, 0).text() == "Hộ tịch" and page.by_field.table.item(0, 3).text() == "1"
    assert page.models["todo"].data(page.models["todo"].index(0, 5)) == "Chưa có văn bản xin lỗi"


def test_the_dialog_issues_the_apology_and_opens_the_letter(qtbot, page, office, settle, errors):
    database, late, _ = office
    page.tabs.setCurrentIndex(TABS.index("todo"))
    page.views["todo"].selectRow(0)
    assert page.apology_button.isEnabled()
    page.apology_button.click()
    settle()
    dialog = page.dialog
    assert dialog is not None and dialog.signer.text() == "Nguyễn Văn Hùng"
    assert dialog.new_due_at() == T(2025, 3, 10, 9, 0)  # one working day after Friday 07/03
    dialog.reason.setPlainText("Chờ xác minh của Công an xã")
    dialog.sent_via.setCurrentIndex(dialog.sent_via.findData("sms"))
    assert late in dialog.copy_sms() and QGuiApplication.clipboard().text() == dialog.sms.toPlainText()
    assert "chờ xác minh của Công an xã" in dialog.sms.toPlainText()
    with qtbot.waitSignal(page.apology_issued, timeout=10_000):
        dialog.ok_button.click()
    settle()
    assert errors == [] and page.dialog is None
    assert isinstance(page.preview, PdfPreviewDialog) and page.preview.preview.data.startswith(b"%PDF")
    with database.session() as s:
        row = s.exec(select(Apology)).one()
        dossier = s.exec(select(Dossier).where(Dossier.code == late)).one()
    assert (row.reason, row.sent_via, row.fault) == ("Chờ xác minh của Công an xã", "sms", "own")
    assert dossier.due_at == T(2025, 3, 6, 9, 0) and dossier.new_due_at == T(2025, 3, 10, 9, 0)
    assert page.models["todo"].codes() == [] and page.models["late"].codes() == [late]  # still late
    page.preview.close()


def test_a_second_re_appointment_is_refused_in_the_dialog(page, office, settle):
    database, late, _ = office
    with database.transaction() as s:
        s.add(
            Apology(
                dossier_id=s.exec(select(Dossier.id).where(Dossier.code == late)).one(),
                issued_at=T(2025, 3, 5, 9, 0),
                reason="Chờ",
                new_due_at=T(2025, 3, 6, 16, 0),
            )
        )
    page.draft_for(late)
    settle()
    dialog = page.dialog
    assert dialog.draft.needs_override and not dialog.override.isEnabled()  # not an admin
    dialog.ok_button.click()
    settle()
    assert dialog.error.isVisible() and "chỉ được hẹn lại một lần" in dialog.error.text()
    assert dialog.ok_button.isEnabled()
    dialog.reject()


def test_the_tracker_reports_the_start_up_summary_then_only_new_codes(page):
    board = page.board
    tracker = DueSoonTracker()
    first = tracker.update(board)
    assert first.first and first.worth_showing and (first.due_soon, first.late, first.todo) == (1, 1, 1)
    again = tracker.update(board)
    assert not again.worth_showing
    tracker.seen = {board.late[0].code}
    assert tracker.update(board).new_codes == (board.due_soon[0].code,)


def test_the_window_shows_the_banner_at_start_up(open_window, office, qtbot):
    database, *_ = office
    built = open_window(database)
    qtbot.waitUntil(lambda: built.window.banner.isVisible(), timeout=10_000)
    assert "quá hạn: 2" in built.window.banner.text()  # both are late by today's clock
    built.window.banner_activated.emit()
    assert built.window.current_title() == "Trễ hạn" and not built.window.banner.isVisible()


def test_the_board_opens_at_start_up_when_something_is_due(qtbot, open_window, database):
    import datetime as dt

    from core.dossiers import intake
    from core.office import init_office

    now = dt.datetime.now().replace(second=0, microsecond=0)
    received = now - dt.timedelta(days=12)  # a 3-working-day procedure accepted 12 days ago: late by now
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        intake(session, procedure_code="HT-04", applicant_name="Phan Văn Lộc", received_at=received, now=received)
    built = open_window(database)
    qtbot.waitUntil(lambda: built.window.current_title() == "Trễ hạn", timeout=10_000)


def test_an_empty_desk_starts_on_intake(qtbot, open_window, database):
    built = open_window(database)
    qtbot.waitUntil(built.ops.is_idle)
    qtbot.wait(200)
    assert built.window.current_title() == "Tiếp nhận"
