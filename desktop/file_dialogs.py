"""Every open and save dialog of the window starts in the user's Documents folder.

Never in the working folder: the Start-menu shortcut starts the program in ``C:\\Program Files\\MotCua``,
where a clerk cannot save and would never look for a file. The first dialog of a session opens in
Documents (``QStandardPaths.DocumentsLocation``; the home folder when there is none); after that, each
dialog opens where the clerk last opened or saved a file in this session.

    path = save_file_name(parent, caption, "bieu-II.06a-2025-01.xlsx", "Excel (*.xlsx)")   # "" cancelled
    path = open_file_name(parent, caption, "Excel, CSV (*.xlsx *.csv)")
    paths = open_file_names(parent, caption, "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png)", start=scan_folder)
    folder = folder_name(parent, caption, current)                                          # "" cancelled

Pages keep their own small ``ask_…`` functions (which tests replace); those call these.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = [
    "folder_name",
    "forget",
    "open_file_name",
    "open_file_names",
    "remember",
    "save_file_name",
    "start_folder",
    "start_path",
]

_last_folder: str | None = None


def _documents() -> Path | None:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_absolute() and Path(found).is_dir() else None


def start_folder() -> Path:
    """Where the next dialog opens: the last folder used in this session, else Documents, else home."""
    if _last_folder and Path(_last_folder).is_dir():
        return Path(_last_folder)
    return _documents() or Path(QDir.homePath())


def start_path(suggested: str = "") -> str:
    """The folder (and the suggested file name in it) a dialog starts with; always an absolute path."""
    folder = start_folder()
    return str(folder / Path(suggested).name) if suggested else str(folder)


def remember(path: str) -> str:
    """Note the folder of ``path`` (a file the clerk chose) for the next dialog; returns ``path``."""
    global _last_folder
    if path:
        _last_folder = str(Path(path).parent)
    return path


def forget() -> None:
    """Back to Documents for the next dialog (tests; a new session)."""
    global _last_folder
    _last_folder = None


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    """The save dialog, starting in `start_folder` with ``suggested`` as the name; "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, start_path(suggested), filters)
    return remember(path)


def open_file_name(parent: QWidget | None, caption: str, filters: str) -> str:
    """The open dialog, starting in `start_folder`; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, start_path(), filters)
    return remember(path)


def open_file_names(parent: QWidget | None, caption: str, filters: str, *, start: str = "") -> list[str]:
    """The open dialog for several files, starting in ``start`` when it is a folder, else in `start_folder`;
    [] when cancelled."""
    folder = start if start and Path(start).is_dir() else start_path()
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, folder, filters)
    if paths:
        remember(paths[0])
    return list(paths)


def folder_name(parent: QWidget | None, caption: str, current: str = "") -> str:
    """The folder dialog, starting at ``current`` when it exists, else in `start_folder`; "" when cancelled."""
    start = current if current and Path(current).is_dir() else str(start_folder())
    return QFileDialog.getExistingDirectory(parent, caption, start)
