"""Settings → Sao lưu (admin): the backups of this database, back up now, check one, restore one.

Everything is done by `core.backups.archive` on the worker thread: each new backup is checked after writing,
a restore refuses a damaged file or another office's key and first backs up what it replaces. After a
restore the window closes (`restored` signal): the database must be opened again, which migrates it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.backups.archive import BackupInfo, OtherOffice, create_backup, list_backups, restore_backup, verify_backup
from desktop.operations import Operations
from desktop.qt_typed import named
from desktop.report.actions import confirm
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["BackupPanel", "BackupsModel"]


class BackupsModel(RowTableModel[BackupInfo]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Made at"), self.tr("Kind"), self.tr("Dossiers"), self.tr("Size"), self.tr("File"))

    def cell_text(self, info: BackupInfo, column: int) -> str:
        kind = {
            "manual": self.tr("manual"),
            "daily": self.tr("daily"),
            "at-exit": self.tr("at exit"),
            "truoc-khoi-phuc": self.tr("before a restore"),
        }.get(info.kind, info.kind)
        size = f"{info.size / 1024 / 1024:.1f} MB" if info.size >= 1024 * 1024 else f"{info.size / 1024:.0f} kB"
        return (f"{info.created:%d/%m/%Y %H:%M}", kind, str(info.counts.get("dossier", 0)), size, info.path.name)[
            column
        ]

    def cell_tooltip(self, info: BackupInfo, column: int) -> str:
        return str(info.path)


class BackupPanel(QWidget):
    """The backups of the office database, for a caller who may back up and restore."""

    #: A restore finished: the composition root closes the window (the database must be reopened).
    restored = Signal(str)

    def __init__(self, ops: Operations, database, keys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPanel")
        self.ops, self.database, self.keys = ops, database, keys
        self.model = BackupsModel()
        self.table = named(QTableView(), "backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.create_button = named(QPushButton(self.tr("&Back up now")), "backupNow")
        self.check = named(QPushButton(self.tr("C&heck")), "checkBackup")
        self.restore = named(QPushButton(self.tr("&Restore…")), "restoreBackup")
        self.create_button.clicked.connect(self._create)
        self.check.clicked.connect(self._check)
        self.restore.clicked.connect(self._restore)
        note = QLabel(
            self.tr(
                "Backups are encrypted with the office's data key and checked after writing; 14 daily "
                "and 12 monthly ones are kept, beside the database and in the second folder if one "
                "is set (Settings → Office settings → Backups). A restore first backs up what it replaces."
            ),
            wordWrap=True,
        )
        self.message = named(QLabel(wordWrap=True), "backupMessage")
        self.key_store = named(QLabel(keys.describe() if keys is not None else "", wordWrap=True), "keyStore")
        self.key_store.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        for button in (self.create_button, self.check, self.restore):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.key_store)  # where this desk keeps the data key (issue 7 asks the app to say so)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        if keys is None:
            for button in (self.create_button, self.check, self.restore):
                button.setEnabled(False)
            self.message.setText(self.tr("No data key on this desk: backups cannot be made or read here."))
        self.refresh()

    def refresh(self) -> None:
        database = self.database
        self.ops.run(
            lambda _s: list_backups(database),
            on_done=self.model.set_rows,
            on_error=lambda e: self.message.setText(str(e)),
        )

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _create(self) -> None:
        database, keys = self.database, self.keys
        self.message.setText(self.tr("Backing up…"))

        def done(result) -> None:
            self.message.setText(
                self.tr("Backed up and checked: %1").replace("%1", ", ".join(str(p) for p in result.copies))
                + "".join("\n" + w for w in result.warnings)
            )
            self.refresh()

        self.ops.run(
            lambda _s: create_backup(database, keys), on_done=done, on_error=lambda e: self.message.setText(str(e))
        )

    def _check(self) -> None:
        info, keys = self.selected(), self.keys
        if info is None:
            self.message.setText(self.tr("Choose a backup in the list first."))
            return
        self.ops.run(
            lambda _s: verify_backup(info.path, keys),
            on_done=lambda checked: self.message.setText(
                self.tr("%1 is sound: it decrypts, passes the integrity check and its row counts match.").replace(
                    "%1", checked.path.name
                )
            ),
            on_error=lambda e: self.message.setText(str(e)),
        )

    def _restore(self) -> None:
        info = self.selected()
        if info is None:
            self.message.setText(self.tr("Choose a backup in the list first."))
            return
        if not confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the office's data with the backup of %1 (%2 dossiers)? What is there now is backed up "
                "first and no backup is deleted. The program closes afterwards: open it again."
            )
            .replace("%1", f"{info.created:%d/%m/%Y %H:%M}")
            .replace("%2", str(info.counts.get("dossier", 0))),
        ):
            return
        self._run_restore(info, other_office=False)

    def _run_restore(self, info: BackupInfo, *, other_office: bool) -> None:
        database, keys = self.database, self.keys

        def refused(error: Exception) -> None:
            if (
                isinstance(error, OtherOffice)
                and not other_office
                and confirm(
                    self,
                    self.tr("A backup of another office"),
                    str(error)
                    + "\n\n"
                    + self.tr("Restore it anyway, replacing this office's data? This is written into the audit trail."),
                )
            ):
                self._run_restore(info, other_office=True)
                return
            self.message.setText(str(error))

        self.message.setText(self.tr("Restoring…"))
        self.ops.run(
            lambda _s: restore_backup(database, info.path, keys, other_office=other_office),
            on_done=lambda before: self.restored.emit(str(before.copies[0]) if before.copies else ""),
            on_error=refused,
        )
