"""A receipt's preview never touches the temp folder (issue 14 point 9), and its "Save PDF" onto a file a PDF
reader holds open says so in one line (point 3, the window's side)."""

from __future__ import annotations

import os
import tempfile

import pytest
from PySide6.QtCore import QDir, QSize
from PySide6.QtWidgets import QApplication, QMessageBox

import core.files
from core.documents import build_receipt, render_bytes
from core.dossiers import intake
from desktop.widgets import pdf_preview
from desktop.widgets.pdf_preview import PdfPreview, PdfPreviewDialog


@pytest.fixture
def receipt_pdf(office_database) -> bytes:
    with office_database.transaction() as session:
        dossier, _ = intake(session, procedure_code="HT-01", applicant_name="Trần Văn Bình", id_number="001099012345")
        code = dossier.code
    with office_database.session() as session:
        return render_bytes(build_receipt(session, code))


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    """%TEMP% of this test, for Qt (QDir.tempPath) and Python alike."""
    folder = tmp_path / "Temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("TEMP", str(folder))
    monkeypatch.setenv("TMP", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert QDir.tempPath() == str(folder)
    return folder


def test_a_receipt_preview_writes_nothing_to_temp_and_shows_its_page(qtbot, receipt_pdf, temp_folder) -> None:
    dialog = PdfPreviewDialog.show_pdf(None, receipt_pdf, title="Giấy tiếp nhận hồ sơ", file_name="giay.pdf")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    assert preview.document.pageCount() >= 1 and preview.print_button.isEnabled()
    page = preview.document.render(0, QSize(420, 594))
    dark = sum(1 for x in range(0, 420, 3) for y in range(0, 594, 3) if page.pixelColor(x, y).lightness() < 128)
    assert dark > 300  # text on the page, not a blank sheet
    preview.load(receipt_pdf, title="again")  # a second receipt in the same preview
    dialog.accept()
    assert list(os.walk(temp_folder)) == [(str(temp_folder), [], [])]


def test_saving_onto_a_pdf_open_in_a_reader_says_so_in_one_line(qtbot, receipt_pdf, tmp_path, monkeypatch) -> None:
    """Windows: Acrobat holds the file it shows, so replacing it fails with a sharing violation (WinError 32)."""
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "giay.pdf"
    target.write_bytes(b"%PDF- the copy the reader shows")
    real_replace = os.replace

    def held(source, destination):
        if str(destination) == str(target):
            error = PermissionError(
                13, "The process cannot access the file because it is being used by another process", str(destination)
            )
            error.winerror = 32
            raise error
        return real_replace(source, destination)

    monkeypatch.setattr(core.files.os, "replace", held)
    monkeypatch.setattr(core.files, "RETRY_SECONDS", 0.2)
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.load(receipt_pdf, file_name="giay.pdf")
    monkeypatch.setattr(pdf_preview, "ask_save_path", lambda parent, name: str(target))
    with qtbot.assertNotEmitted(preview.saved):
        assert preview.save_as() == ""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [box.text() for box in boxes] == [
        "Tệp giay.pdf đang mở trong một chương trình khác (Excel, trình đọc PDF…): hãy đóng tệp đó rồi lưu lại."
    ]
    boxes[0].close()
    assert target.read_bytes() == b"%PDF- the copy the reader shows"
    assert [p.name for p in target.parent.iterdir()] == ["giay.pdf"]  # no side file left
