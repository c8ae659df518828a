"""The checklist with its buttons, and, for an incomplete dossier, what the clerk tells the citizen."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from core.text import clean
from desktop.intake.checklist_model import ChecklistModel
from desktop.intake.checklist_view import ChecklistView

__all__ = ["ChecklistPane"]


class ChecklistPane(QWidget):
    def __init__(self, model: ChecklistModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = ChecklistView(model)
        self.title = QLabel(self.tr("<b>Components</b> — tick what the citizen handed in (Space)"))
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
            self.missing.setText(self.tr("%n needed component(s) not handed in: the dossier is incomplete.", "",
                                         missing))
        else:
            self.missing.setStyleSheet("color: #1b6e3a; font-weight: bold;")
            self.missing.setText(self.tr("Every needed component is handed in."))

    def set_supplement(self, on: bool) -> None:
        self.guidance_label.setVisible(on)
        self.guidance.setVisible(on)

    def reason(self) -> str:
        return clean(self.guidance.toPlainText())

    def reset(self) -> None:
        self.model.clear()
        self.guidance.clear()
