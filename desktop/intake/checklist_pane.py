"""The checklist with its buttons, and, for an incomplete dossier, what the clerk tells the citizen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from core.text import clean
from desktop.attachments import panel as papers_panel
from desktop.intake.checklist_model import ChecklistModel
from desktop.intake.checklist_view import ChecklistView

__all__ = ["ChecklistPane"]


class ChecklistPane(QWidget):
    """``files_chosen(row, paths)``: scanned files picked for a row (Scan/Attach…, or dropped on it)."""

    files_chosen = Signal(int, list)

    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.scan_start = ""  # where Scan/Attach… opens: the scan folder when there is one
        self.view = ChecklistView(model)
        self.view.files_dropped.connect(self.files_chosen)
        self.attach_button = QPushButton(self.tr("Scan/Atta&ch…"))
        self.attach_button.setToolTip(
            self.tr("Scanned files of the chosen component, attached with the dossier (or drop them on its row)")
        )
        self.attach_button.clicked.connect(self.pick_files)
        self.drop_files = QPushButton(self.tr("Remove files"))
        self.drop_files.setToolTip(self.tr("Do not attach the files chosen for this component"))
        self.drop_files.clicked.connect(self._drop_files)
        self.title = QLabel(self.tr("<b>Components</b> — tick what the citizen handed in (Space)"))
        self.title.setWordWrap(True)
        self.all_in = QPushButton(self.tr("&All handed in"))
        self.all_in.clicked.connect(model.tick_all)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.guidance_label = QLabel(self.tr("Guidance for the citizen (printed on the supplement slip):"))
        self.guidance = QPlainTextEdit()
        self.guidance.setTabChangesFocus(True)
        self.guidance.setPlaceholderText(self.tr("What to add or correct, and how"))
        self.guidance.setMaximumHeight(70)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.attach_button)
        top.addWidget(self.drop_files)
        top.addWidget(self.all_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.guidance)
        model.changed.connect(self._count)
        self.set_supplement(False)

    def _count(self) -> None:
        missing = len(self.model.missing())
        if not self.model.rows:
            self.missing.clear()
        elif missing:
            self.missing.setStyleSheet("color: #9a5b00; font-weight: bold;")
            self.missing.setText(
                self.tr("%n needed component(s) not handed in: the dossier is incomplete.", "", missing)
            )
        else:
            self.missing.setStyleSheet("color: #1b6e3a; font-weight: bold;")
            self.missing.setText(self.tr("Every needed component is handed in."))

    def current_row(self) -> int:
        row = self.view.currentIndex().row()
        return row if row >= 0 else (0 if self.model.rows else -1)

    def pick_files(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        paths = papers_panel.ask_files(self, self.scan_start)
        if paths:
            self.files_chosen.emit(row, paths)

    def _drop_files(self) -> None:
        row = self.current_row()
        if row >= 0 and self.model.rows[row].files:
            self.model.clear_files(row)

    def set_supplement(self, on: bool) -> None:
        self.guidance_label.setVisible(on)
        self.guidance.setVisible(on)

    def reason(self) -> str:
        return clean(self.guidance.toPlainText())

    def reset(self) -> None:
        self.model.clear()
        self.guidance.clear()
