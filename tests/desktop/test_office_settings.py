"""The office settings in the window: one editor per declared setting, saved through core all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTime
from PySide6.QtWidgets import QScrollArea

from core.office import get_setting
from core.security.access import Caller, Role
from core.settings_catalog import GROUPS, SETTINGS
from desktop.operations import Operations
from desktop.settings.office_settings import OfficeSettingsPanel
from desktop.settings.page import SettingsPage
from tools.layout_check import cut_widgets


@pytest.fixture
def panel(qtbot, ops, settle) -> OfficeSettingsPanel:
    widget = OfficeSettingsPanel(ops)
    qtbot.addWidget(widget)
    widget.show()
    widget.load()
    settle()
    return widget


def _stored(database, key):
    with database.session() as session:
        return get_setting(session, key)


def test_every_declared_setting_has_an_editor_with_its_label_and_help(panel: OfficeSettingsPanel) -> None:
    assert set(panel.editors) == {s.key for s in SETTINGS}
    for setting in SETTINGS:
        editor = panel.editors[setting.key]
        assert editor.widget.toolTip() == setting.help
        assert panel.labels[setting.key].text() == setting.label + ":"
    assert [box.title() for box in panel.groups] == list(GROUPS)
    assert isinstance(panel.scroll_area, QScrollArea)
    assert panel.editors["targets.on_time_rate"].value() == 0.97
    assert panel.editors["report_due_day"].value() == 5
    assert panel.editors["office_week"].value() == [0, 1, 2, 3, 4]
    assert panel.editors["evaluation_grades"].value()[0] == {"min": 15.0, "label": "Xuất sắc"}


def test_a_target_and_the_report_due_day_are_saved_and_read_back(panel, settle, database, tmp_path) -> None:
    panel.editors["targets.on_time_rate"].widget.setValue(90)
    panel.editors["report_due_day"].widget.setValue(10)
    panel.editors["same_day_cutoff"].widget.setTime(QTime(16, 30))
    panel.editors["signers.chairman_name"].widget.setText("Nguyễn Văn Hùng")
    panel.editors["csv_separator"].widget.setCurrentIndex(panel.editors["csv_separator"].widget.findData("tab"))
    panel.editors["backup_second_folder"].line.setText(str(tmp_path))
    panel.save_button.click()
    settle()
    assert panel.message.text() == "Đã lưu cài đặt."
    assert _stored(database, "targets")["on_time_rate"] == 0.9
    assert _stored(database, "targets")["online_rate"] == 0.75
    assert _stored(database, "report_due_day") == 10
    assert _stored(database, "same_day_cutoff") == "16:30"
    assert _stored(database, "signers")["chairman_name"] == "Nguyễn Văn Hùng"
    assert _stored(database, "csv_separator") == "tab"
    assert _stored(database, "backup_second_folder") == str(tmp_path.resolve())
    assert panel.editors["report_due_day"].value() == 10  # shown as stored


def test_the_tables_are_saved_too(panel, settle, database) -> None:
    fields = panel.editors["satisfaction_field_targets"]
    fields.set_value({**fields.value(), "Hộ tịch": 0.8})
    grades = panel.editors["evaluation_grades"]
    grades.set_value([{"min": 16, "label": "Xuất sắc"}, {"min": 0, "label": "Chưa xuất sắc"}])
    week = panel.editors["office_week"]
    week.boxes[5].setChecked(True)
    panel.save_button.click()
    settle()
    assert _stored(database, "satisfaction_field_targets")["Hộ tịch"] == 0.8
    assert _stored(database, "evaluation_grades") == [
        {"min": 16.0, "label": "Xuất sắc"},
        {"min": 0.0, "label": "Chưa xuất sắc"},
    ]
    assert _stored(database, "office_week") == [0, 1, 2, 3, 4, 5]


def test_a_refused_value_shows_core_message_and_saves_nothing(panel, settle, database) -> None:
    panel.editors["report_due_day"].widget.setValue(12)
    panel.editors["backup_second_folder"].line.setText("/không/có/thư/mục/này")
    panel.save_button.click()
    settle()
    assert "không tồn tại" in panel.message.text() and "\n" not in panel.message.text()
    assert _stored(database, "report_due_day") == 5
    assert _stored(database, "backup_second_folder") == ""
    panel.editors["backup_second_folder"].line.setText("")
    panel.editors["evaluation_grades"].set_value([{"min": 9, "label": "Đạt"}, {"min": 3, "label": "Chưa đạt"}])
    panel.save_button.click()
    settle()
    assert "Thang xếp loại không hợp lệ" in panel.message.text()
    assert _stored(database, "report_due_day") == 5


def test_nothing_changed_says_so(panel, settle) -> None:
    panel.save_button.click()
    settle()
    assert panel.message.text() == "Không có gì thay đổi."


def test_the_folder_is_chosen_in_a_dialog(panel, monkeypatch, tmp_path) -> None:
    editor = panel.editors["backup_second_folder"]
    monkeypatch.setattr(editor, "ask_folder", lambda current: str(tmp_path))
    editor.choose.click()
    assert editor.value() == str(tmp_path)
    editor.clear.click()
    assert editor.value() == ""


def test_only_an_admin_changes_them(qtbot, database, settle) -> None:
    officer = database.as_caller(Caller("xuly", frozenset({Role.OFFICER})))
    ops = Operations(officer)
    try:
        widget = OfficeSettingsPanel(ops)
        qtbot.addWidget(widget)
        widget.show()
        widget.load()
        qtbot.waitUntil(ops.is_idle, timeout=10_000)
        assert not widget.save_button.isEnabled()
        assert not widget.editors["report_due_day"].widget.isEnabled()
        assert "quản trị" in widget.message.text()
        assert widget.editors["report_due_day"].value() == 5  # still shown
    finally:
        ops.shutdown()


def test_the_settings_page_has_the_tab_and_fits_the_screen(qtbot, ops, settle, tmp_path) -> None:
    page = SettingsPage(ops)
    qtbot.addWidget(page)
    page.resize(QSize(1366 - 200, 768 - 120))  # the window's navigation, title bar, status bar and taskbar
    page.show()
    settle()
    page.tabs.setCurrentWidget(page.office_settings)
    settle()
    qtbot.wait(50)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Thông số cơ quan"
    assert page.size() == QSize(1166, 648)
    assert page.minimumSizeHint().height() <= 648
    assert cut_widgets(page) == []
    shot = Path(tmp_path / "cai-dat.png")
    assert page.grab().save(str(shot)) and shot.stat().st_size > 0
