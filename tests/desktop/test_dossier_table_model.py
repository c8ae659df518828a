"""The dossier list fills lazily, a page at a time, and starts over on a new search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt

from core.models import Dossier
from desktop.dossiers.data import DossierPage, DossierRow, ListQuery
from desktop.dossiers.page import DossiersPage, OpsDossierSource
from desktop.dossiers.table_model import DossierTableModel

NAMES = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Đức", "Phạm Thị Hương", "Đỗ Quang Huy"]


def _insert(database, count: int) -> None:
    start = dt.datetime(2026, 1, 5, 8, 0)
    with database.transaction() as session:
        for n in range(count):
            received = start + dt.timedelta(minutes=30 * n)
            name = NAMES[n % len(NAMES)]
            session.add(
                Dossier(
                    code=f"H40.25.12-{received:%y%m%d}-{n:04d}",
                    unit_code="H40.25.12",
                    received_day=received.date(),
                    seq=n,
                    procedure_name="Đăng ký khai sinh",
                    field="Hộ tịch",
                    applicant_name=name,
                    applicant_key=_fold(name),
                    received_at=received,
                    due_at=received + dt.timedelta(days=3),
                )
            )


def _fold(text: str) -> str:
    from core.text import fold

    return fold(text)


def test_rows_are_fetched_a_page_at_a_time(qtbot, ops, settle, database) -> None:
    _insert(database, 500)
    model = DossierTableModel(OpsDossierSource(ops), page_size=100)
    model.set_search("")
    settle()
    assert (model.total, model.rowCount()) == (500, 100)
    assert model.canFetchMore(QModelIndex())
    for expected in (200, 300, 400, 500):
        model.fetchMore(QModelIndex())
        settle()
        assert model.rowCount() == expected
    assert not model.canFetchMore(QModelIndex())
    newest = model.row(0)
    assert newest.code.endswith("-0499")  # newest first
    assert model.data(model.index(0, DossierTableModel.STATUS)) == "Đang giải quyết"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mã hồ sơ"


def test_search_without_diacritics_starts_over(qtbot, ops, settle, database) -> None:
    _insert(database, 50)
    model = DossierTableModel(OpsDossierSource(ops), page_size=100)
    model.set_search("")
    settle()
    model.set_search("le hoang duc")
    settle()
    assert model.total == 10 == model.rowCount()
    assert {model.row(n).applicant for n in range(model.rowCount())} == {"Lê Hoàng Đức"}


class _ManualSource:
    """Answers only when the test says so, to check stale answers are dropped."""

    def __init__(self) -> None:
        self.pending: list[tuple[ListQuery, int, Callable[[DossierPage], None]]] = []

    def fetch(self, query: ListQuery, offset: int, limit: int, done: Callable[[DossierPage], None]) -> None:
        self.pending.append((query, offset, done))


def _row(code: str) -> DossierRow:
    moment = dt.datetime(2026, 1, 5, 8, 0)
    return DossierRow(code, "A", "P", "F", moment, moment, "Đang giải quyết")


def test_an_answer_to_an_older_search_is_ignored(qtbot) -> None:
    source = _ManualSource()
    model = DossierTableModel(source, page_size=2)
    model.set_search("an")
    model.set_search("binh")
    (_, _, old_done), (_, _, new_done) = source.pending
    new_done(DossierPage(ListQuery("binh"), 0, (_row("B1"),), 1))
    old_done(DossierPage(ListQuery("an"), 0, (_row("A1"), _row("A2")), 7))
    assert [model.row(n).code for n in range(model.rowCount())] == ["B1"]
    assert model.total == 1 and not model.canFetchMore(QModelIndex())


def test_the_page_shows_the_count(qtbot, ops, settle, database) -> None:
    _insert(database, 3)
    page = DossiersPage(ops)
    qtbot.addWidget(page)
    page.show()
    settle()
    assert page.count.text() == "3 hồ sơ"
    page.search.setText("không ai")
    page.refresh()
    settle()
    assert page.count.text() == "Không có hồ sơ nào khớp với nội dung tìm kiếm."


def test_late_rows_stand_out(qtbot, ops, settle, database) -> None:
    """Rows late by core's rule (`core.dossiers.is_late`) get their own background and text colour."""
    _insert(database, 3)  # received 5/1 08:00, 08:30, 09:00; due three days later
    with database.transaction() as session:
        finished = session.exec(__import__("sqlmodel").select(Dossier).where(Dossier.seq == 1)).one()
        finished.result_at = dt.datetime(2026, 1, 7, 9, 0)
        finished.status = "result_ready"
        session.add(finished)
    now = dt.datetime(2026, 1, 8, 8, 15)  # past the first one's due moment only
    model = DossierTableModel(OpsDossierSource(ops, clock=lambda: now))
    model.set_search("")
    settle()
    late = {model.row(r).code[-4:]: model.row(r).late for r in range(model.rowCount())}
    assert late == {"0000": True, "0001": False, "0002": False}
    by_code = {model.row(r).code[-4:]: r for r in range(model.rowCount())}
    for column in range(model.columnCount()):
        assert model.index(by_code["0000"], column).data(Qt.ItemDataRole.BackgroundRole) is not None
        assert model.index(by_code["0000"], column).data(Qt.ItemDataRole.ForegroundRole) is not None
        assert model.index(by_code["0002"], column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "trễ hạn" in model.index(by_code["0000"], 5).data(Qt.ItemDataRole.ToolTipRole).lower()


def test_the_first_page_shows_before_the_dossiers_are_counted(qtbot) -> None:
    """Issue 17: rows first, the total after (a count over 1,000,000 rows is not waited for); scrolling on
    before the count comes asks for more while the pages are full, and a late count still lands."""
    source = _ManualSource()
    model = DossierTableModel(source, page_size=2)
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    model.set_search("")
    ((_, offset, done),) = source.pending
    done(DossierPage(ListQuery(), 0, (_row("A1"), _row("A2")), None))  # the rows, not counted
    assert model.rowCount() == 2 and model.total is None and totals == []
    assert model.canFetchMore(QModelIndex())  # a full page: there may be more
    model.fetchMore(QModelIndex())
    assert source.pending[-1][1] == 2
    done(DossierPage(ListQuery(), 0, (), 3))  # the count of the first page's query arrives
    assert model.total == 3 and totals == [3] and model.rowCount() == 2
    source.pending[-1][2](DossierPage(ListQuery(), 2, (_row("A3"),), None))
    assert model.rowCount() == 3 and not model.canFetchMore(QModelIndex())


def test_without_a_count_a_short_page_is_the_last(qtbot) -> None:
    source = _ManualSource()
    model = DossierTableModel(source, page_size=2)
    model.set_search("")
    source.pending[0][2](DossierPage(ListQuery(), 0, (_row("A1"),), None))
    assert model.rowCount() == 1 and not model.canFetchMore(QModelIndex())


def test_the_page_asks_for_the_rows_before_the_count(qtbot, ops, database) -> None:
    """The worker runs calls in order: the list's first page is queued before its count and the filter's fields."""
    _insert(database, 3)
    order: list[str] = []
    run = ops.run
    named = ("fetch_dossier_page", "fetch_dossier_total", "fetch_fields")

    def spy(fn, **kwargs):  # the data function a call runs (the page wraps some in a lambda)
        names = (fn.__name__,) + fn.__code__.co_names
        order.append(next(name for name in named if name in names))
        return run(fn, **kwargs)

    ops.run = spy
    page = DossiersPage(ops)
    qtbot.addWidget(page)
    page.show()
    assert order == ["fetch_dossier_page", "fetch_dossier_total", "fetch_fields"]
    qtbot.waitUntil(lambda: page.count.text() == "3 hồ sơ")
