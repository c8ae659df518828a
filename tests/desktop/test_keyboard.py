"""Every action by keyboard, its key shown: buttons reachable by Tab or a key, keys in text or tooltip,
no two mnemonics or keys fighting on a screen (in Vietnamese and in English), and the cheat sheet (Ctrl+/)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPushButton, QTabBar, QTabWidget, QToolButton, QWidget

from core.dossiers import intake
from core.office import init_office
from desktop.app import Built
from desktop.i18n import install_translator
from desktop.shortcuts import native, plain
from desktop.widgets.shortcuts_dialog import ShortcutsDialog, collect

_MNEMONIC = re.compile(r"(?<!&)&(?!&)(.)")


@pytest.fixture
def built(open_window, database) -> Built:
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
    return open_window(database, today=dt.date(2025, 6, 1))


@pytest.fixture
def english(qapp) -> Iterator[None]:
    install_translator(qapp, "en")
    try:
        yield
    finally:
        install_translator(qapp, "vi")


# -- walking the screens ----------------------------------------------------------------------
def screens(qtbot, built: Built) -> Iterator[str]:
    """Show each page, and each tab of its tab widgets in turn; yields a name of what is on screen."""
    window = built.window
    for row, page in enumerate(window.pages):
        window.show_page(row)
        qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
        yield page.title
        for tabs in [t for t in page.widget.findChildren(QTabWidget) if t.isVisible()]:
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
                yield f"{page.title} › {plain(tabs.tabText(index))}"
            tabs.setCurrentIndex(0)


def _buttons(window: QWidget) -> list[QAbstractButton]:
    """The buttons on screen that are the program's own (not a line edit's clear button or tab scrollers)."""
    return [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and not isinstance(b.parentWidget(), (QLineEdit, QTabBar))
    ]


def _own_keys(button: QAbstractButton) -> list[QKeySequence]:
    """The keys that press ``button`` besides its Alt + letter."""
    keys = [s.key() for s in button.findChildren(QShortcut, options=Qt.FindChildOption.FindDirectChildrenOnly)]
    if not button.shortcut().isEmpty() and button.shortcut() != QKeySequence.mnemonic(button.text()):
        keys.append(button.shortcut())
    return keys


def _mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt + letter on screen: buttons, labels of a field, the menu bar."""
    texts = [b.text() for b in _buttons(window)]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.buddy()]
    if window.menuBar().isVisible():
        texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    found = []
    for text in texts:
        match = _MNEMONIC.search(text)
        if match:
            found.append((match.group(1).upper(), plain(text)))
    return found


def _active_keys(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what) of every key shortcut that works on screen now."""
    found = []
    for s in window.findChildren(QShortcut):
        parent = s.parent()
        if s.isEnabled() and parent is not None and parent.isVisible() and parent.isEnabled():
            found.append((native(s.key()), s.whatsThis() or plain(getattr(parent, "text", lambda: "")())))
    for b in _buttons(window):
        if not b.shortcut().isEmpty() and b.shortcut() != QKeySequence.mnemonic(b.text()):
            found.append((native(b.shortcut()), plain(b.text())))
    for action in window.findChildren(QAction):
        if action.isEnabled() and not action.shortcut().isEmpty():
            found.append((native(action.shortcut()), plain(action.text())))
    return found


def check_screen(window: QWidget, where: str) -> None:
    for button in _buttons(window):
        name = f"{where}: {plain(button.text()) or button.toolTip() or button.objectName()}"
        tab = bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
        keys = _own_keys(button)
        assert tab or keys or not QKeySequence.mnemonic(button.text()).isEmpty(), f"no keyboard way to {name}"
        for key in keys:
            assert native(key) in button.text() + button.toolTip(), f"{name} does not show {native(key)}"
    letters = _mnemonics(window)
    for letter, text in letters:
        assert re.fullmatch(r"[A-Z0-9]", letter), f"{where}: “{text}” has a mnemonic that cannot be typed: {letter}"
    clashes = [letter for letter, count in Counter(letter for letter, _ in letters).items() if count > 1]
    assert not clashes, f"{where}: Alt+{clashes} used twice: {sorted(letters)}"
    keys = Counter(keys for keys, _ in set(_active_keys(window)))
    assert not [k for k, n in keys.items() if n > 1], f"{where}: ambiguous keys {keys}"


# -- the tests --------------------------------------------------------------------------------
def test_every_screen_is_worked_by_keyboard_in_vietnamese(qtbot, built: Built) -> None:
    names = []
    for name in screens(qtbot, built):
        check_screen(built.window, built.window.current_title())
        names.append(name)
    assert len(names) > 15  # every page and every tab was looked at


def test_every_screen_is_worked_by_keyboard_in_english(qtbot, english, open_window, database) -> None:
    built = open_window(database, today=dt.date(2025, 6, 1))
    names = []
    for name in screens(qtbot, built):
        check_screen(built.window, name)
        names.append(name)
    assert len(names) > 15  # every page and every tab was looked at, as in Vietnamese


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_dossier_and_an_issued_slip_are_worked_by_keyboard(qtbot, qapp, open_window, database, language) -> None:
    """The screens that need data: one dossier's page (its eleven buttons and the three of its scanned papers) and
    the intake's PDF preview."""
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        dossier, _ = intake(
            session,
            procedure_code="BTXH-04",
            applicant_name="Nguyễn Thị Hường",
            phone="0912345678",
            now=dt.datetime(2025, 6, 2, 9, 0),
        )
    install_translator(qapp, language)
    try:
        built = open_window(database, today=dt.date(2025, 6, 2))
        built.dossiers.open_dossier(dossier.code)
        qtbot.waitUntil(lambda: built.dossiers.showing_dossier() == dossier.code, timeout=10_000)
        qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
        detail = built.dossiers.detail
        check_screen(built.window, "dossier")
        assert len([b for b in _buttons(detail) if _MNEMONIC.search(b.text())]) == 11 + 3
        assert "Ctrl+P" in detail.document_buttons["receipt"].toolTip()
        intake_page = built.window.pages[0].widget
        built.window.show_page(0)
        intake_page.preview.load(_pdf(), title="PDF", file_name="x.pdf")
        intake_page._show_right(intake_page.preview)
        check_screen(built.window, "intake preview")
        assert intake_page.preview.print_button.isVisible()
    finally:
        install_translator(qapp, "vi")


