"""The Ratings page: satisfaction figures, the evaluation sheet, paper surveys, and a way to ask a citizen
to rate a returned dossier again (when the window was closed before they chose)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.operations import Operations
from desktop.ratings.evaluation_editor import EvaluationEditor, PdfShow, preview_pdf
from desktop.ratings.figures_view import FiguresView
from desktop.ratings.survey_setup import SurveySetup
from desktop.ratings.transcription import TranscriptionForm
from desktop.shortcuts import shortcut

__all__ = ["RatingsPage"]


class RatingsPage(QWidget):
    #: The clerk asks for the rating window of a returned dossier (the composition root opens it).
    rating_requested = Signal(str)

    def __init__(
        self,
        ops: Operations,
        *,
        today: dt.date | None = None,
        show_pdf: PdfShow = preview_pdf,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.figures = FiguresView(ops, today=today)
        self.evaluation = EvaluationEditor(ops, show_pdf=show_pdf)
        self.transcription = TranscriptionForm(ops)
        self.setup = SurveySetup(ops)
        self.setup.changed.connect(self.transcription.refresh)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.figures, self.tr("Figures"))
        self.tabs.addTab(self.evaluation, self.tr("Evaluation sheet"))
        self.tabs.addTab(self.transcription, self.tr("Paper survey forms"))
        self.tabs.addTab(self.setup, self.tr("Questionnaires"))
        self.ask_code = QLineEdit()
        self.ask_code.setPlaceholderText(self.tr("Dossier code"))
        self.ask_code.setMaximumWidth(260)
        self.ask_button = QPushButton(self.tr("Open the &rating window"))
        self.ask_button.clicked.connect(self.ask)
        self.ask_code.returnPressed.connect(self.ask)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Ask the citizen to rate a returned dossier:")))
        bar.addWidget(self.ask_code)
        bar.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Reload the figures and the surveys"))
        self._loaded = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self.figures.refresh()
        self.setup.refresh()
        self.transcription.refresh()

    def ask(self) -> None:
        code = self.ask_code.text().strip()
        if code:
            self.rating_requested.emit(code)
            self.ask_code.clear()
