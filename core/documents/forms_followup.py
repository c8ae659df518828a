"""Forms after intake: the apology (Mẫu 04), the stop notice (Mẫu 05) and the control sheet (Mẫu 05/06).

The apology and the stop notice are letters to the citizen (full identity number); the control sheet
travels between agencies, so it shows the number masked (docs/rules.md §7).

The two letters are the office's outgoing documents: their number ("Số: 12/TB-UBND") is the one the
office's văn thư gives in its register of outgoing documents (NĐ 30/2020), so it is left to be written by
hand; the dossier is named in the body ("Mã hồ sơ: …").
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from core.documents.common import (
    chairman_signature,
    citizen,
    date_words,
    form_title,
    header_for,
    id_fields,
    moment_words,
)
from core.documents.model import Cell, Document, Field, Fields, Paragraph, Recipients, Signatures, Table
from core.errors import UserError
from core.lifecycle import STOP_KINDS
from core.models import Apology, Dossier, DossierEvent
from core.text import clean, nfc

__all__ = ["FAULTS", "LETTER_NUMBER", "apology", "control_sheet", "latest_apology", "stop_notice", "verdict"]

#: The "Số:" of a letter to the citizen, left for the office's văn thư to fill in.
LETTER_NUMBER = "Số: ……/……"
FAULTS = {"own": "chủ quan (do cơ quan giải quyết)", "external": "khách quan"}
_STOP_LEADS = {
    "withdrawn": "Ông/Bà đã có yêu cầu rút hồ sơ, dừng giải quyết hồ sơ.",
    "stopped": "hồ sơ thuộc trường hợp phải dừng giải quyết.",
    "refused": "hồ sơ không đủ điều kiện giải quyết.",
}


def _events(session: Session, dossier: Dossier, kind: str) -> list[DossierEvent]:
    return list(
        session.exec(
            select(DossierEvent)
            .where(DossierEvent.dossier_id == dossier.id, DossierEvent.kind == kind)
            .order_by(col(DossierEvent.at), col(DossierEvent.id))
        )
    )


def latest_apology(session: Session, dossier: Dossier) -> Apology:
    row = session.exec(
        select(Apology)
        .where(Apology.dossier_id == dossier.id)
        .order_by(col(Apology.issued_at).desc(), col(Apology.id).desc())
    ).first()
    if row is None:
        raise UserError(
            f"Hồ sơ {dossier.code} chưa có văn bản xin lỗi nào để in.",
            f"Dossier {dossier.code} has no apology to print.",
        )
    return row


def _received_line(office_name: str, dossier: Dossier) -> str:
    return (
        f"Ngày {dossier.received_at:%d/%m/%Y}, {office_name} tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết "
        f"thủ tục hành chính: {nfc(dossier.procedure_name)}."
    )


def apology(session: Session, dossier: Dossier, row: Apology) -> Document:
    """Phiếu xin lỗi và hẹn lại ngày trả kết quả (2018) / Văn bản xin lỗi và đề nghị gia hạn (2025)."""
    office, header = header_for(session, dossier.profile, "apology", number=LETTER_NUMBER, day=row.issued_at.date())
    office_name, name = nfc(clean(office.name)), citizen(dossier.applicant_name)
    new_due = moment_words(row.new_due_at)
    late = dossier.profile == "nd61-2018"  # the 2018 form re-appoints; the 2025 one asks for an extension
    closing = (
        Field("Thời gian hẹn trả kết quả lại", new_due, strong=True)
        if late
        else Field("Thời gian đề nghị gia hạn trả kết quả đến", new_due, strong=True)
    )
    blocks = (
        Paragraph(f"Kính gửi: Ông/Bà {name}", "address"),
        Paragraph(_received_line(office_name, dossier)),
        Fields(
            (
                Field("Mã hồ sơ", dossier.code, strong=True),
                *id_fields(dossier, full_id=True),
                Field("Thời gian hẹn trả kết quả ghi trên Giấy tiếp nhận", moment_words(dossier.due_at)),
            )
        ),
        Paragraph(
            "Tuy nhiên, đến nay "
            + (
                "chưa trả được kết quả giải quyết hồ sơ cho Ông/Bà đúng hạn như đã hẹn."
                if late
                else "hồ sơ chưa được giải quyết xong trong thời hạn đã hẹn."
            )
        ),
        Fields(
            (Field("Lý do", nfc(clean(row.reason)) or "……"), Field("Nguyên nhân", FAULTS.get(row.fault, row.fault)))
        ),
        Paragraph(
            f"Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà. {office_name} "
            "trân trọng xin lỗi Ông/Bà và "
            + (
                "hẹn lại thời gian trả kết quả như sau:"
                if late
                else "đề nghị Ông/Bà đồng ý gia hạn thời gian giải quyết như sau:"
            )
        ),
        Fields((closing,)),
        Paragraph("Kính mong Ông/Bà thông cảm."),
        Recipients(("- Như trên;", "- Bộ phận Một cửa;", "- Lưu: VT.")),
        Signatures((chairman_signature(session, row.signer),)),
    )
    return Document(
        kind="apology",
        profile=dossier.profile,
        header=header,
        title=form_title(dossier.profile, "apology"),
        blocks=blocks,
        reference=dossier.code,
    )


def stop_notice(session: Session, dossier: Dossier) -> Document:
    """Thông báo dừng giải quyết hồ sơ, from the dossier's "stopped" event."""
    if not dossier.stopped_at:
        raise UserError(
            f"Hồ sơ {dossier.code} chưa dừng giải quyết: không có thông báo dừng để in.",
            f"Dossier {dossier.code} is not stopped.",
        )
    events = _events(session, dossier, "stopped")
    reason = nfc(clean(events[-1].detail.get("reason", ""))) if events else ""
    office, header = header_for(session, dossier.profile, "stop", number=LETTER_NUMBER, day=dossier.stopped_at.date())
    office_name = nfc(clean(office.name))
    blocks = (
        Paragraph(f"Kính gửi: Ông/Bà {citizen(dossier.applicant_name)}", "address"),
        Paragraph(_received_line(office_name, dossier)),
        Fields((Field("Mã hồ sơ", dossier.code, strong=True), *id_fields(dossier, full_id=True))),
        Paragraph(f"Ngày {dossier.stopped_at:%d/%m/%Y}, " + _STOP_LEADS.get(dossier.stop_kind, "")),
        Fields(
            (Field("Hình thức", STOP_KINDS.get(dossier.stop_kind, dossier.stop_kind)), Field("Lý do", reason or "……"))
        ),
        Paragraph(
            f"{office_name} thông báo dừng giải quyết hồ sơ nêu trên kể từ "
            f"{moment_words(dossier.stopped_at)}. Ông/Bà liên hệ Bộ phận Một cửa để nhận lại hồ sơ "
            "(nếu có)."
        ),
        Recipients(("- Như trên;", "- Bộ phận Một cửa;", "- Lưu: VT.")),
        Signatures((chairman_signature(session),)),
    )
    return Document(
        kind="stop",
        profile=dossier.profile,
        header=header,
        title=form_title(dossier.profile, "stop"),
        blocks=blocks,
        reference=dossier.code,
    )


