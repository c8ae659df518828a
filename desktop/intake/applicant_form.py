"""Who hands in the dossier: name, CCCD, phone, address, email; core's messages shown under each field.

The first row takes the QR code of the citizen's chip-based identity card (F4 on the intake page); what
the card filled is marked "read from the CCCD" until the clerk changes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.card_qr import CardData
from core.dossiers import validate_phone
from core.errors import UserError
from core.identity import validate_id_number
from core.text import clean
from desktop.intake.data import Applicant
from desktop.qt_typed import named

__all__ = ["ERROR_STYLE", "ApplicantForm"]

ERROR_STYLE = "color: #b00020;"
CARD_STYLE = "QLineEdit { background: #e8f5e9; }"


class ApplicantForm(QGroupBox):
    """The applicant's fields. Values are kept NFC (docs/rules.md §8); nothing here decides validity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Applicant"), parent)
        self.name, self.id_number, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.address, self.email = QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name as on the identity card"))
        self.id_number.setPlaceholderText(self.tr("12 digits"))
        self.id_number.setMaxLength(20)
        self.phone.setMaxLength(20)
        self.id_error, self.phone_error = self._error_label(), self._error_label()
        self.id_number.editingFinished.connect(self.check_id_number)
        self.phone.editingFinished.connect(self.check_phone)
        self.card_entry = named(QLineEdit(), "cardEntry")
        self.card_entry.setPlaceholderText(self.tr("Scan the QR code of the identity card (F4)"))
        self.card_entry.setToolTip(
            self.tr(
                "Scan the QR code on the citizen's chip-based identity card: the name, identity number and address "
                "are filled from it, nothing is saved. A scan into any field of this page does the same (F4)."
            )
        )
        self.card_mark = named(QLabel(), "cardMark")
        self.card_mark.setStyleSheet("color: #1b5e20;")
        self.card_mark.hide()
        self.from_card: set[str] = set()
        for key, field in self._card_fields().items():
            field.textEdited.connect(lambda _text, key=key: self._unmark(key))
        form = QFormLayout(self)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Card QR:"), self._with_error(self.card_entry, self.card_mark))
        form.addRow(self.tr("Full name:"), self.name)
        form.addRow(self.tr("Identity no. (CCCD):"), self._with_error(self.id_number, self.id_error))
        form.addRow(self.tr("Phone:"), self._with_error(self.phone, self.phone_error))
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Email:"), self.email)

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _with_error(field: QLineEdit, error: QLabel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(error)
        return box

    def _check(self, validate: Callable[[str], str], field: QLineEdit, error: QLabel) -> bool:
        try:
            validate(field.text())
        except UserError as problem:
            error.setText(str(problem))
            error.show()
            return False
        error.clear()
        error.hide()
        return True

    def check_id_number(self) -> bool:
        return self._check(lambda v: validate_id_number(v, today=dt.date.today()), self.id_number, self.id_error)

    def check_phone(self) -> bool:
        return self._check(validate_phone, self.phone, self.phone_error)

    def check(self) -> bool:
        """Core's checks of the identity number and phone, with their messages in place."""
        return all([self.check_id_number(), self.check_phone()])

    def _card_fields(self) -> dict[str, QLineEdit]:
        return {"name": self.name, "id_number": self.id_number, "address": self.address}

    def fill_from_card(self, card: CardData) -> None:
        """Name, number and address from the card (the form has no date of birth: it is shown in the mark)."""
        values = {"name": card.full_name, "id_number": card.id_number, "address": card.address}
        for key, field in self._card_fields().items():
            field.setText(values[key])
            field.setCursorPosition(0)
            field.setStyleSheet(CARD_STYLE)
            field.setToolTip(self.tr("Read from the identity card's QR code"))
        self.from_card = set(values)
        self.id_error.hide()
        self.card_mark.setText(
            self.tr("Read from the CCCD: %1, born %2, %3")
            .replace("%1", card.full_name)
            .replace("%2", card.birth_date.strftime("%d/%m/%Y"))
            .replace("%3", card.sex)
        )
        self.card_mark.show()

    def _unmark(self, key: str) -> None:
        """The clerk changed a field the card filled: it is no longer the card's."""
        field = self._card_fields()[key]
        field.setStyleSheet("")
        field.setToolTip("")
        self.from_card.discard(key)
        if not self.from_card:
            self.card_mark.hide()

    def value(self) -> Applicant:
        return Applicant(
            clean(self.name.text()),
            clean(self.id_number.text()),
            clean(self.phone.text()),
            clean(self.address.text()),
            clean(self.email.text()),
        )

    def reset(self) -> None:
        for field in (self.card_entry, self.name, self.id_number, self.phone, self.address, self.email):
            field.clear()
        for key in list(self.from_card):
            self._unmark(key)
        self.card_mark.hide()
        for error in (self.id_error, self.phone_error):
            error.clear()
            error.hide()
