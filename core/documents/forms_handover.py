"""The desk list of dossiers to enter in the provincial system (an internal list, not a legal form).

A landscape table, oldest first, with an empty column where the clerk writes the provincial code
while keying each dossier, and a column to initial. Identity numbers are masked (docs/rules.md §7): the
clerk keys them from the dossier itself.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from core.documents.common import date_words, short_moment
from core.documents.model import Cell, Document, Header, Paragraph, Table
from core.dossiers import profile_for
from core.handover.export import handover_records
from core.identity import mask_id_number
from core.models import CHANNELS
from core.office import require_office
from core.security.access import Permission, requires
from core.text import clean, nfc

__all__ = ["HANDOVER_HEADINGS", "handover_list"]

HANDOVER_HEADINGS = (
    "TT",
    "Mã hồ sơ",
    "Tiếp nhận",
    "Hẹn trả",
    "Thủ tục hành chính",
    "Người nộp",
    "Liên hệ",
    "Hình thức",
    "Mã hồ sơ trên hệ thống tỉnh",
    "Người nhập (ký)",
)
_WIDTHS = (8, 40, 18, 18, 50, 36, 26, 16, 36, 24)  # relative (mm on A4 landscape)


def _moment(text: str) -> str:
    return short_moment(dt.datetime.strptime(text, "%Y-%m-%d %H:%M")) if text else ""


def _rows(records: list[dict]) -> tuple[tuple[Cell, ...], ...]:
    rows = []
    for number, r in enumerate(records, start=1):
        procedure = r["procedure_name"] + (
            f"\nMã TTHC: {r['national_procedure_code']}" if r["national_procedure_code"] else ""
        )
        person = r["applicant_name"] + (f"\nCCCD: {mask_id_number(r['id_number'])}" if r["id_number"] else "")
        contact = "\n".join(part for part in (r["phone"], r["address"]) if part)
        rows.append(
            (
                Cell(str(number)),
                Cell(r["code"]),
                Cell(_moment(r["received_at"])),
                Cell(_moment(r["due_at"])),
                Cell(procedure),
                Cell(person),
                Cell(contact),
                Cell(CHANNELS.get(r["channel"], r["channel"])),
                Cell(),
                Cell(),
            )
        )
    return tuple(rows)


@requires(Permission.HANDOVER)
def handover_list(session: Session, *, today: dt.date | None = None) -> Document:
    """Every dossier still to be entered in the provincial system, as a printable list."""
    today = today or dt.date.today()
    office = require_office(session)
    records = handover_records(session)
    header = Header(
        parent_body=nfc(clean(office.parent_name).upper()),
        issuing_body=nfc(clean(office.name).upper()),
        place_date=f"{clean(office.place) or '……'}, {date_words(today)}",
        national=False,
    )
    table = Table(columns=HANDOVER_HEADINGS, rows=_rows(records), widths=_WIDTHS, numeric=(0,), font_size=9)
    note = Paragraph(
        'Ghi mã hồ sơ do hệ thống thông tin giải quyết TTHC của tỉnh cấp vào cột "Mã hồ sơ trên hệ '
        'thống tỉnh" ngay khi nhập xong, rồi ghi lại vào phần mềm (Chuyển hệ thống tỉnh).',
        "note",
    )
    blocks = (table, note) if records else (Paragraph("Không có hồ sơ nào chờ nhập.", "center"),)
    return Document(
        kind="handover",
        profile=profile_for(today),
        header=header,
        title="DANH SÁCH HỒ SƠ CHỜ NHẬP VÀO HỆ THỐNG CỦA TỈNH",
        subtitles=(f"Tổng số: {len(records)} hồ sơ (cũ nhất trước)",),
        blocks=blocks,
        landscape=True,
        page_numbers=True,
        reference=f"{today:%Y%m%d}",
    )
