"""Correct a mistaken intake detail: which field, the new value, and the reason (required)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from core.lifecycle import CORRECTABLE_FIELDS
from core.text import clean
from desktop.core_words import word, words
from desktop.lifecycle.data import CHOICES, DossierDetail
from desktop.lifecycle.dialogs import ActionDialog, Ask

translate = QCoreApplication.translate
__all__ = ["CorrectDialog"]


class CorrectDialog(ActionDialog):
    """Text fields take a new line of text; channel, delivery and payment offer their choices."""

    def __init__(self, detail: DossierDetail, parent: QWidget | None = None) -> None:
        title = translate("Lifecycle", "Correct intake details")
        intro = translate(
            "Lifecycle",
            "The old value and the reason are kept in the history; the receipt is reprinted with a new version number.",
        )
        super().__init__(
            "correct",
            f"{title} — {detail.code}",
            intro,
            [Ask("field", translate("Lifecycle", "Field:"), kind="choice", choices=words(CORRECTABLE_FIELDS))],
            translate("Lifecycle", "Save the correction"),
            parent,
        )
        self.detail = detail
        self.field: QComboBox = self.inputs["field"]  # type: ignore[assignment]
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.value = QLineEdit()
        self.choice = QComboBox()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("Lifecycle", "e.g. The name was typed wrong at intake"))
        form = self.form
        form.addRow(translate("Lifecycle", "Current value:"), self.current)
        form.addRow(translate("Lifecycle", "New value:"), self.value)
        form.addRow(translate("Lifecycle", "New choice:"), self.choice)
        form.addRow(translate("Lifecycle", "Reason (required):"), self.reason)
        self.field.currentIndexChanged.connect(self._show_field)
        self._show_field()

    def _show_field(self) -> None:
        field = str(self.field.currentData())
        old = self.detail.values.get(field, "")
        choices = CHOICES.get(field)
        self.current.setText(word((choices or {}).get(old, old)) or translate("Lifecycle", "(empty)"))
        self.form.setRowVisible(self.value, choices is None)
        self.form.setRowVisible(self.choice, choices is not None)
        self.choice.clear()
        for key, label in (choices or {}).items():
            self.choice.addItem(word(label), key)
        if choices is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(old)))
        else:
            self.value.setText(old)

    def values(self) -> dict[str, str]:
        field = str(self.field.currentData())
        value = str(self.choice.currentData()) if field in CHOICES else clean(self.value.text())
        return {"field": field, "value": value, "reason": clean(self.reason.text())}
