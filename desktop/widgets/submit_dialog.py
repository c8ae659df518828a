"""A dialog that asks for some values and stays open until they are taken: what the step dialogs share.

The page sets ``dialog.submit``; OK reads `values()` and calls it (the OK button waits meanwhile). The
dialog stays open until the page calls `succeeded()`, or shows core's refusal with `failed(message)` in a
red line under the inputs so the clerk can fix them. `values()` may raise core's `UserError` when what is
typed does not even parse: that is shown the same way and nothing is submitted. Without ``submit`` OK
closes the dialog once `values()` is read (the caller then reads them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from core.errors import UserError

__all__ = ["SubmitDialog"]

V = TypeVar("V")


class SubmitDialog(QDialog, Generic[V]):
    """`error` is the red line (hidden until a refusal); `ok_button` is made by `make_buttons`."""

    ok_button: QPushButton

    def __init__(self, parent: QWidget | None = None, *, error_name: str = "dialogError") -> None:
        super().__init__(parent)
        self.submit: Callable[[V], None] | None = None
        self.error = QLabel()
        self.error.setObjectName(error_name)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

    def make_buttons(self, ok_text: str, cancel_text: str) -> QDialogButtonBox:
        """OK (`ok_button`) and Cancel, with the subclass's own translated words."""
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def values(self) -> V:
        """What was typed, as the page's step takes it."""
        raise NotImplementedError

    def accept(self) -> None:
        self.error.hide()
        try:
            values = self.values()
        except UserError as error:
            self.failed(str(error))
            return
        if self.submit is None:
            super().accept()
            return
        self.ok_button.setEnabled(False)
        self.submit(values)

    def failed(self, message: str) -> None:
        """Refused: say why and let the clerk fix it."""
        self.error.setText(message)
        self.error.show()
        self.ok_button.setEnabled(True)

    def succeeded(self) -> None:
        """Done: close the dialog as accepted."""
        QDialog.accept(self)
