"""Forms of the intake desk: the receipt (Mẫu 01), the supplement slip (Mẫu 02), the refusal slip (Mẫu 03).

These go to the citizen, so the identity number is printed in full (docs/rules.md §7).
"""

from __future__ import annotations

import datetime as dt
import re

from sqlmodel import Session, col, select

from core.documents.common import citizen, count2, form_title, header_for, moment_words, money, person_fields, signers
from core.documents.model import Block, Cell, Document, Field, Fields, Paragraph, Signature, Signatures, Table
from core.dossiers import DELIVERIES, PAYMENT_METHODS
from core.errors import UserError
from core.models import Dossier, IntakeGuidance
from core.security.accounts import full_name_of
from core.text import clean, nfc
from core.work_calendar import Duration

__all__ = ["RESULT_PLACES", "SLIP_PREFIXES", "find_slip", "guidance_slip", "receipt", "result_place", "slip_reference"]

#: How a slip is named on paper and on the command line: "PBS-2025-0012", "PTC-2025-0003".
SLIP_PREFIXES = {"supplement": "PBS", "refusal": "PTC"}
_SLIP = re.compile(r"^(?P<prefix>[A-Za-z]{3})-(?P<year>\d{4})-(?P<number>\d{1,6})$")
#: What follows "6. Đăng ký nhận kết quả tại:" on the receipt, per way of delivery (the label says "tại").
RESULT_PLACES = {
    "desk": "Bộ phận Một cửa",
    "postal": "Địa chỉ của người nộp hồ sơ (qua dịch vụ bưu chính)",
    "online": "Cổng Dịch vụ công (nhận kết quả trực tuyến)",
}
_AT = re.compile(r"^tại\s+", re.IGNORECASE)


def result_place(delivery: str) -> str:
    """The place after "Đăng ký nhận kết quả tại:": a known way of delivery, or any other text with one
    leading "Tại" taken off (the label already says it)."""
    if delivery in RESULT_PLACES:
        return RESULT_PLACES[delivery]
    place = _AT.sub("", nfc(clean(DELIVERIES.get(delivery, delivery))), count=1)
    return place[:1].upper() + place[1:]


def _duration_text(dossier: Dossier) -> str:
    if dossier.duration_unit == "day":
        return f"{count2(dossier.duration)} ngày (làm việc)"
    if dossier.duration_unit == "hour":
        return f"{count2(dossier.duration)} giờ (làm việc)"
    return Duration("same_day").describe().capitalize()


def _fee_text(dossier: Dossier) -> str:
    if not dossier.fee:
        return "Không thu"
    how = PAYMENT_METHODS.get(dossier.payment_method, "")
    return money(dossier.fee) + (f" (nộp: {how.lower()})" if dossier.payment_method else "")


def _components(dossier: Dossier) -> Table:
    rows = tuple(
        (
            Cell(str(i)),
            Cell(nfc(c.get("name", ""))),
            Cell(nfc(c.get("kind", ""))),
            Cell(count2(int(c.get("count", 1)))),
            Cell("x" if c.get("digitized") else ""),
        )
        for i, c in enumerate(dossier.components or [], start=1)
    )
    if not rows:
        rows = ((Cell("1"), Cell("(Theo thành phần hồ sơ của thủ tục)"), Cell(""), Cell(""), Cell("")),)
    return Table(
        columns=("TT", "Tên thành phần hồ sơ", "Loại bản", "Số lượng", "Đã số hóa"),
        rows=rows,
        widths=(9, 92, 22, 12, 13),
        numeric=(0, 3, 4),
    )


def receipt(session: Session, dossier: Dossier) -> Document:
    """Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) with a QR code of the dossier code."""
    office, header = header_for(
        session, dossier.profile, "receipt", number=f"Số: {dossier.code}", day=dossier.received_at.date()
    )
    lines = (
        Field("Mã hồ sơ", dossier.code, strong=True),
        Field(f"{nfc(clean(office.name))} tiếp nhận hồ sơ của", citizen(dossier.applicant_name), strong=True),
        *person_fields(dossier, full_id=True),
        Field("Nội dung yêu cầu giải quyết", nfc(dossier.procedure_name) or "……"),
    )
    beside_qr = 4  # the QR code is as tall as about four lines: the rest runs the full width
    numbered = Fields(
        (
            Field("2. Số lượng hồ sơ", "01 (bộ)"),
            Field("3. Thời gian giải quyết hồ sơ theo quy định là", _duration_text(dossier)),
            Field("4. Thời gian nhận hồ sơ", moment_words(dossier.received_at)),
            Field("5. Thời gian trả kết quả giải quyết hồ sơ", moment_words(dossier.due_at), strong=True),
            Field("6. Đăng ký nhận kết quả tại", result_place(dossier.delivery)),
            Field("7. Phí, lệ phí (nếu có)", _fee_text(dossier)),
        )
    )
    blocks: list[Block] = [
        Fields(lines[:beside_qr], qr=dossier.code),
        Fields(lines[beside_qr:]),
        Paragraph("1. Thành phần hồ sơ nộp gồm:", "plain"),
        _components(dossier),
        numbered,
        Paragraph(
            f"Vào Sổ theo dõi hồ sơ, Quyển số: {dossier.received_at:%Y}, Số thứ tự: {count2(dossier.seq or 0)}.",
            "plain",
        ),
    ]
    if dossier.receipt_version > 1:
        blocks.append(Paragraph(f"Bản in lần {dossier.receipt_version} (đã sửa thông tin).", "strong"))
    if dossier.profile == "nd61-2018":
        blocks.append(
            Paragraph(
                "Giấy tiếp nhận được lập thành 02 liên: 01 liên giao người nộp hồ sơ; 01 liên "
                "lưu tại Bộ phận Một cửa kèm Phiếu kiểm soát quá trình giải quyết hồ sơ.",
                "note",
            )
        )
    blocks.append(
        Signatures(
            (
                Signature("NGƯỜI NỘP HỒ SƠ", name=citizen(dossier.applicant_name)),
                Signature(signers(session)["receiver_title"].upper(), name=_clerk(session, dossier.created_by)),
            )
        )
    )
    return Document(
        kind="receipt",
        profile=dossier.profile,
        header=header,
        title=form_title(dossier.profile, "receipt"),
        blocks=tuple(blocks),
        reference=dossier.code,
    )


