"""Small dialogs that ask for a lifecycle step's details; the page runs the step and reports back.

They are `SubmitDialog`s: the page sets ``dialog.submit``; OK calls it with ``values()``. The dialog stays
open until the page calls ``succeeded()``, or shows core's refusal with ``failed(message)`` so the clerk
can fix the input.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.lifecycle import STOP_KINDS
from core.text import clean
from desktop.core_words import words
from desktop.lifecycle.data import DossierDetail
from desktop.lifecycle.wording import moment
from desktop.widgets.submit_dialog import SubmitDialog

translate = QCoreApplication.translate
__all__ = ["ActionDialog", "Ask", "make_dialog"]


@dataclass(frozen=True)
class Ask:
    """One input of a dialog: ``kind`` is line, text (several lines) or choice (``choices``: key → label)."""

    key: str
    label: str
    kind: str = "line"
    placeholder: str = ""
    value: str = ""
    choices: dict[str, str] | None = None


class ActionDialog(SubmitDialog[dict[str, str]]):
    """A title, a line of explanation, the inputs, a red line for refusals, OK and Cancel."""

    def __init__(
        self, action: str, title: str, intro: str, asks: list[Ask], ok_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(title)
        self.inputs: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = QFormLayout()
        for ask in asks:
            self.inputs[ask.key] = self._input(ask)
            self.form.addRow(ask.label, self.inputs[ask.key])
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.make_buttons(ok_text, translate("Lifecycle", "Cancel")))
        self.setMinimumWidth(560)

    @staticmethod
    def _input(ask: Ask) -> QWidget:
        if ask.kind == "choice":
            box = QComboBox()
            for key, label in (ask.choices or {}).items():
                box.addItem(label, key)
            return box
        widget = QPlainTextEdit(ask.value) if ask.kind == "text" else QLineEdit(ask.value)
        widget.setPlaceholderText(ask.placeholder)
        if ask.kind == "text":
            widget.setFixedHeight(widget.fontMetrics().height() * 5)
        return widget

    def values(self) -> dict[str, str]:
        result = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                result[key] = str(widget.currentData())
            elif isinstance(widget, QPlainTextEdit):
                result[key] = widget.toPlainText()
            else:
                assert isinstance(widget, QLineEdit)  # the three kinds of input a dialog makes
                result[key] = clean(widget.text())
        return result


def _asks(action: str, detail: DossierDetail) -> tuple[str, str, list[Ask], str]:
    """Title, explanation, inputs and OK text of ``action``."""
    reason = Ask("reason", translate("Lifecycle", "Reason (required):"))
    if action == "hand_over":
        return (
            translate("Lifecycle", "Hand over for processing"),
            translate("Lifecycle", "Record who receives the dossier now (a row of the control sheet)."),
            [
                Ask(
                    "to",
                    translate("Lifecycle", "To (officer or agency):"),
                    placeholder=translate("Lifecycle", "e.g. Civil status officer Lê Văn Bình"),
                ),
                Ask("from", translate("Lifecycle", "From:"), value="Bộ phận Một cửa"),
                Ask("note", translate("Lifecycle", "Note:")),
            ],
            translate("Lifecycle", "Hand over"),
        )
    if action == "supplement":
        return (
            translate("Lifecycle", "Request a supplement"),
            translate("Lifecycle", "The clock stops until the citizen supplies what is missing."),
            [reason, Ask("items", translate("Lifecycle", "Items to add (one per line):"), kind="text")],
            translate("Lifecycle", "Request"),
        )
    if action == "resume":
        since = translate("Lifecycle", "Waiting for the citizen since %1.")
        since = since.replace("%1", moment(detail.pauses[-1].start)) if detail.pauses else ""
        then = translate(
            "Lifecycle",
            "The citizen has supplied what was asked: the clock runs on and the due "
            "moment moves by the paused working time.",
        )
        return (
            translate("Lifecycle", "Resume processing"),
            " ".join(filter(None, [since, then])),
            [],
            translate("Lifecycle", "Resume"),
        )
    if action == "result":
        return (
            translate("Lifecycle", "Result ready"),
            translate("Lifecycle", "Record that the result of this dossier is ready to be returned."),
            [
                Ask(
                    "note",
                    translate("Lifecycle", "Note:"),
                    placeholder=translate("Lifecycle", "e.g. Birth certificate no. 15/2026"),
                )
            ],
            translate("Lifecycle", "Record"),
        )
    if action == "return":
        return (
            translate("Lifecycle", "Return the result"),
            translate("Lifecycle", "Record who collected the result."),
            [Ask("collected_by", translate("Lifecycle", "Collected by:"), value=detail.applicant)],
            translate("Lifecycle", "Record the return"),
        )
    return (
        translate("Lifecycle", "Stop or withdraw the dossier"),
        translate("Lifecycle", "The dossier stops being processed; a stop notice can be printed."),
        [Ask("kind", translate("Lifecycle", "Kind:"), kind="choice", choices=words(STOP_KINDS)), reason],
        translate("Lifecycle", "Stop the dossier"),
    )


def make_dialog(action: str, detail: DossierDetail, parent: QWidget | None = None) -> ActionDialog:
    """The dialog of ``action`` for ``detail`` (the correction has its own, `CorrectDialog`)."""
    title, intro, asks, ok_text = _asks(action, detail)
    dialog = ActionDialog(action, f"{title} — {detail.code}", intro, asks, ok_text, parent)
    return dialog
