"""Unexpected errors in the window: logged, and told to the clerk in one line that names the log.

`install` is called once by the composition root after `core.logs.setup_logging`. From then on an
exception escaping a Qt slot or callback (PySide6 hands it to ``sys.excepthook``), in any thread, or in
a worker call is written to the log with its traceback, and the clerk sees "Lỗi không mong đợi: … Chi
tiết trong nhật ký: <path>" in an error box over the front window: never a crash dialog, never
silence. While one such box is open, further lines go to the main window's status bar instead of
stacking boxes (an error in a paint handler repeats many times a second). Qt's own warnings go to the
log too.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from core import logs
from desktop import messages
from desktop.messages import show_error

__all__ = ["BOX_NAME", "front_window", "install", "show_fatal_if_up", "uninstall"]

BOX_NAME = "unexpectedError"
STATUS_MS = 30_000

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def front_window() -> QWidget | None:
    """The window the clerk sees: a modal dialog, the active window, else the main window."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    visible = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return (
        app.activeModalWidget()
        or app.activeWindow()
        or next((w for w in visible if isinstance(w, QMainWindow)), None)
        or next(iter(visible), None)
    )


class _Teller(QObject):
    """Carries a line from any thread to the GUI thread (a queued signal) and shows it there."""

    said = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.said.connect(self.show, Qt.ConnectionType.QueuedConnection)
        self.shown: list[str] = []

    def show(self, line: str) -> None:
        self.shown.append(line)
        parent = front_window()
        app = QApplication.instance()
        windows = app.topLevelWidgets() if isinstance(app, QApplication) else []
        open_box = next(
            (w for w in windows if isinstance(w, QMessageBox) and w.objectName() == BOX_NAME and w.isVisible()), None
        )
        if open_box is not None:
            main = next((w for w in windows if isinstance(w, QMainWindow) and w.isVisible()), None)
            if main is not None:
                main.statusBar().showMessage(line, STATUS_MS)
            return
        box = show_error(parent, line)
        box.setObjectName(BOX_NAME)


def show_fatal_if_up(line: str) -> None:
    """``line`` in a box that waits for the clerk, when the application exists (a start that failed)."""
    if QApplication.instance() is not None:
        messages.show_fatal(line)


def _qt_message(kind: QtMsgType, _context, message: str) -> None:
    log.log(_LEVELS.get(kind, logging.WARNING), "%s", message)


_teller: _Teller | None = None


def install(app: QApplication) -> _Teller:
    """Route unexpected errors (and Qt's warnings) to the log and the clerk; returns the teller."""
    global _teller
    uninstall()
    _teller = _Teller(app)
    logs.set_notifier(_teller.said.emit)  # emitting a signal is safe from any thread
    qInstallMessageHandler(_qt_message)
    return _teller


def uninstall() -> None:
    global _teller
    if _teller is not None:
        logs.set_notifier(None)
        qInstallMessageHandler(None)
        _teller.deleteLater()
        _teller = None
