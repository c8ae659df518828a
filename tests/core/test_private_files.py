"""Data outside the profile readable by this account only (issue 14 point 11): icacls on Windows (simulated:
the command line is checked), chmod elsewhere (for real)."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from core.security import private_files
from core.security.private_files import (
    CREATE_NO_WINDOW,
    outside_profile,
    protect_database,
    restrict_to_owner,
    take_warnings,
)
from core.storage import open_database


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def windows(monkeypatch):
    """The Windows branch on this Linux machine: the account HUYEN\\an, profile C:\\Users\\an, icacls recorded."""
    calls: list[list[str]] = []
    answer = {"code": 0, "err": b""}

    def run(command):
        calls.append(command)
        return subprocess.CompletedProcess(command, answer["code"], b"", answer["err"])

    monkeypatch.setattr(private_files, "WINDOWS", True)
    monkeypatch.setattr(private_files, "_run", run)
    monkeypatch.setenv("USERPROFILE", r"C:\Users\an")
    monkeypatch.setenv("USERDOMAIN", "HUYEN")
    monkeypatch.setenv("USERNAME", "an")
    return calls, answer


def test_outside_the_profile_on_windows(windows) -> None:
    assert outside_profile(r"D:\MotCua\motcua.db")
    assert outside_profile(r"C:\ProgramData\motcua\motcua.db")
    assert not outside_profile(r"c:\users\AN\AppData\Local\motcua\motcua.db")  # case and slashes do not matter
    assert not outside_profile("C:/Users/an/Documents/motcua.db")
    assert outside_profile(r"C:\Users\anh\motcua.db")  # another account whose name starts alike


def test_outside_the_profile_on_linux(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert not outside_profile(tmp_path / "home" / ".local" / "share" / "motcua" / "motcua.db")
    assert outside_profile(tmp_path / "srv" / "motcua.db")


def test_icacls_grants_this_account_alone_without_a_console_window(windows, tmp_path) -> None:
    calls, _ = windows
    folder = tmp_path / "MotCua"
    folder.mkdir()
    database = folder / "motcua.db"
    database.write_bytes(b"x")
    assert restrict_to_owner(database) is None
    assert restrict_to_owner(folder) is None
    assert calls == [
        ["icacls", str(database), "/inheritance:r", "/grant:r", r"HUYEN\an:F"],
        ["icacls", str(folder), "/inheritance:r", "/grant:r", r"HUYEN\an:(OI)(CI)F"],
    ]


def test_the_real_runner_hides_the_console(monkeypatch) -> None:
    seen = {}

    def fake_run(command, **options):
        seen.update(options, command=command)
        return subprocess.CompletedProcess(command, 0, b"", b"")

    monkeypatch.setattr(private_files, "WINDOWS", True)
    monkeypatch.setattr(private_files.subprocess, "run", fake_run)
    private_files._run(["icacls", "x"])
    assert seen["creationflags"] == CREATE_NO_WINDOW == 0x08000000 and seen["capture_output"]


def test_icacls_refusing_gives_a_warning_not_an_error(windows, tmp_path) -> None:
    calls, answer = windows
    answer.update(code=5, err=b"D:\\motcua.db: Access is denied.\r\nSuccessfully processed 0 files")
    target = tmp_path / "motcua.db"
    target.write_bytes(b"x")
    warning = restrict_to_owner(target)
    assert warning is not None and str(target) in warning and "Access is denied" in warning
    assert warning.startswith("Không giới hạn được quyền đọc") and "\n" not in warning


def test_icacls_missing_gives_a_warning(windows, tmp_path, monkeypatch) -> None:
    def gone(command):
        raise FileNotFoundError(2, "The system cannot find the file specified")

    monkeypatch.setattr(private_files, "_run", gone)
    target = tmp_path / "motcua.db"
    target.write_bytes(b"x")
    assert "cannot find the file" in restrict_to_owner(target)


def test_windows_database_in_a_folder_of_its_own_restricts_the_folder_too(windows, tmp_path) -> None:
    calls, _ = windows
    folder = tmp_path / "MotCua"
    (folder / "backups").mkdir(parents=True)
    for name in ("motcua.db", "motcua.db-wal", "motcua.db-shm"):
        (folder / name).write_bytes(b"x")
    assert protect_database(folder / "motcua.db") == []
    assert [call[1] for call in calls] == [str(folder / n) for n in ("motcua.db", "motcua.db-wal", "motcua.db-shm")] + [
        str(folder)
    ]


def test_windows_database_in_a_shared_folder_restricts_the_file_and_says_why_not_the_folder(windows, tmp_path) -> None:
    calls, _ = windows
    (tmp_path / "bao-cao-cua-ai-do.docx").write_bytes(b"someone else's")
    (tmp_path / "motcua.db").write_bytes(b"x")
    warnings = protect_database(tmp_path / "motcua.db")
    assert [call[1] for call in calls] == [str(tmp_path / "motcua.db")]
    assert len(warnings) == 1 and "còn chứa tệp khác" in warnings[0] and "thư mục riêng" in warnings[0]
    assert take_warnings() == warnings and take_warnings() == []
    assert protect_database(tmp_path / "motcua.db") == warnings and take_warnings() == []  # told once


def test_inside_the_profile_nothing_is_run(windows) -> None:
    calls, _ = windows
    assert protect_database(r"C:\Users\an\AppData\Local\motcua\motcua.db") == [] and calls == []


def test_posix_modes_for_real_on_a_database_outside_home(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    database = open_database(tmp_path / "D" / "MotCua" / "motcua.db")
    try:
        assert _mode(database.path) == 0o600 and _mode(database.path.parent) == 0o700
    finally:
        database.close()
    assert take_warnings() == []


def test_posix_database_inside_home_is_left_alone(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    database = open_database(tmp_path / "motcua" / "motcua.db")
    try:
        assert _mode(database.path) & 0o044  # the umask's mode: nothing changed
    finally:
        database.close()


def test_posix_shared_folder_keeps_its_mode_and_the_file_is_private(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    (shared / "other.txt").write_text("x")
    database = open_database(shared / "motcua.db")
    database.close()
    assert _mode(shared) == 0o755 and _mode(shared / "motcua.db") == 0o600


def test_a_key_file_gets_this_accounts_acl_on_windows(windows, tmp_path) -> None:
    """`os.chmod(0o600)` does nothing on Windows (issue 14, point 11): the key file is given an ACL instead."""
    from core.security.key_store import KEY_FILE_NAME, UnsealedKeyFile

    calls, _ = windows
    UnsealedKeyFile(tmp_path / KEY_FILE_NAME).create_key()
    granted = [c for c in calls if c[0] == "icacls" and c[1] == str(tmp_path / KEY_FILE_NAME)]
    assert granted and granted[0][2:4] == ["/inheritance:r", "/grant:r"] and granted[0][4].endswith(":F")


def test_a_key_file_is_0600_on_posix(tmp_path) -> None:
    from core.security.key_store import KEY_FILE_NAME, PassphraseKeyFile

    PassphraseKeyFile(tmp_path / KEY_FILE_NAME, "mật khẩu dài đủ").create_key()
    assert stat.S_IMODE((tmp_path / KEY_FILE_NAME).stat().st_mode) == 0o600
