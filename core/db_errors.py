"""Clear messages for what the disk, the file or the server refuses: a full disk, a read-only file, an I/O
error, a PostgreSQL server that cannot be reached or refuses the password.

SQLite reports these as short English phrases ("database or disk is full", "attempt to write a
readonly database"); `explain_database_error` turns them into one Vietnamese line (English on request)
saying what happened and that nothing was written. `Database.transaction`, `open_database` and the
command line use it, so no client shows a traceback for them.
"""

from __future__ import annotations

import errno

from core.errors import UserError

__all__ = ["database_error_reason", "explain_database_error", "explain_os_error"]

_DATABASE_ERRORS = [  # SQLite's message → the reason (Vietnamese, English) and what to do
    (
        "database is locked",
        "một chương trình khác (một máy hay một cửa sổ khác) đang ghi vào cơ sở dữ liệu quá lâu",
        "another program is holding the database for too long",
        "Hãy đợi việc kia xong (hoặc đóng chương trình đang giữ tệp) rồi làm lại",
    ),
    ("database or disk is full", "ổ đĩa đã đầy", "the disk is full", "Hãy giải phóng chỗ trống rồi làm lại"),
    (
        "readonly database",
        "tệp cơ sở dữ liệu chỉ cho phép đọc",
        "the database file is read-only",
        "Hãy kiểm tra quyền ghi tệp và thư mục chứa nó",
    ),
    ("disk i/o error", "lỗi đọc/ghi đĩa", "a disk I/O error", "Ổ đĩa có thể hỏng, bị rút ra hoặc đã đầy"),
    (
        "unable to open database file",
        "không mở được tệp",
        "the file cannot be opened",
        "Thư mục không có, không có quyền, hoặc ổ đĩa đầy",
    ),
    (  # PostgreSQL (psycopg): the specific refusals before the general "connection failed" they are part of
        "password authentication failed",
        "máy chủ cơ sở dữ liệu từ chối tên đăng nhập hoặc mật khẩu",
        "the database server refused the user name or password",
        "Hãy kiểm tra tên đăng nhập và mật khẩu của máy chủ (--db hoặc biến MOTCUA_DB)",
    ),
    (
        "failed to resolve host",  # psycopg resolves the name itself before libpq connects
        "không tìm thấy máy chủ cơ sở dữ liệu theo tên đã ghi",
        "the database server's name is not found",
        "Hãy kiểm tra tên hoặc địa chỉ IP của máy chủ, và mạng của máy này",
    ),
    (
        "connection failed",
        "không kết nối được máy chủ cơ sở dữ liệu",
        "the database server cannot be reached",
        "Hãy kiểm tra mạng, địa chỉ và cổng của máy chủ, và máy chủ có đang chạy",
    ),
    (
        "server closed the connection",
        "mất kết nối với máy chủ cơ sở dữ liệu",
        "the connection to the database server was lost",
        "Hãy kiểm tra mạng và máy chủ rồi làm lại",
    ),
    (
        "file is not a database",
        "tệp không phải cơ sở dữ liệu SQLite hoặc đã hỏng",
        "the file is not a SQLite database or is damaged",
        "Hãy khôi phục từ một bản sao lưu",
    ),
]


def database_error_reason(error: BaseException) -> tuple[str, str, str] | None:
    """(reason in Vietnamese, in English, advice) for what SQLite or the server refused, or None when it is no
    such case."""
    detail = str(getattr(error, "orig", None) or error).lower()
    return next((entry[1:] for entry in _DATABASE_ERRORS if entry[0] in detail), None)


def explain_database_error(error: BaseException, target: str = "") -> UserError | None:
    """A clear one-line `UserError` for a full disk, a read-only file and the like, or None."""
    reason = database_error_reason(error)
    if reason is None:
        return None
    vi, en, advice = reason
    where = f" {target}" if target else ""
    return UserError(
        f"Không ghi được vào cơ sở dữ liệu{where}: {vi}. {advice}; thao tác vừa rồi chưa được ghi.",
        f"Cannot write to the database{where}: {en}. Nothing was written.",
    )


def explain_os_error(error: OSError) -> UserError | None:
    """The same for a file the app writes itself (a backup, a PDF): a full disk or a read-only place."""

    where = f" ({error.filename})" if error.filename else ""
    if error.errno == errno.ENOSPC:
        return UserError(
            f"Ổ đĩa đã đầy{where}: không ghi được tệp. Hãy giải phóng chỗ trống rồi làm lại.",
            f"The disk is full{where}.",
        )
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UserError(
            f"Không có quyền ghi{where}: ổ chỉ cho đọc hoặc tệp bị khoá quyền.",
            f"No permission to write{where}: read-only disk or file.",
        )
    return None
