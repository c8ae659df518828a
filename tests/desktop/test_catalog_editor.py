"""Cài đặt → Danh mục thủ tục: an admin edits the catalog; core's checks show in the dialog."""

from __future__ import annotations

import pytest

from core.procedures import get_procedure
from desktop.catalog import catalog_panel
from desktop.catalog.data import ProcedureData
from desktop.settings.page import SettingsPage


@pytest.fixture
def page(qtbot, ops, settle):
    widget = SettingsPage(ops)
    qtbot.addWidget(widget)
    widget.show()
    settle()
    return widget


def test_catalog_tab_lists_the_bundled_procedures(page, settle):
    page.tabs.setCurrentWidget(page.catalog)
    assert page.catalog.model.rowCount() >= 40
    page.catalog.search.setText("khai sinh")
    settle()
    names = [page.catalog.model.row_at(r).name for r in range(page.catalog.model.rowCount())]
    assert "Đăng ký khai sinh" in names


def test_new_procedure_is_saved_and_a_bad_one_keeps_the_dialog_open(page, settle, database):
    panel = page.catalog
    panel.add()
    dialog = panel.dialog
    dialog.code.setText("XA-01")
    dialog.name.setText("Xác nhận thử nghiệm")
    dialog.field.setText("Hộ tịch")
    dialog.duration.setValue(0)  # a day-based limit of 0 days: core refuses it
    dialog.components.setPlainText("Tờ khai | bản chính | 1")
    dialog.ok_button.click()
    settle()
    assert dialog.isVisible() and "lớn hơn 0" in dialog.message.text()
    dialog.duration.setValue(3)
    dialog.ok_button.click()
    settle()
    assert not dialog.isVisible()
    with database.session() as session:
        saved = get_procedure(session, "XA-01")
    assert saved.duration == 3 and saved.components == [{"name": "Tờ khai", "kind": "bản chính", "count": 1}]


def test_withdraw_and_offer_again(page, settle, database):
    panel = page.catalog
    panel.search.setText("HT-01")
    settle()
    panel.table.selectRow(0)
    code = panel.model.row_at(0).code
    panel.toggle_offered()
    settle()
    with database.session() as session:
        assert get_procedure(session, code).active is False
    panel.table.selectRow(0)
    panel.toggle_offered()
    settle()
    with database.session() as session:
        assert get_procedure(session, code).active is True


def test_export_then_import(page, settle, tmp_path, monkeypatch):
    target = tmp_path / "catalog.xlsx"
    monkeypatch.setattr(catalog_panel, "choose_save_file", lambda *_: str(target))
    monkeypatch.setattr(catalog_panel, "choose_open_file", lambda *_: str(target))
    page.catalog.export()
    settle()
    assert target.exists() and "Exported" not in page.catalog.message.text()
    page.catalog.import_()
    settle()
    assert any(ch.isdigit() for ch in page.catalog.message.text())


def test_procedure_data_round_trip():
    data = ProcedureData(code="A", name="B", field="C", duration_unit="same_day", cutoff="15:00")
    assert data.time_limit.startswith("Trong ngày") and data.as_values()["cutoff"] == "15:00"


def test_the_catalog_export_recommends_excel(page) -> None:
    from PySide6.QtWidgets import QPushButton

    tips = [b.toolTip() for b in page.catalog.findChildren(QPushButton) if b.toolTip()]
    assert len(tips) == 1 and tips[0].startswith("Nên chọn Excel (.xlsx)")


def test_the_time_limit_column_shows_its_whole_text_at_1366_wide(page, settle, qtbot):
    """Issue 15: "10 ngày làm …" was cut; every column but the name fits its text, the name takes the rest."""
    from PySide6.QtCore import Qt

    page.resize(1366 - 190, 600)
    page.tabs.setCurrentWidget(page.catalog)
    settle()
    table, model = page.catalog.table, page.catalog.model
    qtbot.waitUntil(lambda: model.rowCount() >= 40)
    metrics = table.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(str(model.index(r, 3).data(Qt.ItemDataRole.DisplayRole)))
        for r in range(model.rowCount())
    )
    assert "ngày làm việc" in str(model.index(0, 3).data()) or widest > 0
    assert table.horizontalHeader().sectionSize(3) >= widest