def _clerk(session: Session, login: str) -> str:
    """Who received the dossier or guided the citizen: his account's full name (else the login); for a
    dossier with no login (imported), the office's ``receiver_name`` signer if set, else a blank to sign."""
    return full_name_of(session, login) or signers(session).get("receiver_name", "")


def slip_reference(slip: IntakeGuidance) -> str:
    """ "PBS-2025-0012": how the slip is named on paper and asked for on the command line."""
    return f"{SLIP_PREFIXES[slip.kind]}-{slip.at:%Y}-{slip.number:04d}"


def find_slip(session: Session, kind: str, reference: str) -> IntakeGuidance:
    """The slip named ``PBS-<year>-<number>`` (supplement) or ``PTC-<year>-<number>`` (refusal)."""
    match = _SLIP.match(clean(reference))
    prefix = SLIP_PREFIXES[kind]
    if not match or match["prefix"].upper() != prefix:
        raise UserError(
            f'Số phiếu "{reference}" không hợp lệ: cần dạng {prefix}-<năm>-<số>, ví dụ {prefix}-2025-0012.',
            f'Invalid slip number "{reference}": expected {prefix}-<year>-<number>.',
        )
    year = int(match["year"])
    slip = session.exec(
        select(IntakeGuidance)
        .where(
            IntakeGuidance.kind == kind,
            IntakeGuidance.number == int(match["number"]),
            IntakeGuidance.at >= dt.datetime(year, 1, 1),
            IntakeGuidance.at < dt.datetime(year + 1, 1, 1),
        )
        .order_by(col(IntakeGuidance.id))
    ).first()
    if slip is None:
        raise UserError(f"Không tìm thấy phiếu {reference.upper()}.", f"No slip {reference.upper()}.")
    return slip


def _copy_columns(kind: str, count: int) -> tuple[Cell, Cell, Cell]:
    """Place the count under Bản chính / Bản chứng thực / Bản photo after the item's kind."""
    text, cells = kind.lower(), [Cell(), Cell(), Cell()]
    column = 1 if ("chứng thực" in text or text == "bản sao") else 2 if ("photo" in text or "chụp" in text) else 0
    cells[column] = Cell(count2(count))
    return cells[0], cells[1], cells[2]


def _items(slip: IntakeGuidance) -> Table:
    rows = []
    for i, item in enumerate(slip.items or [], start=1):
        name, kind = nfc(item.get("name", "")), nfc(item.get("kind", ""))
        plain = kind.lower() in ("", "bản chính", "bản sao", "bản chứng thực", "bản sao chứng thực", "bản photo")
        label = name if plain else f"{name} ({kind})"
        rows.append((Cell(str(i)), Cell(label), *_copy_columns(kind, int(item.get("count", 1)))))
    return Table(
        columns=("TT", "Thành phần hồ sơ", "Bản chính", "Bản chứng thực", "Bản photo"),
        rows=tuple(rows),
        widths=(9, 86, 17, 20, 17),
        numeric=(0, 2, 3, 4),
    )


def guidance_slip(session: Session, slip: IntakeGuidance) -> Document:
    """Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) or Phiếu từ chối tiếp nhận (Mẫu 03)."""
    reference = slip_reference(slip)
    office, header = header_for(session, slip.profile, slip.kind, number=f"Số: {reference}", day=slip.at.date())
    name, office_name = citizen(slip.applicant_name), nfc(clean(office.name))
    lead = "tiếp nhận hồ sơ/yêu cầu của Ông/Bà" if slip.kind == "supplement" else "tiếp nhận hồ sơ của Ông/Bà"
    blocks: list = [
        Fields(
            (
                Field(f"{office_name} {lead}", name, strong=True),
                Field("Nội dung yêu cầu giải quyết", nfc(slip.procedure_name) or "……"),
                *person_fields(slip, full_id=True),
            )
        )
    ]
    reason = nfc(clean(slip.reason))
    if slip.kind == "supplement":
        blocks.append(Paragraph("Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:", "plain"))
        if slip.items:
            blocks.append(_items(slip))
        blocks += [
            Fields((Field("Lý do", reason or "……"),)),
            Paragraph(
                f"Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ {office_name} để được hướng dẫn."
            ),
            Signatures((Signature("NGƯỜI HƯỚNG DẪN", name=_clerk(session, slip.actor)),)),
        ]
    else:
        blocks += [
            Paragraph(
                f"Sau khi xem xét, đối chiếu với quy định, {office_name} từ chối tiếp nhận, "
                "giải quyết hồ sơ của Ông/Bà với lý do cụ thể như sau:"
            ),
            Paragraph(reason, "strong"),
            Paragraph("Xin thông báo để Ông/Bà được biết và thực hiện."),
            Signatures(
                (
                    Signature("NGƯỜI NỘP HỒ SƠ", name=name),
                    Signature(signers(session)["receiver_title"].upper(), name=_clerk(session, slip.actor)),
                )
            ),
        ]
    return Document(
        kind=slip.kind,
        profile=slip.profile,
        header=header,
        title=form_title(slip.profile, slip.kind),
        blocks=tuple(blocks),
        reference=reference,
    )
