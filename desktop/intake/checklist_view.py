"""The checklist table: a combo for the kind of copy, a spin box for the count, check boxes by Space."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.attachments.panel import dropped_paths
from desktop.core_words import word
from desktop.intake.checklist_model import ChecklistModel

__all__ = ["ChecklistView"]


class _Editors(QStyledItemDelegate):
    """Kind: a combo of the catalog's kinds; count: a spin box from 1."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if index.column() == ChecklistModel.KIND:
            combo = QComboBox(parent)
            for kind in ChecklistModel.KINDS:
                combo.addItem(word(kind), kind)
            return combo
        if index.column() == ChecklistModel.COUNT:
            spin = QSpinBox(parent)
            spin.setRange(1, 99)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class ChecklistView(QTableView):
    """The table of `ChecklistModel`; the name column stretches and wraps. Files dropped on a row:
    ``files_dropped(row, paths)``."""

    files_dropped = Signal(int, list)

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setModel(model)
        self.setItemDelegate(_Editors(self))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.NAME, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._start)

    def _start(self) -> None:
        if self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, ChecklistModel.SUBMITTED))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        row = self.indexAt(event.position().toPoint()).row()
        if dropped_paths(event) and row >= 0:
            self.selectRow(row)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths, row = dropped_paths(event), self.indexAt(event.position().toPoint()).row()
        if not paths or row < 0:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(row, paths)
