"""The intake desk against a real database: search, appointment, accept, slips, preview, printing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from core.dossiers import get_dossier, list_dossiers
from core.models import IntakeGuidance
from desktop.intake.page import IntakePage
from desktop.widgets import pdf_preview

#: A Monday in office hours under the nd118-2025 profile.
NOW = dt.datetime(2025, 7, 7, 10, 0)
GOOD_ID = "001090012345"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(qtbot, office_database, ops, settle) -> IntakePage:
    widget = IntakePage(ops, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1150, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    settle()


def _type(widget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def _type_procedure(qtbot, page: IntakePage, text: str) -> None:
    page.picker.setFocus()
    page.picker.clear()
    _type(page.picker, text)
    qtbot.waitUntil(lambda: bool(page.picker.found) and page.ops.is_idle(), timeout=5_000)


def _choose_birth(qtbot, page: IntakePage, settle) -> None:
    _type_procedure(qtbot, page, "khai sinh")
    page.picker.choose(page.picker.found[0])
    settle()


def _fill_applicant(page: IntakePage, id_number: str = GOOD_ID) -> None:
    page.applicant.name.setText("Nguyễn Thị Hoà")
    page.applicant.id_number.setText(id_number)
    page.applicant.phone.setText("0912345678")
    page.applicant.address.setText("Xóm 3, xã Hoa Thành")


def _guidance(database) -> list[IntakeGuidance]:
    with database.session() as session:
        return list(session.exec(select(IntakeGuidance)))


@pytest.mark.parametrize("query", ["khai sinh", "Khai Sinh", "đăng ký khai sinh", "dang ky khai sinh"])
def test_typing_with_or_without_accents_offers_the_birth_registration(qtbot, page, query) -> None:
    _type_procedure(qtbot, page, query)
    assert page.picker.offered()[0] == "Đăng ký khai sinh"


def test_up_down_enter_pick_from_the_popup_and_show_the_appointment(qtbot, page, settle) -> None:
    _type_procedure(qtbot, page, "khai sinh")
    popup = page.picker.completer_.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle()
    assert page.choice is not None and page.choice.name == "Đăng ký khai sinh"
    assert "Đăng ký khai sinh" in page.picker.text()
    assert page.due_panel.due.text() == "Hẹn trả kết quả: 17:00 07/07/2025"
    assert "Thời hạn giải quyết: trong ngày" in page.due_panel.why.text()
    assert page.checklist.rowCount() == len(page.choice.components) >= 2


def test_ctrl_s_accepts_the_dossier_and_shows_its_code_and_receipt(qtbot, page, settle, office_database) -> None:
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page)
    page.checklist.tick_all()
    assert not page.is_supplement()
    handed_in = [r.name for r in page.checklist.rows if r.submitted]
    page.applicant.name.setFocus()
    qtbot.keyClick(page.applicant.name, Qt.Key.Key_S, CTRL)
    settle()
    code = page.banner.code.text()
    assert code.startswith("H40.25.12-250707-")
    with office_database.session() as session:
        dossier = get_dossier(session, code)
        assert (dossier.applicant_name, dossier.id_number, dossier.procedure_code) == (
            "Nguyễn Thị Hoà",
            GOOD_ID,
            "HT-01",
        )
        assert dossier.due_at == dt.datetime(2025, 7, 7, 17, 0)
        assert [c["name"] for c in dossier.components] == handed_in and handed_in
    assert page.preview.document.pageCount() >= 1
    assert page.right.currentWidget() is page.preview
    assert page.applicant.name.text() == "" and page.choice is None  # ready for the next citizen


def test_a_bad_identity_number_shows_the_message_and_keeps_the_form(qtbot, page, settle, office_database) -> None:
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page, id_number="12345")
    page.checklist.tick_all()
    page.save()
    settle()
    assert page.applicant.id_error.isVisible()
    assert "12 chữ số" in page.applicant.id_error.text()
    assert page.applicant.name.text() == "Nguyễn Thị Hoà" and page.applicant.id_number.text() == "12345"
    assert page.choice is not None and page.checklist.is_complete()
    with office_database.session() as session:
        assert list_dossiers(session) == []


def test_a_core_error_on_save_is_shown_and_nothing_is_lost(qtbot, page, settle, office_database) -> None:
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page)
    page.applicant.email.setText("khong-phai-email")
    page.checklist.tick_all()
    page.save()
    settle()
    assert page.error.isVisible() and "email" in page.error.text()
    assert page.applicant.email.text() == "khong-phai-email" and page.applicant.name.text() == "Nguyễn Thị Hoà"
    with office_database.session() as session:
        assert list_dossiers(session) == []


def test_an_unticked_component_issues_the_supplement_slip_and_no_dossier(qtbot, page, settle, office_database) -> None:
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page)
    page.checklist.tick_all()
    first = page.checklist.rows[0].name
    page.checklist.setData(
        page.checklist.index(0, page.checklist.SUBMITTED), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert page.is_supplement()
    assert "bổ sung" in page.intake_actions.primary.text()
    page.pane.guidance.setPlainText("Mang theo tờ khai có chữ ký")
    qtbot.keyClick(page.applicant.name, Qt.Key.Key_S, CTRL)
    settle()
    slips = _guidance(office_database)
    assert [(s.kind, [i["name"] for i in s.items], s.reason) for s in slips] == [
        ("supplement", [first], "Mang theo tờ khai có chữ ký")
    ]
    assert page.banner.code.text() == "PBS-2025-0001"
    assert page.preview.document.pageCount() >= 1
    with office_database.session() as session:
        assert list_dossiers(session) == []


def test_refusal_asks_the_reason_and_records_a_refusal_slip(qtbot, page, settle, office_database) -> None:
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page)
    dialog = page.refuse()
    assert dialog is not None and dialog.isVisible()
    dialog.text.setPlainText("Không thuộc thẩm quyền của UBND xã")
    dialog.accept()
    settle()
    slips = _guidance(office_database)
    assert [(s.kind, s.reason) for s in slips] == [("refusal", "Không thuộc thẩm quyền của UBND xã")]
    assert page.banner.code.text() == "PTC-2025-0001"
    assert page.preview.document.pageCount() >= 1
    with office_database.session() as session:
        assert list_dossiers(session) == []


def test_ctrl_p_saves_then_prints(qtbot, page, settle, monkeypatch, tmp_path) -> None:
    printers = []

    def fake_printer(parent):
        printer = pdf_preview.QPrinter(pdf_preview.QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(pdf_preview.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printers.append(printer)
        return printer

    monkeypatch.setattr(pdf_preview, "ask_printer", fake_printer)
    printed = []
    page.preview.printed.connect(printed.append)
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page)
    page.checklist.tick_all()
    qtbot.keyClick(page.applicant.name, Qt.Key.Key_P, CTRL)
    settle()
    assert page.banner.code.text().startswith("H40.25.12-250707-")
    assert len(printers) == 1 and printed == [page.preview.document.pageCount()]
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_ctrl_n_clears_the_desk(qtbot, page, settle) -> None:
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page)
    qtbot.keyClick(page.applicant.name, Qt.Key.Key_N, CTRL)
    assert page.applicant.name.text() == "" and page.choice is None and page.checklist.rowCount() == 0
    assert page.picker.text() == "" and not page.banner.isVisible()


def test_a_second_ctrl_s_while_saving_accepts_only_once(qtbot, page, settle, office_database) -> None:
    _choose_birth(qtbot, page, settle)
    _fill_applicant(page)
    page.checklist.tick_all()
    page.save()
    page.save()
    settle()
    with office_database.session() as session:
        assert len(list_dossiers(session)) == 1
