"""How the dossier came in, what it costs, how it was paid and how the result goes back."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from core.drafts import DELIVERIES, PAYMENT_METHODS
from core.limits import MAX_FEE
from core.models import CHANNELS
from desktop.core_words import word
from desktop.intake.data import ProcedureChoice

__all__ = ["IntakeOptions"]


def _combo(labels: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for key, label in labels.items():
        combo.addItem(word(label), key)
    return combo


def _select(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(key)))


class IntakeOptions(QGroupBox):
    """Channel, fee (prefilled from the procedure), payment method, delivery of the result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Submission and fee"), parent)
        self.channel = _combo(CHANNELS)
        self.fee = QSpinBox()
        self.fee.setRange(0, MAX_FEE)
        self.fee.setSingleStep(1000)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSuffix(" đ")
        self.fee_note = QLabel()
        self.fee_note.setWordWrap(True)
        self.fee_note.setStyleSheet("color: #555; font-size: 8pt;")
        self.fee_note.hide()
        self.payment = _combo(PAYMENT_METHODS)
        self.delivery = _combo(DELIVERIES)
        form = QFormLayout(self)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Submitted:"), self.channel)
        form.addRow(self.tr("Fee:"), self.fee)
        form.addRow("", self.fee_note)
        form.addRow(self.tr("Paid by:"), self.payment)
        form.addRow(self.tr("Result delivered:"), self.delivery)

    def set_procedure(self, choice: ProcedureChoice) -> None:
        """Prefill the fee and a payment method from the procedure (both stay editable)."""
        self.fee.setValue(choice.fee)
        self.fee_note.setText(choice.fee_note)
        self.fee_note.setToolTip(choice.fee_note)
        self.fee_note.setVisible(bool(choice.fee_note))
        _select(self.payment, "cash" if choice.fee else "")

    def values(self) -> dict[str, Any]:
        return {
            "channel": self.channel.currentData(),
            "fee": self.fee.value(),
            "payment_method": self.payment.currentData(),
            "delivery": self.delivery.currentData(),
        }

    def reset(self) -> None:
        _select(self.channel, "direct")
        self.fee.setValue(0)
        self.fee_note.clear()
        self.fee_note.hide()
        _select(self.payment, "")
        _select(self.delivery, "desk")
