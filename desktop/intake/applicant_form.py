"""Who hands in the dossier: name, CCCD, phone, address, email; core's messages shown under each field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.dossiers import validate_phone
from core.errors import UserError
from core.identity import validate_id_number
from core.text import clean
from desktop.intake.data import Applicant

__all__ = ["ApplicantForm", "ERROR_STYLE"]

ERROR_STYLE = "color: #b00020;"


class ApplicantForm(QGroupBox):
    """The applicant's fields. Values are kept NFC (rules.md §8); nothing here decides validity."""

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
        form = QFormLayout(self)
        form.setVerticalSpacing(4)
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

    def value(self) -> Applicant:
        return Applicant(clean(self.name.text()), clean(self.id_number.text()), clean(self.phone.text()),
                         clean(self.address.text()), clean(self.email.text()))

    def reset(self) -> None:
        for field in (self.name, self.id_number, self.phone, self.address, self.email):
            field.clear()
        for error in (self.id_error, self.phone_error):
            error.clear()
            error.hide()
