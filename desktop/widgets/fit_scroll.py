"""A scroll area that asks for its whole content: shown whole on a large screen, scrolled on a small one.

A plain `QScrollArea` asks for little room, and a large widget outside one makes the window grow past a
1366×768 screen (or past a screen at 125–150 % scaling). ``FitScrollArea(widget)`` keeps ``widget`` at
its own size; ``FitScrollArea(page, fill=True)`` stretches a page to the room there is and scrolls only
below the page's minimum size. (Not Qt's ``widgetResizable``: for a page holding word-wrapped labels it
sizes the page by its *preferred* height for the width, so a page that fits would still scroll.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

__all__ = ["FitScrollArea"]


class FitScrollArea(QScrollArea):
    def __init__(self, widget: QWidget, parent: QWidget | None = None, *, fill: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.fill = fill
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(widget)
        if fill:
            widget.installEventFilter(self)  # its minimum changes as its content does
            self._fit()
        else:
            widget.resize(widget.sizeHint().expandedTo(widget.minimumSize()))

    def _fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        widget.resize(self.viewport().size().expandedTo(least))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fill:
            self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.fill and watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        whole = widget.sizeHint().expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return whole + QSize(bar, bar) + QSize(2, 2) * self.frameWidth()
