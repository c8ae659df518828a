"""Accounts: argon2 hashes, the first admin, lockout, role changes (issue 7)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from core.errors import UserError
from core.models import AuditEvent, User
from core.security.access import Role
from core.security.accounts import (
    LOCKOUT_MINUTES,
    MAX_FAILURES,
    LoginFailed,
    change_password,
    create_first_admin,
    create_user,
    has_accounts,
    list_users,
    reset_password,
    set_active,
    set_roles,
    sign_in,
    sign_out,
)

AT = dt.datetime(2026, 11, 27, 8, 0)


@pytest.fixture
def admin(database):
    with database.transaction() as session:
        assert not has_accounts(session)
        create_first_admin(session, username="quantri", full_name="Lê Văn Quản", password="mật khẩu dài")
    return database


def test_the_first_admin_is_made_once_and_stored_as_an_argon2_hash(admin):
    with admin.session() as session:
        user = session.exec(select(User)).one()
        assert user.password_hash.startswith("$argon2id$") and "mật khẩu dài" not in user.password_hash
        assert user.roles == ["admin"]
    with admin.transaction() as session, pytest.raises(UserError, match="chỉ tạo được một lần"):
        create_first_admin(session, username="khac", full_name="Khác", password="mật khẩu dài")


def test_login_gives_the_caller_with_its_roles(admin):
    with admin.transaction() as session:
        create_user(session, username="motcua", full_name="Trần Thị Mai", password="12345678x", roles=["clerk"])
    caller = sign_in(admin, "MotCua", "12345678x", at=AT)
    assert (caller.name, caller.roles, caller.full_name) == ("motcua", frozenset({Role.CLERK}), "Trần Thị Mai")
    with admin.session() as session:
        actions = [e.action for e in session.exec(select(AuditEvent))]
    assert "đăng nhập" in actions


def test_a_log_out_is_in_the_trail_with_its_reason(admin):
    caller = sign_in(admin, "quantri", "mật khẩu dài", at=AT)
    sign_out(admin, caller)
    sign_out(admin, caller, idle_minutes=15)
    with admin.session() as session:
        outs = [e for e in session.exec(select(AuditEvent)) if e.action == "đăng xuất"]
    assert [e.actor for e in outs] == ["quantri", "quantri"]
    assert "không dùng 15 phút" in str(outs[1].detail) and "không dùng" not in str(outs[0].detail)


def test_the_idle_lock_is_15_minutes_unless_an_admin_sets_it(admin):
    from core.models import Setting
    from core.office import set_setting
    from core.office_settings import office_settings
    from core.settings_catalog import check_setting

    with admin.session() as session:
        assert office_settings(session).idle_lock_minutes == 15
    assert check_setting("idle_lock_minutes", 0) == 0  # never
    for bad in (-1, 1.5, "15", True, 10_000):
        with pytest.raises(UserError, match="idle_lock_minutes"):
            check_setting("idle_lock_minutes", bad)
    with admin.transaction() as session:
        set_setting(session, "idle_lock_minutes", 30)
    with admin.session() as session:
        assert office_settings(session).idle_lock_minutes == 30
    with admin.transaction() as session:
        session.merge(Setting(key="idle_lock_minutes", value="rác"))  # written by hand: the default, not a crash
    with admin.session() as session:
        assert office_settings(session).idle_lock_minutes == 15


def test_repeated_failures_lock_the_account_then_it_opens_again(admin):
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(LoginFailed, match="không đúng"):
            sign_in(admin, "quantri", "sai", at=AT)
    with pytest.raises(LoginFailed, match="tạm khoá"):
        sign_in(admin, "quantri", "sai", at=AT)
    with pytest.raises(LoginFailed, match="tạm khoá"):  # even the right password, while locked
        sign_in(admin, "quantri", "mật khẩu dài", at=AT + dt.timedelta(minutes=1))
    later = AT + dt.timedelta(minutes=LOCKOUT_MINUTES + 1)
    assert sign_in(admin, "quantri", "mật khẩu dài", at=later).name == "quantri"
    with admin.session() as session:
        failures = [e for e in session.exec(select(AuditEvent)) if e.action == "đăng nhập sai"]
    assert len(failures) == MAX_FAILURES  # every failure is in the audit trail, committed despite the error


def test_unknown_and_disabled_accounts_are_refused(admin):
    with admin.transaction() as session:
        create_user(session, username="xuly", full_name="Phạm Văn Xử", password="12345678x", roles=["officer"])
        set_active(session, "xuly", False)
    with pytest.raises(LoginFailed, match="không đúng"):
        sign_in(admin, "khongco", "12345678x")
    with pytest.raises(LoginFailed, match="bị khoá"):
        sign_in(admin, "xuly", "12345678x")


def test_bad_logins_roles_and_passwords_are_refused_with_a_message(admin):
    with admin.transaction() as session:
        for kwargs, message in [
            ({"username": "Nguyễn An"}, "không hợp lệ"),
            ({"password": "ngan"}, "ít nhất 8"),
            ({"roles": []}, "ít nhất một vai trò"),
            ({"roles": ["boss"]}, "không có"),
            ({"username": "quantri"}, "đã có"),
        ]:
            values = {"username": "an", "full_name": "An", "password": "12345678x", "roles": ["clerk"], **kwargs}
            with pytest.raises(UserError, match=message):
                create_user(session, **values)


def test_the_last_admin_cannot_lose_the_role(admin):
    with admin.transaction() as session, pytest.raises(UserError, match="quản trị cuối cùng"):
        set_roles(session, "quantri", ["clerk"])
    with admin.transaction() as session:
        create_user(session, username="quantri2", full_name="Quản trị 2", password="12345678x", roles=["admin"])
        assert set_roles(session, "quantri", ["clerk", "leader"]).roles == (Role.CLERK, Role.LEADER)


def test_a_reset_password_must_be_changed_by_its_owner(admin):
    with admin.transaction() as session:
        create_user(session, username="motcua", full_name="Mai", password="12345678x", roles=["clerk"])
        assert reset_password(session, "motcua", "tạm thời 123").must_change_password
    with admin.transaction() as session, pytest.raises(UserError, match="hiện tại không đúng"):
        change_password(session, "motcua", "sai", "mới hẳn 123")
    with admin.transaction() as session:
        assert not change_password(session, "motcua", "tạm thời 123", "mới hẳn 123").must_change_password
    assert sign_in(admin, "motcua", "mới hẳn 123").name == "motcua"
    with admin.session() as session:
        assert [a.username for a in list_users(session)] == ["motcua", "quantri"]
