"""The citizen's CCCD QR code scanned at the intake page (issue 16): the applicant filled, marked as read from the
card, nothing saved, nothing left in the field the scanner typed into. Synthetic card texts only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from core.dossiers import list_dossiers
from desktop.intake.page import IntakePage
from desktop.widgets.code_scan import ScanListener

NOW = dt.datetime(2025, 7, 7, 10, 0)
CARD = "001090012345|123456789|Nguyễn Văn Thử|15031990|Nam|Thôn Mẫu, Xã Thử Nghiệm, Hà Nội|20052021"
ASCII_CARD = "001205004321||Tran Van Mau|07082005|Nam|So 9 Ngo Vi Du, Ha Noi|01022022"  # what QTest can type
LAYOUT = str.maketrans(
    {
        "1": "ă",
        "2": "â",
        "3": "ê",
        "4": "ô",
        "5": "\u0300",
        "6": "\u0309",
        "7": "\u0303",
        "8": "\u0301",
        "9": "\u0323",
        "0": "đ",
    }
)


@pytest.fixture
def page(qtbot, qapp, office_database, ops, settle) -> IntakePage:
    widget = IntakePage(ops, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1150, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    listener = ScanListener()
    listener.card_scanned.connect(widget.fill_from_card)
    qapp.installEventFilter(listener)
    yield widget
    qapp.removeEventFilter(listener)
    settle()


def _scan(widget, text: str) -> None:
    """What a scanner in keyboard mode does: each character as a key press carrying it, fast, then Enter."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                QApplication.focusWidget(), QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            QApplication.focusWidget(), QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        )


def _filled(page: IntakePage, name: str = "Nguyễn Văn Thử") -> bool:
    form = page.applicant
    return (
        form.name.text() == name
        and form.id_number.text() in ("001090012345", "001205004321")
        and bool(form.address.text())
        and form.from_card == {"name", "id_number", "address"}
        and form.card_mark.isVisible()
        and form.name.toolTip() != ""
    )


def _nothing_saved(page: IntakePage, office_database, settle) -> bool:
    settle()
    with office_database.session() as session:
        return not list_dossiers(session) and page.issued is None and not page.banner.isVisible()


def test_keyclicks_of_a_card_and_enter_in_the_name_field(qtbot, page, office_database, settle) -> None:
    page.applicant.name.setFocus()
    qtbot.waitUntil(page.applicant.name.hasFocus, timeout=2_000)
    qtbot.keyClicks(page.applicant.name, ASCII_CARD)
    qtbot.keyClick(page.applicant.name, Qt.Key.Key_Return)
    assert _filled(page, "Tran Van Mau")
    assert page.applicant.card_mark.text().startswith("Đọc từ CCCD") and "07/08/2005" in page.applicant.card_mark.text()
    assert page.applicant.phone.hasFocus()
    assert _nothing_saved(page, office_database, settle)


@pytest.mark.parametrize("field", ["name", "id_number", "phone", "address", "email", "card_entry"])
def test_a_card_scanned_into_any_field_fills_the_applicant(qtbot, page, field, office_database, settle) -> None:
    form = page.applicant
    form.phone.setText("0912345678")
    widget = getattr(form, field)
    before = widget.text()
    _scan(widget, CARD)
    assert _filled(page)
    if field not in ("name", "id_number", "address"):
        assert widget.text() == before  # the scan's text is not left in the field it was typed into
    assert form.phone.text() == "0912345678" and form.email.text() == ""
    assert _nothing_saved(page, office_database, settle)


def test_a_scan_into_a_check_box_ticks_nothing(qtbot, page, office_database, settle) -> None:
    box = page.intake_actions.incomplete  # a checkable button: a space of the name would toggle it
    before = box.isChecked()
    _scan(box, CARD)
    assert _filled(page) and box.isChecked() == before
    assert _nothing_saved(page, office_database, settle)


