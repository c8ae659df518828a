"""Change one's own password (asked at the first login after an admin set or reset it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.operations import Operations
from desktop.qt_typed import named

__all__ = ["PasswordDialog"]


class PasswordDialog(QDialog):
    """Old password, new one twice; core checks the old one and the rules for the new one."""

    def __init__(
        self,
        ops: Operations,
        change: Callable[[str, str], object],
        *,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.change = ops, change
        self.setWindowTitle(self.tr("Change password"))
        self.old = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "oldPassword")
        self.new = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "newPassword")
        self.again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "againPassword")
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.old)
        form.addRow(self.tr("New password (8 characters or more):"), self.new)
        form.addRow(self.tr("New password again:"), self.again)
        self.message = named(QLabel(wordWrap=True), "passwordMessage")
        self.message.setStyleSheet("color: #a40000;")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Change"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                QLabel(self.tr("Your password was set by the administrator: choose your own now."), wordWrap=True)
            )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _try(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two new passwords differ."))
            return
        old, new = self.old.text(), self.new.text()
        self.ops.run(
            lambda _session: self.change(old, new),
            on_done=lambda _: self.accept(),
            on_error=lambda error: self.message.setText(str(error)),
        )
