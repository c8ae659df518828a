"""The program's log: a rotating file in the data folder, and every unexpected error routed to it.

    path = setup_logging(default_data_dir())     # <data dir>/logs/motcua.log, at start (GUI and CLI)
    line = report_unexpected(error)              # logged with its traceback; one line for the clerk

`setup_logging` adds a rotating UTF-8 file handler to the root logger (a few MB × a few files), routes
Python's warnings to it, and installs ``sys.excepthook`` (an exception in a Qt slot ends there),
``threading.excepthook`` and `faulthandler` (a crash in a C library, written to ``logs/faulthandler.log``,
which stays open). An unexpected error is logged with its traceback and told as one line that names the
log (`unexpected_error`): through the notifier a client sets (`set_notifier`: the window's message box),
else on stderr.

**No personal data in the log.** Every line passes `redact` on its way to the file: runs of 9 or more
digits (CCCD, CMND, phone numbers, also written "0912 345 678" or "+84 …") and e-mail addresses become
``***``, and the parameters SQLAlchemy puts in its error messages are dropped (the engines are also made
with ``hide_parameters``). Log messages themselves name dossier codes, files and counts, never a
citizen's values. On Windows another process (a second desk program, the command line run by the task
scheduler) may hold the file while it should rotate: rotation is put off and the record still written.

Nothing here is heavy: the command line sets its log up without loading the database layer.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from core import __version__
from core.errors import UserError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing: the command line sets its log up first
if TYPE_CHECKING:
    from typing import IO

__all__ = [
    "BACKUP_COUNT",
    "FAULT_NAME",
    "LOG_FOLDER",
    "LOG_NAME",
    "MAX_BYTES",
    "RedactingFormatter",
    "log_path",
    "notifier",
    "redact",
    "report_unexpected",
    "reset_logging",
    "set_notifier",
    "setup_logging",
    "unexpected_error",
]

LOG_FOLDER = "logs"
LOG_NAME = "motcua.log"
FAULT_NAME = "faulthandler.log"
#: Each log file grows to this size, then the older ones are kept as motcua.log.1 … .5.
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
#: faulthandler's file is started afresh (the old one kept as .1) past this size.
FAULT_MAX_BYTES = 1024 * 1024
#: After a rotation failed (another process holds the file), wait this long before trying again.
ROTATION_RETRY_SECONDS = 60.0
MASK = "***"
#: Libraries whose INFO lines say nothing useful to whoever reads the log.
_QUIET = ("alembic.runtime.plugins",)

log = logging.getLogger("motcua")

# 9 or more digits, a single space or dot allowed between them, optionally after +84: CCCD (12), CMND (9),
# phone numbers (10-11). Not dashes: dates and times ("2025-01-06 10:30") and dossier codes
# ("H40-250106-0001") stay readable.
_DIGITS = re.compile(r"(?<![\d])(?:\+\s?84[ .]?)?\d(?:[ .]?\d){8,}(?![\d])")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")


def redact(text: str) -> str:
    """``text`` without identity numbers, phone numbers, e-mail addresses or SQL parameters."""
    text = _SQL_PARAMETERS.sub(f"[parameters: {MASK}]", text)
    text = _EMAIL.sub(MASK, text)
    return _DIGITS.sub(MASK, text)


class RedactingFormatter(logging.Formatter):
    """Time, level, process, thread, logger and message; the whole output (traceback too) redacted."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        # The whole text, since another handler may have cached the record's traceback unredacted.
        return redact(super().format(record))


class _RotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating file that never loses a record because another process holds it (Windows), and that
    makes its folder again if someone deleted it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True)
        self._retry_at = 0.0

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if time.monotonic() < self._retry_at:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:  # e.g. WinError 32: another Một Cửa holds motcua.log; keep writing to it
            self._retry_at = time.monotonic() + ROTATION_RETRY_SECONDS
            if self.stream is None:
                self.stream = self._open()


class _State:
    handler: _RotatingFile | None = None
    path: Path | None = None
    root_level: int | None = None
    fault_file: IO[str] | None = None
    fault_was_enabled = False
    previous_hooks: tuple | None = None
    notifier: Callable[[str], None] | None = None


_state = _State()


def log_path() -> Path | None:
    """The log file `setup_logging` opened, or None."""
    return _state.path


def notifier() -> Callable[[str], None] | None:
    """Who tells the person about an unexpected error (None: stderr)."""
    return _state.notifier


def set_notifier(notify: Callable[[str], None] | None) -> Callable[[str], None] | None:
    """Who tells the person about an unexpected error (it may be called from any thread); returns the
    previous one. None: a line on stderr."""
    previous, _state.notifier = _state.notifier, notify
    return previous


