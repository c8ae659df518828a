"""Accounts at the command line (issue 13): every command acts for an account; the office key's custody
(export, import, seal, the recovery sheet) is an admin's and is in the trail; ``audit verify`` checks witnesses."""

from __future__ import annotations

import json
import subprocess

import pytest

from cli.main import main

ADMIN_PASSWORD = "mật khẩu quản trị"


@pytest.fixture
def office(tmp_path, monkeypatch, capsys):
    """A new office made as a new user would: ``motcua init`` with its first admin, then a clerk."""
    db = str(tmp_path / "office.db")

    def run(*args: str, user: str | None = "quantri", password: str | None = ADMIN_PASSWORD):
        for name, value in (("MOTCUA_USER", user), ("MOTCUA_PASSWORD", password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", ADMIN_PASSWORD)
    code, out, err = run(
        "init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành", user=None, password=None
    )
    assert code == 0, err
    assert "quantri" in out and "key sheet" in out  # the first run says to print the recovery sheet
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "mật khẩu một cửa")
    assert run("users", "add", "lan", "--full-name", "Nguyễn Thị Lan", "--roles", "clerk")[0] == 0
    return run, db


# -- the attacks of the issue -------------------------------------------------------------------------------
def test_without_an_account_no_command_that_reads_or_writes_runs(office):
    run, _ = office
    for args in (
        ("users", "roles", "lan", "clerk,admin"),
        ("users", "reset-password", "quantri"),
        ("users", "disable", "quantri"),
        ("dossiers", "export", "x.csv"),
        ("key", "export", "k.mckey"),
        ("key", "seal"),
        ("late",),
        ("audit", "verify"),
        ("backup", "create"),
    ):
        code, _, err = run(*args, user=None, password=None)
        assert code == 2 and "--user" in err and err.count("\n") == 1, (args, err)


def test_an_admin_resets_a_password_the_old_one_stops_working(office, monkeypatch):
    run, _ = office
    clerk = {"user": "lan", "password": "mật khẩu một cửa"}
    assert run("late", **clerk)[0] == 0
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "mật khẩu mới của Lan")
    code, out, err = run("users", "reset-password", "lan")
    assert code == 0, err
    assert "Đã đặt lại mật khẩu của lan" in out
    code, _, err = run("late", **clerk)
    assert code == 2 and err.count("\n") == 1, err


def test_commands_that_read_nothing_personal_need_no_account(office):
    run, _ = office
    assert run("due", "--received", "2025-11-06 09:00", "--days", "5", user=None, password=None)[0] == 0
    assert run("calendar", "show", "2025", user=None, password=None)[0] == 0
    assert run("procedures", "list", user=None, password=None)[0] == 0
    assert main(["--version"]) == 0


def test_a_clerk_cannot_make_himself_admin_or_touch_the_key(office):
    run, _ = office
    clerk = {"user": "lan", "password": "mật khẩu một cửa"}
    assert run("late", **clerk)[0] == 0
    for args in (
        ("users", "roles", "lan", "clerk,admin"),
        ("users", "disable", "quantri"),
        ("key", "export", "k.mckey"),
        ("key", "sheet", "--out", "p.pdf"),
    ):
        code, _, err = run(*args, **clerk)
        assert code == 2 and "không được" in err, (args, err)


def test_the_trail_names_the_account_and_report_submit_records_it(office):
    run, _ = office
    code, out, _ = run("audit", "list", "--json", "--limit", "50")
    events = json.loads(out)
    assert {"quantri"} <= {e["actor"] for e in events}
    assert not any(e["actor"].startswith("os:") for e in events)


def test_key_export_and_seal_need_an_admin_and_are_in_the_trail(office, tmp_path, monkeypatch):
    run, _ = office
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "mật khẩu tệp khoá")
    code, out, err = run("key", "export", str(tmp_path / "khoa.mckey"))
    assert code == 0, err
    assert "dấu vân tay" in out
    actions = [e["action"] for e in json.loads(run("audit", "list", "--json")[1])]
    assert "xuất khoá dữ liệu" in actions