def verdict(result_at: dt.datetime, due_at: dt.datetime) -> str:
    """Trước hạn (an earlier day), Quá hạn (after the statutory due moment), else Đúng hạn (docs/rules.md §5)."""
    if result_at.date() < due_at.date():
        return "Trước hạn"
    return "Quá hạn" if result_at > due_at else "Đúng hạn"


def _handover_row(from_: str, to: str, at: dt.datetime | None, result: str, note: str) -> tuple[Cell, ...]:
    when = f"{at:%H} giờ {at:%M} phút, {date_words(at.date())}" if at else ""
    return (
        Cell(f"1. Giao: {from_}\n2. Nhận: {to}"),
        Cell(when, signatures=("Người giao", "Người nhận")),
        Cell(result),
        Cell(note),
    )


def control_sheet(session: Session, dossier: Dossier) -> Document:
    """Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-over, one for the result."""
    office, header = header_for(
        session, dossier.profile, "control-sheet", number=f"Số: {dossier.code}", day=dossier.received_at.date()
    )
    handler = nfc(clean(dossier.handler)) or nfc(clean(office.name))
    rows = [
        _handover_row(
            nfc(e.detail.get("from", "")), nfc(e.detail.get("to", "")), e.at, "", nfc(e.detail.get("note", ""))
        )
        for e in _events(session, dossier, "handed_over")
    ]
    results = _events(session, dossier, "result_ready")
    note = nfc(results[-1].detail.get("note", "")) if results else ""
    if not dossier.result_at and not dossier.stopped_at:  # a blank row to fill in by hand
        rows.append((Cell("1. Giao:\n2. Nhận:"), Cell("", signatures=("Người giao", "Người nhận")), Cell(), Cell()))
    rows.append(
        _handover_row(
            handler,
            "Bộ phận Một cửa",
            dossier.result_at,
            verdict(dossier.result_at, dossier.due_at) if dossier.result_at else "",
            note,
        )
    )
    table = Table(
        columns=(
            "TÊN CƠ QUAN",
            "THỜI GIAN GIAO, NHẬN HỒ SƠ",
            "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/Đúng hạn/Quá hạn)",
            "GHI CHÚ",
        ),
        rows=tuple(rows),
        widths=(40, 62, 30, 28),
        font_size=11,
    )
    blocks = (
        Fields(
            (
                Field("Mã hồ sơ", dossier.code, strong=True),
                Field("Kèm theo hồ sơ của", citizen(dossier.applicant_name), strong=True),
                *id_fields(dossier, full_id=False),
                Field("Nội dung yêu cầu giải quyết", nfc(dossier.procedure_name) or "……"),
                Field("Cơ quan chủ trì giải quyết", handler),
                Field("Thời gian hẹn trả kết quả", moment_words(dossier.due_at)),
            )
        ),
        table,
    )
    return Document(
        kind="control-sheet",
        profile=dossier.profile,
        header=header,
        title=form_title(dossier.profile, "control-sheet"),
        blocks=blocks,
        reference=dossier.code,
    )