def test_a_scan_garbled_by_the_vietnamese_layout_fills_nothing(qtbot, page, office_database, settle) -> None:
    form = page.applicant
    form.name.setText("Lê")
    _scan(form.name, CARD.translate(LAYOUT))
    assert page.error.isVisible() and "Unikey" in page.error.text() and "\n" not in page.error.text()
    assert form.name.text() == "Lê" and form.id_number.text() == "" and form.address.text() == ""
    assert not form.from_card and not form.card_mark.isVisible()
    assert _nothing_saved(page, office_database, settle)


def test_f4_then_a_slow_scan_or_a_paste(qtbot, page, office_database, settle) -> None:
    page.applicant.email.setFocus()
    qtbot.keyClick(page.applicant.email, Qt.Key.Key_F4)
    assert page.applicant.card_entry.hasFocus()
    assert "F4" in page.applicant.card_entry.toolTip()
    page.applicant.card_entry.setText(CARD)  # pasted, or a scanner slower than a burst
    qtbot.keyClick(page.applicant.card_entry, Qt.Key.Key_Return)
    assert _filled(page) and page.applicant.card_entry.text() == ""
    assert _nothing_saved(page, office_database, settle)


def test_a_bad_card_in_the_card_row_says_one_line(qtbot, page) -> None:
    page.applicant.card_entry.setText(CARD.replace("15031990", "31021990"))
    qtbot.keyClick(page.applicant.card_entry, Qt.Key.Key_Return)
    assert page.error.isVisible() and "ngày sinh" in page.error.text()
    assert page.applicant.card_entry.text() == "" and page.applicant.name.text() == ""


def test_editing_a_field_takes_its_mark_away_and_a_new_dossier_clears_them(qtbot, page) -> None:
    _scan(page.applicant.name, CARD)
    assert _filled(page)
    page.applicant.name.setFocus()
    qtbot.keyClick(page.applicant.name, Qt.Key.Key_End)
    qtbot.keyClick(page.applicant.name, Qt.Key.Key_Backspace)
    assert page.applicant.from_card == {"id_number", "address"} and page.applicant.card_mark.isVisible()
    page.new_dossier()
    assert not page.applicant.from_card and not page.applicant.card_mark.isVisible()
    assert page.applicant.address.styleSheet() == ""


def test_the_window_routes_a_card_from_another_page_to_the_intake(qtbot, qapp, open_window, office_database) -> None:
    built = open_window(office_database)
    window = built.window
    qapp.installEventFilter(window.scan_listener)
    try:
        intake = window.pages[0].widget
        window.show_widget(built.dossiers)
        qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
        field = next(w for w in built.dossiers.findChildren(QLineEdit) if w.isVisible() and not w.isReadOnly())
        _scan(field, CARD)
        assert window.current_title() == "Tiếp nhận"
        assert intake.applicant.name.text() == "Nguyễn Văn Thử" and intake.applicant.from_card
    finally:
        qapp.removeEventFilter(window.scan_listener)


def test_a_card_cut_short_says_so_and_leaves_the_field(qtbot, page) -> None:
    page.applicant.email.setText("a@b.vn")
    _scan(page.applicant.email, "|".join(CARD.split("|")[:4]))
    assert page.error.isVisible() and "7 trường" in page.error.text()
    assert page.applicant.email.text() == "a@b.vn" and page.applicant.name.text() == ""


def test_a_card_in_the_headers_code_entry_fills_the_intake(qtbot, qapp, open_window, office_database) -> None:
    built = open_window(office_database)
    window = built.window
    intake = window.pages[0].widget
    window.show_widget(built.dossiers)
    window.code_entry.setText(CARD)  # slower than a burst: the entry's own Enter
    qtbot.keyClick(window.code_entry, Qt.Key.Key_Return)
    qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
    assert window.current_title() == "Tiếp nhận" and intake.applicant.from_card
    assert window.code_entry.text() == "" and built.dossiers.showing_dossier() is None
