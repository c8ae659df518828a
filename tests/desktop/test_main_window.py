"""The whole window: seven pages in Vietnamese, Ctrl+N switching, the status bar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from core.office import init_office
from desktop.app import Built

PAGES = ["Tiếp nhận", "Hồ sơ", "Trễ hạn", "Đánh giá", "Báo cáo", "Lịch làm việc", "Chuyển hệ thống tỉnh", "Cài đặt"]


@pytest.fixture
def built(open_window, database) -> Built:
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    return open_window(database, today=dt.date(2025, 6, 1))


def test_seven_pages_in_vietnamese(built: Built) -> None:
    navigation = built.window.navigation
    assert [navigation.item(row).text() for row in range(navigation.count())] == PAGES
    assert built.window.stack.count() == len(PAGES)
    assert built.window.windowTitle() == "Một Cửa"
    assert built.window.current_title() == "Tiếp nhận"


def test_shortcuts_switch_pages_and_show_in_tooltips(qtbot, built: Built) -> None:
    window = built.window
    for number, title in enumerate(PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_title() == title
        assert window.stack.currentIndex() == number - 1
        assert f"Ctrl+{number}" in window.navigation.item(number - 1).toolTip()


def test_status_bar_shows_office_and_database(qtbot, built: Built, database) -> None:
    qtbot.waitUntil(lambda: "H40.25.12" in built.window.office_label.text())
    assert "UBND xã Hoa Thành" in built.window.office_label.text()
    assert database.path.name in built.window.database_label.text()
    assert built.window.database_label.toolTip() == str(database.path)


def _bare_window(qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop.main_window import MainWindow, PageEntry

    window = MainWindow([PageEntry("Một", QLabel("một"))])
    qtbot.addWidget(window)
    return window


def test_the_first_start_opens_maximized(qtbot, desk_settings) -> None:
    window = _bare_window(qtbot)
    window.place()
    qtbot.waitExposed(window)
    assert window.isMaximized()


def test_the_window_comes_back_where_it_was_left(qtbot, desk_settings) -> None:
    first = _bare_window(qtbot)
    first.place()
    first.showNormal()
    first.setGeometry(40, 50, 700, 500)  # the offscreen screen is 800×800
    qtbot.waitExposed(first)
    first.close()
    assert desk_settings.value("window/geometry") is not None  # kept in the desk's settings (the test's file)
    second = _bare_window(qtbot)
    second.place()
    qtbot.waitExposed(second)
    assert not second.isMaximized()
    assert second.size().width() == 700 and second.size().height() == 500


def test_the_normal_size_fits_the_screen(qtbot, desk_settings) -> None:
    """Not a fixed 1366×768: on a screen smaller than that, the un-maximized window still fits."""
    window = _bare_window(qtbot)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_the_account_menu_logs_out_with_ctrl_l(qtbot, built: Built) -> None:
    window = built.window
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "Tài khoản"
    action = window.log_out_action
    assert action.text() == "Đăng xuất" and action.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(window.log_out_requested, timeout=1_000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_a_message_in_the_status_bar_is_never_drawn_over_the_office(qtbot, desk_settings) -> None:
    """A message said before the window shows (the backup at start) used to be drawn over the office's name."""
    from PySide6.QtWidgets import QLabel

    from desktop.main_window import MainWindow, PageEntry

    window = MainWindow([PageEntry("Một", QLabel("một"))])
    qtbot.addWidget(window)
    window.show_office(None)
    window.statusBar().showMessage("Tự động sao lưu đang tắt: không có khoá dữ liệu.", 15_000)
    window.show()
    qtbot.waitExposed(window)
    assert not window.office_label.isVisible()
    window.statusBar().clearMessage()
    assert window.office_label.isVisible()


def test_a_page_is_built_only_when_first_shown(qtbot, desk_settings) -> None:
    """Issue 17: the window paints before the pages it does not show are built; Ctrl+N builds one and shows it."""
    from PySide6.QtWidgets import QLabel

    from desktop.main_window import MainWindow, PageEntry

    made: list[str] = []

    def maker(name: str):
        return lambda: made.append(name) or QLabel(name)

    window = MainWindow(
        [PageEntry("Một", make=maker("một")), PageEntry("Hai", make=maker("hai")), PageEntry("Ba", QLabel("ba"))]
    )
    qtbot.addWidget(window)
    assert made == []  # nothing built before the window shows
    window.show()
    qtbot.waitExposed(window)
    assert made == ["một"]  # the page on screen only
    window.navigation.setCurrentRow(1)  # a click in the navigation (Ctrl+N: test_shortcuts_switch_pages…)
    assert made == ["một", "hai"] and window.current_title() == "Hai"
    assert window.stack.currentWidget().widget().text() == "hai" and window.stack.currentWidget().isVisible()
    window.show_page(0)
    window.show_page(1)
    assert made == ["một", "hai"]  # built once
    assert window.stack.count() == 3


def test_a_page_asked_for_is_built_into_its_place(qtbot, desk_settings) -> None:
    """A page reached by code before it was shown (a scanned card fills the intake page) takes its place."""
    from PySide6.QtWidgets import QLabel

    from desktop.main_window import MainWindow, PageEntry

    window = MainWindow([PageEntry("Một", QLabel("một")), PageEntry("Hai", make=lambda: QLabel("hai"))])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages[1].widget
    assert window.current_title() == "Một"  # built, not shown
    window.show_widget(page)
    assert window.current_title() == "Hai" and window.stack.currentWidget().widget() is page and page.isVisible()


def test_the_app_builds_the_dossier_list_at_once_and_the_rest_when_shown(qtbot, built: Built) -> None:
    """The built window holds the list; the board is built after the first paint (its start-up notice still
    comes), the other pages when first shown."""
    entries = built.window.pages
    qtbot.waitUntil(lambda: entries[2].built, timeout=10_000)  # Trễ hạn: the board watches from the start
    assert entries[1].widget is built.dossiers
    assert [entry.built for entry in entries] == [True, True, True, False, False, False, False, False]
    qtbot.keyClick(built.window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert entries[5].built and entries[5].widget is built.calendar
