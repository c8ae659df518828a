"""The login screen: a login and a password, checked by `core.accounts.sign_in` on the worker thread.

A refused login shows core's reason (wrong password, locked for some minutes, disabled) under the
fields and keeps what was typed in the login field; the password field is cleared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from core.access import Caller
from core.errors import UserError
from desktop.messages import app_title
from desktop.operations import Operations

__all__ = ["LoginDialog"]


class LoginDialog(QDialog):
    """Ask for a login and password; ``caller`` holds the `Caller` once accepted."""

    def __init__(self, ops: Operations, sign_in: Callable[[str, str], Caller], *, office: str = "",
                 hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.sign_in = ops, sign_in
        self.caller: Caller | None = None
        self.setWindowTitle(self.tr("Log in — %1").replace("%1", app_title()))
        self.setObjectName("loginDialog")
        heading = QLabel(office or app_title())
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        self.message = QLabel(objectName="loginMessage", wordWrap=True)
        self.message.setStyleSheet("color: #a40000;")
        self.message.hide()
        self.hint = QLabel(hint, wordWrap=True, objectName="loginHint", visible=bool(hint))
        self.hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.username.setFocus()

    def _try(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._refused(self.tr("Type your login and password."))
            return
        self.ok.setEnabled(False)
        self.ops.run(lambda _session: self.sign_in(username, password), on_done=self._signed_in,
                     on_error=lambda error: self._refused(str(error)))

    def _signed_in(self, caller: Caller) -> None:
        self.caller = caller
        self.accept()

    def _refused(self, text: str) -> None:
        self.ok.setEnabled(True)
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()
