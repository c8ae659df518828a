"""The monthly report as an xlsx in the Biểu II.06a layout, for upload (docs/domain.md §4).

Header: form number, title, "Kỳ báo cáo: Tháng mm/yyyy (Từ ngày … đến ngày …)", "Đơn vị báo cáo",
"Đơn vị nhận báo cáo", "Đơn vị tính: Số hồ sơ TTHC"; then the three-level merged column headings,
the column numbers (1)–(13), one row per field and the totals row. Text that begins like a formula (a
field named "=…" in an imported catalog) is written as text, never run (`core.tabular.guard_workbook`).
"""

from __future__ import annotations

import datetime as dt
import io

from core.reports.figures import COLUMN_NUMBERS
from core.reports.monthly import MonthlyReport
from core.tabular import guard_workbook
from core.text import nfc

__all__ = ["FIRST_DATA_ROW", "FORM_NUMBER", "FORM_TITLE", "HEADING_ROWS", "xlsx_bytes"]

FORM_NUMBER = "Biểu số II.06a/VPCP/KSTT"
FORM_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
HEADING_ROWS = (6, 7, 8)  # the three heading rows; row 9 holds (1)–(13)
FIRST_DATA_ROW = 10
_COLUMN_ORDER = sorted(COLUMN_NUMBERS, key=COLUMN_NUMBERS.__getitem__)  # received_total … pending_late
#: (first cell, last cell, text) of every heading; single cells have first == last.
_HEADINGS = (
    ("A6", "A8", "STT"),
    ("B6", "B8", "Lĩnh vực, công việc giải quyết theo cấp"),
    ("C6", "F6", "Số hồ sơ nhận giải quyết"),
    ("G6", "J6", "Số hồ sơ đã giải quyết"),
    ("K6", "M6", "Số hồ sơ đang giải quyết"),
    ("C7", "C8", "Tổng số"),
    ("D7", "F7", "Trong đó"),
    ("G7", "G8", "Tổng số"),
    ("H7", "H8", "Trước hạn"),
    ("I7", "I8", "Đúng hạn"),
    ("J7", "J8", "Quá hạn"),
    ("K7", "K8", "Tổng số"),
    ("L7", "L8", "Trong hạn"),
    ("M7", "M8", "Quá hạn"),
    ("D8", "D8", "Số mới tiếp nhận trực tuyến"),
    ("E8", "E8", "Số mới tiếp nhận trực tiếp, dịch vụ bưu chính"),
    ("F8", "F8", "Số từ kỳ trước chuyển qua"),
)
_WIDTHS = {"A": 6, "B": 34, **{c: 11 for c in "CDEFGHIJKLM"}}


def xlsx_bytes(report: MonthlyReport, *, recipient: str = "", created: dt.datetime | None = None) -> bytes:
    """The workbook's bytes (one sheet "II.06a"); ``recipient`` fills "Đơn vị nhận báo cáo"."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    book = Workbook()
    sheet = book.active
    sheet.title = "II.06a"
    bold, thin = Font(name="Times New Roman", bold=True, size=11), Side(style="thin")
    plain, italic = Font(name="Times New Roman", size=11), Font(name="Times New Roman", italic=True, size=11)
    box, center = (
        Border(left=thin, right=thin, top=thin, bottom=thin),
        Alignment(horizontal="center", vertical="center", wrap_text=True),
    )

    def put(first: str, last: str, text, font=plain, align=None) -> None:
        sheet[first] = nfc(text) if isinstance(text, str) else text
        sheet[first].font = font
        sheet[first].alignment = align or Alignment(vertical="center", wrap_text=True)
        if first != last:
            sheet.merge_cells(f"{first}:{last}")

    span = report.period
    put("A1", "C1", FORM_NUMBER, bold)
    put("D1", "J1", FORM_TITLE, bold, center)
    put("D2", "J2", f"Kỳ báo cáo: {span.label} ({span.range_text})", italic, center)
    put("K1", "M1", f"Đơn vị báo cáo: {report.unit_name}", plain)
    put("K2", "M2", f"Đơn vị nhận báo cáo: {recipient or report.parent_name or '……'}", plain)
    put("K4", "M4", "Đơn vị tính: Số hồ sơ TTHC", italic)
    for first, last, text in _HEADINGS:
        put(first, last, text, bold, center)
    for index in range(13):
        put(f"{chr(65 + index)}9", f"{chr(65 + index)}9", f"({index + 1})", italic, center)
    row = FIRST_DATA_ROW
    for number, item in enumerate(report.rows, start=1):
        _row(sheet, row, number, item["field"], [item[c] for c in _COLUMN_ORDER], plain, center)
        row += 1
    _row(sheet, row, "", "Tổng cộng", [report.totals[c] for c in _COLUMN_ORDER], bold, center)
    for line in range(6, row + 1):
        for column in "ABCDEFGHIJKLM":
            sheet[f"{column}{line}"].border = box
    for column, width in _WIDTHS.items():
        sheet.column_dimensions[column].width = width
    for line, height in ((1, 30), (2, 30), (6, 30), (7, 20), (8, 75)):
        sheet.row_dimensions[line].height = height
    sheet.freeze_panes = f"C{FIRST_DATA_ROW}"
    sheet.page_setup.orientation, sheet.page_setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    sheet.print_title_rows = "6:9"
    book.properties.creator = "Một Cửa"
    book.properties.created = created or dt.datetime.now().replace(microsecond=0)
    guard_workbook(book)  # a field or office name typed as "=…" stays text
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _row(sheet, line: int, number, label: str, values: list[int], font, center) -> None:
    from openpyxl.styles import Alignment

    sheet[f"A{line}"] = number
    sheet[f"B{line}"] = nfc(label)
    sheet[f"B{line}"].alignment = Alignment(vertical="center", wrap_text=True)
    sheet[f"A{line}"].alignment = center
    for index, value in enumerate(values):
        cell = sheet[f"{chr(67 + index)}{line}"]
        cell.value = value
        cell.alignment = center
    for column in "ABCDEFGHIJKLM":
        sheet[f"{column}{line}"].font = font
