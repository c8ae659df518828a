"""Keyboard shortcuts that show themselves: a key for a button (shown in its tooltip), or for any action.

    press_with(self.save_button, QKeySequence.StandardKey.Save)   # Ctrl+S clicks it; tooltip "… (Ctrl+S)"
    shortcut(self, "Ctrl+F", self.search.setFocus, self.tr("Search"))

Both make a `QShortcut`, so the cheat sheet (`desktop.widgets.shortcuts_dialog`, Ctrl+/) finds them: its
text is the shortcut's ``whatsThis``, or, for a button's shortcut, the button's text at that moment. A
shortcut belongs to a widget and works only while that widget is visible: a key may be used again on
another page or tab. A button's key is a child of the button, so a hidden or disabled button is not
pressed; Alt + the underlined letter (``&`` in the text) works on every button as well.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

__all__ = ["Keys", "focus_all", "native", "plain", "press_with", "shortcut", "show_keys"]

Keys = QKeySequence | QKeySequence.StandardKey | str


def native(keys: Keys) -> str:
    """``keys`` as the clerk reads them on the keyboard (``Ctrl+S``)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def plain(text: str) -> str:
    """A button's text without its ``&`` mnemonic marks (``&&`` stays one ``&``), on one line."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def show_keys(widget: QWidget, keys: Keys) -> None:
    """Add ``(Ctrl+S)`` to the tooltip of ``widget`` (its text when it has no tooltip yet)."""
    text = native(keys)
    tip = widget.toolTip() or plain(getattr(widget, "text", lambda: "")())
    if text not in tip:
        widget.setToolTip(f"{tip} ({text})" if tip else text)


def press_with(button: QAbstractButton, keys: Keys, *, tooltip: bool = True, description: str = "") -> QShortcut:
    """``keys`` click ``button`` while it is visible and enabled; the keys are shown in its tooltip.

    The cheat sheet says ``description``, or else the button's text.
    """
    made = QShortcut(QKeySequence(keys), button, button.animateClick)
    made.setWhatsThis(description)
    if tooltip:
        show_keys(button, keys)
    return made


def focus_all(edit: QLineEdit) -> None:
    """Focus ``edit`` with its text selected (what Ctrl+F does on a page's search field)."""
    edit.setFocus()
    edit.selectAll()


def shortcut(
    parent: QWidget,
    keys: Keys,
    slot: Callable[[], object],
    description: str,
    *,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """``keys`` run ``slot`` while ``parent`` is visible; ``description`` is what the cheat sheet says."""
    made = QShortcut(QKeySequence(keys), parent, slot, context)
    made.setWhatsThis(description)
    return made
