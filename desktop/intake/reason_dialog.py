"""Ask the clerk why a dossier is refused; opened window-modal, never blocking (tests fill it in)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core.text import clean

__all__ = ["ReasonDialog"]


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        label = QLabel(prompt)
        label.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Issue the refusal slip"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def reason(self) -> str:
        return clean(self.text.toPlainText())
