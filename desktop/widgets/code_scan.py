"""The return desk: a dossier code typed or scanned opens that dossier, from any screen.

`CodeEntry` is the box in the main window's header (F2 puts the cursor there). `ScanListener` is an
application-wide key filter for USB barcode/QR scanners, which "type" the code very fast and press
Enter: a burst of characters with gaps under `MAX_GAP` seconds, ending in Enter, that matches
`CODE_PATTERN` is taken as a scan wherever the focus is. A person typing is far slower, so ordinary
typing is never taken for a scan. The receipt's QR code holds the same code.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from core.text import clean

__all__ = ["CodeEntry", "ScanListener", "CODE_PATTERN", "MAX_GAP", "looks_like_code"]

CODE_PATTERN = re.compile(r"^[A-Za-z0-9.]+-\d{6}-\d{4}$")
#: Longest pause between two keys of a scanner's burst, in seconds.
MAX_GAP = 0.05
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
              Qt.Key.Key_CapsLock)


def looks_like_code(text: str) -> bool:
    return bool(CODE_PATTERN.match(text))


class CodeEntry(QLineEdit):
    """Type or scan a receipt's code and press Enter: ``code_entered`` carries the code."""

    code_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEntry")
        self.setPlaceholderText(self.tr("Dossier code or scan the receipt (F2)"))
        self.setToolTip(self.tr("Type or scan the code on the receipt, then Enter: the dossier opens at once."))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(300)
        self.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        code = clean(self.text()).replace(" ", "")
        if code:
            self.code_entered.emit(code)


class ScanListener(QObject):
    """Install on the application (``app.installEventFilter(listener)``); emits ``scanned(code)``.

    Each key press is counted once, where it lands (the focus widget, or the window when nothing has
    the focus). The scanned Enter is swallowed and the code is taken back out of the line edit that
    received it, so a scan into a form field leaves the field as it was.
    """

    scanned = Signal(str)

    def __init__(self, *, ignore: QWidget | None = None, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ignore, self.clock = ignore, clock
        self._buffer, self._last = "", 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress or not watched.isWidgetType():
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
            self._buffer = ""
        self._last = now
        if event.key() in _ENTER:
            code, self._buffer = self._buffer, ""
            if not looks_like_code(code) or QApplication.activeModalWidget() is not None:
                return False
            self._take_back(focus, code)
            self.scanned.emit(code)
            return True
        text = event.text()
        fast_text = text.isprintable() and text and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        self._buffer = (self._buffer + text)[-64:] if fast_text else ""
        return False

    @staticmethod
    def _take_back(focus: QWidget | None, code: str) -> None:
        if isinstance(focus, QLineEdit) and not focus.isReadOnly():
            text = focus.text()
            at = text.rfind(code)
            if at >= 0:
                focus.setText(text[:at] + text[at + len(code):])
