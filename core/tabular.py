"""Reading and writing CSV and xlsx tables for imports and exports, with line numbers for errors.

Reading never trusts a file. It is refused in one line before it is read when it is larger than
`MAX_IMPORT_BYTES`; an xlsx when its archive would unpack to more than `MAX_XLSX_UNPACKED_BYTES`, lists too
many members or packs one too tightly (a "zip bomb"), all checked on the archive's directory before
anything is unpacked; either kind when it holds more than `MAX_IMPORT_ROWS` data rows. Rows are read one at
a time (an xlsx's declared ``<dimension>`` is ignored: every row that is there is read). A CSV may be
separated by ``,``, ``;`` or a tab (found from the header line) and encoded in UTF-8 with or without BOM,
UTF-16 with BOM (Excel's "Unicode Text") or Windows-1258 (Vietnamese ANSI); every value is NFC. Dates may be
``YYYY-MM-DD [HH:MM]`` or, as Excel under a Vietnamese regional format saves them, ``DD/MM/YYYY [HH:MM]``.

Writing never lets a spreadsheet run what a citizen typed (OWASP's CSV injection rules): text that begins
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written as text — in CSV behind a ``'`` (taken
off again when the program reads its own file back), in xlsx as a string cell marked "text" (Excel's
quote prefix); numbers the program writes stay numbers. The identity numbers and phones the program
validated as digits are written to CSV as ``="0123…"`` so that Excel keeps their leading zeros and all 12
digits (read back as the digits). A CSV is UTF-8 with BOM, separated by the office's `csv_separator` setting
(``;`` by default, what Excel under a Vietnamese regional format expects). Every file is written whole
through `core.files.write_file`: a file Excel holds open gives one line, and no side file is left.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import struct
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from core.errors import UserError
from core.files import write_file
from core.limits import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_ROWS,
    MAX_XLSX_DIRECTORY_BYTES,
    MAX_XLSX_MEMBERS,
    MAX_XLSX_RATIO,
    MAX_XLSX_UNPACKED_BYTES,
)
from core.text import nfc

__all__ = [
    "DEFAULT_SEPARATOR",
    "FORMULA_STARTS",
    "SEPARATORS",
    "Table",
    "csv_digits",
    "csv_text",
    "from_csv",
    "guard_workbook",
    "mark_text",
    "read_table",
    "separator_char",
    "write_table",
]

#: The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The `csv_separator` setting's values and the character each one writes.
SEPARATORS = {";": ";", ",": ",", "tab": "\t"}
#: What Excel under a Vietnamese regional format expects (its list separator is ";").
DEFAULT_SEPARATOR = ";"

_NEUTRALISED = re.compile(r"'*[=+\-@\t\r]")  # text a ' goes in front of (and comes off from, when read)
_KEPT_ZEROS = re.compile(r'="([0-9]*)"')  # our ="0123…" for digits, as Excel keeps it text
_RATIO_FLOOR = 1024 * 1024  # members smaller than this unpacked are never a bomb, whatever their ratio
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# UTF-8 bytes of letters only Vietnamese uses (ạ…ỹ, ă, đ, ơ, ư): never found in Windows-1258 text, where they
# would read "áº", "á»", "Ä", "Æ" + a symbol. A file that has them but is not UTF-8 throughout is damaged.
_VIETNAMESE_UTF8 = re.compile(rb"\xe1[\xba\xbb][\x80-\xbf]|\xc4[\x82\x83\x90\x91\xa8\xa9]|\xc6[\xa0\xa1\xaf\xb0]")


# == values ===================================================================================================
def csv_text(value: object) -> object:
    """``value`` as a CSV cell: text a spreadsheet would take for a formula gets a leading ``'``.

    Text that already begins with ``'`` before such a character gets one more, so that `from_csv` gives
    back exactly the original. Numbers (and anything not text) are left as they are."""
    if isinstance(value, str) and _NEUTRALISED.match(value):
        return "'" + value
    return value


def csv_digits(value: object) -> object:
    """An identity number or phone the program validated: ``="0123…"``, which Excel shows as the text
    0123… (leading zeros and all 12 digits kept; a formula of digits only, written by the program).
    Anything else goes through `csv_text`."""
    if isinstance(value, str) and value and value.isascii() and value.isdigit():
        return f'="{value}"'
    return csv_text(value)


def from_csv(text: str) -> str:
    """A CSV cell as the program wrote it → the original text: ``="0123"`` → ``0123``; ``'=x`` → ``=x``
    (the ``'`` comes off only when what follows it is one `csv_text` protects)."""
    if text[:2] == '="':
        kept = _KEPT_ZEROS.fullmatch(text)
        if kept:
            return kept[1]
    if text[:1] == "'" and _NEUTRALISED.match(text, 1):
        return text[1:]
    return text


def mark_text(cell: Any) -> None:
    """Make an openpyxl cell a string cell that Excel shows and keeps as text (never a formula)."""
    cell.data_type = "s"
    cell.quotePrefix = True


def _risky(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def guard_workbook(book: Any) -> Any:
    """Every text cell of every sheet that begins like a formula becomes text (`mark_text`): the last step
    before a workbook the program built is saved. Returns ``book``."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if _risky(cell.value) or cell.data_type == "f":
                    mark_text(cell)
    return book


def separator_char(setting: str | None) -> str:
    """The character of a `csv_separator` setting (``";"``, ``","`` or ``"tab"``)."""
    return SEPARATORS.get(setting or DEFAULT_SEPARATOR, SEPARATORS[DEFAULT_SEPARATOR])


# == reading ==================================================================================================
@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number in the file, values by column)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise UserError(
        f'Không đọc được tệp "{path.name}": chỉ nhận tệp .csv hoặc .xlsx.',
        f'Cannot read "{path.name}": only .csv and .xlsx files are accepted.',
    )


def _cell(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        text = value.strftime("%Y-%m-%d %H:%M")
        return text[:10] if text.endswith(" 00:00") and not hasattr(value, "hour") else text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value)).strip()


def _csv_cell(value: str) -> str:
    """A CSV field as read: our ``="0123"`` and ``'=…`` undone (`from_csv`), NFC, stripped."""
    if value[:1] in ("=", "'"):
        value = from_csv(value)
    if not value.isascii():
        value = nfc(value)
    return value.strip()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def read_table(path: Path) -> Table:
    """Read a header row and data rows; every value NFC-normalised and stripped."""
    path = Path(path)
    kind = _kind(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(f'Không tìm thấy tệp "{path}".', f'File not found: "{path}".') from None
    except OSError as exc:
        raise UserError(f'Không đọc được tệp "{path}": {exc.strerror}.', f'Cannot read "{path}": {exc.strerror}.')
    if not path.is_file():
        raise UserError(f'"{path}" không phải một tệp.', f'"{path}" is not a file.')
    if size > MAX_IMPORT_BYTES:
        raise UserError(
            f'Tệp "{path.name}" quá lớn ({_megabytes(size)}; tối đa {_megabytes(MAX_IMPORT_BYTES)} '
            "một lần nhập): hãy chia thành nhiều tệp.",
            f'"{path.name}" is too large ({_megabytes(size)}; at most '
            f"{_megabytes(MAX_IMPORT_BYTES)} per import): split it into several files.",
        )
    try:
        if kind == "csv":
            return _read_csv(path)
        return _read_xlsx(path)
    except OSError as exc:
        raise UserError(
            f'Không đọc được tệp "{path}": {exc.strerror or exc}.', f'Cannot read "{path}": {exc.strerror or exc}.'
        )


def _too_many_rows(path: Path) -> UserError:
    limit = f"{MAX_IMPORT_ROWS:,}".replace(",", ".")
    return UserError(
        f'Tệp "{path.name}" có hơn {limit} dòng dữ liệu, quá giới hạn của một lần nhập: hãy chia thành nhiều tệp.',
        f'"{path.name}" has more than {MAX_IMPORT_ROWS:,} data rows, the limit of one import: split '
        "it into several files.",
    )


# -- CSV ------------------------------------------------------------------------------------------------------
def _read_csv(path: Path) -> Table:
    with path.open("rb") as raw:
        start = raw.read(4)
    encoding = next((name for bom, name in _BOMS if start.startswith(bom)), "utf-8")
    try:
        return _parse_csv(path, encoding)
    except UnicodeDecodeError as error:
        # a UTF-8 file cut short, or one with Vietnamese UTF-8 letters and some bytes that are not UTF-8, is
        # damaged: read as Windows-1258 it would give wrong letters without a word
        if encoding != "utf-8" or error.reason == "unexpected end of data" or _damaged_utf8(path):
            raise UserError(
                f'Tệp "{path.name}" có chỗ không đọc được (tệp văn bản bị hỏng?): hãy lưu lại với bảng mã UTF-8.',
                f'"{path.name}" has unreadable bytes (damaged text?): save it again as UTF-8.',
            ) from None
    try:  # Excel's "CSV (comma delimited)" under a Vietnamese Windows: Windows-1258, combining tone marks
        return _parse_csv(path, "cp1258")
    except UnicodeDecodeError:
        raise UserError(
            f'Tệp "{path.name}" không phải văn bản UTF-8, UTF-16 hay Windows-1258: hãy lưu lại với '
            "bảng mã UTF-8 (trong Excel: CSV UTF-8).",
            f'"{path.name}" is not UTF-8, UTF-16 or Windows-1258 text: save it again as UTF-8 (in Excel: CSV UTF-8).',
        ) from None


def _damaged_utf8(path: Path) -> bool:
    """True when a file that is not valid UTF-8 still holds UTF-8 Vietnamese letters: damaged, not ANSI."""
    with path.open("rb") as raw:
        tail = b""
        while chunk := raw.read(1 << 20):
            if _VIETNAMESE_UTF8.search(tail + chunk):
                return True
            tail = chunk[-2:]
    return False


def _sniff(line: str) -> str:
    """The separator of a header line: the one of ``,`` ``;`` tab that splits it into the most columns."""
    best, most = ",", 1
    for candidate in (",", ";", "\t"):
        try:
            count = len(next(csv.reader([line], delimiter=candidate), []))
        except csv.Error:
            continue
        if count > most:
            best, most = candidate, count
    return best


def _parse_csv(path: Path, encoding: str) -> Table:
    with path.open(encoding=encoding, newline="") as handle:
        first = handle.readline()
        if "\x00" in first:
            raise UserError(
                f'Tệp "{path.name}" không phải văn bản CSV (có ký tự NUL: tệp nhị phân, hay UTF-16 '
                "không có BOM?): hãy lưu lại với bảng mã UTF-8.",
                f'"{path.name}" is not CSV text (NUL characters: a binary file, or UTF-16 without '
                "BOM?): save it again as UTF-8.",
            )
        separator = _sniff(first)
        if _newlines_over_limit(path):  # maybe too many rows: count them first, keeping none
            with path.open(encoding=encoding, newline="") as again:
                _count_rows(path, csv.reader(again, delimiter=separator))
        records = csv.reader(chain([first], handle), delimiter=separator)
        try:
            return _table(path, ([_csv_cell(v) for v in record] for record in records))
        except csv.Error as exc:
            raise UserError(
                f'Tệp "{path.name}" không đúng định dạng CSV: {exc}.', f'"{path.name}" is not valid CSV: {exc}.'
            )


def _newlines_over_limit(path: Path) -> bool:
    """Cheap first look: could the file have more data rows than the limit? (Lines bound the records.)"""
    count = 0
    with path.open("rb") as raw:
        while chunk := raw.read(1 << 20):
            count += chunk.count(b"\n")
            if count > MAX_IMPORT_ROWS + 1:
                return True
    return False


def _count_rows(path: Path, records: Iterator[list[str]]) -> None:
    """Refuse, without keeping any row, a file with more data rows than the limit."""
    next(records, None)  # the header
    rows = 0
    try:
        for record in records:
            if any(record):
                rows += 1
                if rows > MAX_IMPORT_ROWS:
                    raise _too_many_rows(path)
    except csv.Error:
        return  # the reading proper says where


# -- xlsx -----------------------------------------------------------------------------------------------------
def _central_directory(path: Path) -> tuple[int, int] | None:
    """(members, directory size) from the archive's end record, read before zipfile lists the members."""
    with path.open("rb") as raw:
        raw.seek(0, 2)
        size = raw.tell()
        raw.seek(max(0, size - 65_557))
        tail = raw.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None  # zipfile says what is wrong
    try:
        return _directory_numbers(path, tail, at)
    except struct.error:
        return None


def _directory_numbers(path: Path, tail: bytes, at: int) -> tuple[int, int] | None:
    _, _, _, _, members, directory, _, _ = struct.unpack("<4s4H2LH", tail[at : at + 22])
    if members == 0xFFFF or directory == 0xFFFFFFFF:  # Zip64: the real numbers are in the Zip64 end record
        locator = tail.rfind(b"PK\x06\x07", 0, at)
        if locator < 0:
            return None
        (record,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
        with path.open("rb") as raw:
            raw.seek(record)
            head = raw.read(56)
        if head[:4] != b"PK\x06\x06" or len(head) < 56:
            return None
        members, directory = struct.unpack("<QQ", head[32:48])
    return members, directory


def _unreasonable(path: Path, what_vi: str, what_en: str) -> UserError:
    return UserError(
        f'Tệp Excel "{path.name}" bị từ chối: {what_vi} (tệp hỏng hoặc "bom nén"). Hãy mở bằng Excel và lưu lại.',
        f'The Excel file "{path.name}" is refused: {what_en} (a damaged file or a "zip bomb"). Open it '
        "in Excel and save it again.",
    )


def _check_archive(path: Path) -> None:
    """Refuse, from the archive's directory alone, an xlsx that would unpack to too much."""
    directory = _central_directory(path)
    if directory is not None:
        members, size = directory
        if members > MAX_XLSX_MEMBERS or size > MAX_XLSX_DIRECTORY_BYTES:
            raise _unreasonable(path, f"có {members} thành phần", f"it has {members} members")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise UserError(
            f'Không mở được tệp Excel "{path.name}": {exc}.', f'Cannot open the Excel file "{path.name}": {exc}.'
        ) from None
    if len(infos) > MAX_XLSX_MEMBERS:
        raise _unreasonable(path, f"có {len(infos)} thành phần", f"it has {len(infos)} members")
    total = sum(info.file_size for info in infos)
    if total > MAX_XLSX_UNPACKED_BYTES:
        raise _unreasonable(
            path,
            f"giải nén ra {_megabytes(total)} (tối đa {_megabytes(MAX_XLSX_UNPACKED_BYTES)})",
            f"it unpacks to {_megabytes(total)} (at most {_megabytes(MAX_XLSX_UNPACKED_BYTES)})",
        )
    for info in infos:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_XLSX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _unreasonable(
                path,
                f'phần "{info.filename}" nén {ratio} lần',
                f'the member "{info.filename}" is compressed {ratio} times',
            )


def _read_xlsx(path: Path) -> Table:
    _check_archive(path)
    import openpyxl  # imported here: only imports from Excel need it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UserError(
            f'Không mở được tệp Excel "{path.name}": {exc}.', f'Cannot open the Excel file "{path.name}": {exc}.'
        )
    try:
        if not workbook.worksheets:
            raise UserError(
                f'Tệp Excel "{path.name}" không có trang tính nào.', f'The Excel file "{path.name}" has no worksheet.'
            )
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # the declared <dimension> may be stale: read every row that is there
        try:
            return _table(path, ([_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)))
        except UserError:
            raise
        except Exception as exc:  # a damaged worksheet part
            raise UserError(
                f'Không đọc được tệp Excel "{path.name}": {exc}.', f'Cannot read the Excel file "{path.name}": {exc}.'
            )
    finally:
        workbook.close()


# -- both -----------------------------------------------------------------------------------------------------
def _table(path: Path, records: Iterator[list[str]]) -> Table:
    first = next(records, None)
    if not first or not any(first):
        raise UserError(
            f'Tệp "{path.name}" trống hoặc thiếu dòng tiêu đề.', f'"{path.name}" is empty or has no header row.'
        )
    header = [h.strip() for h in first]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    rows: list[tuple[int, dict[str, str]]] = []
    for number, record in enumerate(records, start=2):
        if not any(record):
            continue
        if len(rows) >= MAX_IMPORT_ROWS:
            raise _too_many_rows(path)
        if len(record) > width and any(record[width:]):
            raise UserError(
                "Dòng có nhiều giá trị hơn số cột tiêu đề.", "The row has more values than the header has columns."
            ).at(line=number)
        if len(record) < width:
            record = record + [""] * (width - len(record))
        rows.append((number, dict(zip(header, record))))
    return Table(header=header, rows=rows)


# == writing ==================================================================================================
def write_table(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str = "Dữ liệu",
    separator: str | None = None,
    digits: Iterable[str] = (),
) -> None:
    """Write ``rows`` under ``header`` as CSV (UTF-8 with BOM, for Excel) or xlsx, by extension, whole or not
    at all. ``separator`` is a `csv_separator` setting (default ``;``); the columns named in ``digits`` hold
    numbers the program validated as digits (CCCD, phone), written so that Excel keeps their zeros."""
    path = Path(path)
    kind = _kind(path)
    kept = {header.index(name) for name in digits if name in header}
    if kind == "csv":
        write_file(path, lambda stream: _write_csv(stream, header, rows, separator_char(separator), kept))
    else:
        write_file(path, lambda stream: _write_xlsx(stream, header, rows, sheet_title))


def _write_csv(
    stream: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[object]], separator: str, kept: set[int]
) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text, delimiter=separator)
        writer.writerow([csv_text(name) for name in header])
        for row in rows:
            writer.writerow([csv_digits(v) if i in kept else csv_text(v) for i, v in enumerate(row)])
        text.flush()
    finally:
        text.detach()  # the stream is write_file's: it flushes and closes it


def _write_xlsx(stream: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[object]], sheet_title: str) -> None:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]
    bold = Font(bold=True)
    for line, values in enumerate(chain([list(header)], rows), start=1):
        values = list(values)
        sheet.append(values)
        for index, value in enumerate(values):
            if _risky(value):
                mark_text(sheet.cell(row=line, column=index + 1))
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    workbook.save(stream)


def iter_required(header: list[str], required: Iterable[str], known: Iterable[str]) -> Iterator[UserError]:
    """Errors for missing required columns and unknown columns of a header."""
    known_set = set(known)
    for name in header:
        if name not in known_set:
            yield UserError(f'Cột "{name}" không có trong mẫu nhập.', f'Unknown column "{name}".').at(line=1)
    for name in required:
        if name not in header:
            yield UserError(f'Thiếu cột bắt buộc "{name}".', f'Missing required column "{name}".').at(line=1)
