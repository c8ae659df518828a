"""Preview a PDF (bytes from `core.documents`), print it, or save it: a widget and a dialog around it.

    preview = PdfPreview()
    preview.load(pdf_bytes, title="Giấy tiếp nhận hồ sơ", file_name="H40-250106-0001.pdf")
    preview.print_document()        # the print dialog, then every page to the printer

`ask_printer` and `ask_save_path` are module functions so tests replace them instead of a dialog
that would block. `print_pdf` paints the pages of a `QPdfDocument` on any `QPrinter`.

The PDF is read from memory (a `QBuffer`): a receipt carries a citizen's name, CCCD and address, and a
copy in %TEMP% would outlive the window (the viewer holds the file open, so Windows refuses to delete
it). "Save PDF" writes through `core.files.write_file`: a file held open by a PDF reader or Excel is
told in one line, never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Signal
from PySide6.QtGui import QGuiApplication, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import UserError
from core.files import write_file
from desktop.file_dialogs import save_file_name
from desktop.messages import show_error

__all__ = ["PdfPreview", "PdfPreviewDialog", "ask_printer", "ask_save_path", "print_pdf"]

# Pages are rasterised at most at this resolution for printing (a 1200 dpi A4 page would be ~550 MB).
PRINT_DPI = 300


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog on an A4, full-page printer; None when the clerk cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF carries its own margins (NĐ 30/2020)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save the PDF ("" when the clerk cancels)."""
    caption = QCoreApplication.translate("PdfPreview", "Save PDF")
    return save_file_name(parent, caption, suggested, "PDF (*.pdf)")


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` on ``printer``, each fitted to the page; returns the pages printed."""
    painter = QPainter()
    if document.pageCount() == 0 or not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), PRINT_DPI)
    try:
        for number in range(document.pageCount()):
            if number:
                printer.newPage()
            points = document.pagePointSize(number)
            image = document.render(number, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)))
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()


class PdfPreview(QWidget):
    """A PDF on screen, with Print and Save PDF buttons. ``printed(pages)`` and ``saved(path)`` report."""

    printed = Signal(int)
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self.file_name = "tai-lieu.pdf"
        self._buffer: QBuffer | None = None  # the bytes the document reads, alive while it is shown
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save P&DF…"))
        self.save_button.clicked.connect(self.save_as)
        self.bar = bar = QHBoxLayout()  # the dialog adds its Close button to it
        bar.addWidget(self.title, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)

    def load(self, data: bytes, *, title: str = "", file_name: str = "tai-lieu.pdf") -> int:
        """Show the PDF ``data``; returns its page count (0 if it cannot be read)."""
        self.document.close()
        self._drop_buffer()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)  # from memory: no file anywhere (QPdfDocument reads it at once)
        ok = self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        if not ok:
            self.document.close()
            self._drop_buffer()
        self.data, self.file_name = (data, file_name) if ok else (b"", file_name)
        self.title.setText(title)
        self._enable(ok)
        return self.document.pageCount() if ok else 0

    def _drop_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def clear(self) -> None:
        self.document.close()
        self._drop_buffer()
        self.data = b""
        self.title.clear()
        self._enable(False)

    def print_document(self) -> int:
        """Ask for a printer and print every page; returns the pages printed (0: cancelled)."""
        if not self.data:
            return 0
        printer = ask_printer(self)
        pages = print_pdf(self.document, printer) if printer is not None else 0
        if pages:
            self.printed.emit(pages)
        return pages

    def save_as(self) -> str:
        """Ask where to save the PDF and write it there; returns the path ("" when cancelled or refused:
        a file held open by another program, a full disk… is said in one line over the preview)."""
        if not self.data:
            return ""
        path = ask_save_path(self, self.file_name)
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            try:
                write_file(path, self.data)
            except UserError as error:  # FileInUse: "close it and save again"
                show_error(self.window(), str(error))
                return ""
            self.saved.emit(path)
        return path


class PdfPreviewDialog(QDialog):
    """`PdfPreview` in its own window (A4-ish proportions), opened without blocking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = PdfPreview(self)
        close = QPushButton(self.tr("&Close"))
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.accept)
        self.preview.bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(900, screen.height() - 60))  # fits a 1366×768 laptop

    @classmethod
    def show_pdf(cls, parent: QWidget | None, data: bytes, *, title: str, file_name: str) -> PdfPreviewDialog:
        dialog = cls(parent)
        dialog.setWindowTitle(title)
        dialog.preview.load(data, title=title, file_name=file_name)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
