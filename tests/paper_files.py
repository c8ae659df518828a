"""Synthetic scanned papers for tests: PDFs whose pages are photos of text (as an office scanner writes them),
JPEG and PNG photos, a PDF with a password. Nothing here is a real person's paper."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

A4_POINTS = (595.28, 841.89)


def page_image(number: int, *, dpi: int = 100, colour: bool = False) -> Image.Image:
    """An A4 page at ``dpi``: a grey frame, a heading with the page number and some ruled lines."""
    width, height = round(A4_POINTS[0] / 72 * dpi), round(A4_POINTS[1] / 72 * dpi)
    image = Image.new("RGB" if colour else "L", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((dpi // 3, dpi // 3, width - dpi // 3, height - dpi // 3), outline="gray", width=3)
    draw.text((dpi, dpi), f"TRANG {number} - GIAY TO MAU", fill="black")
    for line in range(2 * dpi, height - dpi, max(12, dpi // 4)):
        draw.line((dpi, line, width - dpi, line), fill="lightgray" if not colour else "blue", width=1)
    return image


def jpeg_bytes(number: int = 1, *, dpi: int = 100, colour: bool = False) -> bytes:
    out = io.BytesIO()
    page_image(number, dpi=dpi, colour=colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def png_bytes(number: int = 1, *, dpi: int = 60) -> bytes:
    out = io.BytesIO()
    page_image(number, dpi=dpi).save(out, "PNG")
    return out.getvalue()


def scanned_pdf(pages: int = 3, *, dpi: int = 100, password: str | None = None) -> bytes:
    """A PDF of ``pages`` A4 pages, each one JPEG photo of a page (what a scanner's "scan to PDF" writes)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4_POINTS, encrypt=password)
    for number in range(1, pages + 1):
        canvas.drawImage(ImageReader(io.BytesIO(jpeg_bytes(number, dpi=dpi))), 0, 0, *A4_POINTS)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
