"""The evaluation sheet of a dossier (Bảng đánh giá việc giải quyết thủ tục hành chính, docs/domain.md §3.1).

Part I is the nine indicators with their standard, self and reviewed points; part II the citizen's
rating of the dossier (the three levels of a one-stop evaluation device). Built as data like every
other form; `core.documents.render_pdf` draws it.

    render_pdf(build_evaluation_sheet(session, "H40.25.12-250106-0001"), "bang-danh-gia.pdf")
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from core.documents.common import citizen, date_words
from core.documents.model import Cell, Document, Field, Fields, Header, Paragraph, Signature, Signatures, Table
from core.dossiers import get_dossier
from core.office import require_office
from core.satisfaction.evaluation import MAX_POINTS, TOTAL_POINTS, Sheet, get_sheet
from core.satisfaction.ratings import LEVELS, rating_of
from core.security.access import Permission, requires
from core.text import clean, nfc

__all__ = ["COLUMNS", "TITLE", "build_evaluation_sheet", "evaluation_sheet"]

TITLE = "BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
COLUMNS = ("Chỉ số", "Tên chỉ số", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định", "Ghi chú")


def _points(value: int | None) -> str:
    return "" if value is None else str(value)


def _table(sheet: Sheet) -> Table:
    rows = [
        tuple(
            Cell(t)
            for t in (str(i.number), i.name, str(i.max_points), _points(i.self_score), _points(i.reviewed), nfc(i.note))
        )
        for i in sheet.indicators
    ]
    rows.append(
        tuple(
            Cell(t)
            for t in (
                "",
                "Tổng điểm",
                str(TOTAL_POINTS),
                _points(sheet.total("self")),
                _points(sheet.total("reviewed")),
                "",
            )
        )
    )
    rows.append(tuple(Cell(t) for t in ("", "Xếp loại", "", sheet.grade("self"), sheet.grade("reviewed"), "")))
    return Table(
        columns=COLUMNS, rows=tuple(rows), widths=(0.7, 7.4, 1.1, 1.2, 1.3, 1.5), numeric=(0, 2, 3, 4), font_size=10
    )


def _bands(sheet: Sheet) -> str:
    parts, upper = [], None
    for lowest, label in sheet.bands:
        low = f"{lowest:g}"
        parts.append(f"{label}: từ {low} điểm" if upper is None else f"{label}: từ {low} đến dưới {upper} điểm")
        upper = low
    return (
        f"Thang xếp loại (tối đa {TOTAL_POINTS} điểm, mỗi chỉ số tối đa {MAX_POINTS} điểm): " + "; ".join(parts) + "."
    )


def _rating_table(session: Session, code: str) -> Table:
    """Part II: the dossier's rating, the chosen level marked "X", with the citizen's comment."""
    rating = rating_of(session, get_dossier(session, code))
    marks = tuple(Cell("X" if rating is not None and rating.level == level else "") for level in sorted(LEVELS))
    comment = "Chưa đánh giá" if rating is None else nfc(rating.comment)
    return Table(
        columns=(*(LEVELS[level] for level in sorted(LEVELS)), "Ý kiến của tổ chức, cá nhân"),
        rows=((*marks, Cell(comment)),),
        widths=(1.6, 1.6, 1.6, 5.4),
        numeric=(0, 1, 2),
        font_size=10,
    )


def evaluation_sheet(session: Session, sheet: Sheet, *, day: dt.date | None = None) -> Document:
    """The sheet ``sheet`` as a printable document, dated ``day`` (the review's date, else today)."""
    office = require_office(session)
    day = day or (sheet.reviewed_at or sheet.scored_at or dt.datetime.now()).date()
    place = clean(office.place) or "……"
    header = Header(
        parent_body=nfc(clean(office.parent_name).upper()),
        issuing_body=nfc(clean(office.name).upper()),
        number=f"Mã hồ sơ: {sheet.code}",
        place_date=f"{place}, {date_words(day)}",
    )
    blocks = (
        Fields(
            (
                Field("Thủ tục hành chính", nfc(sheet.procedure), strong=True),
                Field("Lĩnh vực", nfc(sheet.field)),
                Field("Tổ chức, cá nhân", citizen(sheet.applicant)),
            )
        ),
        Paragraph("I. ĐÁNH GIÁ THEO BỘ CHỈ SỐ", "strong"),
        _table(sheet),
        Paragraph(_bands(sheet), "note"),
        Paragraph("II. MỨC ĐỘ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN", "strong"),
        _rating_table(session, sheet.code),
        Signatures((Signature(title="NGƯỜI TỰ CHẤM"), Signature(title="NGƯỜI THẨM ĐỊNH"))),
    )
    return Document(
        kind="evaluation", profile=sheet.profile, header=header, title=TITLE, blocks=blocks, reference=sheet.code
    )


@requires(Permission.VIEW)
def build_evaluation_sheet(session: Session, code: str) -> Document:
    """The evaluation sheet of the dossier ``code`` (saved, or new with the suggested scores)."""
    return evaluation_sheet(session, get_sheet(session, code))
