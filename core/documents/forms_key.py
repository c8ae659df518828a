"""Phiếu khôi phục khoá dữ liệu: the office key on paper, for the office safe (issue 13).

One A4 page: the office, the key's fingerprint, the key as a QR code and as 14 groups of characters
(`core.security.recovery`), and what to do with it. Whoever holds this page can read every citizen's data in
the office's backups, so the page says to keep it locked away like the office's seal.
"""

from __future__ import annotations

import datetime as dt

from core.documents.common import date_words
from core.documents.model import Cell, Document, Field, Fields, Header, Paragraph, Signature, Signatures, Table
from core.security.recovery import encode_key, qr_payload
from core.text import clean, nfc

__all__ = ["recovery_sheet"]


def recovery_sheet(
    *,
    office_name: str,
    unit_code: str,
    parent_name: str,
    place: str,
    fingerprint: str,
    key: bytes,
    printed_by: str,
    day: dt.date,
) -> Document:
    """The sheet as data (drawn by `core.documents.render`)."""
    groups = encode_key(key)
    half = len(groups) // 2
    rows = tuple((Cell(f"{i + 1}.   {groups[i]}"), Cell(f"{i + 1 + half}.   {groups[i + half]}")) for i in range(half))
    place_text = clean(place) or "……"
    header = Header(
        parent_body=nfc(clean(parent_name).upper()),
        issuing_body=nfc(clean(office_name).upper()),
        place_date=f"{place_text}, {date_words(day)}",
        national=False,
    )
    blocks = (
        Fields(
            (
                Field("Cơ quan", f"{nfc(clean(office_name))} (mã {unit_code})"),
                Field("Dấu vân tay của khoá", fingerprint, strong=True),
                Field("In lúc", f"{dt.datetime.now():%H:%M} {day:%d/%m/%Y}, người in: {nfc(printed_by)}"),
                Field("Mã QR", "chứa khoá (quét bằng máy quét mã vạch vào ô khôi phục khoá)"),
            ),
            qr=qr_payload(key),
        ),
        Paragraph("Khoá dữ liệu (14 nhóm, mỗi nhóm 5 ký tự; ký tự cuối của mỗi nhóm dùng để kiểm tra):", "strong"),
        Table(
            columns=(f"Nhóm 1–{half}", f"Nhóm {half + 1}–{len(groups)}"),
            rows=rows,
            widths=(1.0, 1.0),
            font_size=14,
            repeat_header=False,
        ),
        Paragraph(
            "Khoá này mở được CCCD, số điện thoại, địa chỉ của công dân và mọi bản sao lưu của cơ quan. "
            "Cất phiếu trong tủ có khoá của cơ quan (như con dấu), không chụp ảnh, không gửi qua mạng, "
            "không để trên bàn làm việc.",
            "body",
        ),
        Paragraph(
            "Khi nào dùng: máy tính hỏng hoặc cài lại Windows, chuyển sang máy mới, tài khoản Windows mới, hoặc "
            'chương trình báo "chưa có khoá dữ liệu của cơ quan". Mở chương trình, vào Cài đặt > Sao lưu > '
            "Khôi phục khoá (hoặc dòng lệnh: motcua key recover) rồi gõ 14 nhóm ký tự, hoặc quét mã QR.",
            "body",
        ),
        Paragraph(
            "Tài khoản quản trị bị khoá hoặc quên mật khẩu: dòng lệnh motcua users rescue TÊN với phiếu này.", "body"
        ),
        Paragraph(
            "Dấu vân tay giúp nhận ra đúng khoá: chương trình và mỗi bản sao lưu ghi dấu vân tay của khoá đã "
            "dùng. Khi đổi máy, đối chiếu dấu vân tay trên màn hình với dấu vân tay in trên phiếu.",
            "note",
        ),
        Signatures(
            (
                Signature(title="NGƯỜI IN PHIẾU", hint="(Ký và ghi rõ họ tên)", name=nfc(printed_by)),
                Signature(title="NGƯỜI NHẬN CẤT GIỮ", hint="(Ký và ghi rõ họ tên)"),
            )
        ),
    )
    return Document(
        kind="key-sheet",
        profile="nd118-2025",
        header=header,
        title="PHIẾU KHÔI PHỤC KHOÁ DỮ LIỆU",
        subtitles=("Phần mềm Một Cửa — giữ kín, cất trong tủ có khoá",),
        blocks=blocks,
        reference=fingerprint,
    )