def test_the_recovery_sheet_gives_the_key_back_and_a_wrong_sheet_is_refused(office, tmp_path, monkeypatch):
    import keyring

    from core.security.recovery import encode_key

    run, _ = office
    sheet = tmp_path / "phieu.pdf"
    code, out, err = run("key", "sheet", "--out", str(sheet))
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], capture_output=True, text=True).stdout
    assert "PHIẾU KHÔI PHỤC KHOÁ DỮ LIỆU" in text and "Dấu vân tay" in text
    key = keyring.get_keyring()  # the desk's store (the test's in-memory keyring)
    stored = next(iter(key.passwords.values()))
    import base64

    office_key = base64.b64decode(stored)
    groups = encode_key(office_key)
    assert all(group in text for group in groups)
    key.passwords.clear()  # a new Windows profile: the credential store is empty
    code, _, err = run("late")
    assert code == 0 and "chưa có khoá dữ liệu" in err  # reads, says it is locked: no new key made
    assert not key.passwords
    clerk = {"user": "lan", "password": "mật khẩu một cửa"}
    code, _, err = run("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An", **clerk)
    assert code == 2 and "key import" in err and "key recover" in err
    monkeypatch.setenv("MOTCUA_RECOVERY_KEY", " ".join(encode_key(bytes(32))))
    code, _, err = run("key", "recover")
    assert code == 2 and "không phải khoá" in err
    monkeypatch.setenv("MOTCUA_RECOVERY_KEY", "-".join(groups).lower())
    code, out, err = run("key", "recover")
    assert code == 0, err
    code, out, err = run("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An", **clerk)
    assert code == 0, err
    actions = [e["action"] for e in json.loads(run("audit", "list", "--json")[1])]
    assert "nhận khoá từ phiếu khôi phục" in actions and "in phiếu khôi phục khoá" in actions


def test_the_last_admin_locked_out_is_opened_with_the_recovery_sheet(office, monkeypatch):
    import base64

    import keyring

    from core.security.recovery import encode_key

    run, _ = office
    for _ in range(5):  # anyone at the desk can lock the only admin out
        run("late", password="sai mật khẩu")
    code, _, err = run("late")
    assert code == 2 and "tạm khoá" in err
    office_key = base64.b64decode(next(iter(keyring.get_keyring().passwords.values())))
    monkeypatch.setenv("MOTCUA_RECOVERY_KEY", "".join(encode_key(office_key)))
    monkeypatch.setenv("MOTCUA_NEW_PASSWORD", "mật khẩu mới dài")
    code, out, err = run("users", "rescue", "quantri", user=None, password=None)
    assert code == 0, err
    assert run("late", password="mật khẩu mới dài")[0] == 0


def test_audit_verify_takes_a_printed_witness(office, tmp_path):
    run, _ = office
    code, out, _ = run("audit", "verify")
    assert code == 0
    printed = out.split("Đầu chuỗi: ")[1].rstrip(".\n")
    assert run("audit", "verify", "--witness", printed)[0] == 0
    seq, mark = printed.split(":")
    wrong = f"{seq}:{'0000-0000' if mark != '0000-0000' else '1111-1111'}"
    code, out, _ = run("audit", "verify", "--witness", wrong)
    assert code == 2 and "viết lại" in out
    code, out, _ = run("audit", "verify", "--witness", f"{int(seq) + 500}:{mark}")
    assert code == 2 and "ngắn hơn" in out
    code, _, err = run("audit", "verify", "--witness", "abc")
    assert code == 2 and "SỐ:XXXX-XXXX" in err


# -- the desk's clock (core.security.trail_clock) -------------------------------------------------------------
def test_a_clock_behind_the_data_is_named_and_an_admin_accepts_it_with_a_reason(office):
    import datetime as dt

    import time_machine

    run, _ = office
    clerk = {"user": "lan", "password": "mật khẩu một cửa"}
    with time_machine.travel(dt.datetime.now() + dt.timedelta(days=7), tick=True):  # a desk whose clock ran fast
        code, _, err = run("intake", "--procedure", "HT-01", "--applicant", "Nguyễn Văn An", **clerk)
        assert code == 0, err
    code, out, _ = run("clock", "status")
    assert code == 2 and "chậm hơn thời điểm đã ghi gần nhất" in out
    code, _, err = run("intake", "--procedure", "HT-01", "--applicant", "Lê Thị Bình", **clerk)
    assert code == 2 and "Đồng hồ của máy" in err and "motcua clock accept" in err and len(err.splitlines()) == 1
    assert run("clock", "accept")[0] == 2  # a reason is required
    code, _, err = run("clock", "accept", "--reason", "tự chấp nhận", **clerk)
    assert code == 2 and "không được" in err  # a clerk cannot accept the clock he may have moved
    code, out, err = run("clock", "accept", "--reason", "máy chạy nhanh một tuần, đã chỉnh lại")
    assert code == 0 and "Đã chấp nhận giờ của máy" in out, err
    assert run("intake", "--procedure", "HT-01", "--applicant", "Lê Thị Bình", **clerk)[0] == 0
    code, out, _ = run("clock", "status", "--json")
    assert code == 0 and json.loads(out)["behind"] is False
    code, out, _ = run("audit", "list", "--limit", "12")
    assert "chấp nhận đồng hồ của máy" in out
    assert run("audit", "verify")[0] == 0
