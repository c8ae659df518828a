"""Automatic backups from the window: once a day when the app starts, and at exit if anything changed.

At start, the scratch folders of a backup that was cut off (the PC switched off mid-backup: each holds
a plain copy of the database) are removed first, beside the database and in the data folder. The at-exit
backup is triggered by `desktop.shutdown.ExitBackup` (window closed, Windows logging off or shutting down).

The key store is chosen once by the composition root (the credential store, or the passphrase key
file asked for in a dialog on a Linux desk without one); the backups themselves are core's
(`core.backups.backup_if_due`). A failed backup never stops the clerk: it is said in the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from core.errors import UserError
from core.places import default_data_dir
from core.security.key_store import KeyStore, choose_key_store

if TYPE_CHECKING:  # annotations only: `ask_key_store` runs before the login window, which paints before SQLAlchemy
    from core.backups.archive import BackupResult
    from core.storage import Database
    from desktop.operations import Operations

__all__ = ["AutoBackup", "ask_key_store", "ask_passphrase"]

log = logging.getLogger(__name__)


def ask_key_store(parent: QWidget | None) -> KeyStore | None:
    """The office key store; on a desk without a credential store, ask for the key file's passphrase."""
    try:
        return choose_key_store(default_data_dir())
    except UserError as error:
        return ask_passphrase(parent, error)


def ask_passphrase(parent: QWidget | None, error: UserError) -> KeyStore | None:
    """The key file's passphrase, asked for with ``error`` (why: no credential store on this desk); None if
    the person gave none or a wrong one (the window works on, without backups)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("AutoBackup", "Passphrase of the data key"),
        str(error),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not text:
        return None
    try:
        return choose_key_store(default_data_dir(), passphrase=text)
    except UserError as again:
        log.warning("%s", again)
        return None


class AutoBackup:
    """Runs the daily backup through the worker, and the at-exit one before the database closes."""

    def __init__(self, ops: Operations, database: Database, keys: KeyStore | None, say: Callable[[str], None]) -> None:
        self.ops, self.database, self.keys, self.say = ops, database, keys, say

    def at_start(self) -> None:
        from core.backups.archive import backup_if_due  # after the login (see the imports above)

        self.remove_stale_scratch()
        if self.keys is None:
            self.say(QCoreApplication.translate("AutoBackup", "Automatic backups are off: no data key."))
            return
        keys, database = self.keys, self.database
        self.ops.run(lambda _session: backup_if_due(database, keys), on_done=self._done, on_error=self._failed)

    def remove_stale_scratch(self) -> list:
        """Delete what killed backups left (plain copies of the database); returns the folders removed."""
        from core.backups.archive import remove_stale_scratch  # after the login (see the imports above)

        if self.database.path is None:
            return []
        removed = remove_stale_scratch(self.database.path.parent, default_data_dir())
        for folder in removed:
            log.info("Removed the scratch folder of an interrupted backup: %s", folder.name)
        return removed

    def at_exit(self) -> BackupResult | None:
        from core.backups.archive import backup_if_due  # after the login (see the imports above)

        if self.keys is None:
            return None
        try:
            return backup_if_due(self.database, self.keys, at_exit=True)
        except UserError as error:  # the window is closing: the log is all that is left
            log.warning("%s", error)
            return None

    def _done(self, result: BackupResult | None) -> None:
        if result is not None:
            where = ", ".join(str(path.parent) for path in result.copies)
            self.say(QCoreApplication.translate("AutoBackup", "Backed up and checked: %1").replace("%1", where))
            for warning in result.warnings:
                self.say(warning)

    def _failed(self, error: UserError) -> None:
        self.say(QCoreApplication.translate("AutoBackup", "The automatic backup failed: %1").replace("%1", str(error)))
