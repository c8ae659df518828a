"""The app's viewer of scanned papers: PDF pages and photos from memory, page navigation, zoom, print."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.attachments import printing
from desktop.attachments.viewer import ZOOM_STEPS, PaperViewer, PaperViewerDialog
from tests.paper_files import jpeg_bytes, png_bytes, scanned_pdf


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)  # small pages: the test reads the page count back
    return printer


def _pages_of(path) -> int:
    buffer = QBuffer()
    buffer.setData(QByteArray(path.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document.pageCount()


@pytest.fixture
def viewer(qtbot) -> PaperViewer:
    widget = PaperViewer()
    widget.resize(800, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_scanned_pdf_is_shown_page_by_page(viewer, qtbot) -> None:
    assert viewer.load(scanned_pdf(3), media_type="application/pdf", title="Tờ khai — a.pdf") == 3
    assert viewer.stack.currentWidget() is viewer.pdf_view
    assert viewer.page() == 0 and viewer.page_count.text() == "/ 3"
    assert not viewer.previous.isEnabled() and viewer.next.isEnabled()
    viewer.next.click()
    qtbot.waitUntil(lambda: viewer.page() == 1)
    assert viewer.page_box.value() == 2 and viewer.previous.isEnabled()
    viewer.page_box.setValue(3)
    qtbot.waitUntil(lambda: viewer.page() == 2)
    assert not viewer.next.isEnabled()
    viewer.go_to(7)  # past the end: nothing moves
    assert viewer.page() == 2


def test_zoom_steps_and_fits_the_width_again(viewer, qtbot) -> None:
    viewer.load(scanned_pdf(1), media_type="application/pdf", title="a.pdf")
    fitted = viewer.shown_zoom()
    viewer.step_zoom(1)
    assert not viewer.fit and viewer.pdf_view.zoomFactor() > fitted
    assert viewer.pdf_view.zoomFactor() in ZOOM_STEPS
    for _ in range(len(ZOOM_STEPS) + 2):
        viewer.step_zoom(-1)
    assert viewer.pdf_view.zoomFactor() == ZOOM_STEPS[0] and viewer.zoom_label.text() == "25 %"
    viewer.fit_button.click()
    assert viewer.fit and abs(viewer.shown_zoom() - fitted) < 0.02


def test_a_photo_is_shown_and_zoomed(viewer) -> None:
    assert viewer.load(jpeg_bytes(colour=True), media_type="image/jpeg", title="ảnh.jpg") == 1
    assert viewer.stack.currentWidget() is viewer.image_area and not viewer.page_box.isEnabled()
    width = viewer.image_label.pixmap().width()
    assert width <= viewer.image_area.viewport().width()
    viewer.set_zoom(2.0)
    assert viewer.image_label.pixmap().width() == 2 * viewer._image.width()
    assert viewer.load(png_bytes(), media_type="image/png") == 1


@pytest.mark.parametrize(
    ("data", "media_type"),
    [(b"%PDF-1.4 broken", "application/pdf"), (b"\xff\xd8\xff\xe0 not a photo", "image/jpeg"), (b"", "image/png")],
)
def test_a_broken_file_says_so_and_prints_nothing(viewer, monkeypatch, data, media_type) -> None:
    monkeypatch.setattr(printing, "ask_printer", lambda parent: pytest.fail("no printer for a broken file"))
    assert viewer.load(data, media_type=media_type, title="x") == 0
    assert viewer.stack.currentWidget() is viewer.message
    assert "Không hiển thị được tệp" in viewer.message.text()
    assert not viewer.print_button.isEnabled() and viewer.print_paper() == 0


def test_print_sends_every_page_to_the_printer(viewer, tmp_path, monkeypatch) -> None:
    out = tmp_path / "in.pdf"
    monkeypatch.setattr(printing, "ask_printer", lambda parent: _pdf_printer(out))
    printed = []
    viewer.printed.connect(printed.append)
    viewer.load(scanned_pdf(3), media_type="application/pdf", title="a.pdf")
    assert viewer.print_paper() == 3 and printed == [3]
    assert _pages_of(out) == 3


def test_print_of_several_papers_puts_each_page_on_its_own_sheet(qapp, tmp_path) -> None:
    out = tmp_path / "ho-so.pdf"
    pages = printing.print_papers(
        _pdf_printer(out),
        [
            ("application/pdf", scanned_pdf(2)),
            ("image/jpeg", jpeg_bytes()),
            ("image/png", b"broken"),
            ("image/png", png_bytes()),
        ],
    )
    assert pages == 4 and _pages_of(out) == 4


def test_cancelled_print_prints_nothing(viewer, monkeypatch) -> None:
    monkeypatch.setattr(printing, "ask_printer", lambda parent: None)
    viewer.load(jpeg_bytes(), media_type="image/jpeg")
    assert viewer.print_paper() == 0


def test_the_clear_file_never_touches_the_disk(qtbot, tmp_path, monkeypatch) -> None:
    """Attack: a decrypted scan of a CCCD left in %TEMP% outlives the window. Viewing and printing from the
    dialog write no file holding its bytes anywhere but the printer's own output."""
    temp = tmp_path / "temp"
    temp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(temp))
    out = tmp_path / "printer" / "out.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(printing, "ask_printer", lambda parent: _pdf_printer(out))
    data = scanned_pdf(2)
    dialog = PaperViewerDialog.show_paper(None, data, media_type="application/pdf", title="CCCD", file_name="c.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.viewer.next.click()
    assert dialog.viewer.print_paper() == 2
    dialog.accept()
    assert dialog.viewer.data == b"" and dialog.viewer.document.pageCount() == 0
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != out]
    assert written == [] and os.listdir(temp) == []
