"""``motcua users``, ``--user``, ``cli_login`` and ``audit verify`` at the command line."""

from __future__ import annotations


def test_accounts_and_a_required_login_at_the_command_line(run, monkeypatch):
    assert run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")[0] == 0
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "mật khẩu dài")
    code, out, _ = run("users", "add", "quantri", "--full-name", "Lê Văn Quản", "--roles", "admin,clerk")
    assert code == 0 and "quantri" in out
    assert run("settings", "set", "cli_login", "required")[0] == 0
    code, _, err = run("late")
    assert code == 2 and "--user" in err and err.count("\n") == 1
    monkeypatch.setenv("MOTCUA_PASSWORD", "sai")
    code, _, err = run("late", "--user", "quantri")
    assert code == 2 and "không đúng" in err
    monkeypatch.setenv("MOTCUA_PASSWORD", "mật khẩu dài")
    code, out, _ = run("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An", "--user", "quantri")
    assert code == 0 and out.startswith("H40.25.12-")
    code, out, _ = run("audit", "verify", "--user", "quantri")
    assert code == 0 and "Nhật ký nguyên vẹn" in out
    code, out, _ = run("audit", "list", "--user", "quantri", "--limit", "5")
    assert code == 0 and "quantri" in out and "intake" in out
    code, _, err = run("settings", "set", "cli_login", "maybe", "--user", "quantri")
    assert code == 2 and "cli_login" in err
