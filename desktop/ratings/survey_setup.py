"""The questionnaire tab: the office's paper surveys, each with its questions and answer scales.

A new survey starts with the SIPAS factors; questions are edited in a table (answers separated by ";").
Core refuses to change the questions of a survey whose forms are already keyed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import Operations
from desktop.ratings.data import SurveyItem, fetch_surveys, new_survey, save_survey
from desktop.shortcuts import press_with

__all__ = ["SurveySetup"]

SEPARATOR = ";"


class SurveySetup(QWidget):
    #: The list of surveys changed (the transcription tab reloads its choices).
    changed = Signal()

    CODE, GROUP, TEXT, SCALE = range(4)

    def __init__(self, ops: Operations, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.items: list[SurveyItem] = []
        self.current: SurveyItem | None = None
        self.list = QListWidget()
        self.list.setMaximumWidth(300)
        self.list.currentRowChanged.connect(self._select)
        self.new_button = QPushButton(self.tr("&New survey (SIPAS factors)"))
        self.new_button.clicked.connect(self.create_survey)
        self.name, self.active = QLineEdit(), QCheckBox(self.tr("&Open for keying forms"))
        self.questions = QTableWidget(0, 4)
        self.questions.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Group"), self.tr("Question"), self.tr("Answers, separated by ;")]
        )
        header = self.questions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        self.questions.setColumnWidth(self.CODE, 60)
        self.questions.setColumnWidth(self.GROUP, 180)
        self.questions.setColumnWidth(self.SCALE, 260)
        self.questions.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("&Add question"))
        self.remove_button = QPushButton(self.tr("Re&move question"))
        self.add_button.clicked.connect(lambda: self._add_row({"code": str(self.questions.rowCount() + 1)}))
        self.remove_button.clicked.connect(lambda: self.questions.removeRow(self.questions.currentRow()))
        self.save_button = QPushButton(self.tr("Save &questionnaire"))
        self.save_button.clicked.connect(self.save)
        press_with(self.save_button, QKeySequence.StandardKey.Save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._build()

    def _build(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.questions, 1)
        right.addLayout(buttons)
        right.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

    def refresh(self, select_id: int | None = None) -> None:
        self.ops.run(fetch_surveys, on_done=lambda items: self.show_surveys(items, select_id))

    def show_surveys(self, items: list[SurveyItem], select_id: int | None = None) -> None:
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            forms = self.tr("%n form(s)", "", item.forms)
            entry = QListWidgetItem(f"{item.name}\n{forms}" + ("" if item.active else " — " + self.tr("closed")))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        ids = [i.id for i in items]
        self.list.setCurrentRow(ids.index(select_id) if select_id in ids else (0 if items else -1))
        self._select(self.list.currentRow())

    def _select(self, row: int) -> None:
        self.current = self.items[row] if 0 <= row < len(self.items) else None
        self.questions.setRowCount(0)
        for widget in (self.name, self.active, self.questions, self.save_button, self.add_button, self.remove_button):
            widget.setEnabled(self.current is not None)
        if self.current is None:
            self.name.clear()
            return
        self.name.setText(self.current.name)
        self.active.setChecked(self.current.active)
        for question in self.current.questions:
            self._add_row(question)

    def _add_row(self, question: dict) -> None:
        row = self.questions.rowCount()
        self.questions.insertRow(row)
        texts = (
            question.get("code", ""),
            question.get("group", ""),
            question.get("text", ""),
            f"{SEPARATOR} ".join(question.get("scale", [])),
        )
        for column, text in enumerate(texts):
            self.questions.setItem(row, column, QTableWidgetItem(str(text)))

    def question_rows(self) -> list[dict]:
        def text(row: int, column: int) -> str:
            item = self.questions.item(row, column)
            return item.text().strip() if item else ""

        return [
            {
                "code": text(r, self.CODE),
                "group": text(r, self.GROUP),
                "text": text(r, self.TEXT),
                "scale": [a.strip() for a in text(r, self.SCALE).split(SEPARATOR) if a.strip()],
            }
            for r in range(self.questions.rowCount())
        ]

    def create_survey(self) -> None:
        name = self.tr("Satisfaction survey %1").replace("%1", str(len(self.items) + 1))
        self.ops.run(
            lambda s: new_survey(s, name=name),
            write=True,
            on_done=self._stored,
            on_error=lambda e: self.status.setText(str(e)),
        )

    def save(self) -> None:
        if self.current is None:
            return
        survey_id, name, questions, active = (
            self.current.id,
            self.name.text(),
            self.question_rows(),
            self.active.isChecked(),
        )
        self.ops.run(
            lambda s: save_survey(s, survey_id, name=name, questions=questions, active=active),
            write=True,
            on_done=self._stored,
            on_error=lambda e: self.status.setText(str(e)),
        )

    def _stored(self, survey_id: int) -> None:
        self.status.setText(self.tr("Questionnaire saved."))
        self.refresh(select_id=survey_id)
        self.changed.emit()
