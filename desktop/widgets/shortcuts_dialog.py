"""Phím tắt (Ctrl+/): every keyboard shortcut of the window, read from what is installed, by page.

`collect` walks the window's `QShortcut`s, `QAction`s with a shortcut and buttons with a key of their
own (not only an Alt + letter mnemonic), and places each under the page (and tab) it belongs to, so
the list can never drift from the keys that really work. Keys that act on the whole window come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.shortcuts import native, plain

__all__ = ["KEYS", "ShortcutLine", "ShortcutsDialog", "collect"]

#: The key that opens the cheat sheet.
KEYS = "Ctrl+/"


@dataclass(frozen=True)
class ShortcutLine:
    """One shortcut: where it works (empty: everywhere in the window), its keys, what it does."""

    place: str
    keys: str
    text: str


def _owner(item: QShortcut | QAction | QAbstractButton) -> QWidget | None:
    parent = item.parent() if isinstance(item, (QShortcut, QAction)) else item
    return parent if isinstance(parent, QWidget) else None


def _place(widget: QWidget | None, window: QMainWindow) -> tuple[int, str]:
    """(page number, "Page › Part") of ``widget``; (0, "") for the window itself (its frame and menus).

    The part is the tab the widget is on, or a view of the page that has a ``windowTitle`` (a page that
    shows one thing or another in a stack names its views that way), the innermost one.
    """
    pages, part = getattr(window, "pages", []), ""
    child = widget
    while child is not None and child is not window:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
        if not part and isinstance(tabs, QTabWidget):
            part = plain(tabs.tabText(tabs.indexOf(child)))
        for number, page in enumerate(pages, start=1):
            if page.widget is child:
                return number, f"{page.title} › {part}" if part else page.title
        if not part and not child.isWindow() and child.windowTitle():
            part = child.windowTitle()
        child = parent
    return 0, ""


def _natural(keys: str) -> list[object]:
    """Sort key of a key name: Ctrl+2 before Ctrl+10, F2 before F10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", keys)]


def _description(item: QShortcut | QAction | QAbstractButton) -> str:
    if isinstance(item, QAction):
        return plain(item.text())
    if isinstance(item, QShortcut):
        if item.whatsThis():
            return item.whatsThis()
        parent = item.parent()
        return plain(parent.text()) if isinstance(parent, QAbstractButton) else ""
    return plain(item.text()) or item.toolTip()


def collect(window: QMainWindow) -> list[ShortcutLine]:
    """Every shortcut installed in ``window``, the window's own first, then page by page."""
    for page in getattr(window, "pages", []):  # what is not shown yet is built now (issue 17): its keys listed too
        build_views = getattr(page.widget, "build_views", None)  # a page's own parts built when first needed
        if build_views is not None:
            build_views()
    found: list[tuple[int, str, str, str]] = []
    items: list[QShortcut | QAction | QAbstractButton] = []
    items += [s for s in window.findChildren(QShortcut) if s.isEnabled() and not s.key().isEmpty()]
    items += [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and a.isEnabled()]
    items += [
        b
        for b in window.findChildren(QAbstractButton)
        if not b.shortcut().isEmpty() and b.shortcut() != QKeySequence.mnemonic(b.text())
    ]
    for item in items:
        keys = item.key() if isinstance(item, QShortcut) else item.shortcut()
        text = _description(item)
        if not text:
            continue
        number, place = _place(_owner(item), window)
        found.append((number, place, native(keys), text))
    unique = sorted(set(found), key=lambda line: (line[0], line[1], _natural(line[2]), line[3]))
    return [ShortcutLine(place, keys, text) for _, place, keys, text in unique]


class ShortcutsDialog(QDialog):
    """The list in a tree: "Whole window", then each page (and tab) with its keys."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsDialog")
        self.lines = collect(window)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for line in self.lines:
            section = sections.get(line.place)
            if section is None:
                section = QTreeWidgetItem([line.place or self.tr("Whole window")])
                font = section.font(0)
                font.setBold(True)
                section.setFont(0, font)
                self.tree.addTopLevelItem(section)
                section.setFirstColumnSpanned(True)  # once it is in the tree
                sections[line.place] = section
            section.addChild(QTreeWidgetItem([line.keys, line.text]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 140) + 16)
        note = QLabel(
            self.tr(
                "Keys of a page work while that page is shown. On any button, Alt + its underlined "
                "letter presses it. Tab and Shift+Tab move between fields, Ctrl+Tab to the next "
                "tab, Enter confirms a dialog and Esc closes it."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 700)

    def entries(self) -> list[tuple[str, str, str]]:
        """(place, keys, text) of every line shown (tests read it)."""
        return [(line.place, line.keys, line.text) for line in self.lines]

    @classmethod
    def show_for(cls, window: QMainWindow) -> ShortcutsDialog:
        """Open the cheat sheet over ``window`` (window-modal, not blocking); Esc closes it."""
        dialog = cls(window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
