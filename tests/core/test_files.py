"""Writing files whole on a PC where Excel holds them (issue 14, point 3), simulated: Windows' sharing
violation is a ``PermissionError`` with ``winerror`` 32 raised by ``os.replace``."""

from __future__ import annotations

import errno
import os
import threading
import time

import pytest

from core import files
from core.errors import UserError
from core.files import FileInUse, write_file


def _sharing_violation(*_args, **_kwargs):
    error = PermissionError(
        errno.EACCES, "The process cannot access the file because it is being used by another process"
    )
    error.winerror = 32  # what Windows sets; POSIX has no such attribute, so the test adds it
    raise error


def test_bytes_are_written_whole_and_no_side_file_is_left(tmp_path):
    target = write_file(tmp_path / "bao-cao.xlsx", b"abc")
    assert target.read_bytes() == b"abc"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.xlsx"]


def test_a_writer_function_streams_into_the_file(tmp_path):
    write_file(tmp_path / "a.csv", lambda stream: stream.write(b"x;y\r\n"))
    assert (tmp_path / "a.csv").read_bytes() == b"x;y\r\n"


def test_a_file_held_open_by_excel_gives_one_line_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "bao-cao.xlsx"
    target.write_bytes(b"old")
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.3)
    monkeypatch.setattr(os, "replace", _sharing_violation)
    started = time.monotonic()
    with pytest.raises(FileInUse) as caught:
        write_file(target, b"new")
    assert time.monotonic() - started >= 0.3  # it waited for the other program first
    message = str(caught.value)
    assert "\n" not in message and "bao-cao.xlsx" in message and "Excel" in message and "đóng" in message
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.xlsx"]  # no .part, no side file


def test_a_brief_antivirus_hold_is_waited_out(tmp_path, monkeypatch):
    target = tmp_path / "phieu.pdf"
    real_replace, calls = os.replace, []

    def held_twice(source, destination):
        calls.append(1)
        if len(calls) <= 2:
            _sharing_violation()
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", held_twice)
    write_file(target, b"%PDF")
    assert target.read_bytes() == b"%PDF" and len(calls) == 3


def test_access_denied_on_an_existing_writable_file_means_held_open(tmp_path, monkeypatch):
    target = tmp_path / "so.xlsx"
    target.write_bytes(b"old")

    def denied(*_args):
        error = PermissionError(errno.EACCES, "Access is denied")
        error.winerror = 5
        raise error

    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(FileInUse):
        write_file(target, b"new")


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_not_called_held_open(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError) as caught:
            write_file(folder / "a.pdf", b"x")
        assert not isinstance(caught.value, FileInUse)
        assert "quyền" in str(caught.value)
    finally:
        folder.chmod(0o700)


def test_a_missing_folder_is_one_vietnamese_line(tmp_path):
    with pytest.raises(UserError) as caught:
        write_file(tmp_path / "khong-co" / "a.pdf", b"x")
    assert "không tồn tại" in str(caught.value) and "\n" not in str(caught.value)


def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    def full(_stream):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError) as caught:
        write_file(tmp_path / "a.mcbk", full)
    assert "đầy" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_side_file_held_by_an_antivirus_is_still_removed_later(tmp_path, monkeypatch):
    """The side file is deleted even when the antivirus lets go only after a moment."""
    target = tmp_path / "a.csv"
    real_unlink, calls = os.unlink, []

    def slow_unlink(path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 1:
            _sharing_violation()
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "replace", _sharing_violation)
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.1)
    monkeypatch.setattr(os, "unlink", slow_unlink)
    with pytest.raises(FileInUse):
        write_file(target, b"x")
    assert list(tmp_path.iterdir()) == []


def test_concurrent_writers_never_leave_a_torn_file(tmp_path):
    target = tmp_path / "a.bin"
    payloads = [bytes([n]) * 200_000 for n in range(8)]
    threads = [threading.Thread(target=write_file, args=(target, p)) for p in payloads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert target.read_bytes() in payloads
