"""Find labels and buttons that a layout cuts: narrower than their text needs, or outside the window.

Used by ``python -m tools.screenshots`` (printed per screen) and by ``tests/desktop/test_layouts.py``.
A word-wrapping label or an elided one is never "cut"; widgets inside a scroll area may lie outside
the window (the clerk scrolls to them), so only their width is checked.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QTabBar, QWidget

__all__ = ["cut_widgets", "describe"]

# Qt's own helpers: the corner of a table, the clear button of a line edit, a tab bar's scroll arrows.
_INTERNAL = {"QTableCornerButton", "QLineEditIconButton"}


def describe(widget: QWidget) -> str:
    """``QPushButton 'Lưu'`` in ``SettingsPage``: enough to find the widget in the code."""
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    owner = widget.parentWidget()
    while owner is not None and owner.metaObject().className().startswith("Q"):
        owner = owner.parentWidget()
    where = f" in {owner.metaObject().className()}" if owner is not None else ""
    return f"{widget.metaObject().className()} {text[:60]!r}{where}"


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _needs_check(widget: QWidget) -> bool:
    if widget.metaObject().className() in _INTERNAL or isinstance(widget.parentWidget(), QTabBar):
        return False
    if isinstance(widget, QLabel):
        return bool(widget.text()) and not widget.wordWrap()
    return isinstance(widget, QAbstractButton) and bool(widget.text())


def _inside(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


def cut_widgets(
    window: QWidget, slack: int = 1, *, within: QWidget | None = None, ignore: tuple[QWidget, ...] = ()
) -> list[str]:
    """Every visible label or button of ``window`` that is cut, described; empty when none is.

    ``within``: only the widgets in that part of the window; ``ignore``: not those in these parts.
    """
    problems = []
    frame = window.rect()
    for widget in (within or window).findChildren(QWidget):
        if not widget.isVisible() or not _needs_check(widget) or any(_inside(widget, part) for part in ignore):
            continue
        needed, has = widget.sizeHint().width(), widget.width()
        if has + slack < needed:
            problems.append(f"{describe(widget)}: needs {needed}px, has {has}px")
        if not _in_scroll_area(widget, window):
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not frame.contains(rect):
                problems.append(f"{describe(widget)}: outside the window ({rect.getRect()} not in {frame.getRect()})")
    return problems
