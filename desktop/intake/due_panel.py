"""The appointment the citizen will get if the dossier is accepted now, and why that date."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.work_calendar import DueResult
from desktop.intake.data import ProcedureChoice

__all__ = ["DuePanel"]

MAX_WHY_HEIGHT = 190


class DuePanel(QFrame):
    """Procedure summary, the due moment in large type, then the "why this date" lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duePanel")
        self.setStyleSheet("#duePanel { background: #f3f7fc; border: 1px solid #c5d5ea; border-radius: 4px; }")
        self.procedure = QLabel()
        self.procedure.setWordWrap(True)
        self.due = QLabel()
        self.due.setStyleSheet("font-size: 15pt; font-weight: bold; color: #0b4f9c;")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #333;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.procedure)
        layout.addWidget(self.due)
        self.scroll_area = scroll = (
            QScrollArea()
        )  # Tết can skip a dozen days: the lines scroll instead of pushing the checklist away
        scroll.setWidget(self.why)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("background: transparent;")
        layout.addWidget(scroll)
        self.clear()

    def set_procedure(self, choice: ProcedureChoice) -> None:
        self.procedure.setText(
            self.tr("<b>%1</b> · field %2 · time limit: %3")
            .replace("%1", choice.label)
            .replace("%2", choice.field)
            .replace("%3", choice.duration)
        )
        self.due.setText(self.tr("Computing the appointment…"))
        self.why.clear()
        self._fit()

    def show_due(self, result: DueResult) -> None:
        self.due.setText(self.tr("Appointment: %1").replace("%1", f"{result.due:%H:%M} {result.due:%d/%m/%Y}"))
        lines = result.explain()[:-1]  # the last line repeats the appointment
        self.why.setText(self.tr("Why this date:") + "\n" + "\n".join(f"• {line}" for line in lines))
        self._fit()

    def _fit(self) -> None:
        """As tall as the lines, up to about ten of them."""
        width = max(300, self.scroll_area.viewport().width())
        self.scroll_area.setFixedHeight(min(MAX_WHY_HEIGHT, self.why.heightForWidth(width) + 2))

    def show_problem(self, text: str) -> None:
        self.due.setText(text)
        self.why.clear()
        self._fit()

    def clear(self) -> None:
        self.procedure.setText(self.tr("Choose a procedure to see the appointment date."))
        self.due.clear()
        self.why.clear()
        self._fit()
