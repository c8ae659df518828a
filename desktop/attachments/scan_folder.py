"""The office scanner's folder (the setting ``scan_folder``): new PDF, JPEG and PNG files there are offered for
the open dossier, and moved into its subfolder "Đã đính kèm" once attached.

    watcher = ScanFolderWatcher()
    watcher.set_folder(r"\\\\server\\scans")       # "" = off
    watcher.changed.connect(lambda: bar.set_files(watcher.offered()))
    …core attached them…
    line = watcher.attached(paths)                 # "" when every file was moved

"New" means a file that appeared while the desk runs: what was in the folder when watching began is not
offered (it may be another citizen's papers); "Attach…" opens in the scan folder for those. A scanner
writes a file in several steps, so a file is offered only when its size and time stood still between two
looks `settle_ms` apart and it can be opened for reading (Windows refuses that while the scanner still
writes). A `QFileSystemWatcher` says when the folder changes; a slow poll covers only a folder it cannot
watch (a share, a stick not plugged in yet), since a look at an unreachable share can block the window.
Files are never deleted: an attached one is moved, and when that fails (the file held open by a PDF reader
or an antivirus on Windows) the desk says so in one line and leaves it, and does not offer it again.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from desktop.attachments.data import is_paper_name

__all__ = ["ATTACHED_FOLDER", "ScanFolderWatcher", "move_aside"]

#: Where attached scans go, inside the scan folder.
ATTACHED_FOLDER = "Đã đính kèm"
_Key = tuple[str, int, int]  # name, size, modification time: a file as it was seen


def move_aside(path: Path) -> Path:
    """Move ``path`` into `ATTACHED_FOLDER` beside it, never over another file ("a (2).pdf"); returns where
    it went. Raises `OSError` when it cannot be moved."""
    folder = path.parent / ATTACHED_FOLDER
    folder.mkdir(exist_ok=True)
    target, number = folder / path.name, 2
    while target.exists():
        target = folder / f"{path.stem} ({number}){path.suffix}"
        number += 1
    os.rename(path, target)
    return target


class ScanFolderWatcher(QObject):
    """Watches one folder; ``changed`` when the files on offer (`offered`) change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, settle_ms: int = 1200, poll_ms: int = 4000) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._soon)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._settle.timeout.connect(self.rescan)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.rescan)
        self._old: set[_Key] = set()  # there when watching began
        self._done: set[_Key] = set()  # attached (moved or not) or set aside by the clerk
        self._seen: dict[str, _Key] = {}  # the last look at each candidate
        self._ready: dict[str, Path] = {}  # on offer, in the order they became ready

    # -- the folder -----------------------------------------------------------------------
    def set_folder(self, folder: str | Path | None) -> None:
        """Watch ``folder`` ("" or None: off); its present files are not new."""
        folder = Path(folder) if folder else None
        if folder == self.folder:
            return
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self.folder = folder
        self._seen, self._ready, self._done = {}, {}, set()
        self._old = set(self._look().values()) if folder else set()
        watched = folder is not None and folder.is_dir() and self._watcher.addPath(str(folder))
        # the poll only where the system does not tell (a share it cannot watch, a stick not plugged in yet): a
        # look at an unreachable share can block, so a watched folder is looked at only when it changed
        self._poll.start() if folder is not None and not watched else self._poll.stop()
        self._settle.stop()
        self.changed.emit()

    def is_on(self) -> bool:
        return self.folder is not None

    def offered(self) -> list[Path]:
        """The new files ready to attach, oldest first."""
        return list(self._ready.values())

    def _look(self) -> dict[str, _Key]:
        """The candidate files in the folder now (top level only: "Đã đính kèm" is a subfolder)."""
        found: dict[str, _Key] = {}
        if self.folder is None:
            return found
        try:
            entries = list(os.scandir(self.folder))
        except OSError:  # the USB stick or the share is gone: nothing on offer until it is back
            return found
        for entry in entries:
            name = entry.name
            if name.startswith((".", "~")) or not is_paper_name(name):
                continue
            try:
                if not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:
                continue
            found[name] = (name, info.st_size, info.st_mtime_ns)
        return found

    def _soon(self, _path: str = "") -> None:
        self._settle.start()

    def rescan(self) -> None:
        """Look at the folder again: offer the files that stood still, keep watching the others."""
        if self.folder is None:
            return
        if not self.folder.is_dir():
            self._poll.start()  # gone: look now and then until it is back
        elif str(self.folder) not in self._watcher.directories() and self._watcher.addPath(str(self.folder)):
            self._poll.stop()  # back after the share or the stick was away
        now = self._look()
        before = list(self._ready)
        self._ready = {
            name: path for name, path in self._ready.items() if name in now and now[name] == self._seen.get(name)
        }
        waiting = False
        for name, key in now.items():
            if key in self._old or key in self._done or name in self._ready:
                continue
            if self._seen.get(name) == key and key[1] > 0 and self._readable(self.folder / name):
                self._ready[name] = self.folder / name
            else:
                waiting = True
        self._seen = now
        if waiting:
            self._settle.start()
        if list(self._ready) != before:
            self.changed.emit()

    @staticmethod
    def _readable(path: Path) -> bool:
        try:
            with open(path, "rb") as handle:
                handle.read(1)
        except OSError:
            return False
        return True

    # -- after the clerk chose ------------------------------------------------------------
    def dismiss(self, paths: Iterable[Path | str]) -> None:
        """Stop offering ``paths`` (they stay in the folder)."""
        self._forget(paths)
        self.changed.emit()

    def _forget(self, paths: Iterable[Path | str]) -> None:
        for path in paths:
            name = Path(path).name
            if name in self._seen:
                self._done.add(self._seen[name])
            self._ready.pop(name, None)

    def attached(self, paths: Iterable[Path | str]) -> str:
        """Move the attached ``paths`` into `ATTACHED_FOLDER`; "" when all moved, else the one line that
        says which stayed and why. They are not offered again either way."""
        moved = [Path(p) for p in paths]
        self._forget(moved)
        stuck = []
        for path in moved:
            try:
                move_aside(path)
            except FileNotFoundError:
                continue  # already moved (another desk watching the same share)
            except OSError:
                stuck.append(path.name)
        self.changed.emit()
        if not stuck:
            return ""
        text = QCoreApplication.translate(
            "ScanFolder",
            "Attached, but %1 could not be moved into the folder "
            '"%2" (it is open in another program); it stays in the scan folder.',
        )
        return text.replace("%1", ", ".join(stuck)).replace("%2", ATTACHED_FOLDER)
