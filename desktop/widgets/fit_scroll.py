"""A scroll area that asks for its whole content: shown whole on a large screen, scrolled on a small one.

A plain `QScrollArea` asks for little room, and a large widget outside one makes the window grow past a
1366×768 screen (or past a screen at 125–150 % scaling). ``FitScrollArea(widget)`` keeps ``widget`` at
its own size; ``FitScrollArea(page, fill=True)`` stretches a page to the room there is and scrolls only
below the page's minimum size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

__all__ = ["FitScrollArea"]


class FitScrollArea(QScrollArea):
    def __init__(self, widget: QWidget, parent: QWidget | None = None, *, fill: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(fill)
        if not fill:
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(widget)
        if not fill:
            widget.resize(widget.sizeHint().expandedTo(widget.minimumSize()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        widget = self.widget()
        whole = widget.sizeHint().expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return whole + QSize(bar, bar) + QSize(2, 2) * self.frameWidth()
