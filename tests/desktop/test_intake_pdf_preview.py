"""The PDF preview: loads core's bytes, prints every page through a printer, saves a copy."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter

from core.documents import build_receipt, render_bytes
from core.dossiers import intake
from desktop.widgets import pdf_preview
from desktop.widgets.pdf_preview import PdfPreview, PdfPreviewDialog


@pytest.fixture
def receipt_pdf(office_database) -> bytes:
    with office_database.transaction() as session:
        dossier, _ = intake(session, procedure_code="HT-01", applicant_name="Trần Văn Bình")
        code = dossier.code
    with office_database.session() as session:
        return render_bytes(build_receipt(session, code))


def test_loads_prints_and_saves(qtbot, receipt_pdf, tmp_path, monkeypatch) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert not preview.print_button.isEnabled()
    assert preview.load(receipt_pdf, title="Giấy tiếp nhận", file_name="giay.pdf") >= 1
    assert preview.document.pageCount() >= 1 and preview.print_button.isEnabled()

    def printer(parent):
        result = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        result.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        result.setOutputFileName(str(tmp_path / "in.pdf"))
        return result

    monkeypatch.setattr(pdf_preview, "ask_printer", printer)
    assert preview.print_document() == preview.document.pageCount()
    assert (tmp_path / "in.pdf").stat().st_size > 1000
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda parent, name: str(tmp_path / "luu"))
    assert preview.save_as() == str(tmp_path / "luu.pdf")
    assert (tmp_path / "luu.pdf").read_bytes() == receipt_pdf


def test_cancelled_print_prints_nothing_and_garbage_loads_nothing(qtbot, receipt_pdf, monkeypatch) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.load(receipt_pdf)
    monkeypatch.setattr(pdf_preview, "ask_printer", lambda parent: None)
    assert preview.print_document() == 0
    assert preview.load(b"not a pdf") == 0
    assert not preview.save_button.isEnabled()


def test_the_dialog_opens_without_blocking(qtbot, receipt_pdf) -> None:
    dialog = PdfPreviewDialog.show_pdf(None, receipt_pdf, title="Giấy tiếp nhận", file_name="g.pdf")
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.preview.document.pageCount() >= 1
    dialog.accept()
