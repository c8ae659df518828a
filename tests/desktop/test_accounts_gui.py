"""Accounts in the window: the first-run wizard, the login screen, pages by role, the accounts panel."""

from __future__ import annotations

import subprocess
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core.first_run import needs_first_run
from core.security.access import Caller, Role
from core.security.accounts import create_first_admin, create_user, sign_in
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


def test_a_login_typed_while_the_database_opens_goes_on_once_it_is_open(qtbot, database, ops, settle):
    """The login window shows before the database is open (issue 17): Log in waits, then signs in by itself."""
    with database.transaction() as session:
        create_first_admin(session, username="quantri", full_name="Lê Văn Quản", password="mật khẩu dài")
    dialog = LoginDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Một Cửa" and not dialog.use_sheet.isVisible()
    qtbot.keyClicks(dialog.username, "quantri")
    dialog.password.setText("mật khẩu dài")  # QTest cannot type marks
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    settle()
    assert not dialog.ok.isEnabled() and dialog.isVisible() and dialog.caller is None  # waiting for the database
    dialog.attach(
        ops,
        lambda u, p: sign_in(database, u, p),
        office="UBND xã Hoa Thành",
        hint="Văn phòng thử",
        rescue=lambda u, p, groups: None,
    )
    assert dialog.heading.text() == "UBND xã Hoa Thành" and dialog.hint.text() == "Văn phòng thử"
    assert dialog.use_sheet.isVisible()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.caller.name == "quantri"


def test_a_refused_login_keeps_the_fields_whole(qtbot, ops):
    """The message under the fields makes the dialog taller: the login and password keep their height."""
    dialog = LoginDialog(ops, lambda u, p: None, office="UBND xã Hoa Thành")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heights = (dialog.username.height(), dialog.password.height())
    dialog._refused(
        "Tài khoản tạm khoá vì nhập sai mật khẩu 5 lần: thử lại sau 10:45, nhờ quản trị mở khoá, "
        "hoặc dùng phiếu khôi phục khoá (motcua users rescue)."
    )
    qtbot.wait(50)
    assert (dialog.username.height(), dialog.password.height()) == heights
    assert dialog.username.height() >= dialog.username.minimumSizeHint().height()
    message = dialog.message
    assert message.height() >= message.heightForWidth(message.width())  # the whole message, every line


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
    qtbot.waitUntil(lambda: not [a for a in panel.model.accounts if a.username == "motcua"][0].active, timeout=10_000)
    assert "motcua" in panel.message.text()


def test_the_wizard_does_not_finish_until_the_key_recovery_sheet_is_kept(
    qtbot, database, ops, settle, tmp_path, monkeypatch
):
    """Issue 13: the first run ends with the office key's recovery sheet, printed or saved."""
    import desktop.widgets.pdf_preview as preview
    from core.security.audit_check import events
    from core.security.data_key import key_fingerprint
    from core.security.key_store import MemoryKeyStore
    from core.security.recovery import decode_key, encode_key
    from tests.fakes import TEST_KEY

    wizard = FirstRunWizard(ops, database, MemoryKeyStore(TEST_KEY))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.unit_code.setText("H40.25.12")
    wizard.office_name.setText("UBND xã Hoa Thành")
    wizard.username.setText("quantri")
    wizard.full_name.setText("Lê Văn Quản")
    wizard.password.setText("mật khẩu dài")
    wizard.again.setText("mật khẩu dài")
    wizard.accept()  # Finish pressed early (Enter): sets the office up, then shows the sheet
    settle()
    qtbot.waitUntil(lambda: wizard.sheet.preview.data != b"", timeout=10_000)
    assert wizard.currentPage() is wizard.sheet and not needs_first_run(database)
    assert not wizard.sheet.isComplete() and not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    wizard.reject()  # Esc or the window's ×: the sheet is not skipped
    assert wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    assert "phiếu" in wizard.sheet.state.text()
    target = tmp_path / "phieu.pdf"
    monkeypatch.setattr(preview, "ask_save_path", lambda parent, suggested: str(target))
    wizard.sheet.preview.save_button.click()
    assert wizard.sheet.isComplete() and wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.caller.name == "quantri"
    out = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True).stdout
    text = unicodedata.normalize("NFC", " ".join(out.decode("utf-8").split()))
    fingerprint = key_fingerprint(TEST_KEY)
    assert fingerprint in text and "UBND xã Hoa Thành" in text
    groups = encode_key(TEST_KEY)
    assert all(group in text for group in groups) and decode_key(" ".join(groups)) == TEST_KEY
    with as_tester(database).session() as session:
        assert any(
            e.action == "in phiếu khôi phục khoá" and e.actor == "quantri"
            for e in events(session, action="in phiếu khôi phục khoá")
        )


def test_a_locked_out_admin_comes_back_with_the_recovery_sheet_at_the_login_screen(qtbot, database, ops, settle):
    """Issue 13: nobody can lock the last admin out for good; the sheet in the office safe opens it again."""
    import secrets

    from core.security.accounts import set_active
    from core.security.data_key import open_office_data, rescue_with_sheet
    from core.security.key_store import MemoryKeyStore
    from core.security.recovery import encode_key
    from desktop.accounts.login_dialog import RescueDialog
    from tests.fakes import TEST_KEY

    keys = MemoryKeyStore(TEST_KEY)
    assert open_office_data(database, keys).unlocked
    with database.transaction() as session:
        create_first_admin(session, username="quantri", full_name="Lê Văn Quản", password="mật khẩu dài")
        create_user(session, username="canbo1", full_name="Trần Thị Lan", password="mật khẩu dài", roles=["clerk"])
        create_user(session, username="quantri2", full_name="Kẻ Xấu", password="mật khẩu dài", roles=["admin"])
        set_active(session, "quantri", False)  # a second admin locks the first one out
    dialog = LoginDialog(
        ops,
        lambda u, p: sign_in(database, u, p),
        office="UBND xã Hoa Thành",
        rescue=lambda u, p, g: rescue_with_sheet(database, keys, u, p, g),
    )
    qtbot.addWidget(dialog)
    assert not dialog.use_sheet.isHidden()
    rescue = RescueDialog(ops, dialog.rescue, "quantri")
    qtbot.addWidget(rescue)
    rescue.groups.setPlainText(" ".join(encode_key(secrets.token_bytes(32))))
    rescue.password.setText("mật khẩu mới dài")
    rescue.again.setText("mật khẩu mới dài")
    rescue.ok_button.click()
    settle()
    assert "không phải khoá" in rescue.message.text() and rescue.result() != QDialog.DialogCode.Accepted
    rescue.groups.setPlainText("\n".join(encode_key(TEST_KEY)))
    rescue.username.setText("canbo1")  # the sheet opens admins only
    rescue.ok_button.click()
    settle()
    assert "không phải tài khoản quản trị" in rescue.message.text()
    rescue.username.setText("quantri")
    rescue.ok_button.click()
    settle()
    assert rescue.result() == QDialog.DialogCode.Accepted
    caller = sign_in(database, "quantri", "mật khẩu mới dài")
    assert caller.must_change_password and Role.ADMIN in caller.roles
