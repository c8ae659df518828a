"""Intake plus its receipt PDF vs a fair reference: the same form drawn with plain ReportLab plus one raw
SQLite insert committed with ``synchronous=FULL``.

The reference draws the receipt's own content (its header, title, field lines, the components table, the
QR code of the dossier code, the signatures) in three faces of the bundled font (regular, bold, italic),
and writes the dossier's row with one ``INSERT`` on a bare
``sqlite3`` connection to a database made the same way (WAL), committed with ``PRAGMA synchronous=FULL``.
Fonts are registered once before either side is timed; value and reference alternate in the same run.

The QR code is encoded by ReportLab's own encoder (level M) on one fixed mask and drawn one square per dark
module. ReportLab's stock ``QrCodeWidget`` tries all eight masks and builds one shape per module: about
23 ms alone on this machine, which would make the reference slower than the whole program and the figure
meaningless; the stricter reference is kept.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import statistics
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bench.office import office_database
from core.bootstrap import prepare_database
from core.documents import build_receipt, render_bytes
from core.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from core.documents.model import Document, Fields, Signatures
from core.documents.model import Paragraph as TextParagraph
from core.documents.model import Table as TextTable
from core.dossiers import intake
from core.office import init_office

TARGET_RATIO = 1.5
REPEAT = 25
WARM_UP = 3

_COLUMNS = (
    "code",
    "unit_code",
    "received_day",
    "seq",
    "procedure_code",
    "procedure_name",
    "field",
    "profile",
    "applicant_name",
    "applicant_key",
    "id_number",
    "phone",
    "address",
    "email",
    "channel",
    "received_at",
    "due_at",
    "duration_unit",
    "duration",
    "stop_kind",
    "digitized",
    "fee",
    "paid_online",
    "status",
    "origin",
    "created_by",
)
_INSERT = f"INSERT INTO dossier ({','.join(_COLUMNS)}) VALUES ({','.join('?' * len(_COLUMNS))})"


class _PlainQr(Flowable):
    """ReportLab's QR encoder, one fixed mask, one filled square per dark module (quiet zone of 4)."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        code = QRCode(None, QRErrorCorrectLevel.M)
        code.addData(data)
        code.version = code.calculate_version()
        code.makeImpl(False, 0)
        self.modules, self.width, self.height = code.modules, size, size

    def draw(self) -> None:
        unit = self.width / (len(self.modules) + 8)
        for row, line in enumerate(self.modules):
            for column, dark in enumerate(line):
                if dark:
                    self.canv.rect((column + 4) * unit, self.height - (row + 5) * unit, unit, unit, stroke=0, fill=1)


def _plain_receipt(document: Document) -> bytes:
    """The receipt's content drawn the way a ReportLab user would: paragraphs in three faces, a ruled
    table, the QR code beside the first lines, the signatures in a two-column table."""
    regular = ParagraphStyle("r", fontName=REGULAR, fontSize=13, leading=16)
    bold = ParagraphStyle("b", fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
    italic = ParagraphStyle("i", fontName=ITALIC, fontSize=13, leading=16, alignment=TA_CENTER)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=11, leading=12.65)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=11, leading=12.65, alignment=TA_CENTER)
    h = document.header
    story = [
        Paragraph(escape(h.form_note), italic),
        Table(
            [
                [
                    [Paragraph(escape(h.parent_body), bold), Paragraph(escape(h.issuing_body), bold)],
                    [
                        Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold),
                        Paragraph("Độc lập - Tự do - Hạnh phúc", bold),
                    ],
                ],
                [Paragraph(escape(h.number), regular), Paragraph(escape(h.place_date), italic)],
            ]
        ),
        Paragraph(escape(document.title), bold),
    ]
    for block in document.blocks:
        if isinstance(block, Fields):
            lines = [Paragraph(f"{escape(f.label)}: {escape(f.value)}", regular) for f in block.items]
            if block.qr:
                story.append(Table([[lines, _PlainQr(block.qr, 26 * mm)]], colWidths=[135 * mm, 30 * mm]))
            else:
                story += lines
        elif isinstance(block, TextTable):
            rows = [
                [Paragraph(escape(c), head) for c in block.columns],
                *[[Paragraph(escape(c.text), cell) for c in row] for row in block.rows],
            ]
            table = Table(rows, colWidths=[w * 165 * mm / sum(block.widths) for w in block.widths], repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 2 * mm), table, Spacer(1, 2 * mm)]
        elif isinstance(block, TextParagraph):
            story.append(Paragraph(escape(block.text), regular))
        elif isinstance(block, Signatures):
            story.append(
                Table(
                    [
                        [
                            [
                                Paragraph(escape(s.title), bold),
                                Paragraph(escape(s.hint), italic),
                                Spacer(1, 18 * mm),
                                Paragraph(escape(s.name), bold),
                            ]
                            for s in block.blocks
                        ]
                    ]
                )
            )
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer, pagesize=A4, topMargin=20 * mm, bottomMargin=20 * mm, leftMargin=30 * mm, rightMargin=15 * mm
    ).build(story)
    return buffer.getvalue()


