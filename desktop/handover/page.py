"""Chuyển hệ thống tỉnh: the dossiers still to be entered in the provincial system, and getting them there.

Keyboard-fast: the provincial-code field has the focus; ↑/↓ choose the dossier, Enter records the
code and moves on to the next one. Export (xlsx, CSV, JSON; in the office's layout or the national
portal's terms, chosen beside the button), the printed desk list, reconciliation with
the province's export (columns mapped once, then remembered) and the outage switch are here too.
Every read and write goes through `desktop.handover.data` on the operations worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from desktop.catalog.catalog_panel import XLSX_ADVICE
from desktop.file_dialogs import open_file_name, save_file_name
from desktop.handover import data
from desktop.handover.mapping_dialog import ask_mapping
from desktop.handover.mode_box import ModeBox
from desktop.handover.result_view import ReconcileResultView
from desktop.handover.table_model import HandoverTableModel
from desktop.lifecycle.documents import DocumentOutput, default_output
from desktop.operations import Operations
from desktop.qt_typed import label_for, named
from desktop.shortcuts import press_with

__all__ = ["HandoverPage", "ask_open_file", "ask_save_file"]


def ask_open_file(parent: QWidget) -> str:
    caption = QCoreApplication.translate("HandoverPage", "Provincial export")
    return open_file_name(parent, caption, "Excel, CSV (*.xlsx *.csv)")


# The save dialog's file types for each export layout (the national one has no CSV).
FILE_TYPES = {"office": "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)", "national": "Excel (*.xlsx);;JSON (*.json)"}


def ask_save_file(parent: QWidget, suggested: str, file_types: str = FILE_TYPES["office"]) -> str:
    caption = QCoreApplication.translate("HandoverPage", "Export the list")
    return save_file_name(parent, caption, suggested, file_types)


class _CodeEdit(QLineEdit):
    """The provincial-code field: ↑/↓ move through the list without leaving it."""

    step = Signal(int)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class HandoverPage(QWidget):
    """The list, the entry field, the tools; `count_changed` tells the main window the new count."""

    count_changed = Signal(int)

    def __init__(
        self,
        ops: Operations,
        *,
        output: DocumentOutput | None = None,
        open_file: Callable[[QWidget], str] = ask_open_file,
        save_file: Callable[[QWidget, str, str], str] = ask_save_file,
        choose_columns=ask_mapping,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.today = ops, today
        self.output = output or default_output()
        self.open_file, self.save_file, self.choose_columns = open_file, save_file, choose_columns
        self.model = HandoverTableModel(self)
        self.mode_box = ModeBox()
        self.mode_box.mode_chosen.connect(lambda m: self._write(lambda s: data.switch_mode(s, m)))
        self.mode_box.outage_switched.connect(lambda on: self._write(lambda s: data.switch_outage(s, on)))
        self.count = named(QLabel(), "handoverCount")
        self.table = self._make_table()
        self.code = named(_CodeEdit(placeholderText=self.tr("code given by the provincial system")), "provinceCode")
        self.code.returnPressed.connect(self.mark_current)
        self.code.step.connect(self._step)
        self.message = named(QLabel(wordWrap=True), "handoverMessage")
        self.result = ReconcileResultView()
        self.result.hide()
        self.layout_box = self._make_layout_box()
        self.last_file = ""
        self._layout()
        self._loaded = False

    def _make_table(self) -> QTableView:
        table = named(QTableView(), "handoverTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column, width in ((0, 170), (1, 120), (2, 170), (3, 110), (5, 110), (6, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(HandoverTableModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _: self.code.setFocus())
        return table

    def _make_layout_box(self) -> QComboBox:
        box = named(QComboBox(), "layoutBox")
        box.addItem(self.tr("Office layout"), "office")
        box.addItem(self.tr("National portal layout"), "national")
        box.setAccessibleName(self.tr("Export layout"))
        box.setToolTip(
            self.tr(
                "Layout of the exported list: the office's own columns, or the national portal's "
                "field names and status codes (resources/handover/national.json)"
            )
        )
        return box

    def _button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        button = named(QPushButton(text), name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        entry = QHBoxLayout()
        entry.addWidget(label_for(self.tr("Provincial c&ode of the selected dossier:"), self.code))
        entry.addWidget(self.code, 1)
        entry.addWidget(self._button(self.tr("Mar&k entered (Enter)"), self.mark_current, "markButton"))
        tools = QHBoxLayout()
        tools.addWidget(self.count, 1)
        self.remap_button = self._button(self.tr("Column &mapping…"), self.remap, "remapButton")
        self.remap_button.setEnabled(False)
        keys: dict[str, str | QKeySequence.StandardKey] = {
            "exportButton": "Ctrl+E",
            "printButton": QKeySequence.StandardKey.Print,
            "refreshButton": QKeySequence.StandardKey.Refresh,
        }
        for button in (
            self._button(self.tr("&Export…"), self.export, "exportButton"),
            self._button(self.tr("&Print desk list"), self.print_list, "printButton"),
            self._button(self.tr("Re&concile with provincial file…"), self.reconcile, "reconcileButton"),
            self.remap_button,
            self._button(self.tr("Refresh"), self.refresh, "refreshButton"),
        ):
            if button.objectName() == "exportButton":
                tools.addWidget(self.layout_box)
            tools.addWidget(button)
            if button.objectName() == "exportButton":
                button.setToolTip(QCoreApplication.translate("Tables", str(XLSX_ADVICE)))
            if button.objectName() in keys:
                press_with(button, keys[button.objectName()])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.result)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode_box)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addLayout(entry)
        layout.addWidget(self.message)

    # -- loading --------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self, keep_row: int = 0) -> None:
        self.ops.run(data.fetch_view, on_done=lambda view: self._show(view, keep_row))

    def _show(self, view: data.HandoverView, keep_row: int = 0) -> None:
        self.model.set_rows(view.rows)
        self.mode_box.show_mode(view.mode)
        self.count.setText(
            self.tr("%n dossier(s) to enter in the provincial system, oldest first", "", view.count)
            if view.count
            else self.tr("Nothing to enter: every dossier is in the provincial system.")
        )
        if view.rows:
            self.table.selectRow(min(keep_row, len(view.rows) - 1))
        self.count_changed.emit(view.count)
        self.code.setFocus()

    def _write(self, fn, done: Callable[[object], None] | None = None) -> None:
        def landed(result: object) -> None:
            if done is not None:
                done(result)
            self.refresh(self._current_row())

        self.ops.run(fn, write=True, on_done=landed, on_error=self._failed)

    def _failed(self, error: UserError) -> None:
        self._say(str(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1d5a12;")
        self.message.setText(text)

    # -- marking --------------------------------------------------------------------------
    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def _step(self, delta: int) -> None:
        if self.model.rowCount():
            self.table.selectRow(max(0, min(self.model.rowCount() - 1, self._current_row() + delta)))

    def mark_current(self) -> None:
        """Record the typed provincial code for the selected dossier, then go on to the next one."""
        if not self.model.rowCount():
            return
        code, province = self.model.row(self._current_row()).code, self.code.text()

        def marked(_: object) -> None:
            self.code.clear()
            self._say(self.tr("%1 recorded as entered (%2).").replace("%1", code).replace("%2", province.strip()))

        self._write(lambda s: data.mark(s, code, province), marked)

    # -- files ----------------------------------------------------------------------------
    def export(self) -> None:
        layout = self.layout_box.currentData()
        stem = "ho-so-dvcqg" if layout == "national" else "cho-nhap-tinh"
        path = self.save_file(self, f"{stem}-{dt.date.today():%Y%m%d}.xlsx", FILE_TYPES[layout])
        if path:
            self.ops.run(
                lambda s: data.export_to(s, path, layout),
                on_error=self._failed,
                on_done=lambda n: self._say(self.tr("Exported %n dossier(s) to %1", "", n).replace("%1", path)),
            )

    def print_list(self) -> None:
        name = f"danh-sach-cho-nhap-{dt.date.today():%Y%m%d}.pdf"
        self.ops.run(
            lambda s: data.desk_list_pdf(s, self.today),
            on_error=self._failed,
            on_done=lambda pdf: self._say(self.output.show(self, self.tr("Desk list"), pdf, name)),
        )

    def reconcile(self) -> None:
        path = self.open_file(self)
        if path:
            self.last_file = path
            self.remap_button.setEnabled(True)
            self.ops.run(lambda s: data.file_columns(s, path), on_done=self._columns, on_error=self._failed)

    def remap(self) -> None:
        """Choose the columns again for the last file, and reconcile it again."""
        if self.last_file:
            self.ops.run(
                lambda s: data.file_columns(s, self.last_file),
                on_error=self._failed,
                on_done=lambda choice: self._columns(choice, ask=True),
            )

    def _columns(self, choice: data.ColumnChoice, ask: bool = False) -> None:
        mapping = choice.mapping
        if ask or not choice.remembered:
            mapping = self.choose_columns(self, list(data.FIELDS), choice.header, choice.mapping)
            if mapping is None:
                return
        self.ops.run(
            lambda s: data.run_reconcile(s, choice.path, mapping),
            write=True,
            on_done=self._reconciled,
            on_error=self._failed,
        )

    def _reconciled(self, result) -> None:
        self.result.show_result(result)
        self.result.show()
        self._say("")  # the summary is above the result's tabs
        self.refresh()
