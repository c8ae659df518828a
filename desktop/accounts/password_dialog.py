"""Change one's own password (asked at the first login after an admin set or reset it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core.errors import UserError
from desktop.operations import Operations
from desktop.qt_typed import named
from desktop.widgets.submit_dialog import SubmitDialog

__all__ = ["PasswordDialog"]


class PasswordDialog(SubmitDialog[tuple[str, str]]):
    """Old password, new one twice; core checks the old one and the rules for the new one."""

    def __init__(
        self,
        ops: Operations,
        change: Callable[[str, str], object],
        *,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, error_name="passwordMessage")
        self.ops, self.change = ops, change
        self.submit = self._change
        self.setWindowTitle(self.tr("Change password"))
        self.old = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "oldPassword")
        self.new = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "newPassword")
        self.again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "againPassword")
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.old)
        form.addRow(self.tr("New password (8 characters or more):"), self.new)
        form.addRow(self.tr("New password again:"), self.again)
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                QLabel(self.tr("Your password was set by the administrator: choose your own now."), wordWrap=True)
            )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.make_buttons(self.tr("Change"), self.tr("Cancel")))

    def values(self) -> tuple[str, str]:
        """(current, new); the two new ones must match."""
        if self.new.text() != self.again.text():
            raise UserError(self.tr("The two new passwords differ."))
        return self.old.text(), self.new.text()

    def _change(self, values: tuple[str, str]) -> None:
        old, new = values
        self.ops.run(
            lambda _session: self.change(old, new),
            on_done=lambda _: self.succeeded(),
            on_error=lambda error: self.failed(str(error)),
        )
