"""Every page at 1366×768 (the smallest screen a desk has) on a busy office: nothing cut, nothing outside.

A label or button is cut when the layout gives it less width than its text needs (unless it wraps);
the window must keep its size (a page too wide for the screen would make it grow). The pictures of the
same screens at other sizes and scales: ``python -m tools.screenshots --check-all FOLDER``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize

from core.demo import fill_demo_office
from desktop.app import Built
from tools.layout_check import cut_widgets

SCREEN = QSize(1366, 768)
#: The room a maximized window has on a 1366×768 screen under the Windows taskbar (logical pixels): at 100 %
#: the taskbar takes 70 px; at 125 % the screen is 1093×614 and the taskbar 56. A title bar takes 30 more.
DESKS = {"100 %": QSize(1366, 768 - 70), "125 %": QSize(1093, 614 - 56)}
TITLE_BAR = 30
UNTIL = dt.date(2026, 4, 1)


def _ready(database):
    """The test database, acting for a tester with the personal data open, where the app has those."""
    try:
        from tests.fakes import as_tester
    except ImportError:
        return database
    return as_tester(database)


@pytest.fixture
def built(open_window, database) -> Built:
    database = _ready(database)
    with database.transaction() as session:
        fill_demo_office(session, dossiers=400, until=UNTIL)
    result = open_window(database, today=UNTIL + dt.timedelta(days=1))
    result.window.resize(SCREEN)
    return result


def _check(qtbot, built: Built, where: str) -> None:
    """The window kept its size; nothing is cut on the page (the status bar has its own test)."""
    window = built.window
    qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
    qtbot.wait(50)  # the layouts settle after the last answer
    assert window.size() == SCREEN, f"{where}: the window grew to {window.width()}×{window.height()}"
    assert cut_widgets(window, ignore=(window.statusBar(),)) == [], where


def test_every_page_fits_a_1366_by_768_screen(qtbot, built: Built) -> None:
    window = built.window
    for row, page in enumerate(window.pages):
        window.show_page(row)
        _check(qtbot, built, page.title)


def test_a_dossier_page_fits_too(qtbot, built: Built) -> None:
    dossiers = built.dossiers
    built.window.show_widget(dossiers)
    qtbot.waitUntil(lambda: dossiers.model.rowCount() > 0, timeout=10_000)
    dossiers.open_row(0)
    qtbot.waitUntil(lambda: dossiers.showing_dossier() is not None, timeout=10_000)
    _check(qtbot, built, dossiers.showing_dossier())


def test_the_status_bar_fits(qtbot, built: Built) -> None:
    window = built.window
    window.show_handover_count(12)
    window.show_report_reminder("Báo cáo tháng 03/2026 đã nộp nhưng chưa ghi nhận tải lên hệ thống của tỉnh.")
    qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
    qtbot.wait(50)
    assert cut_widgets(window, within=window.statusBar()) == []


@pytest.mark.parametrize("scale", list(DESKS))
def test_the_window_fits_a_screen_with_a_taskbar_and_a_title_bar(qtbot, built: Built, scale: str) -> None:
    """The window's minimum fits under the title bar above the taskbar; at that size every page and the
    status bar are whole (a page smaller than its content scrolls)."""
    room = DESKS[scale] - QSize(0, TITLE_BAR)
    window = built.window
    window.show_handover_count(12)
    window.show_report_reminder("Báo cáo tháng 03/2026 chưa nộp (hạn ngày 05/04/2026).")
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= room.width() and minimum.height() <= room.height(), minimum
    window.resize(room)
    for row, page in enumerate(window.pages):
        window.show_page(row)
        qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
        qtbot.wait(50)
        where = f"{page.title} at {scale}"
        assert window.size() == room, f"{where}: the window grew to {window.width()}×{window.height()}"
        assert cut_widgets(window) == [], where
        bar = window.statusBar()
        assert bar.isVisible() and bar.geometry().bottom() < room.height(), where


def test_the_check_finds_a_cut_button(qtbot, built: Built) -> None:
    """The check itself: a button squeezed below its text's width is reported."""
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Một nút có chữ rất dài không vừa chỗ", built.window.stack.currentWidget())
    button.setGeometry(0, 0, 40, 20)
    button.show()
    assert any("Một nút có chữ rất dài" in line for line in cut_widgets(built.window))
    button.deleteLater()


def test_a_fit_scroll_area_shows_its_widget_whole_or_scrolls(qtbot) -> None:
    """`FitScrollArea`: asks for the whole widget, yet lets the window be smaller (then it scrolls)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desktop.widgets.fit_scroll import FitScrollArea

    for fill in (False, True):
        big = QWidget()
        big.setMinimumSize(1200, 900)
        window = QWidget()
        qtbot.addWidget(window)
        area = FitScrollArea(big, fill=fill)
        QVBoxLayout(window).addWidget(area)
        assert area.sizeHint().width() >= 1200 and area.sizeHint().height() >= 900
        assert window.minimumSizeHint().height() < 300
        window.resize(600, 400)
        window.show()
        qtbot.waitExposed(window)
        assert window.size() == QSize(600, 400)
        assert area.verticalScrollBar().maximum() > 0
