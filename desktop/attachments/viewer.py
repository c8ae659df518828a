"""The app's viewer of a scanned paper: a PDF (QtPdf, page by page, zoom) or a photo (zoom), and print.

    dialog = PaperViewerDialog.show_paper(parent, data, media_type="application/pdf", title="…", file_name="…")

The bytes are the attachment decrypted by core; they stay in memory (a `QBuffer` for the PDF), never in a
file: a scanned CCCD or birth certificate in %TEMP% would outlive the window. There is no "save a copy"
for the same reason. "Print…" paints the pages through `desktop.attachments.printing`.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.attachments import printing
from desktop.shortcuts import press_with, shortcut

__all__ = ["ZOOM_STEPS", "PaperViewer", "PaperViewerDialog"]

#: The zoom factors the − and + buttons step through (1.0 = 100 %).
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


class PaperViewer(QWidget):
    """One paper on screen with page navigation (PDF), zoom and Print. ``printed(pages)`` after a print."""

    printed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.media_type, self.file_name = b"", "", ""
        self.zoom = 1.0
        self.fit = True  # fit the width of the window (the start), else `zoom`
        self._buffer: QBuffer | None = None
        self._image = QImage()
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(True)
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_view.viewport().installEventFilter(self)
        self.image_area.viewport().installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pdf_view)
        self.stack.addWidget(self.image_area)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.message)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previous = self._tool("◀", self.tr("Previous page (Page Up)"), lambda: self.go_to(self.page() - 1))
        self.next = self._tool("▶", self.tr("Next page (Page Down)"), lambda: self.go_to(self.page() + 1))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.page_count = QLabel()
        self.zoom_out = self._tool("−", self.tr("Zoom out (Ctrl+-)"), lambda: self.step_zoom(-1))
        self.zoom_in = self._tool("+", self.tr("Zoom in (Ctrl++)"), lambda: self.step_zoom(1))
        self.zoom_label = QLabel()
        self.fit_button = QPushButton(self.tr("&Fit width"))
        self.fit_button.setToolTip(self.tr("Fit the page to the window's width (Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_paper)
        press_with(self.print_button, QKeySequence.StandardKey.Print)
        shortcut(self, QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1), self.tr("Zoom in"))
        shortcut(self, "Ctrl+=", lambda: self.step_zoom(1), self.tr("Zoom in"))
        shortcut(self, QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1), self.tr("Zoom out"))
        shortcut(self, "Ctrl+0", self.fit_width, self.tr("Fit the page to the window's width"))
        shortcut(
            self,
            "PgDown",
            lambda: self.go_to(self.page() + 1),
            self.tr("Next page"),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        shortcut(
            self,
            "PgUp",
            lambda: self.go_to(self.page() - 1),
            self.tr("Previous page"),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.bar = bar = QHBoxLayout()  # the dialog adds its Close button here
        bar.addWidget(self.title, 1)
        for widget in (
            self.previous,
            self.page_box,
            self.page_count,
            self.next,
            self.zoom_out,
            self.zoom_label,
            self.zoom_in,
            self.fit_button,
            self.print_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._show_state()

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- content --------------------------------------------------------------------------
    def load(self, data: bytes, *, media_type: str, title: str = "", file_name: str = "") -> int:
        """Show the paper ``data``; returns its pages (0 when it cannot be read: the viewer says so)."""
        self.clear()
        self.title.setText(title or file_name)
        self.file_name = file_name
        pages = self._load_pdf(data) if media_type == "application/pdf" else self._load_image(data)
        if pages:
            self.data, self.media_type = data, media_type
        else:
            self.message.setText(self.tr("This file cannot be shown: it is broken or not a PDF, JPEG or PNG."))
            self.stack.setCurrentWidget(self.message)
        self.fit_width()
        return pages

    def _load_pdf(self, data: bytes) -> int:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)  # from memory, read at once: no file anywhere
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.document.close()
            self._drop_buffer()
            return 0
        self.stack.setCurrentWidget(self.pdf_view)
        return self.document.pageCount()

    def _load_image(self, data: bytes) -> int:
        self._image = printing.read_image(data)
        if self._image.isNull():
            return 0
        self.stack.setCurrentWidget(self.image_area)
        return 1

    def clear(self) -> None:
        self.document.close()
        self._drop_buffer()
        self._image = QImage()
        self.image_label.clear()
        self.data, self.media_type = b"", ""
        self.title.clear()
        self.message.clear()
        self._show_state()

    def _drop_buffer(self) -> None:
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def pages(self) -> int:
        if self.media_type == "application/pdf":
            return self.document.pageCount()
        return 1 if self.media_type else 0

    # -- navigation and zoom --------------------------------------------------------------
    def page(self) -> int:
        """The page shown (from 0)."""
        return self.pdf_view.pageNavigator().currentPage() if self.media_type == "application/pdf" else 0

    def go_to(self, page: int) -> None:
        if self.media_type != "application/pdf" or not 0 <= page < self.pages() or page == self.page():
            return
        self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.zoomFactor())

    def _page_shown(self, _page: int) -> None:
        self._show_state()

    def step_zoom(self, direction: int) -> None:
        if not self.media_type:
            return
        now = self.shown_zoom()
        bigger = [z for z in ZOOM_STEPS if z > now + 1e-3]
        smaller = [z for z in ZOOM_STEPS if z < now - 1e-3]
        target = (
            (bigger[0] if bigger else ZOOM_STEPS[-1]) if direction > 0 else (smaller[-1] if smaller else ZOOM_STEPS[0])
        )
        self.set_zoom(target)

    def set_zoom(self, factor: float) -> None:
        self.fit, self.zoom = False, max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor))
        if self.media_type == "application/pdf":
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self.zoom)
        self._show_image()
        self._show_state()

    def fit_width(self) -> None:
        self.fit = True
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_image()
        self._show_state()

    def shown_zoom(self) -> float:
        """The zoom on screen now (fitting the width included)."""
        if self.media_type == "application/pdf":
            return (
                self.pdf_view.zoomFactor()
                if not self.fit
                else self._fit_factor(self.document.pagePointSize(self.page()).width() * self.logicalDpiX() / 72)
            )
        if self.media_type and not self._image.isNull():
            return self._fit_factor(self._image.width()) if self.fit else self.zoom
        return 1.0

    def _fit_factor(self, width: float) -> float:
        viewport = (self.pdf_view if self.media_type == "application/pdf" else self.image_area).viewport().width()
        return max(0.05, (viewport - 12) / width) if width > 0 else 1.0

    def _show_image(self) -> None:
        if self._image.isNull():
            return
        factor = self._fit_factor(self._image.width()) if self.fit else self.zoom
        size = self._image.size() * factor
        self.image_label.setPixmap(
            QPixmap.fromImage(
                self._image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        )

    def eventFilter(self, watched, event) -> bool:
        """A viewport that changed size refits the page (the views are laid out after this widget)."""
        if event.type() == QEvent.Type.Resize and self.fit:
            if watched is self.image_area.viewport():
                self._show_image()
            self._show_state()
        return False

    def _show_state(self) -> None:
        pages, pdf, shown = self.pages(), self.media_type == "application/pdf", bool(self.media_type)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(1, pages))
        self.page_box.setValue(self.page() + 1)
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("of %1").replace("%1", str(pages)) if pages else "")
        for widget in (self.previous, self.next, self.page_box):
            widget.setEnabled(pdf and pages > 1)
        self.previous.setEnabled(pdf and self.page() > 0)
        self.next.setEnabled(pdf and self.page() < pages - 1)
        for button in (self.zoom_in, self.zoom_out, self.fit_button, self.print_button):
            button.setEnabled(shown)
        self.zoom_label.setText(f"{round(self.shown_zoom() * 100)} %" if shown else "")

    # -- print ----------------------------------------------------------------------------
    def print_paper(self) -> int:
        """Ask for a printer and print every page; returns the pages printed (0: cancelled)."""
        if not self.media_type:
            return 0
        printer = printing.ask_printer(self)
        pages = printing.print_papers(printer, [(self.media_type, self.data)]) if printer is not None else 0
        if pages:
            self.printed.emit(pages)
        return pages


class PaperViewerDialog(QDialog):
    """`PaperViewer` in its own window, opened without blocking; fits a 1366×768 laptop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewer = PaperViewer(self)
        close = QPushButton(self.tr("&Close"))
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.accept)
        self.viewer.bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(900, screen.width() - 40), min(900, screen.height() - 60))

    def closeEvent(self, event) -> None:
        self.viewer.clear()  # the clear bytes go with the window
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.viewer.clear()
        super().done(result)

    @classmethod
    def show_paper(
        cls, parent: QWidget | None, data: bytes, *, media_type: str, title: str, file_name: str = ""
    ) -> PaperViewerDialog:
        dialog = cls(parent)
        dialog.setWindowTitle(title)
        dialog.viewer.load(data, media_type=media_type, title=title, file_name=file_name)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
