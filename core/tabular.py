"""Reading and writing CSV and xlsx tables for imports and exports, with line numbers for errors."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from core.text import nfc

__all__ = ["Table", "read_table", "write_table"]


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
    raise UserError(f"Không đọc được tệp \"{path.name}\": chỉ nhận tệp .csv hoặc .xlsx.",
                    f"Cannot read \"{path.name}\": only .csv and .xlsx files are accepted.")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        text = value.strftime("%Y-%m-%d %H:%M")
        return text[:10] if text.endswith(" 00:00") and not hasattr(value, "hour") else text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value)).strip()


def read_table(path: Path) -> Table:
    """Read a header row and data rows; every value NFC-normalised and stripped."""
    path = Path(path)
    kind = _kind(path)
    if not path.exists():
        raise UserError(f"Không tìm thấy tệp \"{path}\".", f"File not found: \"{path}\".")
    if kind == "csv":
        return _read_csv(path)
    return _read_xlsx(path)


def _read_csv(path: Path) -> Table:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.reader(handle))
    except UnicodeDecodeError:
        raise UserError(f"Tệp \"{path.name}\" không phải văn bản UTF-8: hãy lưu lại với bảng mã UTF-8.",
                        f"\"{path.name}\" is not UTF-8 text: save it again as UTF-8.")
    except csv.Error as exc:
        raise UserError(f"Tệp \"{path.name}\" không đúng định dạng CSV: {exc}.",
                        f"\"{path.name}\" is not valid CSV: {exc}.")
    except OSError as exc:
        raise UserError(f"Không đọc được tệp \"{path}\": {exc.strerror}.", f"Cannot read \"{path}\": {exc.strerror}.")
    return _table(path, [[_cell(v) for v in record] for record in records])


def _read_xlsx(path: Path) -> Table:
    import openpyxl  # imported here: only imports from Excel need it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UserError(f"Không mở được tệp Excel \"{path.name}\": {exc}.",
                        f"Cannot open the Excel file \"{path.name}\": {exc}.")
    try:
        sheet = workbook.worksheets[0]
        records = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(path, records)


def _table(path: Path, records: list[list[str]]) -> Table:
    if not records or not any(records[0]):
        raise UserError(f"Tệp \"{path.name}\" trống hoặc thiếu dòng tiêu đề.",
                        f"\"{path.name}\" is empty or has no header row.")
    header = [h.strip() for h in records[0]]
    while header and not header[-1]:
        header.pop()
    rows: list[tuple[int, dict[str, str]]] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(record):
            continue
        if len(record) > len(header) and any(record[len(header):]):
            raise UserError("Dòng có nhiều giá trị hơn số cột tiêu đề.",
                            "The row has more values than the header has columns.").at(line=number)
        values = {name: (record[i] if i < len(record) else "") for i, name in enumerate(header)}
        rows.append((number, values))
    return Table(header=header, rows=rows)


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]],
                *, sheet_title: str = "Dữ liệu") -> None:
    """Write ``rows`` under ``header`` as CSV (UTF-8 with BOM, for Excel) or xlsx, by extension."""
    path = Path(path)
    kind = _kind(path)
    try:
        if kind == "csv":
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows(rows)
            return
        import openpyxl
        from openpyxl.styles import Font

        workbook = openpyxl.Workbook(write_only=False)
        sheet = workbook.active
        sheet.title = sheet_title[:31]
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
        workbook.save(path)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp \"{path}\": {exc.strerror}.",
                        f"Cannot write \"{path}\": {exc.strerror}.")


def iter_required(header: list[str], required: Iterable[str], known: Iterable[str]) -> Iterator[UserError]:
    """Errors for missing required columns and unknown columns of a header."""
    known_set = set(known)
    for name in header:
        if name not in known_set:
            yield UserError(f"Cột \"{name}\" không có trong mẫu nhập.", f"Unknown column \"{name}\".").at(line=1)
    for name in required:
        if name not in header:
            yield UserError(f"Thiếu cột bắt buộc \"{name}\".", f"Missing required column \"{name}\".").at(line=1)
