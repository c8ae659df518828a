"""The papers of a dossier on its page: thumbnails per component and for the result, attach and open.

    panel = PapersPanel()
    panel.set_papers(slots, papers)                     # from `desktop.attachments.data`
    panel.attach_requested.connect(lambda paths, slot: …)   # "Attach…", or files dropped on the panel
    panel.open_requested.connect(lambda paper: …)           # double-click or Enter on a thumbnail
    panel.print_requested.connect(lambda papers: …)         # "Print papers…": the selected ones, else all

Files dropped on a component's icon go to that component; dropped elsewhere on the panel, or picked with
"Attach…", they go to the place chosen in "Attach to". Only PDF, JPEG and PNG names are taken; anything else
is refused in one line before core is asked (core checks the content again).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFontMetrics, QIcon, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments.data import FILE_PATTERNS, PaperFile, Slot, is_paper_name
from desktop.attachments.thumbs_model import PAPER_ROLE, SLOT_ROLE, THUMB_SIZE, ThumbnailModel
from desktop.file_dialogs import open_file_names

__all__ = ["PapersPanel", "ThumbView", "ask_files", "dropped_paths"]


def ask_files(parent: QWidget | None, start: str = "") -> list[str]:
    """The files the clerk picks (PDF, JPEG, PNG; several at once); [] when cancelled."""
    caption = QCoreApplication.translate("PapersPanel", "Attach scanned papers")
    kinds = QCoreApplication.translate("PapersPanel", "Scanned papers")
    return open_file_names(parent, caption, f"{kinds} ({FILE_PATTERNS})", start=start)


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    """The local files a drag carries (links and other data are not files)."""
    mime = event.mimeData()
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class _ThumbDelegate(QStyledItemDelegate):
    """An icon with its lines of text under it, each line elided to the cell's width (the whole text is in the
    tooltip): Qt's own icon mode elides a long name to the icon's width and drops the lines after it."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.view.gridSize() - QSize(4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text, opt.text = str(index.data(Qt.ItemDataRole.DisplayRole) or ""), ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, focus
        rect = option.rect.adjusted(3, 3, -3, -3)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, rect.x(), rect.y(), rect.width(), THUMB_SIZE.height(), Qt.AlignmentFlag.AlignCenter)
        painter.save()
        painter.setFont(opt.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(
            opt.palette.highlightedText().color()
            if selected
            else (colour if colour is not None else opt.palette.text().color())
        )
        metrics = QFontMetrics(opt.font)
        y = rect.y() + THUMB_SIZE.height() + 4
        for line in text.split("\n"):
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(
                QRect(rect.x(), y, rect.width(), metrics.lineSpacing()), Qt.AlignmentFlag.AlignHCenter, shown
            )
            y += metrics.lineSpacing()
        painter.restore()


class ThumbView(QListView):
    """The icons; takes files dropped on it. ``dropped(paths, slot)``: the slot of the icon under the drop,
    None when dropped between icons. ``activated_paper(paper)`` on double-click or Enter."""

    dropped = Signal(list, object)
    hovered = Signal(object)
    activated_paper = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(THUMB_SIZE)
        lines = self.fontMetrics().lineSpacing()  # three lines under each icon, each elided on its own
        self.setGridSize(QSize(THUMB_SIZE.width() + 80, THUMB_SIZE.height() + 3 * lines + 18))
        self.setItemDelegate(_ThumbDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.doubleClicked.connect(self._activate)

    def _activate(self, index: QModelIndex) -> None:
        paper = index.data(PAPER_ROLE) if index.isValid() else None
        if paper is not None:
            self.activated_paper.emit(paper)

    def setAcceptDrops(self, on: bool) -> None:
        """On the view and on its viewport, where the drops land (a static list view turns the viewport's off)."""
        super().setAcceptDrops(on)
        self.viewport().setAcceptDrops(on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not dropped_paths(event):
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        self.hovered.emit(index.data(SLOT_ROLE) if index.isValid() else None)
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if not paths:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        event.acceptProposedAction()
        self.dropped.emit(paths, index.data(SLOT_ROLE) if index.isValid() else None)


class PapersPanel(QWidget):
    attach_requested = Signal(list, object)  # paths, Slot
    open_requested = Signal(object)  # PaperFile
    print_requested = Signal(list)  # [PaperFile]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ThumbnailModel(self)
        self.view = ThumbView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Scanned papers"))
        self.view.setMinimumHeight(self.view.gridSize().height() + 2 * self.view.frameWidth() + 6)  # one whole row
        self.view.dropped.connect(self._dropped)
        self.view.hovered.connect(self._hovered)
        self.view.activated_paper.connect(self.open_requested)
        self.view.selectionModel().currentChanged.connect(self._follow)
        self.scan_start = ""  # where "Attach…" opens: the scan folder when there is one
        self.title = QLabel()
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Attach to"))
        self.target.setMinimumContentsLength(10)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        target_label = QLabel(self.tr("Attach &into:"))
        target_label.setBuddy(self.target)
        self.attach_button = QPushButton(self.tr("Attach &files…"))
        self.attach_button.setToolTip(self.tr("Attach scanned PDF, JPEG or PNG files (or drop them on the panel)"))
        self.attach_button.clicked.connect(self.pick_files)
        self.open_button = QPushButton(self.tr("&View"))
        self.open_button.setToolTip(self.tr("Open the chosen file in the viewer (Enter)"))
        self.open_button.clicked.connect(self._open_current)
        self.print_button = QPushButton(self.tr("Print pap&ers…"))
        self.print_button.setToolTip(self.tr("Print the chosen files, or every file when none is chosen"))
        self.print_button.clicked.connect(self._print)
        self.message = QLabel()
        self.message.setObjectName("papersMessage")
        self.message.setWordWrap(True)
        self.title.setWordWrap(True)
        top = QHBoxLayout()  # the title on its own line: the page stays narrow enough for a 1366×768 laptop at 125 %
        top.addWidget(target_label)
        top.addWidget(self.target, 1)
        for button in (self.attach_button, self.open_button, self.print_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)
        self.set_papers([], [])

    # -- content --------------------------------------------------------------------------
    def set_papers(self, slots: Sequence[Slot], papers: Sequence[PaperFile]) -> None:
        chosen = self.current_slot()
        self.model.set_papers(slots, papers)
        self.target.clear()
        for slot in slots:
            self.target.addItem(self.model.slot_label(slot), slot)
            self.target.setItemData(
                self.target.count() - 1, self.model.slot_label(slot, short=False), Qt.ItemDataRole.ToolTipRole
            )
        if chosen is not None and chosen in slots:
            self.target.setCurrentIndex(list(slots).index(chosen))
        components = [s for s in slots if not s.is_result]
        with_files = len({p.component for p in papers if not p.is_result})
        self.title.setText(
            "<b>"
            + self.tr("Scanned papers")
            + "</b> — "
            + self.tr("%1 of %2 components have a file")
            .replace("%1", str(with_files))
            .replace("%2", str(len(components)))
        )
        self.attach_button.setEnabled(bool(slots))
        self.open_button.setEnabled(bool(papers))
        self.print_button.setEnabled(bool(papers))

    def current_slot(self) -> Slot | None:
        return self.target.currentData()

    def choose_slot(self, slot: Slot) -> None:
        found = self.target.findData(slot)
        if found >= 0:
            self.target.setCurrentIndex(found)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.attach_button.setEnabled(not busy and bool(self.model.slots))
        self.setAcceptDrops(not busy)
        self.view.setAcceptDrops(not busy)

    # -- attaching ------------------------------------------------------------------------
    def pick_files(self) -> None:
        slot = self.current_slot()
        if slot is None:
            return
        paths = ask_files(self, self.scan_start)
        if paths:
            self.request(paths, slot)

    def request(self, paths: Sequence[str], slot: Slot | None) -> bool:
        """Send ``paths`` to be attached to ``slot`` (the chosen place when None); a name that is not a PDF,
        JPEG or PNG refuses the whole lot in one line."""
        slot = slot or self.current_slot()
        if slot is None or not paths:
            return False
        bad = [Path(p).name for p in paths if not is_paper_name(p)]
        if bad:
            self.say(
                self.tr("Not attached: %1 is not a PDF, JPEG or PNG file.").replace("%1", ", ".join(bad)), error=True
            )
            return False
        gone = [Path(p).name for p in paths if not Path(p).is_file()]
        if gone:
            self.say(
                self.tr("Not attached: %1 is not a file that can be read.").replace("%1", ", ".join(gone)), error=True
            )
            return False
        self.say(self.tr("Attaching %n file(s) to %1…", "", len(paths)).replace("%1", self.model.slot_label(slot)))
        self.attach_requested.emit(list(paths), slot)
        return True

    def _dropped(self, paths: list[str], slot: Slot | None) -> None:
        self.request(paths, slot)

    def _hovered(self, slot: Slot | None) -> None:
        slot = slot or self.current_slot()
        if slot is not None:
            self.say(self.tr("Drop to attach to %1").replace("%1", self.model.slot_label(slot)))

    def _follow(self, index: QModelIndex) -> None:
        """Choosing an icon chooses its place for the next "Attach…"."""
        slot = index.data(SLOT_ROLE) if index.isValid() else None
        if slot is not None:
            self.choose_slot(slot)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.request(paths, None)

    # -- opening and printing -------------------------------------------------------------
    def selected_papers(self) -> list[PaperFile]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [p for p in (self.model.items[r].paper for r in rows) if p is not None]

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        paper = index.data(PAPER_ROLE) if index.isValid() else None
        if paper is None and self.model.papers():
            paper = self.model.papers()[0]
        if paper is not None:
            self.open_requested.emit(paper)

    def _print(self) -> None:
        papers = self.selected_papers() or self.model.papers()
        if papers:
            self.print_requested.emit(papers)
