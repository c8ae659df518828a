"""Danh mục thủ tục: search, add, edit, withdraw or offer again, import and export (.csv, .xlsx)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from desktop.catalog import data
from desktop.catalog.catalog_model import CatalogModel
from desktop.catalog.procedure_dialog import ProcedureDialog
from desktop.file_dialogs import open_file_name, save_file_name
from desktop.operations import Operations
from desktop.shortcuts import focus_all, press_with, shortcut

__all__ = ["CatalogPanel", "choose_open_file", "choose_save_file"]

#: Why the export suggests Excel (shared with the hand-over page: one message in the catalogues).
XLSX_ADVICE = QT_TRANSLATE_NOOP(
    "Tables",
    "Excel (.xlsx) is recommended: it keeps identity numbers, phone numbers, "
    "dates and Vietnamese letters exactly. A CSV file is separated by the "
    'office\'s csv_separator setting (";" for Excel in Vietnamese).',
)


def choose_open_file(parent: QWidget, title: str) -> str:
    return open_file_name(parent, title, "Bảng tính (*.xlsx *.csv)")


def choose_save_file(parent: QWidget, title: str) -> str:
    return save_file_name(parent, title, "danh-muc-thu-tuc.xlsx", "Bảng tính (*.xlsx *.csv)")


class CatalogPanel(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = CatalogModel(self)
        self.search = QLineEdit(placeholderText=self.tr("Search by code or name, accents optional"))
        self.search.textChanged.connect(self.load)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # "10 ngày làm việc" whole
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the procedure's name takes the rest
        self.table.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.dialog: ProcedureDialog | None = None
        self._build()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for label, slot, keys in (
            (self.tr("&New…"), self.add, None),
            (self.tr("&Edit…"), lambda: self.edit(self._row()), None),
            (self.tr("&Withdraw / offer again"), self.toggle_offered, None),
            (self.tr("&Import…"), self.import_, None),
            (self.tr("E&xport…"), self.export, "Ctrl+E"),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            if slot == self.export:
                button.setToolTip(QCoreApplication.translate("Tables", str(XLSX_ADVICE)))
            buttons.addWidget(button)
            if keys:
                press_with(button, keys)
        shortcut(self, QKeySequence.StandardKey.Find, lambda: focus_all(self.search), self.tr("Search the catalog"))
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def load(self) -> None:
        text = self.search.text()
        self.ops.run(lambda s: data.fetch_catalog(s, text), on_done=self._show)

    def _show(self, rows: list[data.ProcedureData]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)

    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def add(self) -> None:
        self._open(ProcedureDialog(None, self))

    def edit(self, row: int) -> None:
        if row < 0:
            self._say(self.tr("Choose a procedure first."))
            return
        self._open(ProcedureDialog(self.model.row_at(row), self))

    def _open(self, dialog: ProcedureDialog) -> None:
        self.dialog = dialog
        dialog.submit = lambda values: self._save(dialog, values)
        dialog.open()

    def _save(self, dialog: ProcedureDialog, values: data.ProcedureData) -> None:
        def saved(result: data.ProcedureData) -> None:
            dialog.succeeded()
            self._say(self.tr("Saved %1.").replace("%1", result.code))
            self.load()

        self.ops.run(
            lambda s: data.save(s, values),
            write=True,
            on_done=saved,
            on_error=lambda error: dialog.failed(str(error)),
        )

    def toggle_offered(self) -> None:
        row = self._row()
        if row < 0:
            self._say(self.tr("Choose a procedure first."))
            return
        current = self.model.row_at(row)
        self.ops.run(
            lambda s: data.set_offered(s, current.code, not current.active), write=True, on_done=lambda _: self.load()
        )

    def import_(self) -> None:
        path = choose_open_file(self, self.tr("Import the catalog"))
        if path:
            self.ops.run(lambda s: data.import_file(s, path), write=True, on_error=self._failed, on_done=self._imported)

    def _imported(self, count: int) -> None:
        self._say(self.tr("Imported %n procedure(s).", "", count))
        self.load()

    def export(self) -> None:
        path = choose_save_file(self, self.tr("Export the catalog"))
        if path:
            self.ops.run(
                lambda s: data.export_file(s, path),
                on_error=self._failed,
                on_done=lambda n: self._say(self.tr("Exported %n procedure(s).", "", n)),
            )

    def _failed(self, error: UserError) -> None:
        self._say(str(error))
