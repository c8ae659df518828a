"""Pick a procedure by typing part of its code or name, with or without accents; Up/Down/Enter choose.

The search itself is core's (`search_procedures`, through `desktop.operations`); the popup shows
what it found in its order (the completer does no filtering of its own).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from desktop.intake.data import ProcedureChoice, find_procedures
from desktop.operations import Operations

__all__ = ["ProcedurePicker"]

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
# Wait this long after the last key before searching.
DEBOUNCE_MS = 120


class ProcedurePicker(QLineEdit):
    """A line edit with a popup of matching procedures; emits ``chosen`` with the picked one."""

    chosen = Signal(object)  # ProcedureChoice

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.choice: ProcedureChoice | None = None
        self.found: list[ProcedureChoice] = []
        self.setPlaceholderText(self.tr("Type part of the name or code, e.g. khai sinh"))
        self.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        # an overloaded signal (str, QModelIndex): PySide6's stubs cannot index it
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(lambda _: self._timer.start())
        self.returnPressed.connect(self._enter)

    def search(self) -> None:
        """Ask core for the procedures matching the text now in the box."""
        query = self.text()
        if not query.strip():
            self._show([])
            return
        self.ops.run(lambda s: find_procedures(s, query), on_done=self._found)

    def _found(self, answer: tuple[str, list[ProcedureChoice]]) -> None:
        query, found = answer
        if query == self.text():  # drop answers to text the clerk has typed past
            self._show(found)

    def _show(self, found: list[ProcedureChoice]) -> None:
        self.found = found
        self.results.clear()
        for choice in found:
            item = QStandardItem(choice.label)
            item.setData(choice, CHOICE_ROLE)
            item.setToolTip(f"{choice.field} · {choice.duration}")
            self.results.appendRow(item)
        if found and self.hasFocus():
            self.completer_.complete()
            self._popup().setCurrentIndex(self.completer_.completionModel().index(0, 0))
        elif not found:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a QCompleter makes its own
        return popup

    def _activated(self, index: QModelIndex) -> None:
        choice = index.data(CHOICE_ROLE)
        if choice is not None:
            self.choose(choice)

    def _enter(self) -> None:
        if self.found and (self.choice is None or self.text() != self.choice.label):
            self.choose(self.found[0])

    def choose(self, choice: ProcedureChoice) -> None:
        """Take ``choice`` as the dossier's procedure."""
        self._timer.stop()
        self._popup().hide()
        self.choice = choice
        self.setText(choice.label)
        self.setCursorPosition(0)
        self.chosen.emit(choice)

    def offered(self) -> list[str]:
        """The procedure names the popup offers now."""
        return [c.name for c in self.found]

    def reset(self) -> None:
        self._timer.stop()
        self.choice = None
        self.found = []
        self.results.clear()
        self.clear()

    def focusOutEvent(self, event) -> None:
        """Leaving the box without a new pick shows the chosen procedure again."""
        super().focusOutEvent(event)
        if self.choice is not None and not self._popup().isVisible():
            self.setText(self.choice.label)
            self.setCursorPosition(0)
