"""One Một Cửa window per office database: a second start brings the first window forward and exits.

A slow first start (an antivirus scanning the program's libraries) invites a second double-click; two
copies would show two windows, two first-run wizards, and make two automatic backups of one database.

    guard = SingleInstance(default_data_dir(), database_url(db))
    if not guard.claim():          # another copy runs: it was asked to show its window
        return 0
    ...
    guard.release()                # at exit (a crash leaves a stale lock, which the next start takes over)

The first copy holds a `QLockFile` in the data folder (named after a hash of the data folder and the
database, so the demo office and the real one may run side by side) and listens on a `QLocalServer` of
the same hash, for this account only. A second copy fails to take the lock, connects, sends ``show``,
and exits quietly; the first raises and activates its front window (the login screen, a dialog, or the
main window). A lock left by a copy that crashed or was killed is stale (its process is gone) and is
taken over. On Windows the first copy also creates the named mutexes ``MotCuaAppMutex`` and
``Global\\MotCuaAppMutex``, which the installer's ``AppMutex`` looks for before it updates the program.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

__all__ = ["MUTEX_NAMES", "SingleInstance", "bring_forward", "instance_key"]

log = logging.getLogger(__name__)

#: True on Windows (a module flag, so tests can take the Windows branch on Linux).
WINDOWS = os.name == "nt"
#: The installer's AppMutex (installer/*.iss) names exactly these.
MUTEX_NAMES = ("MotCuaAppMutex", "Global\\MotCuaAppMutex")
SHOW = b"show\n"
#: How long a second copy keeps trying to reach a first one that is still starting.
CONNECT_SECONDS = 5.0


def instance_key(data_dir: str | os.PathLike[str], database: str) -> str:
    """A short name for (data folder, database): the lock file's and the local server's."""
    text = f"{Path(data_dir).absolute()}\n{database}"
    if WINDOWS:
        text = text.lower()  # C:\Users\An and c:\users\an are one folder
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def bring_forward() -> QWidget | None:
    """Raise and activate the window the clerk works in: a modal dialog, else the main window."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    visible = [widget for widget in app.topLevelWidgets() if widget.isVisible() and widget.isWindow()]
    target = (
        app.activeModalWidget()
        or next((w for w in visible if isinstance(w, QMainWindow)), None)
        or next(iter(visible), None)
    )
    if target is None:
        return None
    if target.isMinimized():
        target.showNormal()
    target.raise_()
    target.activateWindow()
    return target


def _kernel32():
    if sys.platform != "win32":  # called on Windows only (and type checkers then know ctypes.WinDLL)
        raise OSError("Windows only")
    import ctypes

    return ctypes.WinDLL("kernel32", use_last_error=True)


def _user32():
    if sys.platform != "win32":  # called on Windows only (and type checkers then know ctypes.WinDLL)
        raise OSError("Windows only")
    import ctypes

    return ctypes.WinDLL("user32", use_last_error=True)


class SingleInstance(QObject):
    """The lock and the local server of one office database; see the module's text."""

    #: A second copy asked this one to show its window (emitted after `bring_forward`).
    show_requested = Signal()

    def __init__(self, data_dir: str | os.PathLike[str], database: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(data_dir, database)
        self.folder = Path(data_dir)
        self.lock = QLockFile(str(self.folder / f"motcua-{self.key}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never because it is old
        self.server_name = f"motcua-{self.key}"
        self.server: QLocalServer | None = None
        self._mutexes: list[int] = []
        self.first = False

    # -- the first copy --------------------------------------------------------------------
    def claim(self) -> bool:
        """True when this is the first copy (it now holds the lock); False when another copy runs and was
        asked to show itself. A folder where no lock can be made (read-only) lets the program run."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("No single-instance lock: cannot make %s (%s)", self.folder, error.strerror)
            return True
        if self.lock.tryLock(0):
            self.first = True
            self._listen()
            self._mutexes = self._create_mutexes()
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("No single-instance lock in %s (%s)", self.folder, self.lock.error().name)
            return True
        log.info("Another copy runs on this database: asking it to show its window")
        self.ask_first_to_show()
        return False

    def _listen(self) -> None:
        QLocalServer.removeServer(self.server_name)  # a socket a crashed copy left behind (Unix)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            log.warning("The single-instance server did not start: %s", server.errorString())
            return
        server.newConnection.connect(self._connected)
        self.server = server

    def _connected(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if SHOW.strip() in bytes(socket.readAll().data()):
            bring_forward()
            self.show_requested.emit()

    def _create_mutexes(self) -> list[int]:
        if not WINDOWS:
            return []
        kernel32, handles = _kernel32(), []
        for name in MUTEX_NAMES:
            try:
                handle = kernel32.CreateMutexW(None, False, name)
            except (OSError, AttributeError) as error:
                log.warning("Mutex %s not created: %s", name, error)
                continue
            if handle:
                handles.append(handle)
            else:
                log.warning("Mutex %s not created (error %s)", name, kernel32.GetLastError())
        return handles

    def release(self) -> None:
        """Give up the lock, the server and the mutexes (at exit)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._mutexes:
            kernel32 = _kernel32()
            for handle in self._mutexes:
                kernel32.CloseHandle(handle)
            self._mutexes = []
        if self.first:
            self.lock.unlock()
            self.first = False

    # -- a second copy ---------------------------------------------------------------------
    def ask_first_to_show(self, seconds: float = CONNECT_SECONDS) -> bool:
        """Tell the running copy to show its window; False when it could not be reached in time."""
        if WINDOWS:  # let the first copy take the foreground: this one was started by the clerk
            info = self.lock.getLockInfo()  # (pid, host name, application name); empty when unreadable
            pid = info[0] if isinstance(info, tuple) and info and isinstance(info[0], int) else 0
            if pid:
                try:
                    _user32().AllowSetForegroundWindow(pid)
                except (OSError, AttributeError):
                    pass
        deadline = time.monotonic() + seconds
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(500):
                socket.write(SHOW)
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return True
            if time.monotonic() >= deadline:  # the first copy is still starting and not listening yet
                log.warning("The running copy did not answer: %s", socket.errorString())
                return False
            time.sleep(0.2)
