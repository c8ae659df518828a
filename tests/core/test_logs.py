"""The program's log (issue 14 point 8): a rotating file in the data folder, every unexpected error in it,
no personal data in it, and a crash of the interpreter written down too."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import warnings

import pytest

from core import logs
from core.logs import LOG_FOLDER, LOG_NAME, redact, setup_logging, unexpected_error

CCCD, PHONE, EMAIL = "001099012345", "0912 345 678", "tran.binh@example.vn"


def _text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_is_a_utf8_file_in_the_data_folder(tmp_path) -> None:
    path = setup_logging(tmp_path)
    assert path == tmp_path / LOG_FOLDER / LOG_NAME
    logging.getLogger("motcua.test").warning("Hồ sơ H40-250106-0001: đã in giấy tiếp nhận")
    text = _text(path)
    assert "Hồ sơ H40-250106-0001: đã in giấy tiếp nhận" in text  # dossier codes and dates stay readable
    assert "WARNING" in text and "starts" in text
    assert setup_logging(tmp_path) == path  # again: the same file, no second handler
    assert sum(isinstance(h, logs._RotatingFile) for h in logging.getLogger().handlers) == 1


def test_no_identity_number_phone_email_or_sql_value_reaches_the_file(tmp_path) -> None:
    path = setup_logging(tmp_path)
    try:
        raise ValueError(f"CCCD {CCCD} không khớp; gọi {PHONE} hoặc +84 912345678, thư {EMAIL}, CMND 123456789")
    except ValueError as error:
        line = logs.report_unexpected(error)
    logging.getLogger("motcua").error(
        "(sqlite3.IntegrityError) UNIQUE\n[SQL: INSERT INTO dossier VALUES (?, ?)]\n"
        "[parameters: ('Trần Văn Bình', 'Xóm 3')]"
    )
    text = _text(path)
    assert "ValueError" in text and "Traceback" in text
    for secret in (CCCD, "0912", "912345678", EMAIL, "123456789", "Trần Văn Bình", "Xóm 3"):
        assert secret not in text, secret
        assert secret not in line, secret
    assert line.startswith("Lỗi không mong đợi: ValueError: CCCD *** không khớp") and str(path) in line


def test_a_traceback_another_handler_formatted_first_is_still_redacted(tmp_path) -> None:
    """Logging caches a record's traceback text: the redaction must not depend on formatting it first."""
    path = setup_logging(tmp_path)
    seen: list[str] = []

    class Plain(logging.Handler):
        def emit(self, record):
            seen.append(logging.Formatter().format(record))

    plain = Plain()
    root = logging.getLogger()
    root.handlers.insert(0, plain)
    try:
        try:
            raise KeyError(CCCD)
        except KeyError:
            logging.getLogger("motcua").exception("look-up failed")
    finally:
        root.removeHandler(plain)
    assert CCCD in seen[0]  # the other handler got it raw …
    assert CCCD not in _text(path) and "KeyError" in _text(path)  # … the file did not


def test_redact_keeps_what_a_reader_needs() -> None:
    assert (
        redact("2025-01-06 10:30:00,123 H40-250106-0001 H40.25.12 trang 3/12")
        == "2025-01-06 10:30:00,123 H40-250106-0001 H40.25.12 trang 3/12"
    )
    assert redact(f"{CCCD}, 091.234.5678; 0912345678") == "***, ***; ***"


def test_uncaught_errors_of_any_thread_reach_the_log_and_the_person_in_one_line(tmp_path) -> None:
    path = setup_logging(tmp_path)
    told: list[str] = []
    logs.set_notifier(told.append)
    try:
        raise RuntimeError(f"slot failed for {CCCD}")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what PySide6 does with an exception escaping a slot

    def work():
        raise OSError("worker thread failed")

    thread = threading.Thread(target=work, name="motcua-test")
    thread.start()
    thread.join()
    text = _text(path)
    assert (
        "RuntimeError: slot failed for ***" in text and "thread motcua-test" in text and "worker thread failed" in text
    )
    assert len(told) == 2 and all(line.count("\n") == 0 and f"Chi tiết trong nhật ký: {path}" in line for line in told)
    assert CCCD not in told[0]


def test_without_a_notifier_the_line_goes_to_stderr(tmp_path, capsys) -> None:
    path = setup_logging(tmp_path)
    try:
        1 / 0  # noqa: B018
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert err == f"motcua: Lỗi không mong đợi: ZeroDivisionError: division by zero. Chi tiết trong nhật ký: {path}\n"


def test_python_warnings_are_logged(tmp_path) -> None:
    path = setup_logging(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("a deprecated call", DeprecationWarning, stacklevel=1)
    assert "a deprecated call" in _text(path)


def test_reset_gives_the_hooks_back(tmp_path) -> None:
    before = (sys.excepthook, threading.excepthook)
    setup_logging(tmp_path)
    assert sys.excepthook is logs._excepthook and threading.excepthook is logs._thread_excepthook
    logs.reset_logging()
    assert (sys.excepthook, threading.excepthook) == before and logs.log_path() is None


def test_a_folder_that_cannot_be_made_means_no_log_not_a_crash(tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert setup_logging(blocker) is None
    assert unexpected_error(ValueError("x")).vi == "Lỗi không mong đợi: ValueError: x."


def test_rotation_while_another_process_holds_the_file_loses_nothing(tmp_path, monkeypatch, capsys) -> None:
    """Windows refuses to rename motcua.log while another Một Cửa has it open (WinError 32): simulated."""
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    path = setup_logging(tmp_path)
    handler = logs._state.handler

    def held(source, target):
        error = PermissionError(
            13, "The process cannot access the file because it is being used by another process", source
        )
        error.winerror = 32
        raise error

    monkeypatch.setattr(handler, "rotate", held)
    for number in range(40):
        logging.getLogger("motcua").info("record %03d", number)
    text = _text(path)
    assert all(f"record {number:03d}" in text for number in range(40))
    assert "Logging error" not in capsys.readouterr().err
    monkeypatch.undo()  # the other process let go: the next rotation works
    handler._retry_at = 0
    for number in range(20):
        logging.getLogger("motcua").info("later %03d", number)
    assert (path.parent / f"{LOG_NAME}.1").exists() and path.stat().st_size <= 400 + 200


def test_a_hard_crash_is_written_to_faulthandler_log(tmp_path) -> None:
    code = (
        "import faulthandler, sys; from core.logs import setup_logging; setup_logging(sys.argv[1]); "
        "faulthandler._sigsegv()"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, timeout=60)
    assert done.returncode != 0
    text = (tmp_path / LOG_FOLDER / "faulthandler.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text and "process" in text


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_help_and_version_open_no_log(tmp_path, monkeypatch, argv) -> None:
    monkeypatch.setenv("MOTCUA_DATA_DIR", str(tmp_path))
    code = f"import sys; from cli.main import main; main({argv!r}); print('core.logs' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("False") and not (tmp_path / LOG_FOLDER).exists()
