"""Limits on what the program accepts, each with a clear message.

Text that does not fit its column gets a clear message, on SQLite (which would keep it whole) and on
PostgreSQL (which would refuse it with a database error) alike. `check_row` checks one row about to be
written by a Core insert (an importer); `check_flush` is the ``before_flush`` hook of every office session
(`core.storage.OfficeSession`) for rows written through the ORM.

The files an import reads (a register, the catalog, days off, the province's export) are bounded before
they are read (`core.tabular`): their size on disk, an xlsx archive's unpacked size, its members and their
compression ratio (a "zip bomb" is refused before anything is unpacked), and the number of data rows. The
README states them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from core.errors import UserError

__all__ = [
    "CLOCK_SLACK",
    "LABELS",
    "MAX_ATTACHMENT_BYTES",
    "MAX_ATTACHMENT_PAGES",
    "MAX_ATTACHMENT_PIXELS",
    "MAX_FEE",
    "MAX_IMPORT_BYTES",
    "MAX_IMPORT_ROWS",
    "MAX_XLSX_DIRECTORY_BYTES",
    "MAX_XLSX_MEMBERS",
    "MAX_XLSX_RATIO",
    "MAX_XLSX_UNPACKED_BYTES",
    "check_flush",
    "check_row",
]

#: How far two desks' clocks may differ: an acceptance moment may be this far ahead of the desk's clock, and
#: a change may be recorded this far before the trail's last moment (`core.security.desk_clock`).
CLOCK_SLACK = dt.timedelta(minutes=10)
#: The largest file an import reads (CSV or xlsx, as it is on disk): a register of 100,000 dossiers is
#: about 25 MB as CSV and 10 MB as xlsx.
MAX_IMPORT_BYTES = 64 * 1024 * 1024
#: The most data rows one import reads (blank rows are not counted): several years of a commune's register.
#: A larger register is imported in several files.
MAX_IMPORT_ROWS = 100_000
#: An xlsx is a zip archive: the most its members may unpack to, all together (the declared sizes are what
#: Python's zipfile will ever unpack: a member that unpacks to more fails its CRC check).
MAX_XLSX_UNPACKED_BYTES = 512 * 1024 * 1024
#: The highest compression ratio of a member over `_RATIO_FLOOR` (a real worksheet is 5–30 : 1; a zip bomb
#: ~1000 : 1).
MAX_XLSX_RATIO = 200
#: The most members an xlsx may have (Excel writes a dozen; each one costs memory to list).
MAX_XLSX_MEMBERS = 10_000
#: The largest central directory (the archive's list of members) read before the members are checked.
MAX_XLSX_DIRECTORY_BYTES = 4 * 1024 * 1024

#: The largest fee a dossier may carry, in đồng (a typing slip of extra zeros is refused, wherever it is typed:
#: the intake form's spin box, the command line, a register row).
MAX_FEE = 1_000_000_000

#: The largest file attached to a dossier (core/attachments.py), checked on disk before it is read: a 3-page scan
#: at 150–300 dpi is 0.5–3 MB; a 100-page PDF scanned in colour stays under 50 MB.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
#: The most pixels of an attached image (or an image's frame): 60 Mpx is a phone's 8000 × 7500 photo; a
#: "decompression bomb" (a small PNG that unpacks to gigabytes) is refused before it is unpacked.
MAX_ATTACHMENT_PIXELS = 60_000_000
#: The most pages of one attached file.
MAX_ATTACHMENT_PAGES = 1000

#: How the screens and files name the columns a clerk types into.
LABELS = {
    "applicant_name": "Họ tên",
    "reason": "Lý do",
    "field": "Lĩnh vực",
    "code": "Mã",
    "name": "Tên",
    "procedure_code": "Mã thủ tục",
    "procedure_name": "Tên thủ tục",
    "national_code": "Mã thủ tục quốc gia",
    "fee_note": "Ghi chú phí",
    "result": "Kết quả",
    "comment": "Ý kiến",
    "email": "Email",
    "note": "Ghi chú",
    "form_no": "Số phiếu",
    "handler": "Người xử lý",
    "full_name": "Họ tên",
    "title": "Chức danh",
    "username": "Tên đăng nhập",
    "signer": "Người ký",
    "province_code": "Mã hồ sơ trên hệ thống tỉnh",
}


@cache
def _limits(table: Any) -> tuple[tuple[str, str, int], ...]:
    """``(attribute, column, length)`` of every length-limited text column of ``table``."""
    return tuple(
        (column.key, column.name, column.type.length)
        for column in table.columns
        if isinstance(getattr(column.type, "length", None), int)
    )


def _too_long(column: str, value: str, length: int) -> UserError:
    label = LABELS.get(column, column)
    return UserError(
        f"«{label}» dài {len(value)} ký tự, vượt giới hạn {length} ký tự: hãy rút gọn.",
        f'"{column}" has {len(value)} characters, more than {length}.',
        where=column,
    )


def check_row(table: Any, values: dict[str, Any]) -> None:
    for _key, column, length in _limits(table):
        value = values.get(column)
        if isinstance(value, str) and len(value) > length:
            raise _too_long(column, value, length)


def check_flush(session: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        table = getattr(obj, "__table__", None)
        if table is None:
            continue
        loaded = obj.__dict__  # only what was set or loaded: never a lazy load inside a flush
        for key, column, length in _limits(table):
            value = loaded.get(key)
            if isinstance(value, str) and len(value) > length:
                raise _too_long(column, value, length)