def _pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "PDF")
    page.save()
    return buffer.getvalue()


def test_main_actions_have_their_usual_keys(qtbot, built: Built) -> None:
    window = built.window
    by_page: dict[str, set[str]] = {}
    for name in screens(qtbot, built):
        by_page.setdefault(name, set()).update(keys for keys, _ in _active_keys(window))
    assert {"Ctrl+S", "Ctrl+P", "Ctrl+N", "Ctrl+F"} <= by_page["Tiếp nhận"]
    assert {"F5", "Ctrl+F"} <= by_page["Hồ sơ"]
    assert {"F5"} <= by_page["Trễ hạn"]
    assert {"Ctrl+P", "Ctrl+E", "F5"} <= by_page["Báo cáo"]
    assert {"Ctrl+P", "Ctrl+E", "F5"} <= by_page["Chuyển hệ thống tỉnh"]
    assert {"Ctrl+S"} <= by_page["Cài đặt"]
    assert {"Ctrl+E", "Ctrl+F"} <= by_page["Cài đặt › Danh mục thủ tục"]
    for keys in by_page.values():
        assert {"F2", "Ctrl+/", "Ctrl+1", "Ctrl+8"} <= keys  # the window's own, everywhere


def test_keys_do_what_they_say(qtbot, built: Built) -> None:
    window = built.window
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(built.ops.is_idle, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert built.dossiers.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(built.settings.office_changed, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves the office
    filters = built.dossiers.filters
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Sắp đến hạn"
    qtbot.waitUntil(filters.due_soon.isChecked, timeout=2_000)


def test_the_cheat_sheet_lists_every_installed_shortcut(qtbot, built: Built) -> None:
    window = built.window
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    entries = dialog.entries()
    listed = {(place, keys) for place, keys, _ in entries}
    assert ("", "F2") in listed and ("", "Ctrl+/") in listed and ("", "Ctrl+1") in listed
    assert ("Tiếp nhận", "Ctrl+S") in listed and ("Hồ sơ › Danh sách", "Ctrl+F") in listed
    assert ("Hồ sơ › Một hồ sơ", "Esc") in listed and ("Hồ sơ › Một hồ sơ", "Ctrl+P") in listed
    assert ("Cài đặt › Danh mục thủ tục", "Ctrl+E") in listed and ("Đánh giá › Bảng đánh giá", "Ctrl+S") in listed
    for shortcut in window.findChildren(QShortcut):  # every key installed is there, said in words
        if shortcut.parent() is not None and not isinstance(shortcut.parent().window(), ShortcutsDialog):
            texts = [text for _, keys, text in entries if keys == native(shortcut.key())]
            assert texts and all(texts), native(shortcut.key())
    assert all(text.strip() for _, _, text in entries)
    assert len(entries) == len(collect(window))
    assert [dialog.tree.topLevelItem(0).text(0)] == ["Toàn cửa sổ"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_buttons_with_keys_show_them(built: Built) -> None:
    """A few by name: the key is in the tooltip, in the clerk's own words around it."""
    report = built.report
    assert "Ctrl+P" in report.pdf_button.toolTip() and "Ctrl+E" in report.xlsx_button.toolTip()
    assert built.settings.save_button.toolTip() == "Lưu (Ctrl+S)"
    assert isinstance(built.settings.save_button, QPushButton)
    assert not [b for b in built.window.findChildren(QToolButton) if b.toolTip() and "&" in b.toolTip()]


def test_the_language_choice_in_settings_is_saved_for_the_next_start(qtbot, built: Built, desk_settings) -> None:
    from desktop.widgets.language_box import LanguageBox

    box = built.settings.findChild(LanguageBox)
    assert box is not None and box.title() == "Ngôn ngữ / Language" and box.language() == "vi"
    assert not box.note.isVisibleTo(box)
    box.choice.setCurrentIndex(box.choice.findData("en"))
    assert desk_settings.value("ui/language") == "en"
    assert box.note.text() == "Đã lưu: ngôn ngữ mới có hiệu lực sau khi khởi động lại chương trình."
    box.choice.setCurrentIndex(box.choice.findData("vi"))
    assert desk_settings.value("ui/language") == "vi" and not box.note.isVisibleTo(box)
