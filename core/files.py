"""Writing the office's files whole, on a PC where Excel, a PDF reader or an antivirus may hold them.

Every file the program writes for a person (PDF forms and reports, xlsx and CSV exports, backups,
key files) goes through `write_file`: the bytes go to a hidden side file in the same folder, are
flushed to disk, and then replace the target in one step. On Windows that last step fails while
another program has the target open (Excel and Acrobat lock the files they show) or while an
antivirus scans a new file: `replace_file` and `remove_file` retry for a moment, and then raise
`FileInUse`, one line that tells the clerk to close the file and save again. Whatever happens, the
side file is removed: no ``.part`` file is ever left behind.

A sharing violation is told apart from a real lack of permission: on Windows by the error's
``winerror`` (32 sharing violation, 33 lock violation, 5 access denied on a file that exists and
is not read-only); elsewhere a ``PermissionError`` on a writable file is treated the same way.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from core.errors import UserError

__all__ = [
    "RETRY_SECONDS",
    "FileInUse",
    "explain_write_error",
    "is_sharing_violation",
    "remove_file",
    "replace_file",
    "write_file",
]

#: How long a locked file is waited for before the clerk is told (Defender usually lets go in < 1 s).
RETRY_SECONDS = 2.0
_STEP = 0.1
_SHARING = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_ACCESS_DENIED = 5


class FileInUse(UserError):
    """The target is open in another program (Excel, a PDF reader) or held by an antivirus."""

    def __init__(self, path: Path) -> None:
        name = Path(path).name
        super().__init__(
            f"Tệp {name} đang mở trong một chương trình khác (Excel, trình đọc PDF…): hãy đóng tệp đó rồi lưu lại.",
            f"The file {name} is open in another program (Excel, a PDF reader…): close it and save again.",
        )
        self.path = Path(path)


def _read_only(path: Path) -> bool:
    try:
        return not (path.stat().st_mode & stat.S_IWRITE)
    except OSError:
        return False


def is_sharing_violation(error: BaseException, target: Path | None = None) -> bool:
    """True when ``error`` means "another program holds the file", not "you may not write here"."""
    if not isinstance(error, PermissionError):
        return False
    code = getattr(error, "winerror", None)
    if code in _SHARING:
        return True
    if target is None:
        return False
    target = Path(target)
    if code == _ACCESS_DENIED or (code is None and error.errno in (errno.EACCES, errno.EPERM, errno.EBUSY)):
        # a file that exists and is not marked read-only, in a folder we can write to: someone holds it
        return target.is_file() and not _read_only(target) and os.access(target.parent, os.W_OK)
    return False


def _retry(action: Callable[[], None], target: Path, *, seconds: float | None = None) -> None:
    deadline = time.monotonic() + (RETRY_SECONDS if seconds is None else seconds)
    while True:
        try:
            action()
            return
        except PermissionError as error:
            if not is_sharing_violation(error, target):
                raise
            if time.monotonic() >= deadline:
                raise FileInUse(target) from error
            time.sleep(_STEP)


def replace_file(source: Path, target: Path, *, seconds: float | None = None) -> None:
    """``os.replace`` that waits a moment for a file held by another program, then raises `FileInUse`."""
    _retry(lambda: os.replace(source, target), Path(target), seconds=seconds)


def remove_file(path: Path, *, seconds: float | None = None) -> bool:
    """Delete ``path`` if it exists, waiting a moment for a file held open; False if it could not be."""
    path = Path(path)
    try:
        _retry(lambda: path.unlink(missing_ok=True), path, seconds=seconds)
        return True
    except (FileInUse, OSError):
        return False


def explain_write_error(error: OSError, target: Path) -> UserError:
    """One line for an OS error while writing ``target``: held open, disk full, read-only, missing folder."""
    from core.db_errors import explain_os_error

    if is_sharing_violation(error, target):
        return FileInUse(target)
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        folder = Path(target).parent
        return UserError(
            f"Thư mục {folder} không tồn tại: hãy chọn thư mục khác.",
            f"The folder {folder} does not exist: choose another one.",
        )
    clear = explain_os_error(error)
    if clear is not None:
        return clear
    return UserError(
        f"Không ghi được tệp {target}: {error.strerror or error}.", f"Cannot write {target}: {error.strerror or error}."
    )


def write_file(path: str | os.PathLike[str], data: bytes | Callable[[BinaryIO], None], *, sync: bool = True) -> Path:
    """Write ``data`` (bytes, or a function writing into a binary stream) to ``path`` whole or not at all
    (``sync`` False: not flushed to the disk before the rename, for files that can be made again).

    Raises `FileInUse` when the target stays held by another program, and a one-line `UserError` for a
    full disk, a read-only place or a missing folder; the side file is removed in every case."""
    target = Path(path)
    side = target.with_name(f".{target.name}.{secrets.token_hex(4)}.dang-ghi")
    try:
        try:
            with open(side, "wb") as stream:
                if isinstance(data, (bytes, bytearray, memoryview)):
                    stream.write(data)
                else:
                    data(stream)
                stream.flush()
                if sync:
                    os.fsync(stream.fileno())
            replace_file(side, target)
        except FileInUse:
            raise
        except OSError as error:
            raise explain_write_error(error, target) from error
    finally:
        if side.exists():
            remove_file(side, seconds=0.5)
    return target
