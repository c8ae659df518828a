"""The satisfaction figures as an xlsx workbook: one sheet per table, then the dissatisfied ratings.

Rates are written as numbers with a percent format (Excel can sum and chart them); a rate without
ratings is an empty cell shown as "—", never 0% or 100% (docs/rules.md §5). Text that begins like a formula
(a comment "=…") is written as text (`core.tabular.guard_workbook`); the file is written whole
(`core.files.write_file`).
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from core.errors import UserError
from core.files import write_file
from core.satisfaction.figures import FigureRow, Figures
from core.tabular import guard_workbook

__all__ = ["DISSATISFIED_COLUMNS", "FIGURE_COLUMNS", "TABLES", "write_xlsx"]

#: Sheet title and heading of the group column for each table of `Figures`.
TABLES = (
    ("by_field", "Theo lĩnh vực", "Lĩnh vực"),
    ("by_officer", "Theo cán bộ", "Cán bộ giải quyết"),
    ("by_channel", "Theo hình thức", "Hình thức nộp"),
    ("by_month", "Theo tháng", "Tháng"),
)
FIGURE_COLUMNS = (
    "Số đánh giá",
    "Không hài lòng",
    "Hài lòng",
    "Rất hài lòng",
    "Tỷ lệ hài lòng",
    "Chỉ tiêu",
    "Đạt chỉ tiêu",
)
DISSATISFIED_COLUMNS = (
    "Mã hồ sơ",
    "Thời điểm",
    "Thủ tục",
    "Lĩnh vực",
    "Cán bộ giải quyết",
    "Hình thức nộp",
    "Góp ý",
    "Người nhập",
)


def _figure_line(row: FigureRow) -> list[object]:
    c = row.counts
    meets = {True: "Đạt", False: "Chưa đạt", None: "—"}[row.meets]
    return [row.label, c.total, c.dissatisfied, c.satisfied, c.very_satisfied, row.rate, row.target, meets]


def _sheet(workbook, title: str, heading: str, rows: list[FigureRow], period: str) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title)
    sheet.append([f"Mức độ hài lòng {title.lower()} — {period}"])
    sheet["A1"].font = Font(bold=True)
    sheet.append([heading, *FIGURE_COLUMNS])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(_figure_line(row))
        for cell in sheet[sheet.max_row][5:7]:
            cell.number_format = "0.0%" if cell.value is not None else "@"
            if cell.value is None:
                cell.value = "—"
    sheet.column_dimensions["A"].width = 38
    for letter in "BCDEFGH":
        sheet.column_dimensions[letter].width = 15
    sheet.freeze_panes = "A3"


def write_xlsx(figures: Figures, path: str | PathLike[str]) -> Path:
    """Write every table of ``figures`` to the workbook ``path`` (replaced if it exists)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f'Tệp "{path.name}" cần đuôi .xlsx.', f'"{path.name}" needs the .xlsx extension.')
    period = f"{figures.since:%d/%m/%Y} – {figures.until:%d/%m/%Y}"
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    _sheet(workbook, "Tổng hợp", "Phạm vi", [figures.total], period)
    for name, title, heading in TABLES:
        _sheet(workbook, title, heading, list(getattr(figures, name)), period)
    sheet = workbook.create_sheet("Không hài lòng")
    sheet.append(list(DISSATISFIED_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for d in figures.dissatisfied:
        sheet.append(
            [
                d.code,
                d.at.strftime("%d/%m/%Y %H:%M"),
                d.procedure,
                d.field,
                d.officer,
                d.channel,
                d.comment,
                d.entered_by,
            ]
        )
        sheet.cell(sheet.max_row, 7).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDEFGH", (24, 17, 40, 20, 28, 16, 50, 30)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    guard_workbook(workbook)  # a comment or a name typed as "=…" stays text
    return write_file(path, workbook.save)
