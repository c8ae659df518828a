"""The monthly report as an A4 document for the chairman to sign, built with `core.documents`.

The content is plain data (`core.documents.model`), drawn by the shared NĐ 30/2020 renderer: the
header of the office, "BÁO CÁO" with the period, a summary, the 13-column table, the KPIs against the
targets (Đạt / Chưa đạt / —), the ratings, the signature block of the configured signer with "Nơi nhận",
then, on a new page, an annex listing every late dossier with its apology state.
"""

from __future__ import annotations

import datetime as dt

from core.documents import render_bytes
from core.documents.common import date_words
from core.documents.model import Cell, Document, Header, PageBreak, Paragraph, Recipients, Signature, Signatures, Table
from core.dossiers import profile_for
from core.reports.figures import COLUMN_NUMBERS
from core.reports.kpis import KPI_KEYS, percent
from core.reports.monthly import MonthlyReport
from core.text import clean, nfc

__all__ = ["TABLE_HEADINGS", "pdf_bytes", "report_document"]

TABLE_HEADINGS = (
    "STT\n(1)",
    "Lĩnh vực\n(2)",
    "Tổng số nhận\n(3)",
    "Trực tuyến\n(4)",
    "Trực tiếp, bưu chính\n(5)",
    "Kỳ trước chuyển qua\n(6)",
    "Đã giải quyết\n(7)",
    "Trước hạn\n(8)",
    "Đúng hạn\n(9)",
    "Quá hạn\n(10)",
    "Đang giải quyết\n(11)",
    "Trong hạn\n(12)",
    "Quá hạn\n(13)",
)
_COLUMN_ORDER = sorted(COLUMN_NUMBERS, key=COLUMN_NUMBERS.__getitem__)
_WIDTHS = (7, 27, *[11.45] * 11)
_ANNEX_HEADINGS = ("STT", "Mã hồ sơ", "Thủ tục", "Hạn giải quyết", "Tình trạng", "Xin lỗi")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _summary(report: MonthlyReport) -> str:
    t = report.totals
    accepted = t["received_online"] + t["received_direct"]
    return (
        f"Trong kỳ, cơ quan tiếp nhận {_number(accepted)} hồ sơ mới (trực tuyến {_number(t['received_online'])}, "
        f"trực tiếp và qua dịch vụ bưu chính {_number(t['received_direct'])}), kỳ trước chuyển qua "
        f"{_number(t['carried_over'])} hồ sơ; tổng số hồ sơ phải giải quyết {_number(t['received_total'])}. "
        f"Đã giải quyết {_number(t['resolved_total'])} hồ sơ (trước hạn {_number(t['resolved_early'])}, đúng hạn "
        f"{_number(t['resolved_on_time'])}, quá hạn {_number(t['resolved_late'])}), trong đó "
        f"{_number(t['stopped'])} hồ sơ công dân rút, dừng hoặc từ chối giải quyết được tính là đúng hạn. "
        f"Đang giải quyết {_number(t['pending_total'])} hồ sơ (trong hạn {_number(t['pending_on_time'])}, "
        f"quá hạn {_number(t['pending_late'])})."
    )


def _figures_table(report: MonthlyReport) -> Table:
    rows = []
    for number, row in enumerate(report.rows, start=1):
        rows.append((Cell(str(number)), Cell(nfc(row["field"])), *[Cell(_number(row[c])) for c in _COLUMN_ORDER]))
    rows.append((Cell(""), Cell("Tổng cộng"), *[Cell(_number(report.totals[c])) for c in _COLUMN_ORDER]))
    return Table(columns=TABLE_HEADINGS, rows=tuple(rows), widths=_WIDTHS, numeric=(0, *range(2, 13)), font_size=8)


def _kpi_table(report: MonthlyReport) -> Table:
    rows = []
    for number, key in enumerate(KPI_KEYS, start=1):
        kpi = report.kpis[key]
        detail = (
            f"{percent(kpi.rate)} ({_number(kpi.numerator)}/{_number(kpi.denominator)})"
            if kpi.denominator
            else ("— (chưa có lượt đánh giá)" if key == "satisfaction_rate" else "— (không có hồ sơ để tính)")
        )
        target = "—" if kpi.target is None else ("100%" if kpi.target >= 1 else f"≥ {percent(kpi.target)}")
        rows.append((Cell(str(number)), Cell(kpi.label), Cell(detail), Cell(target), Cell(kpi.verdict)))
    return Table(
        columns=("STT", "Chỉ số", "Kết quả", "Chỉ tiêu", "Đánh giá"),
        rows=tuple(rows),
        widths=(11, 62, 34, 20, 18),
        numeric=(0, 2, 3, 4),
        font_size=11,
    )


