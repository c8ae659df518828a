"""Colours and names of the day classes of the year grid, and the legend that explains them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.work_calendar.data import DayClass

__all__ = ["BACKGROUND", "FOREGROUND", "UNCONFIRMED_COLOR", "Legend", "Swatch", "class_label"]

BACKGROUND = {
    DayClass.WORKING: QColor("#ffffff"),
    DayClass.WEEKEND: QColor("#e6e6e6"),
    DayClass.OFF: QColor("#f6c1bb"),
    DayClass.EXTRA_WORKING: QColor("#bfe3b4"),
}
FOREGROUND = {
    DayClass.WORKING: QColor("#202020"),
    DayClass.WEEKEND: QColor("#707070"),
    DayClass.OFF: QColor("#8a1c12"),
    DayClass.EXTRA_WORKING: QColor("#1d5a12"),
}
UNCONFIRMED_COLOR = QColor("#d98200")


def class_label(kind: DayClass) -> str:
    """The name of a day class, as the legend and the day panel show it."""
    labels = {
        DayClass.WORKING: QCoreApplication.translate("DayStyle", "Working day"),
        DayClass.WEEKEND: QCoreApplication.translate("DayStyle", "Weekly day off"),
        DayClass.OFF: QCoreApplication.translate("DayStyle", "Holiday / day off"),
        DayClass.EXTRA_WORKING: QCoreApplication.translate("DayStyle", "Make-up working day"),
    }
    return labels[kind]


class Swatch(QWidget):
    """A small coloured square, dashed when it stands for unconfirmed days."""

    def __init__(self, color: QColor, *, dashed: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color, self._dashed = color, dashed
        self.setFixedSize(QSize(18, 14))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = QRect(1, 1, self.width() - 2, self.height() - 2)
        painter.fillRect(rect, self._color if not self._dashed else QColor("#ffffff"))
        pen = QPen(UNCONFIRMED_COLOR if self._dashed else QColor("#999999"), 2 if self._dashed else 1)
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect)


class Legend(QWidget):
    """One line: a swatch and a name for each day class, and the unconfirmed mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind in DayClass:
            layout.addWidget(Swatch(BACKGROUND[kind]))
            layout.addWidget(QLabel(class_label(kind)))
            layout.addSpacing(10)
        layout.addWidget(Swatch(QColor("#ffffff"), dashed=True))
        layout.addWidget(QLabel(self.tr("Not confirmed yet")))
        layout.addStretch(1)
