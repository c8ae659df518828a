"""A horizontal header with merged group headings over runs of columns, as on the printed form.

Section texts of grouped columns start with an empty line; the band over them is painted across
the run with the style's own header look, and its tooltip is the group's full text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QToolTip, QWidget

__all__ = ["GroupedHeader"]


class GroupedHeader(QHeaderView):
    """`set_groups([(first, last, text, tooltip), …])` merges the top line over columns first…last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.groups: list[tuple[int, int, str, str]] = []
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_groups(self, groups) -> None:
        self.groups = list(groups)
        self.viewport().update()

    def band_height(self) -> int:
        """The merged band's height: down to the end of the sections' empty first line."""
        line = self.fontMetrics().height()
        return max(line + 4, (self.height() - 3 * line) // 2 + line)

    def group_rect(self, first: int, last: int) -> QRect:
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        return QRect(left, 0, right - left, self.band_height())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        for first, last, text, _ in self.groups:
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.rect = self.group_rect(first, last)
            option.text = text
            option.textAlignment = Qt.AlignmentFlag.AlignCenter
            option.section = first
            option.position = QStyleOptionHeader.SectionPosition.Middle
            self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.end()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            for first, last, _, tooltip in self.groups:
                if self.group_rect(first, last).contains(pos):
                    QToolTip.showText(event.globalPos(), tooltip, self)
                    return True
        return super().viewportEvent(event)