def _ratings(report: MonthlyReport) -> str:
    r = report.ratings
    total = sum(r.values())
    if not total:
        return "Trong kỳ chưa có lượt đánh giá nào của người dân."
    return (
        f"Trong kỳ có {_number(total)} lượt đánh giá của người dân: rất hài lòng {_number(r['very_satisfied'])}, "
        f"hài lòng {_number(r['satisfied'])}, không hài lòng {_number(r['dissatisfied'])}."
    )


def _annex(report: MonthlyReport) -> list:
    head = [
        Paragraph("PHỤ LỤC", "center"),
        Paragraph(
            f"Danh sách hồ sơ quá hạn {report.period.label.lower()} ({report.period.range_text.lower()})", "center"
        ),
    ]
    if not report.late:
        return [*head, Paragraph("Trong kỳ không có hồ sơ quá hạn.", "center")]
    rows = []
    for number, item in enumerate(report.late, start=1):
        state = f"Giải quyết ngày {item.closed_at:%d/%m/%Y}" if item.closed_at else "Đang giải quyết"
        apology = f"Đã xin lỗi ngày {item.apology_at:%d/%m/%Y}" if item.apology_at else "Chưa xin lỗi"
        rows.append(
            (
                Cell(str(number)),
                Cell(item.code),
                Cell(nfc(item.procedure_name or item.field)),
                Cell(f"{item.due_at:%H:%M %d/%m/%Y}"),
                Cell(state),
                Cell(apology),
            )
        )
    covered = sum(1 for item in report.late if item.apology)
    return [
        *head,
        Table(columns=_ANNEX_HEADINGS, rows=tuple(rows), widths=(8, 34, 46, 22, 25, 25), numeric=(0, 3), font_size=9),
        Paragraph(f"Tổng số {len(report.late)} hồ sơ quá hạn, {covered} hồ sơ đã có văn bản xin lỗi.", "note"),
    ]


def report_document(
    report: MonthlyReport, signer: dict[str, str], *, day: dt.date | None = None, recipient: str = "", trail: str = ""
) -> Document:
    """The chairman's report of ``report``, dated ``day`` (default today), signed as ``signer`` says.

    ``signer`` is the office's ``signers`` setting (`core.documents.common.signers`): prefix, title, name.
    ``trail`` is the audit trail's head when printed (``SEQ:ABCD-1234``,
    `core.security.audit_chain.TrailMark.printed`): a witness on paper that ``motcua audit verify --witness``
    checks the database against later.
    """
    day = day or dt.date.today()
    span = report.period
    place = clean(report.place) or "……"
    header = Header(
        parent_body=nfc(clean(report.parent_name).upper()),
        issuing_body=nfc(clean(report.unit_name).upper()),
        number="Số:       /BC-UBND",
        place_date=f"{place}, {date_words(day)}",
    )
    signature = Signature(
        title=signer.get("chairman_title", "CHỦ TỊCH").upper(),
        prefix=signer.get("chairman_prefix", "").upper(),
        hint="(Ký, đóng dấu)",
        name=signer.get("chairman_name", ""),
    )
    recipients = Recipients(
        lines=(
            f"- {recipient or report.parent_name or '……'} (b/c);",
            "- Chủ tịch, các Phó Chủ tịch UBND;",
            "- Lưu: VT, Bộ phận Một cửa.",
        )
    )
    blocks = [
        Paragraph("I. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH", "strong"),
        Paragraph(_summary(report)),
        Paragraph("Đơn vị tính: Số hồ sơ TTHC", "note"),
        _figures_table(report),
        Paragraph("II. CÁC CHỈ SỐ SO VỚI CHỈ TIÊU KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH", "strong"),
        _kpi_table(report),
        *([Paragraph(report.digitized_note(), "note")] if report.digitized_note() else []),
        Paragraph(_ratings(report)),
        Paragraph(f"Danh sách {len(report.late)} hồ sơ quá hạn kèm theo tại Phụ lục.", "body"),
        recipients,
        Signatures(blocks=(signature,)),
        *(
            [
                Paragraph(
                    f"Dấu nhật ký kiểm tra khi in: {trail} (đối chiếu về sau: motcua audit verify --witness {trail})",
                    "note",
                )
            ]
            if trail
            else []
        ),
        PageBreak(),  # the annex starts on a page of its own, never under the signature
        *_annex(report),
    ]
    return Document(
        kind="monthly-report",
        profile=profile_for(span.last),
        header=header,
        title="BÁO CÁO",
        subtitles=(f"Tình hình, kết quả giải quyết thủ tục hành chính {span.label.lower()}", f"({span.range_text})"),
        blocks=tuple(blocks),
        reference=f"bao-cao-{span.month}",
    )


def pdf_bytes(report: MonthlyReport, signer: dict[str, str], **options) -> bytes:
    """The PDF's bytes (drawn by `core.documents.render_bytes`)."""

    return render_bytes(report_document(report, signer, **options))
