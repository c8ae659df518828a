"""The paper-form tab: key a survey form with the keyboard alone, then the next.

Keys on the answer grid: a digit chooses that answer for the current question and moves on (0 leaves
it blank), ↑/↓ or Backspace move between questions, Enter saves the form and starts the next one
with the next form number. Who keyed it and when are recorded by core.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import Operations
from desktop.ratings.data import SurveyItem, SurveyState, fetch_survey_state, fetch_surveys, key_form

__all__ = ["AnswerGrid", "TranscriptionForm"]

_CURRENT = "background: #fff4d6;"
_ANSWER = (
    "QPushButton { padding: 4px 8px; } "
    "QPushButton:checked { background: #1f5fa8; color: white; border: 1px solid #174a85; }"
)


class AnswerGrid(QFrame):
    """One line per question with its answers as buttons; the current line is highlighted."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(_ANSWER)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(6)
        self.questions: list[dict] = []
        self.groups: list[QButtonGroup] = []
        self.lines: list[QLabel] = []
        self.current = 0

    def set_questions(self, questions: list[dict]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in self.groups:
            group.deleteLater()
        self.questions, self.groups, self.lines = list(questions), [], []
        for row, question in enumerate(self.questions):
            line = QLabel(f"<b>{question['code']}</b>&nbsp; {question['text']}")
            line.setWordWrap(True)
            line.setMinimumWidth(360)
            self.grid.addWidget(line, row, 0)
            group = QButtonGroup(self)
            for number, answer in enumerate(question["scale"], start=1):
                button = QPushButton(f"{number} {answer}")
                button.setCheckable(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _=False, r=row: self.go_to(r + 1))
                group.addButton(button, number)
                self.grid.addWidget(button, row, number)
            self.groups.append(group)
            self.lines.append(line)
        self.grid.setColumnStretch(0, 1)
        self.clear()

    def clear(self) -> None:
        for group in self.groups:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.go_to(0)

    def answers(self) -> list[int | None]:
        return [g.checkedId() if g.checkedId() > 0 else None for g in self.groups]

    def go_to(self, row: int) -> None:
        self.current = max(0, min(row, len(self.questions) - 1 if self.questions else 0))
        for number, line in enumerate(self.lines):
            line.setStyleSheet(_CURRENT if number == self.current else "")

    def answer(self, choice: int) -> None:
        """Choose answer ``choice`` (0: blank) for the current question and move to the next."""
        if not self.groups:
            return
        group = self.groups[self.current]
        if choice == 0:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        elif group.button(choice) is not None:
            group.button(choice).setChecked(True)
        else:
            return
        self.go_to(self.current + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.answer(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.go_to(self.current - 1)
        elif key == Qt.Key.Key_Down:
            self.go_to(self.current + 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        else:
            super().keyPressEvent(event)


class TranscriptionForm(QWidget):
    def __init__(self, ops: Operations, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.items: list[SurveyItem] = []
        self.state: SurveyState | None = None
        self.survey = QComboBox()
        self.survey.currentIndexChanged.connect(self._choose)
        self.form_no, self.comment = QLineEdit(), QLineEdit()
        self.form_no.setMaximumWidth(120)
        self.comment.setPlaceholderText(self.tr("Written comment on the form (optional)"))
        self.comment.returnPressed.connect(self.submit)
        self.grid = AnswerGrid()
        self.grid.submitted.connect(self.submit)
        self.save_button = QPushButton(self.tr("&Save form (Enter)"))
        self.save_button.clicked.connect(self.submit)
        self.help = QLabel(
            self.tr(
                "Digits choose the answer and move on; 0 leaves it blank; ↑ or Backspace goes "
                "back; Enter saves the form and starts the next."
            )
        )
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")
        self.counter, self.recent, self.status = QLabel(), QLabel(), QLabel()
        self.recent.setWordWrap(True)
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Survey:")))
        top.addWidget(self.survey, 1)
        top.addWidget(QLabel(self.tr("Form number:")))
        top.addWidget(self.form_no)
        top.addWidget(self.counter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        bottom = QHBoxLayout()
        bottom.addWidget(self.comment, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        layout.addWidget(self.recent)

    def refresh(self) -> None:
        self.ops.run(fetch_surveys, on_done=self.show_surveys)

    def show_surveys(self, items: list[SurveyItem]) -> None:
        chosen = self.state.survey.id if self.state else None
        self.items = [i for i in items if i.active]
        self.survey.blockSignals(True)
        self.survey.clear()
        for item in self.items:
            self.survey.addItem(item.name, item.id)
        self.survey.blockSignals(False)
        ids = [i.id for i in self.items]
        self.survey.setCurrentIndex(ids.index(chosen) if chosen in ids else (0 if ids else -1))
        self._choose(self.survey.currentIndex())

    def _choose(self, index: int) -> None:
        if not 0 <= index < len(self.items):
            self.state = None
            self.grid.set_questions([])
            self.status.setText(self.tr("No open survey: create one in the Questionnaires tab."))
            return
        survey_id = self.items[index].id
        self.status.clear()
        self.grid.set_questions(list(self.items[index].questions))
        self.ops.run(lambda s: fetch_survey_state(s, survey_id), on_done=self.show_state)

    def show_state(self, state: SurveyState) -> None:
        self.state = state
        self.form_no.setText(state.next_form_no)
        self.counter.setText(self.tr("%n form(s) keyed", "", state.survey.forms))
        lines = [
            self.tr("Form %1 keyed by %2 at %3")
            .replace("%1", no or "—")
            .replace("%2", by)
            .replace("%3", f"{at:%H:%M %d/%m/%Y}")
            for no, by, at in state.recent[:3]
        ]
        self.recent.setText("\n".join(lines))
        self.grid.setFocus()

    def submit(self) -> None:
        if self.state is None:
            return
        survey_id, answers = self.state.survey.id, self.grid.answers()
        form_no, comment = self.form_no.text(), self.comment.text()
        self.ops.run(
            lambda s: key_form(s, survey_id, answers=answers, form_no=form_no, comment=comment),
            write=True,
            on_done=self._keyed,
            on_error=lambda e: self.status.setText(str(e)),
        )

    def _keyed(self, state: SurveyState) -> None:
        self.status.setText(self.tr("Form %1 saved.").replace("%1", self.form_no.text()))
        self.grid.clear()
        self.comment.clear()
        self.show_state(state)
