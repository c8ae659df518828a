"""What the desk just issued, in large type: the new dossier code, or the number of a slip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.intake.data import Issued

__all__ = ["IssuedBanner"]

_COLOURS = {"receipt": ("#e7f5ec", "#1b6e3a"), "supplement": ("#fff4e0", "#9a5b00"), "refusal": ("#fdecee", "#a0001c")}


class IssuedBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issuedBanner")
        self.headline, self.code, self.detail = QLabel(), QLabel(), QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline.setWordWrap(True)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for label in (self.headline, self.code, self.detail):
            layout.addWidget(label)
        self.hide()

    def show_issued(self, issued: Issued) -> None:
        background, colour = _COLOURS[issued.kind]
        self.setStyleSheet(
            f"#issuedBanner {{ background: {background}; border: 2px solid {colour}; border-radius: 6px; }}"
        )
        self.code.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {colour};")
        self.code.setText(issued.reference)
        if issued.kind == "receipt":
            self.headline.setText(self.tr("Dossier accepted — %1").replace("%1", issued.applicant_name))
            due = issued.due.due if issued.due else None
            self.detail.setText(self.tr("Appointment: %1").replace("%1", f"{due:%H:%M} {due:%d/%m/%Y}") if due else "")
        elif issued.kind == "supplement":
            self.headline.setText(self.tr("Not accepted — supplement slip for %1").replace("%1", issued.applicant_name))
            self.detail.setText(self.tr("No dossier code is given until the dossier is complete."))
        else:
            self.headline.setText(self.tr("Intake refused — refusal slip for %1").replace("%1", issued.applicant_name))
            self.detail.setText(self.tr("No dossier code is given."))
        self.show()

    def clear(self) -> None:
        self.code.clear()
        self.hide()
