"""The return desk: a dossier code typed or scanned opens that dossier, from any screen.

`CodeEntry` is the box in the main window's header (F2 puts the cursor there). `ScanListener` is an
application-wide key filter for USB barcode/QR scanners, which "type" the code very fast and press
Enter: a burst of characters with gaps under `MAX_GAP` seconds, ending in Enter, that matches
`CODE_PATTERN` is taken as a scan wherever the focus is. A person typing is far slower, so ordinary
typing is never taken for a scan. The receipt's QR code holds the same code.

The same burst may be the QR code of a citizen's chip-based identity card (CCCD): fields separated by
``|`` after a 12-digit number (`core.card_qr.looks_like_card`, which also knows that number as a
Vietnamese input method garbles it). Such a burst comes out as ``card_scanned(text)``; from its first
``|`` on its keys are kept from the focus widget (a space would tick a check box), the Enter is
swallowed, and the field it was typed into gets back what it held before the burst.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit, QWidget

from core.card_qr import MAX_LENGTH, looks_like_card, starts_like_card
from core.text import clean

__all__ = ["CODE_PATTERN", "MAX_GAP", "CodeEntry", "ScanListener", "looks_like_code"]

CODE_PATTERN = re.compile(r"^[A-Za-z0-9.]+-\d{6}-\d{4}$")
#: Longest pause between two keys of a scanner's burst, in seconds.
MAX_GAP = 0.05
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
)


def looks_like_code(text: str) -> bool:
    return bool(CODE_PATTERN.match(text))


class CodeEntry(QLineEdit):
    """Type or scan a receipt's code and press Enter: ``code_entered`` carries the code."""

    code_entered = Signal(str)
    #: A citizen's card QR scanned into this box by mistake: handed on, not looked up as a code.
    card_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEntry")
        self.setPlaceholderText(self.tr("Dossier code or scan the receipt (F2)"))
        self.setToolTip(self.tr("Type or scan the code on the receipt, then Enter: the dossier opens at once."))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(300)
        self.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        if looks_like_card(self.text()):
            text = self.text()
            self.clear()
            self.card_entered.emit(text)
            return
        code = clean(self.text()).replace(" ", "")
        if code:
            self.code_entered.emit(code)


class ScanListener(QObject):
    """Install on the application (``app.installEventFilter(listener)``); emits ``scanned(code)`` for a
    dossier code and ``card_scanned(text)`` for the QR text of an identity card.

    Each key press is counted once, where it lands (the focus widget, or the window when nothing has
    the focus). The scanned Enter is swallowed and the field that received the burst gets back what it
    held before, so a scan into a form field leaves the field as it was.
    """

    scanned = Signal(str)
    card_scanned = Signal(str)

    def __init__(
        self,
        *,
        ignore: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ignore, self.clock = ignore, clock
        self._buffer, self._last = "", 0.0
        self._card = False  # the burst so far is the start of a card's QR text
        self._before: tuple[QWidget | None, object] = (None, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        if (watched is not focus) if focus is not None else not watched.isWindow():
            return False  # the same key on its way to the focus widget's parents or from the window
        if focus is not None and focus is self.ignore:
            return False  # the code entry handles its own Enter
        return self._key(event, focus)  # type: ignore[arg-type]

    def _key(self, event: QKeyEvent, focus: QWidget | None) -> bool:
        if event.key() in _MODIFIERS:
            return False
        now = self.clock()
        if now - self._last > MAX_GAP:
            self._restart(focus)
        self._last = now
        if event.key() in _ENTER:
            text, card, before = self._buffer, self._card, self._before
            self._restart(focus)
            if QApplication.activeModalWidget() is not None:
                return False
            if looks_like_code(text):
                self._take_back(focus, before, text)
                self.scanned.emit(text)
                return True
            if card:  # a card's burst, even cut short: the reader says what is wrong with it
                self._take_back(focus, before, text)
                self.card_scanned.emit(text)
                return True
            return False
        text = event.text()
        fast_text = (
            text.isprintable()
            and text
            and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if not fast_text:
            self._restart(focus)
            return False
        if not self._buffer:
            self._before = (focus, _value_of(focus))
        self._buffer = (self._buffer + text)[-MAX_LENGTH:]
        if not self._card and text == "|" and starts_like_card(self._buffer):
            self._card = True
            return True
        return self._card

    def _restart(self, focus: QWidget | None) -> None:
        self._buffer, self._card = "", False
        self._before = (focus, _value_of(focus))

    @staticmethod
    def _take_back(focus: QWidget | None, held: tuple[QWidget | None, object], scanned: str) -> None:
        widget, before = held
        if focus is not None and widget is focus and before is not None:
            _restore(focus, before)
        elif isinstance(focus, QLineEdit) and not focus.isReadOnly():
            text = focus.text()
            at = text.rfind(scanned)
            if at >= 0:
                focus.setText(text[:at] + text[at + len(scanned) :])


def _value_of(widget: QWidget | None) -> object:
    """What an editable widget holds, to give it back after a scan was typed into it."""
    if isinstance(widget, QLineEdit):
        return None if widget.isReadOnly() else widget.text()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):  # the spin boxes with a value (not the date edits)
        return widget.value()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    return None


def _restore(widget: QWidget, value: object) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        if widget.text() != value:
            widget.setText(value)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, (int, float)):
        widget.setValue(float(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and isinstance(value, str) and widget.toPlainText() != value:
        widget.setPlainText(value)
