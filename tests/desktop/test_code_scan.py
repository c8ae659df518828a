"""The return desk: a code typed in the header, or scanned while the focus is anywhere, opens the dossier."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from core.dossiers import intake
from desktop.app import Built
from desktop.widgets.code_scan import ScanListener, looks_like_code


@pytest.fixture
def code(office_database) -> str:
    with office_database.transaction() as session:
        dossier, _ = intake(
            session,
            procedure_code="BTXH-04",
            applicant_name="Lê Thị Hoa",
            now=dt.datetime.now().replace(second=0, microsecond=0),
        )
        return dossier.code


@pytest.fixture
def built(qapp, open_window, office_database, code) -> Built:
    result = open_window(office_database)
    yield result
    qapp.removeEventFilter(result.window.scan_listener)


def _settle(qtbot, built: Built) -> None:
    qtbot.waitUntil(built.ops.is_idle, timeout=10_000)


def test_the_pattern() -> None:
    assert looks_like_code("H40.25.12-250106-0001")
    assert not looks_like_code("H40.25.12-250106-01") and not looks_like_code("nguyen van an")


def test_typing_a_code_and_enter_opens_the_dossier(qtbot, built: Built, code: str) -> None:
    window = built.window
    assert window.current_title() == "Tiếp nhận"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.code_entry.hasFocus()
    window.code_entry.setText(code)
    qtbot.keyClick(window.code_entry, Qt.Key.Key_Return)
    _settle(qtbot, built)
    assert window.current_title() == "Hồ sơ"
    assert built.dossiers.showing_dossier() == code
    assert built.dossiers.detail.facts["applicant"].text() == "Lê Thị Hoa"
    assert window.code_entry.text() == ""


def test_an_unknown_code_says_so_and_stays(qtbot, built: Built) -> None:
    window = built.window
    window.code_entry.setText("H40.25.12-990101-0042")
    qtbot.keyClick(window.code_entry, Qt.Key.Key_Return)
    _settle(qtbot, built)
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "errorMessage"]
    assert boxes and boxes[-1].text() == 'Không tìm thấy hồ sơ mã "H40.25.12-990101-0042".'
    assert window.current_title() == "Tiếp nhận" and built.dossiers.showing_dossier() is None
    boxes[-1].close()


def test_a_scanner_burst_opens_the_dossier_while_focus_is_elsewhere(qtbot, qapp, built: Built, code: str) -> None:
    window = built.window
    qapp.installEventFilter(window.scan_listener)  # `build` does so on the running application too
    window.show_widget(built.settings)  # Settings: type into one of its fields
    _settle(qtbot, built)
    field = next(w for w in built.settings.findChildren(QLineEdit) if w.isVisible() and not w.isReadOnly())
    before = field.text()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2_000)
    QTest.keyClicks(field, code)
    QTest.keyClick(field, Qt.Key.Key_Return)
    _settle(qtbot, built)
    assert window.current_title() == "Hồ sơ"
    assert built.dossiers.showing_dossier() == code
    assert field.text() == before  # the scan was taken back out of the field


def test_slow_typing_is_not_a_scan(qtbot) -> None:
    moments = iter(n * 0.2 for n in range(100))  # a key every 200 ms: a person
    listener = ScanListener(clock=lambda: next(moments))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2_000)
    scanned: list[str] = []
    listener.scanned.connect(scanned.append)
    field.installEventFilter(listener)
    QTest.keyClicks(field, "H40.25.12-250106-0001")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert scanned == [] and field.text() == "H40.25.12-250106-0001"
