"""The papers of one dossier as icons: each file of each component and of the result, and an empty place for
a component (or the result) that has no file yet ("chưa có tệp")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPen, QPixmap

from desktop.attachments.data import PaperFile, Slot

__all__ = ["PAPER_ROLE", "SLOT_ROLE", "THUMB_SIZE", "ThumbItem", "ThumbnailModel"]

Index = QModelIndex | QPersistentModelIndex
#: The icons' size: a portrait page.
THUMB_SIZE = QSize(90, 120)
SLOT_ROLE = Qt.ItemDataRole.UserRole + 1
PAPER_ROLE = Qt.ItemDataRole.UserRole + 2
#: Longest component name shown under an icon (the whole name is in the tooltip).
NAME_CHARS = 38


@dataclass(frozen=True)
class ThumbItem:
    slot: Slot
    paper: PaperFile | None  # None: the slot has no file yet


def _short(text: str, limit: int = NAME_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _empty_page() -> QPixmap:
    """A blank page with a dashed edge: the place of a file not attached yet."""
    pixmap = QPixmap(THUMB_SIZE)
    pixmap.fill(QColor("#f4f4f4"))
    painter = QPainter(pixmap)
    pen = QPen(QColor("#9a9a9a"), 2, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRect(pixmap.rect().adjusted(1, 1, -2, -2))
    painter.setPen(QColor("#9a9a9a"))
    font = painter.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "+")
    painter.end()
    return pixmap


def _plain_page(label: str) -> QPixmap:
    """A page with its kind written on it: a file whose picture this caller may not see (personal data)."""
    pixmap = QPixmap(THUMB_SIZE)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#8a8a8a"))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


def _framed(image: QImage) -> QPixmap:
    """The thumbnail scaled into `THUMB_SIZE`, on white with a thin edge."""
    pixmap = QPixmap(THUMB_SIZE)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    scaled = image.scaled(
        THUMB_SIZE - QSize(4, 4), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter.drawImage((THUMB_SIZE.width() - scaled.width()) // 2, (THUMB_SIZE.height() - scaled.height()) // 2, scaled)
    painter.setPen(QColor("#8a8a8a"))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


class ThumbnailModel(QAbstractListModel):
    """One row per file (or per empty place), component by component, the result last."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.slots: list[Slot] = []
        self.items: list[ThumbItem] = []
        self._icons: dict[int, QIcon] = {}
        self._empty = QIcon(_empty_page())
        self._kinds: dict[str, QIcon] = {}

    def set_papers(self, slots: Sequence[Slot], papers: Sequence[PaperFile]) -> None:
        self.beginResetModel()
        self.slots = list(slots)
        self.items = []
        for slot in self.slots:
            held = [p for p in papers if slot.holds(p)]
            self.items += [ThumbItem(slot, p) for p in held] or [ThumbItem(slot, None)]
        self._icons = {}
        for paper in papers:
            image = QImage.fromData(paper.thumbnail) if paper.thumbnail else QImage()
            if not image.isNull():
                self._icons[paper.id] = QIcon(_framed(image))
        self.endResetModel()

    def slot_label(self, slot: Slot, *, short: bool = True) -> str:
        if slot.is_result:
            return self.tr("Result")
        name = _short(slot.name) if short else slot.name
        assert slot.component is not None, "a component's place"
        return f"{slot.component + 1}. {name}"

    def with_files(self) -> int:
        """How many places hold at least one file."""
        return len({item.slot for item in self.items if item.paper is not None})

    def papers(self) -> list[PaperFile]:
        return [item.paper for item in self.items if item.paper is not None]

    def row_of(self, paper_id: int) -> int:
        return next((n for n, item in enumerate(self.items) if item.paper and item.paper.id == paper_id), -1)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        paper = item.paper
        if role == SLOT_ROLE:
            return item.slot
        if role == PAPER_ROLE:
            return paper
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.slot_label(item.slot)
            if paper is None:
                return label + "\n" + self.tr("no file yet")
            return label + "\n" + paper.file_name + "\n" + self.tr("%n page(s)", "", paper.pages)
        if role == Qt.ItemDataRole.DecorationRole:
            if paper is None:
                return self._empty
            return self._icons.get(paper.id) or self._kinds.setdefault(
                paper.media_type, QIcon(_plain_page("PDF" if paper.media_type == "application/pdf" else "JPEG/PNG"))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            label = self.slot_label(item.slot, short=False)
            if paper is None:
                return self.tr("%1: no file yet. Drop a scanned file here, or use Attach…").replace("%1", label)
            kb = max(1, round(paper.size / 1024))
            pages = self.tr("%n page(s)", "", paper.pages)
            return f"{label}\n{paper.file_name} — {pages}, {kb} KB\n" + self.tr("Attached by %1 at %2").replace(
                "%1", paper.attached_by
            ).replace("%2", paper.attached_at.strftime("%H:%M %d/%m/%Y"))
        if role == Qt.ItemDataRole.ForegroundRole and paper is None:
            return QColor("#9a5b00") if item.slot.required and not item.slot.is_result else QColor("#6b6b6b")
        if role == Qt.ItemDataRole.FontRole and paper is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None