def _summary(error: BaseException) -> str:
    text = " ".join(f"{type(error).__name__}: {error}".split())
    text = redact(text).rstrip(".")
    return text if len(text) <= 200 else text[:199] + "…"


def unexpected_error(error: BaseException) -> UserError:
    """One line for an error nobody foresaw, naming the log that holds its details."""
    path = log_path()
    summary = _summary(error)
    if path is None:
        return UserError(f"Lỗi không mong đợi: {summary}.", f"Unexpected error: {summary}.")
    return UserError(
        f"Lỗi không mong đợi: {summary}. Chi tiết trong nhật ký: {path}",
        f"Unexpected error: {summary}. The details are in the log: {path}",
    )


def report_unexpected(error: BaseException, what: str = "Unexpected error") -> str:
    """Log ``error`` with its traceback and return the one line for the person (`unexpected_error`)."""
    log.error("%s", what, exc_info=(type(error), error, error.__traceback__))
    return str(unexpected_error(error))


def _tell(line: str) -> None:
    notify = _state.notifier
    try:
        if notify is not None:
            notify(line)
            return
        if sys.stderr is not None:  # None in the windowed Windows program
            print(f"motcua: {line}", file=sys.stderr)
    except Exception:
        log.exception("Could not tell the user about an unexpected error")


def _excepthook(kind, value, traceback) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    log.critical("Unexpected error (uncaught)", exc_info=(kind, value, traceback))
    _tell(str(unexpected_error(value if value is not None else kind())))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    error = args.exc_value if args.exc_value is not None else args.exc_type()
    log.critical("Unexpected error in the thread %s", name, exc_info=(args.exc_type, error, args.exc_traceback))
    _tell(str(unexpected_error(error)))


def _open_fault_file(folder: Path) -> IO[str] | None:
    path = folder / FAULT_NAME
    try:
        if path.is_file() and path.stat().st_size > FAULT_MAX_BYTES:
            os.replace(path, path.with_name(FAULT_NAME + ".1"))
    except OSError:
        pass
    try:
        stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 — kept open for the life of the process
        stream.write(f"--- {dt.datetime.now():%Y-%m-%d %H:%M:%S} motcua, process {os.getpid()}\n")
        stream.flush()
        return stream
    except OSError:
        return None


def _install_hooks(folder: Path) -> None:
    _state.previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    _state.fault_was_enabled = faulthandler.is_enabled()
    _state.fault_file = _open_fault_file(folder)
    if _state.fault_file is not None:
        faulthandler.enable(file=_state.fault_file, all_threads=True)


def _remove_hooks() -> None:
    if _state.previous_hooks is not None:
        excepthook, thread_hook = _state.previous_hooks
        if sys.excepthook is _excepthook:
            sys.excepthook = excepthook
        if threading.excepthook is _thread_excepthook:
            threading.excepthook = thread_hook
        _state.previous_hooks = None
    if _state.fault_file is not None:
        faulthandler.disable()
        _state.fault_file.close()
        _state.fault_file = None
        if _state.fault_was_enabled and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)


def setup_logging(data_dir: str | os.PathLike[str], *, hooks: bool = True, level: int = logging.INFO) -> Path | None:
    """Log to ``<data_dir>/logs/motcua.log`` from now on; with ``hooks``, route uncaught exceptions (any
    thread) and crashes there too. Returns the log's path, or None when the folder cannot be made (the
    program runs on, without a log). Calling it again for the same folder changes nothing."""
    folder = Path(data_dir) / LOG_FOLDER
    path = folder / LOG_NAME
    if _state.handler is not None and _state.path == path:
        if hooks and _state.previous_hooks is None:
            _install_hooks(folder)
        return path
    reset_logging()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    handler = _RotatingFile(path)
    handler.setFormatter(RedactingFormatter())
    handler.setLevel(level)
    root = logging.getLogger()
    _state.root_level = root.level
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    root.addHandler(handler)
    for name in _QUIET:
        if logging.getLogger(name).level == logging.NOTSET:
            logging.getLogger(name).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    _state.handler, _state.path = handler, path
    if hooks:
        _install_hooks(folder)

    log.info(
        "Một Cửa %s starts (process %d, Python %s, %s)", __version__, os.getpid(), sys.version.split()[0], sys.platform
    )
    return path


def reset_logging() -> None:
    """Undo `setup_logging`: close the file, give back the previous hooks (tests; a change of folder)."""
    _remove_hooks()
    handler = _state.handler
    if handler is not None:
        root = logging.getLogger()
        root.removeHandler(handler)
        handler.close()
        if _state.root_level is not None:
            root.setLevel(_state.root_level)
        logging.captureWarnings(False)
    _state.handler = _state.path = _state.root_level = None
