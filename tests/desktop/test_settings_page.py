"""The office settings form saves through core and shows core's validation messages."""

from __future__ import annotations

import pytest

from core.office import get_office
from desktop.settings.page import SettingsPage


@pytest.fixture
def page(qtbot, ops, settle) -> SettingsPage:
    widget = SettingsPage(ops)
    qtbot.addWidget(widget)
    widget.show()
    settle()
    return widget


def _fill(page: SettingsPage, unit: str, name: str) -> None:
    page.unit_code.setText(unit)
    page.name.setText(name)
    page.place.setText("Hoa Thành")
    page.parent_name.setText("UBND TỈNH NGHỆ AN")


def test_a_new_office_is_saved(qtbot, page: SettingsPage, settle, database) -> None:
    assert "Chưa khai báo cơ quan" in page.message.text()
    _fill(page, "H40.25.12", "UBND xã Hoa Thành")
    with qtbot.waitSignal(page.office_changed, timeout=10_000) as signal:
        page.save_button.click()
    assert signal.args[0].unit_code == "H40.25.12"
    assert page.message.text() == "Đã lưu."
    with database.session() as session:
        office = get_office(session)
    assert (office.unit_code, office.name, office.place, office.parent_name) == (
        "H40.25.12",
        "UBND xã Hoa Thành",
        "Hoa Thành",
        "UBND TỈNH NGHỆ AN",
    )


def test_invalid_input_shows_core_message_and_saves_nothing(page: SettingsPage, settle, database) -> None:
    _fill(page, "H40 25 12", "UBND xã Hoa Thành")
    page.save()
    settle()
    assert 'Mã đơn vị "H40 25 12" không hợp lệ' in page.message.text()
    _fill(page, "H40.25.12", "   ")
    page.save()
    settle()
    assert page.message.text() == "Tên cơ quan không được để trống."
    with database.session() as session:
        assert get_office(session) is None


def test_the_form_shows_the_stored_office(qtbot, ops, settle, database) -> None:
    from core.office import init_office

    with database.transaction() as session:
        init_office(session, unit_code="H40.25.13", name="UBND xã Nghi Phú", place="Nghi Phú")
    widget = SettingsPage(ops)
    qtbot.addWidget(widget)
    widget.show()
    settle()
    assert (widget.unit_code.text(), widget.name.text(), widget.place.text()) == (
        "H40.25.13",
        "UBND xã Nghi Phú",
        "Nghi Phú",
    )