def _raw_insert(connection: sqlite3.Connection, dossier, number: int) -> None:
    """One dossier row written by a bare ``INSERT`` and committed (``synchronous=FULL``)."""
    with connection:
        connection.execute(
            _INSERT,
            (
                f"REF-{number:06d}",
                dossier.unit_code,
                dossier.received_day.isoformat(),
                number,
                dossier.procedure_code,
                dossier.procedure_name,
                dossier.field,
                dossier.profile,
                dossier.applicant_name,
                dossier.applicant_key,
                dossier.id_number,
                dossier.phone,
                dossier.address,
                "",
                dossier.channel,
                str(dossier.received_at),
                str(dossier.due_at),
                dossier.duration_unit,
                dossier.duration,
                "",
                0,
                dossier.fee,
                0,
                "received",
                "intake",
                "",
            ),
        )


def _database(folder: Path, name: str):
    for leftover in folder.glob(name + "*"):
        leftover.unlink()
    database = office_database(folder / name)
    prepare_database(database)
    with database.transaction() as session:
        init_office(
            session, unit_code="H40.25.12", name="UBND xã Hoa Thành", place="Hoa Thành", parent_name="UBND TỈNH NGHỆ AN"
        )
    return database


def run(folder: Path) -> dict:
    database = _database(folder, "receipt.db")
    reference_db = _database(folder, "receipt-reference.db")
    reference_file = reference_db.path
    reference_db.close()
    connection = sqlite3.connect(reference_file, isolation_level="DEFERRED")
    connection.execute("PRAGMA synchronous=FULL")
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # as the program's own file
    register_fonts()
    values, references = [], []
    for number in range(REPEAT):
        received = dt.datetime(2026, 11, 26, 8, 0) + dt.timedelta(minutes=number)
        start = time.perf_counter()
        with database.transaction() as session:
            dossier, _ = intake(
                session,
                procedure_code="HT-01",
                applicant_name="Nguyễn Thị Hường",
                id_number="040190012345",
                phone="0912345678",
                address="Xóm 3, xã Hoa Thành",
                received_at=received,
                now=received,
            )
            document = build_receipt(session, dossier.code)
        pdf = render_bytes(document)
        values.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        _raw_insert(connection, dossier, number + 1)
        plain = _plain_receipt(document)
        references.append((time.perf_counter() - start) * 1000)
        assert pdf.startswith(b"%PDF") and plain.startswith(b"%PDF")
    connection.close()
    database.close()
    value_ms = statistics.median(values[WARM_UP:])
    reference_ms = statistics.median(references[WARM_UP:])
    ratio = value_ms / reference_ms
    return {
        "value_ms": round(value_ms, 1),
        "reference_ms": round(reference_ms, 1),
        "ratio": round(ratio, 2),
        "target_ratio": TARGET_RATIO,
        "ok": ratio <= TARGET_RATIO,
    }
