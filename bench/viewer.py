"""Opening the first page of a 3-page scanned PDF in the app's viewer vs QtPdf opening the plain file.

Value: what the dossier page does when a thumbnail is double-clicked, without the thread hop — a session,
`core.attachments.open_file` (the blob read from the store, decrypted with the office key, checked against
its SHA-256), the viewer's `PaperViewer.load` (a `QPdfDocument` read from a `QBuffer`, no file written) and
page 1 rendered at the size the viewer shows it. Reference: a bare `QPdfDocument` loading the same PDF from
its plain file on disk and rendering page 1 at the same size. The two alternate in the same run; medians.
Target (issue 16): at most 2×.

The PDF is synthetic: three A4 pages, each a noisy 150 dpi greyscale photo of ruled "text" (as a scanner's
"scan to PDF" writes them), about 1 MB in all.
"""

from __future__ import annotations

import io
import os
import random
import statistics
import time
from pathlib import Path

TARGET_RATIO = 2.0
REPEAT = 25
WARM_UP = 3
#: Page 1 is rendered at the width the viewer gives it on a 1366×768 laptop (fit to width, ~860 px).
RENDER_WIDTH = 860


def scanned_pdf(pages: int = 3, dpi: int = 150, seed: int = 16) -> bytes:
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    rng = random.Random(seed)
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    for _ in range(pages):
        noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))
        page = Image.blend(Image.new("L", (width, height), 235), noise, 0.10)
        draw = ImageDraw.Draw(page)
        for line in range(int(1.2 * dpi), height - dpi, dpi // 4):
            x = dpi
            while x < width - dpi:
                word = rng.randint(dpi // 8, dpi // 2)
                draw.rectangle((x, line, x + word, line + dpi // 12), fill=40)
                x += word + rng.randint(dpi // 16, dpi // 8)
        photo = io.BytesIO()
        page.save(photo, "JPEG", quality=75)
        canvas.drawImage(ImageReader(io.BytesIO(photo.getvalue())), 0, 0, *A4)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def run(folder: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from bench.office import office_database
    from core.attachments import attach, open_file
    from core.bootstrap import prepare_database
    from core.dossiers import intake
    from core.office import init_office
    from core.procedures import save_procedure
    from desktop.attachments.viewer import PaperViewer

    app = QApplication.instance() or QApplication([])
    data = scanned_pdf()
    plain = folder / "to-khai-quet.pdf"
    plain.write_bytes(data)
    database = office_database(folder / "viewer.db")
    prepare_database(database)
    with database.transaction() as session:
        init_office(session, unit_code="H40.25.12", name="UBND xã Hoa Thành")
        save_procedure(
            session,
            {
                "code": "B-1",
                "name": "Thủ tục đo",
                "field": "Chứng thực",
                "duration_unit": "day",
                "duration": 3,
                "components": [{"name": "Tờ khai", "kind": "bản chính", "count": 1}],
            },
        )
        dossier, _ = intake(session, procedure_code="B-1", applicant_name="Nguyễn Văn Đo")
        paper = attach(session, dossier.code, plain.name, data, component=0)
    viewer = PaperViewer()
    viewer.resize(900, 700)

    def size_of(document: QPdfDocument) -> QSize:
        points = document.pagePointSize(0)
        return QSize(RENDER_WIDTH, round(RENDER_WIDTH * points.height() / points.width()))

    def in_the_app() -> float:
        start = time.perf_counter()
        with database.session() as session:
            clear = open_file(session, paper.id)
        pages = viewer.load(clear, media_type="application/pdf", title=plain.name)
        image = viewer.document.render(0, size_of(viewer.document))
        elapsed = time.perf_counter() - start
        assert pages == 3 and not image.isNull(), "the viewer did not show the scan"
        return elapsed * 1000

    def plain_qtpdf() -> float:
        start = time.perf_counter()
        document = QPdfDocument()
        document.load(str(plain))
        image = document.render(0, size_of(document))
        elapsed = time.perf_counter() - start
        assert document.pageCount() == 3 and not image.isNull(), "QtPdf did not open the plain file"
        document.close()
        return elapsed * 1000

    values, references = [], []
    try:
        for round_ in range(WARM_UP + REPEAT):
            if round_ % 2:  # alternate which side goes first
                value, reference = in_the_app(), plain_qtpdf()
            else:
                reference, value = plain_qtpdf(), in_the_app()
            app.processEvents()
            if round_ >= WARM_UP:
                values.append(value)
                references.append(reference)
    finally:
        viewer.clear()
        viewer.deleteLater()
        database.close()
    value_ms, reference_ms = statistics.median(values), statistics.median(references)
    ratio = value_ms / reference_ms
    return {
        "value_ms": round(value_ms, 2),
        "reference_ms": round(reference_ms, 2),
        "ratio": round(ratio, 2),
        "target_ratio": TARGET_RATIO,
        "pdf_bytes": len(data),
        "ok": ratio <= TARGET_RATIO,
    }
