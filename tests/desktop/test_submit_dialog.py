"""SubmitDialog: OK hands values() to submit and waits; failed() shows why and lets the clerk retry;
succeeded() closes; without submit OK closes; a UserError from values() is shown and nothing is sent."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

from core.errors import UserError
from desktop.widgets.submit_dialog import SubmitDialog


class NameDialog(SubmitDialog[dict[str, str]]):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.name = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addWidget(self.make_buttons("Lưu", "Huỷ"))

    def values(self) -> dict[str, str]:
        if self.name.text() == "?":
            raise UserError("Tên không hợp lệ.")
        return {"name": self.name.text()}


def _open(qtbot, **kwargs) -> tuple[NameDialog, list[dict[str, str]]]:
    dialog = NameDialog(**kwargs)
    qtbot.addWidget(dialog)
    sent: list[dict[str, str]] = []
    dialog.submit = sent.append
    dialog.open()
    return dialog, sent


def test_the_buttons_and_the_hidden_red_line(qtbot):
    dialog, _ = _open(qtbot)
    assert dialog.ok_button.text() == "Lưu" and dialog.ok_button.isEnabled()
    assert dialog.error.objectName() == "dialogError" and dialog.findChild(QLabel, "dialogError") is dialog.error
    assert not dialog.error.isVisible() and "#b00020" in dialog.error.styleSheet()
    named = NameDialog(error_name="passwordMessage")
    qtbot.addWidget(named)
    assert named.findChild(QLabel, "passwordMessage") is named.error


def test_ok_submits_the_values_and_waits(qtbot):
    dialog, sent = _open(qtbot)
    dialog.name.setText("Nguyễn Văn An")
    dialog.ok_button.click()
    assert sent == [{"name": "Nguyễn Văn An"}]
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()  # waits for the page's answer


def test_a_refusal_keeps_the_dialog_open_and_says_why(qtbot):
    dialog, sent = _open(qtbot)
    dialog.ok_button.click()
    dialog.failed("Hồ sơ đã trả kết quả.")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and dialog.error.text() == "Hồ sơ đã trả kết quả."
    assert dialog.ok_button.isEnabled()
    dialog.name.setText("Lần hai")
    dialog.ok_button.click()  # trying again hides the old reason
    assert sent == [{"name": ""}, {"name": "Lần hai"}] and not dialog.error.isVisible()


def test_success_closes_the_dialog_as_accepted(qtbot):
    dialog, _ = _open(qtbot)
    dialog.ok_button.click()
    with qtbot.waitSignal(dialog.accepted):
        dialog.succeeded()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_values_that_do_not_parse_are_shown_and_not_sent(qtbot):
    dialog, sent = _open(qtbot)
    dialog.name.setText("?")
    dialog.ok_button.click()
    assert sent == [] and dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.error.isVisible() and dialog.error.text() == "Tên không hợp lệ."


def test_without_submit_ok_closes_and_cancel_rejects(qtbot):
    dialog, _ = _open(qtbot)
    dialog.submit = None
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    other, sent = _open(qtbot)
    with qtbot.waitSignal(other.rejected):
        other.reject()
    assert sent == [] and other.result() == QDialog.DialogCode.Rejected


def test_the_password_dialog_checks_then_waits_for_core(qtbot, ops, settle):
    """One of the dialogs on the base: the two new passwords must match before core is asked."""
    from desktop.accounts.password_dialog import PasswordDialog

    asked: list[tuple[str, str]] = []

    def change(old: str, new: str) -> None:
        asked.append((old, new))
        if len(new) < 8:
            raise UserError("Mật khẩu mới phải có ít nhất 8 ký tự.")

    dialog = PasswordDialog(ops, change)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.old.setText("mật khẩu cũ")
    dialog.new.setText("ngắn")
    dialog.again.setText("khác")
    dialog.ok_button.click()
    assert asked == [] and dialog.error.text() == "Hai lần nhập mật khẩu mới không khớp nhau."
    assert dialog.error.objectName() == "passwordMessage"
    dialog.again.setText("ngắn")
    dialog.ok_button.click()
    settle()
    assert asked == [("mật khẩu cũ", "ngắn")] and dialog.isVisible()
    assert dialog.error.text() == "Mật khẩu mới phải có ít nhất 8 ký tự." and dialog.ok_button.isEnabled()
    dialog.new.setText("mật khẩu mới dài")
    dialog.again.setText("mật khẩu mới dài")
    dialog.ok_button.click()
    settle()
    assert asked[-1] == ("mật khẩu cũ", "mật khẩu mới dài") and dialog.result() == QDialog.DialogCode.Accepted
