"""The dossier list on a demo office: filters narrow it, pages come lazily, a row opens its dossier."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from core.bootstrap import prepare_database
from core.demo import fill_demo_office
from core.storage import open_database
from desktop.dossiers.page import DossiersPage
from desktop.operations import Operations
from tests.fakes import as_tester

UNTIL = dt.date(2026, 3, 13)
NOW = dt.datetime(2026, 3, 13, 10, 0)


class _Output:
    def __init__(self) -> None:
        self.shown: list[tuple[str, bytes, str]] = []

    def show(self, parent, title: str, data: bytes, name: str) -> str:
        self.shown.append((title, data, name))
        return ""


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = as_tester(open_database(path))
    prepare_database(database)
    with database.transaction() as session:
        fill_demo_office(session, dossiers=3000, seed=7, until=UNTIL)
    database.close()
    return path


@pytest.fixture
def demo_ops(demo_path):
    database = as_tester(open_database(demo_path))
    operations = Operations(database)
    yield operations
    operations.shutdown()
    database.close()


@pytest.fixture
def page(qtbot, demo_ops):
    widget = DossiersPage(demo_ops, clock=lambda: NOW, output=_Output())
    qtbot.addWidget(widget)
    widget.resize(1150, 650)
    widget.show()
    _settle(qtbot, demo_ops)
    return widget


def _settle(qtbot, ops) -> None:
    qtbot.waitUntil(ops.is_idle, timeout=10_000)


def _codes(page) -> list[str]:
    return [page.model.row(n).code for n in range(page.model.rowCount())]


def test_the_model_fetches_a_page_at_a_time(qtbot, page, demo_ops) -> None:
    total = page.model.total
    assert total > 2500
    assert page.model.rowCount() == 100 < total
    assert page.count.text() == f"{total:,} hồ sơ".replace(",", ".")
    for expected in (200, 300):
        page.model.fetchMore(QModelIndex())
        _settle(qtbot, demo_ops)
        assert page.model.rowCount() == expected
    page.table.scrollToBottom()  # the view asks for the next page itself, never for all of them
    _settle(qtbot, demo_ops)
    assert 300 <= page.model.rowCount() <= 500
    assert page.model.canFetchMore(QModelIndex())


def test_late_and_due_soon_narrow_the_list(qtbot, page, demo_ops) -> None:
    everything = page.model.total
    page.filters.late.click()
    _settle(qtbot, demo_ops)
    late = page.model.total
    assert 0 < late < everything
    page.filters.due_soon.click()  # the two exclude each other
    _settle(qtbot, demo_ops)
    assert not page.filters.late.isChecked()
    soon = _codes(page)
    assert 0 < len(soon) < everything
    assert set(soon).isdisjoint(_late_codes(qtbot, page, demo_ops))
    page.filters.reset()
    _settle(qtbot, demo_ops)
    assert page.model.total == everything


def _late_codes(qtbot, page, demo_ops) -> list[str]:
    page.filters.late.click()
    _settle(qtbot, demo_ops)
    return _codes(page)


def test_channel_status_field_and_dates_narrow_the_list(qtbot, page, demo_ops) -> None:
    everything = page.model.total
    page.filters.channel.setCurrentIndex(page.filters.channel.findData("online"))
    _settle(qtbot, demo_ops)
    online = page.model.total
    assert 0 < online < everything
    assert page.filters.field.findText("Hộ tịch") > 0  # the catalogue's fields were loaded
    page.filters.field.setCurrentIndex(page.filters.field.findText("Hộ tịch"))
    _settle(qtbot, demo_ops)
    assert 0 < page.model.total < online
    assert {page.model.row(n).field for n in range(page.model.rowCount())} == {"Hộ tịch"}
    page.filters.dated.setChecked(True)  # from the 1st of the month to today
    _settle(qtbot, demo_ops)
    assert all(r.received_at.date() >= dt.date(2026, 3, 1) for r in map(page.model.row, range(page.model.rowCount())))
    page.filters.status.setCurrentIndex(page.filters.status.findData("returned"))
    _settle(qtbot, demo_ops)
    assert {page.model.row(n).status for n in range(page.model.rowCount())} <= {"Đã trả kết quả"}


def test_search_without_accents_and_an_empty_result(qtbot, page, demo_ops) -> None:
    page.search.setText("nguyen thi")
    qtbot.waitUntil(lambda: page.model.query.search == "nguyen thi", timeout=2_000)
    _settle(qtbot, demo_ops)
    names = {page.model.row(n).applicant for n in range(page.model.rowCount())}
    assert names and all(name.startswith("Nguyễn Thị") for name in names)
    page.search.setText("khong co ai ten nay")
    page.refresh()
    _settle(qtbot, demo_ops)
    assert page.count.text() == "Không có hồ sơ nào khớp với nội dung tìm kiếm."


def test_double_click_and_enter_open_the_dossier(qtbot, page, demo_ops) -> None:
    code = page.model.row(2).code
    opened: list[str] = []
    page.dossier_opened.connect(opened.append)
    index = page.model.index(2, 0)
    page.table.doubleClicked.emit(index)
    _settle(qtbot, demo_ops)
    assert opened == [code] and page.showing_dossier() == code
    assert page.detail.title.text() == code
    assert page.detail.timeline.kinds()[0] == "received"
    page.show_list()
    assert page.showing_dossier() is None
    page.table.setCurrentIndex(page.model.index(5, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    _settle(qtbot, demo_ops)
    assert page.showing_dossier() == page.model.row(5).code
