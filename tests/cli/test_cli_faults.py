"""The command line on a Windows PC (issue 14): an unexpected error is one line naming the log (exit 1), a
file error one Vietnamese line (exit 2), each run is logged without personal data, and a database
outside the profile is made private or said not to be."""

from __future__ import annotations

import stat

import cli.commands

LOG_FOLDER, LOG_NAME = "logs", "motcua.log"


def _log(data_dir) -> str:
    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()
    return (data_dir / LOG_FOLDER / LOG_NAME).read_text(encoding="utf-8")


def test_an_unexpected_error_is_one_line_with_the_log_and_exit_1(run, monkeypatch, tmp_path) -> None:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("MOTCUA_DATA_DIR", str(data_dir))

    def broken(args):
        raise RuntimeError("lỗi lập trình với CCCD 001099012345")

    monkeypatch.setattr(cli.commands, "check", broken)
    code, out, err = run("check")
    log_file = data_dir / LOG_FOLDER / LOG_NAME
    assert code == 1 and out == ""
    assert err == (
        f"motcua: Lỗi không mong đợi: RuntimeError: lỗi lập trình với CCCD ***. Chi tiết trong nhật ký: {log_file}\n"
    )
    text = _log(data_dir)
    assert "Traceback" in text and "in broken" in text and "command line: motcua check" in text
    assert "001099012345" not in text


def test_the_log_names_the_command_never_its_values(run, monkeypatch, tmp_path) -> None:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("MOTCUA_DATA_DIR", str(data_dir))
    code, out, _ = run("init", "--unit-code", "H40.25.12", "--office-name", "UBND xã Hoa Thành")
    assert code == 0
    code, out, _ = run(
        "intake",
        "--procedure",
        "HT-01",
        "--applicant",
        "Trần Văn Bình",
        "--id-number",
        "001099012345",
        "--phone",
        "0912345678",
    )
    assert code == 0, out
    text = _log(data_dir)
    assert "command line: motcua intake" in text
    assert "Trần Văn Bình" not in text and "001099012345" not in text and "0912345678" not in text


def test_a_file_held_by_another_program_is_one_vietnamese_line_and_exit_2(run, monkeypatch, tmp_path) -> None:
    """A handler's OSError that nobody turned into a message: Windows' sharing violation (WinError 32)."""
    target = tmp_path / "danh-muc.xlsx"
    target.write_bytes(b"open in Excel")

    def held(args):
        error = PermissionError(
            13, "The process cannot access the file because it is being used by another process", str(target)
        )
        error.winerror = 32
        raise error

    monkeypatch.setattr(cli.commands, "procedures_export", held)
    code, out, err = run("procedures", "export", str(target))
    assert code == 2 and out == ""
    assert err == (
        "motcua: Tệp danh-muc.xlsx đang mở trong một chương trình khác (Excel, trình đọc PDF…): hãy đóng "
        "tệp đó rồi lưu lại.\n"
    )


def test_a_missing_folder_or_file_is_said_plainly(run, monkeypatch, tmp_path) -> None:
    def missing(path):
        def handler(args):
            raise FileNotFoundError(2, "No such file or directory", str(path))

        return handler

    monkeypatch.setattr(cli.commands, "procedures_export", missing(tmp_path / "khong-co" / "a.xlsx"))
    code, _, err = run("procedures", "export", "x.xlsx")
    assert code == 2 and err == f"motcua: Thư mục {tmp_path / 'khong-co'} không tồn tại: hãy chọn thư mục khác.\n"
    monkeypatch.setattr(cli.commands, "procedures_import", missing(tmp_path / "a.xlsx"))
    code, _, err = run("procedures", "import", "x.xlsx")
    assert code == 2 and err == f"motcua: không có tệp {tmp_path / 'a.xlsx'}.\n"


def test_a_database_outside_the_profile_is_made_private(run, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the profile; the database is elsewhere
    target = tmp_path / "D" / "MotCua" / "motcua.db"
    code, _, err = run("check", db_target=str(target))
    assert code == 0 and err == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_when_it_cannot_be_made_private_the_command_says_so_once(run, tmp_path, monkeypatch) -> None:
    from core.security import private_files

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    target = tmp_path / "D" / "motcua.db"

    def refused(path, mode):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(private_files.os, "chmod", refused)
    code, _, err = run("check", db_target=str(target))
    assert code == 0
    lines = err.splitlines()
    assert lines and all(line.startswith("motcua: Không giới hạn được quyền đọc") for line in lines)
    assert any(str(target) in line for line in lines) and "người dùng khác của máy tính" in err
    code, _, err = run("check", db_target=str(target))
    assert code == 0 and err == ""  # said once per run of the program
