"""Print scanned papers (PDF pages and photos) on any `QPrinter`, each page fitted to the sheet.

    pages = print_papers(printer, [("application/pdf", pdf_bytes), ("image/jpeg", jpeg_bytes)])

Everything is read from memory: the decrypted bytes of an attachment never become a file on disk. PDF
pages are rasterised at most at `PRINT_DPI` (a 1200 dpi A4 page would be ~550 MB), one page at a time.
`ask_printer` is a module function so tests replace it (and print into a PDF file instead).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop.widgets import pdf_preview

__all__ = ["PRINT_DPI", "ask_printer", "paper_images", "print_papers", "read_image"]

PRINT_DPI = pdf_preview.PRINT_DPI


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog on an A4, full-page printer; None when the clerk cancels."""
    return pdf_preview.ask_printer(parent)


def read_image(data: bytes) -> QImage:
    """A JPEG or PNG from memory, turned upright by its EXIF orientation (phones and some scanners set it)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return image


def paper_images(media_type: str, data: bytes, dpi: int = PRINT_DPI) -> Iterator[QImage]:
    """Each page of one paper as an image, one at a time (nothing when it cannot be read)."""
    if media_type != "application/pdf":
        image = read_image(data)
        if not image.isNull():
            yield image
        return
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        for number in range(document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0):
            points = document.pagePointSize(number)
            yield document.render(
                number, QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
            )
    finally:
        document.close()
        buffer.close()


def print_papers(printer: QPrinter, papers: Sequence[tuple[str, bytes]]) -> int:
    """Paint every page of ``papers`` ((media type, bytes) each) on ``printer``; returns the pages printed."""
    painter = QPainter()
    printed = 0
    dpi = min(printer.resolution(), PRINT_DPI)
    try:
        for media_type, data in papers:
            for image in paper_images(media_type, data, dpi):
                if printed == 0:
                    if not painter.begin(printer):
                        return 0
                else:
                    printer.newPage()
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                target.moveCenter(area.center())
                painter.drawImage(target, image)
                printed += 1
    finally:
        if painter.isActive():
            painter.end()
    return printed
