"""Accounts in the window: the first-run wizard, the login screen, pages by role, the accounts panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core.access import Caller, Role
from core.accounts import create_first_admin, create_user, sign_in
from core.first_run import needs_first_run
from desktop.accounts.login_dialog import LoginDialog
from desktop.first_run_wizard import FirstRunWizard
from tests.fakes import as_tester


def _titles(built):
    return [entry.title for entry in built.window.pages]


def test_the_first_run_sets_up_the_office_and_logs_the_admin_in(qtbot, database, ops, settle, tmp_path):
    assert needs_first_run(database)
    wizard = FirstRunWizard(ops, database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.unit_code.setText("H40.25.12")
    wizard.office_name.setText("UBND xã Hoa Thành")
    wizard.place.setText("Hoa Thành")
    wizard.chairman_name.setText("Nguyễn Văn Hùng")
    wizard.username.setText("quantri")
    wizard.full_name.setText("Lê Văn Quản")
    wizard.also_clerk.setChecked(True)
    wizard.password.setText("ngắn")
    wizard.again.setText("ngắn")
    wizard.accept()
    settle()
    assert "ít nhất 8" in wizard.message.text() and needs_first_run(database)  # refused whole: nothing written
    wizard.password.setText("mật khẩu dài")
    wizard.again.setText("mật khẩu dài")
    wizard.accept()
    settle()
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.caller.name == "quantri" and wizard.caller.roles == frozenset({Role.ADMIN, Role.CLERK})
    assert not needs_first_run(database)


def test_the_login_screen_says_why_and_clears_the_password(qtbot, database, ops, settle):
    with database.transaction() as session:
        create_first_admin(session, username="quantri", full_name="Lê Văn Quản", password="mật khẩu dài")
    dialog = LoginDialog(ops, lambda u, p: sign_in(database, u, p), office="UBND xã Hoa Thành")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "quantri")
    qtbot.keyClicks(dialog.password, "sai-mat-khau")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    settle()
    assert "không đúng" in dialog.message.text() and dialog.password.text() == "" and dialog.isVisible()
    dialog.password.setText("mật khẩu dài")  # QTest cannot type marks
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.caller.name == "quantri"


def test_pages_follow_the_callers_roles(database, open_window):
    officer = as_tester(database, Caller("xuly", frozenset({Role.OFFICER}), "Phạm Văn Xử"))
    built = open_window(officer)
    titles = _titles(built)
    assert "Tiếp nhận" not in titles and "Cài đặt" not in titles and "Hồ sơ" in titles
    from PySide6.QtWidgets import QLabel

    label = built.window.statusBar().findChild(QLabel, "userLabel")
    assert label.text() == "Phạm Văn Xử" and "Cán bộ xử lý" in label.toolTip()


def test_the_admin_manages_accounts_in_settings(qtbot, database, open_window, settle):
    admin = as_tester(database, Caller("quantri", frozenset({Role.ADMIN})))
    with admin.transaction() as session:
        create_first_admin(session, username="quantri", full_name="Lê Văn Quản", password="mật khẩu dài")
        create_user(session, username="motcua", full_name="Trần Thị Mai", password="12345678x", roles=["clerk"])
    built = open_window(admin)
    assert "Tiếp nhận" not in _titles(built) and "Cài đặt" in _titles(built)
    from desktop.accounts.users_panel import UsersPanel

    panel = built.settings.findChild(UsersPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    panel.table.selectRow([a.username for a in panel.model.accounts].index("motcua"))
    panel._toggle()
    qtbot.waitUntil(lambda: not [a for a in panel.model.accounts if a.username == "motcua"][0].active,
                    timeout=10_000)
    assert "motcua" in panel.message.text()
