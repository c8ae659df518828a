"""The small bar that offers the scanner's new files for the open dossier (never a modal box: the clerk may be
typing): "Có 2 tệp mới từ máy quét: … — Đính kèm vào…", View, Set aside."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from desktop.attachments.data import Slot

__all__ = ["ScanBar"]

_SHOWN_NAMES = 3


class ScanBar(QFrame):
    """``attach_requested(paths as str, slot)``, ``view_requested(path)``, ``dismissed(paths)``."""

    attach_requested = Signal(list, object)
    view_requested = Signal(object)
    dismissed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#scanBar { background: #fff6d6; border: 1px solid #d9b44a; }")
        self.files: list[Path] = []
        self.slots: list[Slot] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Attach to…"))
        self.attach_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.attach_button)
        self.attach_button.setMenu(self.menu)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setToolTip(self.tr("Look at the first new file before attaching it"))
        self.view_button.clicked.connect(self._view_first)
        self.dismiss_button = QPushButton(self.tr("Set aside"))
        self.dismiss_button.setToolTip(self.tr("Do not offer these files again (they stay in the scan folder)"))
        self.dismiss_button.clicked.connect(lambda: self.dismissed.emit(list(self.files)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label, 1)
        for widget in (self.view_button, self.attach_button, self.dismiss_button):
            layout.addWidget(widget)
        self.hide()

    def set_slots(self, slots: Sequence[Slot], label: Callable[[Slot], str]) -> None:
        """Where the files may go: the open dossier's components and its result (none: the bar hides)."""
        self.slots = list(slots)
        self.menu.clear()
        for slot in self.slots:
            action = self.menu.addAction(label(slot))
            action.triggered.connect(
                lambda _=False, slot=slot: self.attach_requested.emit([str(f) for f in self.files], slot)
            )
        self._show()

    def _view_first(self) -> None:
        if self.files:
            self.view_requested.emit(self.files[0])

    def set_files(self, files: Sequence[Path]) -> None:
        self.files = list(files)
        names = ", ".join(f.name for f in self.files[:_SHOWN_NAMES]) + ("…" if len(self.files) > _SHOWN_NAMES else "")
        self.label.setText(self.tr("%n new file(s) from the scanner: %1", "", len(self.files)).replace("%1", names))
        self._show()

    def _show(self) -> None:
        self.setVisible(bool(self.files and self.slots))

    def set_busy(self, busy: bool) -> None:
        for button in (self.attach_button, self.dismiss_button):
            button.setEnabled(not busy)
