"""The at-exit backup, also when Windows logs off or shuts down with the window open.

Clerks switch the PC off with the program open. Windows then asks each program whether the session may
end (Qt emits `QGuiApplication.commitDataRequest`), ends it (Qt emits ``aboutToQuit``) and kills the
process at once: the code after ``app.exec()`` never runs. So the backup runs, synchronously and
exactly once, on whichever comes first: the main window's close, ``commitDataRequest``, ``aboutToQuit``
(or, last, after the event loop). While it runs, Windows is told why the session waits
(``ShutdownBlockReasonCreate``: "Một Cửa đang sao lưu dữ liệu…" on the shutdown screen).

The worker is drained first (the clerk's last clicks land before the copy is taken) and the copy is made
on the GUI thread. A log-off can still be cancelled by another program after ``commitDataRequest``: the
worker keeps running then, and the next trigger backs up again only if the data changed since.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # annotations only: the desk is started before the login window paints (issue 17)
    from core.backups.archive import BackupResult
    from desktop.auto_backup import AutoBackup
    from desktop.operations import Operations

__all__ = ["ExitBackup", "block_reason", "shutdown_blocked"]

log = logging.getLogger(__name__)

# True on Windows (a module flag, so tests can take the Windows branch on Linux).
WINDOWS = os.name == "nt"


def block_reason() -> str:
    """What Windows shows on its shutdown screen while the backup runs."""
    return QCoreApplication.translate("Shutdown", "One-Stop Office is backing up its data…")


def _user32():
    if sys.platform != "win32":  # called on Windows only (and type checkers then know ctypes.WinDLL)
        raise OSError("Windows only")
    import ctypes
    from ctypes import wintypes

    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.ShutdownBlockReasonCreate.argtypes = [wintypes.HWND, wintypes.LPCWSTR]
    user32.ShutdownBlockReasonCreate.restype = wintypes.BOOL
    user32.ShutdownBlockReasonDestroy.argtypes = [wintypes.HWND]
    user32.ShutdownBlockReasonDestroy.restype = wintypes.BOOL
    return user32


@contextmanager
def shutdown_blocked(window: QWidget | None, reason: str) -> Iterator[None]:
    """On Windows, ask the session to wait for ``window`` with ``reason`` while the block runs; elsewhere
    (or without a window) nothing."""
    user32, hwnd = None, 0
    if WINDOWS and window is not None:
        try:
            user32, hwnd = _user32(), int(window.winId())
            if not user32.ShutdownBlockReasonCreate(hwnd, reason):
                log.warning("ShutdownBlockReasonCreate failed")
        except (OSError, AttributeError) as error:
            log.warning("No shutdown block reason: %s", error)
            user32 = None
    try:
        yield
    finally:
        if user32 is not None:
            user32.ShutdownBlockReasonDestroy(hwnd)


class ExitBackup(QObject):
    """Runs ``backup.at_exit()`` on the window's close, ``commitDataRequest`` and ``aboutToQuit``."""

    def __init__(
        self,
        app: QApplication,
        window: QWidget,
        ops: Operations,
        backup: AutoBackup,
        *,
        blocked: Callable[[QWidget | None, str], AbstractContextManager[object]] = shutdown_blocked,
    ) -> None:
        super().__init__(window)
        self.app, self.window, self.ops, self.backup, self.blocked = app, window, ops, backup, blocked
        self.made: list[BackupResult] = []
        self._running = False
        self._final = False
        app.commitDataRequest.connect(self._commit_data)
        app.aboutToQuit.connect(self._about_to_quit)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.run(final=True)
        return False

    def _commit_data(self, _manager) -> None:
        self.run(final=False)  # the session may still be cancelled: the worker stays

    def _about_to_quit(self) -> None:
        self.run(final=True)

    def run(self, *, final: bool = True) -> BackupResult | None:
        """Drain the worker, then back up if anything changed since the last backup. ``final``: the
        program ends (the worker is shut down, later triggers do nothing)."""
        if self._final or self._running:
            return None
        self._running = True
        try:
            with self.blocked(self.window, block_reason()):
                self.ops.wait()
                if final:
                    self.ops.shutdown()
                    self._final = True
                result = self.backup.at_exit()
        except Exception:
            log.exception("The backup at exit failed")
            result = None
        finally:
            self._running = False
        if result is not None:
            self.made.append(result)
            log.info("Backed up at exit: %s", ", ".join(path.name for path in result.copies))
        return result

    def detach(self) -> None:
        """Stop listening (the window is gone)."""
        for signal, slot in (
            (self.app.commitDataRequest, self._commit_data),
            (self.app.aboutToQuit, self._about_to_quit),
        ):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.window.removeEventFilter(self)
