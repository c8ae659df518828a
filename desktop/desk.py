"""What the window needs from the PC before and around its work (called by the composition root).

    desk = start_desk(app, db, demo)    # the log, unexpected errors told, one copy per database
    if desk is None: return 0           # another copy runs: its window was brought forward
    ...
    desk.show_notes(window)             # e.g. data outside the profile that could not be made private
    ending = desk.watch_exit(app, window, ops, backup)   # the at-exit backup, also at Windows shutdown
    ...
    desk.end()

The pieces live in `core.logs`, `desktop.error_report`, `desktop.single_instance`, `desktop.shutdown` and
`core.security.private_files`; this module only puts them in order, so `desktop/app.py` stays short.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from core.logs import setup_logging
from core.places import database_url, default_data_dir
from core.security.private_files import take_warnings
from desktop import error_report
from desktop.messages import show_error
from desktop.shutdown import ExitBackup
from desktop.single_instance import SingleInstance

if TYPE_CHECKING:  # annotations only: the desk starts before the login window paints (issue 17)
    from desktop.auto_backup import AutoBackup
    from desktop.operations import Operations

__all__ = ["Desk", "database_target", "start_desk"]

log = logging.getLogger(__name__)


def database_target(db: str | None, demo: bool) -> str:
    """The database the window will open, as the single-instance key names it (a URL or a file)."""
    if demo:
        return "demo"
    return database_url(db)


@dataclass
class Desk:
    guard: SingleInstance
    log_file: Path | None

    def show_notes(self, window: QWidget) -> None:
        """Warnings core left for the person (private files that could not be made private), once."""
        notes = take_warnings()
        for note in notes:
            log.warning("%s", note)
        if notes:
            show_error(window, "\n\n".join(notes))

    def watch_exit(self, app: QApplication, window: QWidget, ops: Operations, backup: AutoBackup) -> ExitBackup:
        """The at-exit backup on the window's close, Windows' log-off or shutdown, or the end of the loop."""
        return ExitBackup(app, window, ops, backup)

    def end(self) -> None:
        """At exit: the lock goes (a second start is the first again)."""
        self.guard.release()
        log.info("The window closes")


def start_desk(app: QApplication, db: str | None, demo: bool) -> Desk | None:
    """Open the log and route unexpected errors to it and to the clerk; then claim the database for this
    copy. None when another copy already works on it (it was asked to show its window)."""
    data_dir = default_data_dir()
    log_file = setup_logging(data_dir)
    error_report.install(app)
    guard = SingleInstance(data_dir, database_target(db, demo), parent=app)
    if not guard.claim():
        return None
    log.info("The window starts%s", " (demo office)" if demo else "")
    return Desk(guard, log_file)
