"""Pages that later issues build: an honest panel saying what each will do. No fake data, no buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

__all__ = ["ComingSoonPage", "intake_page", "late_page", "ratings_page", "reports_page"]


class ComingSoonPage(QWidget):
    """A short description of a page that is not built yet."""

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel(QCoreApplication.translate(
            "ComingSoon", "This page is coming in a later version; nothing on it works yet."))
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #6b4f00; background: #fff4d6; border: 1px solid #e6c97a; "
                                  "border-radius: 4px; padding: 8px;")
        frame = QFrame()
        frame.setMaximumWidth(760)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.description)
        inner.addSpacing(8)
        inner.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(frame)
        layout.addStretch(1)


def intake_page() -> ComingSoonPage:
    return ComingSoonPage(QCoreApplication.translate(
        "ComingSoon",
        "Here the clerk will receive a citizen's dossier: choose the procedure, enter the applicant, give "
        "the dossier its code, compute the appointment date from the work calendar, and print the receipt "
        "with the appointment."))


def late_page() -> ComingSoonPage:
    return ComingSoonPage(QCoreApplication.translate(
        "ComingSoon",
        "Here the office will see the dossiers that are overdue or due soon, and prepare the apology "
        "letter with a new appointment for each late dossier."))


def ratings_page() -> ComingSoonPage:
    return ComingSoonPage(QCoreApplication.translate(
        "ComingSoon",
        "Here the office will record how satisfied citizens are with the handling of their dossiers, "
        "entered by the citizen at the desk or by the clerk."))


def reports_page() -> ComingSoonPage:
    return ComingSoonPage(QCoreApplication.translate(
        "ComingSoon",
        "Here the office will produce the dossier register and the monthly report on the handling of "
        "administrative procedures, ready to print or export to a spreadsheet."))
