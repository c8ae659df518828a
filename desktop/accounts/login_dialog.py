"""The login screen: a login and a password, checked by `core.security.accounts.sign_in` on the worker thread.

A refused login shows core's reason (wrong password, locked for some minutes, disabled) under the
fields and keeps what was typed in the login field; the password field is cleared.

An admin locked out for good (forgotten password, disabled, locked again and again by someone's tries)
comes back with the office's key recovery sheet: "Use the key recovery sheet…" asks for the admin's
login, the sheet's 14 groups and a new password (`rescue`: `core.security.data_key.rescue_with_sheet`).

At start the window shows before the database is open (issue 17): made without ``ops`` and ``sign_in``,
it takes the login at once and signs in when `attach` gives them (the database opened meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.security.access import Caller
from desktop.messages import app_title
from desktop.operations import Operations
from desktop.qt_typed import named
from desktop.widgets.submit_dialog import SubmitDialog

__all__ = ["LoginDialog", "RescueDialog"]


class RescueDialog(SubmitDialog[tuple[str, str, str]]):
    """The admin's login, the recovery sheet's groups and a new password (twice); core checks them."""

    def __init__(
        self,
        ops: Operations,
        rescue: Callable[[str, str, str], object],
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, error_name="rescueMessage")
        self.ops, self.rescue = ops, rescue
        self.submit = self._rescue
        self.message = self.error  # the red line, by the name the accounts' tests know
        self.setWindowTitle(self.tr("Open an admin account with the key recovery sheet"))
        self.username = named(QLineEdit(username), "rescueUsername")
        self.groups = named(QPlainTextEdit(), "rescueGroups")
        self.groups.setTabChangesFocus(True)
        self.groups.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        self.groups.setFixedHeight(self.groups.fontMetrics().lineSpacing() * 4 + 12)
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "rescuePassword")
        self.again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "rescueAgain")
        form = QFormLayout()
        form.addRow(self.tr("Admin's login:"), self.username)
        form.addRow(self.tr("The sheet's 14 groups:"), self.groups)
        form.addRow(self.tr("New password (8 characters or more):"), self.password)
        form.addRow(self.tr("New password again:"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The key recovery sheet is kept in the office safe. Whoever holds it can "
                    "open an admin account again; this is written into the audit trail and "
                    "the new password must be changed at the next login."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.make_buttons(self.tr("Open the account"), self.tr("Cancel")))
        self.setMinimumWidth(520)

    def values(self) -> tuple[str, str, str]:
        """(login, new password, the sheet's groups); the two new passwords must match."""
        if self.password.text() != self.again.text():
            raise UserError(self.tr("The two new passwords differ."))
        return self.username.text().strip(), self.password.text(), self.groups.toPlainText()

    def _rescue(self, values: tuple[str, str, str]) -> None:
        self.ops.run(
            lambda _session: self.rescue(*values),
            on_done=lambda _: self.succeeded(),
            on_error=lambda error: self.failed(str(error)),
        )


class LoginDialog(QDialog):
    """Ask for a login and password; ``caller`` holds the `Caller` once accepted."""

    def __init__(
        self,
        ops: Operations | None,
        sign_in: Callable[[str, str], Caller] | None,
        *,
        office: str = "",
        hint: str = "",
        rescue: Callable[[str, str, str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.sign_in, self.rescue = ops, sign_in, rescue
        self.caller: Caller | None = None
        self._waiting = False  # Log in pressed before the database was open
        self.setWindowTitle(self.tr("Log in — %1").replace("%1", app_title()))
        self.setObjectName("loginDialog")
        self.heading = heading = named(QLabel(office or app_title()), "loginHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.username = named(QLineEdit(), "username")
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "password")
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        for field in (self.username, self.password):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.message = named(QLabel(wordWrap=True), "loginMessage")
        self.message.setStyleSheet("color: #a40000;")
        self.message.hide()
        self.hint = named(QLabel(hint, wordWrap=True), "loginHint")
        self.hint.setVisible(bool(hint))
        self.hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        self.use_sheet = named(
            QPushButton(self.tr("Use the key &recovery sheet…"), flat=True, autoDefault=False), "useRecoverySheet"
        )
        self.use_sheet.setToolTip(self.tr("For an admin who cannot log in any more"))
        self.use_sheet.clicked.connect(self._use_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.use_sheet, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)
        self.use_sheet.setVisible(rescue is not None)
        self.setMinimumWidth(420)
        self.username.setFocus()

    def _try(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._refused(self.tr("Type your login and password."))
            return
        self.ok.setEnabled(False)
        if self.ops is None:  # the database is still opening: the sign-in goes on in `attach`
            self._waiting = True
            return
        sign_in = self.sign_in
        assert sign_in is not None  # given with ops (here or by attach)
        self.ops.run(
            lambda _session: sign_in(username, password),
            on_done=self._signed_in,
            on_error=lambda error: self._refused(str(error)),
        )

    def attach(
        self,
        ops: Operations,
        sign_in: Callable[[str, str], Caller],
        *,
        office: str = "",
        hint: str = "",
        rescue: Callable[[str, str, str], object] | None = None,
    ) -> None:
        """The database is open: the office's name, the hint, the recovery sheet's button, and the sign-in (a
        login asked for while it opened goes on now, with what the fields hold)."""
        self.ops, self.sign_in, self.rescue = ops, sign_in, rescue
        if office:
            self.heading.setText(office)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.use_sheet.setVisible(rescue is not None)
        if self._waiting:
            self._waiting = False
            self._try()

    def _signed_in(self, caller: Caller) -> None:
        self.caller = caller
        self.accept()

    def _refused(self, text: str) -> None:
        self.ok.setEnabled(True)
        self._say(text)
        self.password.clear()
        self.password.setFocus()

    def _say(self, text: str) -> None:
        """The message under the fields, on as many lines as it needs: the dialog grows (its wrapped lines
        are not in its minimum size, so the fields were squashed instead)."""
        self.message.setText(text)
        self.message.show()
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.activate()
        needed = layout.minimumSize().height()
        if layout.hasHeightForWidth():
            needed = max(needed, layout.totalHeightForWidth(self.width()))
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _use_sheet(self) -> None:
        assert self.rescue is not None and self.ops is not None
        dialog = RescueDialog(self.ops, self.rescue, self.username.text().strip(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username.text().strip())
            self._say(self.tr("The account is open again: log in with the new password, then choose your own."))
            self.password.clear()
            self.password.setFocus()
