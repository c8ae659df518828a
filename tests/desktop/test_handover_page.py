"""Chuyển hệ thống tỉnh: the list, keyboard-fast marking, export, print, reconcile with remembered columns,
the outage switch, and the main window's count."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from core.dossiers import get_dossier, intake
from core.handover.mode import set_outage
from core.handover.queue import count_pending
from core.office import init_office
from desktop.handover.page import HandoverPage
from tests.fakes import TESTER

D = dt.datetime
NOW = D(2025, 10, 6, 17, 0)
PEOPLE = [("Nguyễn Văn An", "040090012345", 8), ("Trần Thị Bình", "", 9), ("Lê Hoàng Cường", "", 10)]


class Output:
    def __init__(self) -> None:
        self.shown: list[tuple[str, bytes, str]] = []

    def show(self, parent, title: str, data: bytes, name: str) -> str:
        self.shown.append((title, data, name))
        return ""


def outage_day(database) -> list[str]:
    codes = []
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành")
        set_outage(session, True, at=D(2025, 10, 6, 7, 30))
        for name, number, hour in PEOPLE:
            dossier, _ = intake(
                session,
                procedure_code="HT-01",
                applicant_name=name,
                id_number=number,
                received_at=D(2025, 10, 6, hour),
                now=NOW,
            )
            codes.append(dossier.code)
        set_outage(session, False, at=D(2025, 10, 6, 16, 0))
    return codes


@pytest.fixture
def setup(qtbot, ops, settle, database, tmp_path):
    codes = outage_day(database)
    calls: dict[str, list] = {"columns": []}
    provincial = tmp_path / "tinh.csv"
    provincial.write_text(
        "Số hồ sơ,Người nộp,Ngày nhận\nT-1,NGUYEN VAN AN,06/10/2025\nT-9,Ngô Lạ,06/10/2025\n", encoding="utf-8"
    )

    def choose(parent, fields, header, mapping):
        calls["columns"].append((fields, header, dict(mapping)))
        return {"province_code": "Số hồ sơ", "applicant_name": "Người nộp", "received_at": "Ngày nhận"}

    output = Output()
    page = HandoverPage(
        ops,
        output=output,
        open_file=lambda parent: str(provincial),
        save_file=lambda parent, name, *_: str(tmp_path / (("qg" if "dvcqg" in name else "ds") + ".xlsx")),
        choose_columns=choose,
        today=dt.date(2025, 10, 7),
    )
    qtbot.addWidget(page)
    page.resize(1180, 640)
    page.show()
    settle()
    return page, codes, calls, output


def test_the_list_oldest_first_with_its_count(setup):
    page, codes, _, _ = setup
    assert [page.model.row(r).code for r in range(page.model.rowCount())] == codes
    assert page.count.text() == "3 hồ sơ chờ nhập vào hệ thống tỉnh (cũ nhất trước)"
    assert page.model.data(page.model.index(0, 3)) == "040*******45"
    assert "Đã có mạng trở lại" not in page.mode_box.outage.text()


def test_keyboard_marking_moves_on_to_the_next_dossier(qtbot, setup, settle, database):
    page, codes, _, _ = setup
    counts: list[int] = []
    page.count_changed.connect(counts.append)
    qtbot.keyClick(page.code, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    qtbot.keyClicks(page.code, "T-100")
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    settle()
    assert counts[-1] == 2 and page.code.text() == "" and page.code.hasFocus()
    assert page.model.row(page.table.currentIndex().row()).code == codes[2]  # the next one, ready to key
    with database.session() as session:
        dossier = get_dossier(session, codes[1])
        assert (dossier.handover, dossier.province_code, dossier.handover_by) == ("entered", "T-100", TESTER.name)
    qtbot.keyClicks(page.code, "T-100")  # the same provincial code again: refused, said in red
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    settle()
    assert "đã ghi cho hồ sơ" in page.message.text() and page.model.rowCount() == 2


def test_export_and_print(setup, settle, tmp_path):
    page, codes, _, output = setup
    page.export()
    settle()
    assert (tmp_path / "ds.xlsx").exists() and "Đã xuất 3 hồ sơ" in page.message.text()
    page.print_list()
    settle()
    title, data, name = output.shown[-1]
    assert data.startswith(b"%PDF") and name.endswith(".pdf") and title == "Danh sách hồ sơ chờ nhập"


def test_the_layout_choice_exports_the_national_portals_terms(setup, settle, tmp_path):
    import openpyxl

    page, codes, _, _ = setup
    assert page.layout_box.currentData() == "office" and page.layout_box.count() == 2
    page.layout_box.setCurrentIndex(page.layout_box.findData("national"))
    assert page.layout_box.currentText() == "Mẫu Cổng DVC quốc gia"
    page.export()
    settle()
    book = openpyxl.load_workbook(tmp_path / "qg.xlsx")
    rows = list(book["HoSo"].values)
    assert rows[0][0] == "MaHoSo" and [r[0] for r in rows[1:]] == codes and "Đã xuất 3 hồ sơ" in page.message.text()
    assert not (tmp_path / "ds.xlsx").exists()


def test_reconcile_asks_for_columns_once_then_remembers(setup, settle, database):
    page, codes, calls, _ = setup
    page.reconcile()
    settle()
    assert len(calls["columns"]) == 1 and calls["columns"][0][1] == ["Số hồ sơ", "Người nộp", "Ngày nhận"]
    assert calls["columns"][0][2]["province_code"] == "Số hồ sơ"  # guessed from the header
    assert page.result.isVisible() and page.result.tabs.count() == 4
    assert (
        page.result.tabs.tabText(0) == "Chưa có trên tỉnh (2)"
        and page.result.tabs.tabText(1) == "Dòng của tỉnh không khớp (1)"
    )
    assert page.model.rowCount() == 2
    page.reconcile()  # the same layout again: no dialog
    settle()
    assert len(calls["columns"]) == 1 and "1 đã ghi từ trước" in page.result.summary.text()
    page.remap()  # unless the clerk asks for it
    settle()
    assert len(calls["columns"]) == 2
    with database.session() as session:
        assert get_dossier(session, codes[0]).province_code == "T-1" and count_pending(session) == 2


def test_outage_switch_and_mode(qtbot, setup, settle, database):
    page, _, _, _ = setup
    qtbot.mouseClick(page.mode_box.outage, Qt.MouseButton.LeftButton)
    settle()
    assert page.mode_box.outage.text().replace("&", "") == "Đã có mạng trở lại"
    assert page.mode_box.state.text().startswith("Mất mạng từ") and f"({TESTER.name})" in page.mode_box.state.text()
    qtbot.mouseClick(page.mode_box.outage, Qt.MouseButton.LeftButton)
    settle()
    assert page.mode_box.outage.text().replace("&", "") == "Mất mạng: bật chế độ mất mạng"
    page.mode_box.mode.setCurrentIndex(1)
    page.mode_box.mode_chosen.emit("offline-first")
    settle()
    assert page.mode_box.state.text() == "Mọi hồ sơ đều nhập lên hệ thống tỉnh sau."
    assert not page.mode_box.outage.isEnabled()


def test_main_window_has_the_page_and_the_count(qtbot, open_window, database):
    outage_day(database)
    built = open_window(database, today=dt.date(2025, 10, 7))
    window = built.window
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles[-2:] == ["Chuyển hệ thống tỉnh", "Cài đặt"]
    qtbot.waitUntil(lambda: window.findChild(QLabel, "handoverCountLabel") is not None, timeout=5_000)
    label = window.findChild(QLabel, "handoverCountLabel")
    assert label.text() == "Chờ nhập hệ thống tỉnh: 3" and label.isVisible()
    window.show_handover_count(0)
    assert not label.isVisible()


def test_the_export_recommends_excel(setup) -> None:
    """Issue 14: a CSV opened in Excel can lose zeros and letters; the export says why xlsx is the better file."""
    from PySide6.QtWidgets import QPushButton

    page, _, _, _ = setup
    tip = page.findChild(QPushButton, "exportButton").toolTip()
    assert tip.startswith("Nên chọn Excel (.xlsx)") and "CCCD" in tip and "csv_separator" in tip
