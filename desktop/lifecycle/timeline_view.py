"""The dossier's history as a table (when, who, what, detail) and its pauses as lines of text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from core.work_calendar import Pause
from desktop.lifecycle.data import EventLine
from desktop.lifecycle.wording import event_detail, event_title, fill, moment

translate = QCoreApplication.translate
__all__ = ["TimelineTable", "pauses_text"]


class TimelineTable(QTableWidget):
    """Read-only; one row per event, oldest first; a long detail wraps onto more lines."""

    WHEN, WHO, WHAT, DETAIL = range(4)

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setObjectName("timeline")
        self.setHorizontalHeaderLabels(
            [
                translate("Lifecycle", "When"),
                translate("Lifecycle", "Who"),
                translate("Lifecycle", "Step"),
                translate("Lifecycle", "Detail"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column, width in ((self.WHEN, 130), (self.WHO, 110), (self.WHAT, 200)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.DETAIL, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def show_events(self, events: Sequence[EventLine]) -> None:
        self.setRowCount(len(events))
        for row, event in enumerate(events):
            detail = event_detail(event)
            cells = (f"{event.at:%H:%M %d/%m/%Y}", event.actor, event_title(event.kind), detail)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, event.kind)
                self.setItem(row, column, item)
        self.resizeRowsToContents()

    def kinds(self) -> list[str]:
        return [self._item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(self.rowCount())]

    def texts(self, column: int) -> list[str]:
        return [self._item(row, column).text() for row in range(self.rowCount())]

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is filled when the events are shown
        return item


def pauses_text(pauses: Sequence[Pause]) -> str:
    """One line per pause: from – to (or "still waiting"): reason."""
    if not pauses:
        return translate("Lifecycle", "No pause: the clock has run without stopping.")
    lines = []
    for pause in pauses:
        until = moment(pause.end) if pause.end else translate("Lifecycle", "still waiting")
        lines.append(fill(translate("Lifecycle", "From %1 to %2: %3"), moment(pause.start), until, pause.reason))
    return "\n".join(lines)
