"""Intake plus its receipt PDF vs a bare ReportLab page with the same font and the same text
(the receipt's words as plain paragraphs: ReportLab's own cost, without our database, layout and QR).
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time
from pathlib import Path

from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from core.bootstrap import prepare_database
from core.documents import build_receipt, render_bytes, text_of
from core.documents.fonts import register_fonts
from core.dossiers import intake
from core.office import init_office
from bench.office import office_database

TARGET_RATIO = 2.0
REPEAT = 15


def _bare_page(lines: list[str], font: str) -> bytes:
    """The same words as plain paragraphs on an A4 page: ReportLab's own cost, nothing of ours."""
    buffer = io.BytesIO()
    style = ParagraphStyle("bare", fontName=font, fontSize=13, leading=16)
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(escape(line), style) for line in lines])
    return buffer.getvalue()


def run(folder: Path) -> dict:
    database = office_database(folder / "receipt.db")
    prepare_database(database)
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành",
                    parent_name="UBND TỈNH NGHỆ AN")
    font = register_fonts()
    values, references = [], []
    for number in range(REPEAT):
        received = dt.datetime(2026, 11, 26, 8, 0) + dt.timedelta(minutes=number)
        start = time.perf_counter()
        with database.transaction() as session:
            dossier, _ = intake(session, procedure_code="HT-01", applicant_name="Nguyễn Thị Hường",
                                id_number="040190012345", phone="0912345678", address="Xóm 3, xã Hoa Thành",
                                received_at=received, now=received)
            document = build_receipt(session, dossier.code)
        pdf = render_bytes(document)
        values.append((time.perf_counter() - start) * 1000)
        lines = text_of(document).splitlines()
        start = time.perf_counter()
        bare = _bare_page(lines, font)
        references.append((time.perf_counter() - start) * 1000)
        assert pdf.startswith(b"%PDF") and bare.startswith(b"%PDF")
    database.close()
    value_ms, reference_ms = statistics.median(values[2:]), statistics.median(references[2:])
    ratio = value_ms / reference_ms
    return {"value_ms": round(value_ms, 1), "reference_ms": round(reference_ms, 1), "ratio": round(ratio, 2),
            "target_ratio": TARGET_RATIO, "ok": ratio <= TARGET_RATIO}
