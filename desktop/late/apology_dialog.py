"""The apology dialog: drafted reason, fault, suggested new appointment, signer, how it is sent, SMS text.

The page fills it from core's `ApologyDraft` and sets ``submit``; "Issue and print" calls it with
`values()`. The dialog stays open until the page calls ``succeeded()`` or shows core's refusal with
``failed(message)`` (a `SubmitDialog`). The SMS text follows every edit (core's `message_texts`, pure, no database).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.apologies import ApologyDraft, message_texts
from core.documents.common import form_title
from core.text import clean
from desktop.late.data import ApologyInput
from desktop.qt_typed import py_datetime, qt_datetime
from desktop.widgets.submit_dialog import SubmitDialog

__all__ = ["ApologyDialog"]


def _when(value: dt.datetime | None) -> str:
    return f"{value:%H:%M %d/%m/%Y}" if value else ""


class ApologyDialog(SubmitDialog[ApologyInput]):
    """Everything the letter needs, prefilled; a clerk checks it and issues it in one click."""

    def __init__(self, draft: ApologyDraft, *, is_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setWindowTitle(self.tr("Apology and new appointment — %1").replace("%1", draft.code))
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QPlainTextEdit(draft.reason)
        self.reason.setFixedHeight(self.reason.fontMetrics().height() * 4)
        self.fault = QComboBox()
        self.fault.addItem(self.tr("Own fault (chủ quan)"), "own")
        self.fault.addItem(self.tr("External (khách quan)"), "external")
        self.new_due = QDateTimeEdit(qt_datetime(draft.new_due_at))
        self.new_due.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.new_due.setCalendarPopup(True)
        self.signer = QLineEdit(draft.signer)
        self.signer.setPlaceholderText(self.tr("Chairman's name from the settings"))
        self.sent_via = QComboBox()
        for key, label in (
            ("in_person", self.tr("Handed over in person")),
            ("post", self.tr("By post")),
            ("sms", self.tr("SMS text")),
            ("email", self.tr("Email")),
        ):
            self.sent_via.addItem(label, key)
        self.sent_via.setCurrentIndex(max(0, self.sent_via.findData(draft.sent_via)))
        form.addRow(self.tr("Reason for the delay:"), self.reason)
        form.addRow(self.tr("Fault:"), self.fault)
        form.addRow(self.tr("New appointment:"), self.new_due)
        form.addRow(self.tr("Signer:"), self.signer)
        form.addRow(self.tr("Sent by:"), self.sent_via)
        layout.addLayout(form)
        self.override, self.override_reason = QCheckBox(), QLineEdit()
        if draft.needs_override:
            layout.addWidget(self._override_box(is_admin))
        self.sms = QPlainTextEdit()
        self.sms.setReadOnly(True)
        self.sms.setFixedHeight(self.sms.fontMetrics().height() * 5)
        self.copy_button = QPushButton(self.tr("Copy SMS text"))
        self.copy_button.clicked.connect(self.copy_sms)
        sms_row = QHBoxLayout()
        sms_row.addWidget(QLabel(self.tr("Text for SMS or email:")), 1)
        sms_row.addWidget(self.copy_button)
        layout.addLayout(sms_row)
        layout.addWidget(self.sms)
        layout.addWidget(self.error)
        layout.addWidget(self.make_buttons(self.tr("Issue and print…"), self.tr("Cancel")))
        for signal in (self.reason.textChanged, self.new_due.dateTimeChanged):
            signal.connect(self.update_sms)
        self.update_sms()
        self.setMinimumWidth(640)

    def _intro(self) -> str:
        d = self.draft
        lines = [
            form_title(d.profile, "apology"),
            self.tr("%1 — %2").replace("%1", d.applicant).replace("%2", d.procedure),
            self.tr("Statutory due moment: %1 (it never changes). The letter is due by %2.")
            .replace("%1", _when(d.due_at))
            .replace("%2", _when(d.warn_from)),
        ]
        return "\n".join(lines)

    def _override_box(self, is_admin: bool) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr(
                "This dossier was already re-appointed (until %1). Only one re-appointment is "
                "allowed: a second one needs an admin and a written reason."
            ).replace("%1", _when(self.draft.previous_new_due_at))
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b4f00; background: #fff4d6; border: 1px solid #e6c97a; padding: 6px;")
        self.override.setText(self.tr("Admin override"))
        self.override_reason.setPlaceholderText(self.tr("Why a second re-appointment is allowed"))
        self.override.setEnabled(is_admin)
        self.override_reason.setEnabled(is_admin)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.override)
        row.addWidget(self.override_reason, 1)
        layout.addLayout(row)
        return box

    def new_due_at(self) -> dt.datetime:
        return py_datetime(self.new_due.dateTime()).replace(second=0, microsecond=0)

    def update_sms(self) -> None:
        d = self.draft
        sms, _ = message_texts(
            office_name=d.office_name,
            applicant=d.applicant,
            code=d.code,
            procedure=d.procedure,
            due_at=d.due_at,
            new_due_at=self.new_due_at(),
            reason=self.reason.toPlainText() or "…",
            profile=d.profile,
        )
        self.sms.setPlainText(sms)

    def copy_sms(self) -> str:
        text = self.sms.toPlainText()
        QGuiApplication.clipboard().setText(text)
        return text

    def values(self) -> ApologyInput:
        return ApologyInput(
            code=self.draft.code,
            reason=clean(self.reason.toPlainText()),
            fault=str(self.fault.currentData()),
            new_due_at=self.new_due_at(),
            signer=clean(self.signer.text()),
            sent_via=str(self.sent_via.currentData()),
            override=self.override.isChecked(),
            override_reason=clean(self.override_reason.text()),
        )
