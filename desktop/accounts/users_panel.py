"""The admin's accounts panel (Settings page): list, add, change roles, lock, reset a password.

Every change goes through `core.security.accounts`, which checks that the caller may manage accounts and
keeps at least one active admin; the panel only shows and asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.security.access import ROLE_NAMES, Role
from core.security.accounts import Account, create_user, list_users, reset_password, set_active, set_roles
from desktop.operations import Operations
from desktop.qt_typed import named
from desktop.widgets.row_table_model import RowTableModel

__all__ = ["AccountDialog", "AccountsModel", "UsersPanel"]


class AccountsModel(RowTableModel[Account]):
    @property
    def accounts(self) -> list[Account]:
        return self.rows

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Login"),
            self.tr("Full name"),
            self.tr("Title"),
            self.tr("Roles"),
            self.tr("State"),
            self.tr("Last login"),
        )

    def cell_text(self, a: Account, column: int) -> str:
        state = self.tr("in use") if a.active else self.tr("locked by the admin")
        if a.active and a.locked_until:
            state = self.tr("locked until %1").replace("%1", f"{a.locked_until:%H:%M %d/%m}")
        return (
            a.username,
            a.full_name,
            a.title,
            a.role_names,
            state,
            f"{a.last_login_at:%d/%m/%Y %H:%M}" if a.last_login_at else "",
        )[column]

    def cell_tooltip(self, a: Account, column: int) -> None:
        return None


class AccountDialog(QDialog):
    """A new account (with its first password) or the roles of an existing one."""

    def __init__(self, account: Account | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("New account") if account is None else self.tr("Roles of %1").replace("%1", account.username)
        )
        form = QFormLayout()
        self.username = named(QLineEdit(), "newUsername")
        self.full_name = named(QLineEdit(), "newFullName")
        self.title = named(QLineEdit(), "newTitle")
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "newPassword")
        if account is None:
            form.addRow(self.tr("Login (no accents):"), self.username)
            form.addRow(self.tr("Full name:"), self.full_name)
            form.addRow(self.tr("Title:"), self.title)
            form.addRow(self.tr("First password:"), self.password)
        self.roles = {role: named(QCheckBox(ROLE_NAMES[role]), f"role_{role.value}") for role in Role}
        box = QGroupBox(self.tr("Roles"))
        column = QVBoxLayout(box)
        for role, check in self.roles.items():
            check.setChecked(account is not None and role in account.roles)
            column.addWidget(check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(buttons)

    def chosen_roles(self) -> list[str]:
        return [role.value for role, check in self.roles.items() if check.isChecked()]


class UsersPanel(QGroupBox):
    """The accounts of the office, for a caller who may manage them."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr(
                "One account per person: the roles decide what each may do, and every step is "
                "recorded under the account's name."
            ),
            parent,
        )
        self.setObjectName("usersPanel")
        self.ops = ops
        self.model = AccountsModel()
        self.table = named(QTableView(), "accountsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        self.add = named(QPushButton(self.tr("&Add account…")), "addAccount")
        self.edit_roles = named(QPushButton(self.tr("&Roles…")), "editRoles")
        self.toggle = named(QPushButton(self.tr("&Lock / unlock")), "toggleAccount")
        self.reset = named(QPushButton(self.tr("Reset &password…")), "resetPassword")
        self.add.clicked.connect(self._add)
        self.edit_roles.clicked.connect(self._roles)
        self.toggle.clicked.connect(self._toggle)
        self.reset.clicked.connect(self._reset)
        self.message = named(QLabel(wordWrap=True), "accountsMessage")
        row = QHBoxLayout()
        for button in (self.add, self.edit_roles, self.toggle, self.reset):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.ops.run(list_users, on_done=self.model.set_rows, on_error=lambda e: self.message.setText(str(e)))

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _write(self, fn, done: str) -> None:
        def finished(account: Account) -> None:
            self.message.setText(done.replace("%1", account.username))
            self.refresh()

        self.ops.run(fn, write=True, on_done=finished, on_error=lambda e: self.message.setText(str(e)))

    def _add(self) -> None:
        dialog = AccountDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        username, full_name, title = dialog.username.text(), dialog.full_name.text(), dialog.title.text()
        password, roles = dialog.password.text(), dialog.chosen_roles()
        self._write(
            lambda s: create_user(
                s, username=username, full_name=full_name, title=title, password=password, roles=roles
            ),
            self.tr("Account %1 created; its owner changes the password at the first login."),
        )

    def _roles(self) -> None:
        account = self.selected()
        if account is None:
            self.message.setText(self.tr("Choose an account in the list first."))
            return
        dialog = AccountDialog(account, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            roles = dialog.chosen_roles()
            self._write(lambda s: set_roles(s, account.username, roles), self.tr("Roles of %1 saved."))

    def _toggle(self) -> None:
        account = self.selected()
        if account is None:
            self.message.setText(self.tr("Choose an account in the list first."))
            return
        active = not account.active or account.locked_until is not None
        self._write(
            lambda s: set_active(s, account.username, active),
            self.tr("%1 can log in again.") if active else self.tr("%1 is locked."),
        )

    def _reset(self) -> None:
        account = self.selected()
        if account is None:
            self.message.setText(self.tr("Choose an account in the list first."))
            return

        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password for %1 (8 characters or more):").replace("%1", account.username),
            QLineEdit.EchoMode.Password,
        )
        if ok and password:
            self._write(
                lambda s: reset_password(s, account.username, password),
                self.tr("Password of %1 reset; its owner must change it at the next login."),
            )
