"""The receipt's QR code, printed and scanned back, gives the dossier code (what the return desk reads)."""

import datetime as dt
import shutil
import subprocess

import pytest

from core.documents import build_receipt, render_pdf
from core.dossiers import intake

zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_receipt_qr_code_scans_back_to_the_dossier_code(office_database, tmp_path):
    moment = dt.datetime(2026, 11, 26, 8, 0)
    with office_database.transaction() as session:
        dossier, _ = intake(
            session, procedure_code="HT-01", applicant_name="Nguyễn Thị Hường", received_at=moment, now=moment
        )
        render_pdf(build_receipt(session, dossier.code), tmp_path / "receipt.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(tmp_path / "receipt.pdf"), str(tmp_path / "page")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("page*.png")))
    assert [result.text for result in zxingcpp.read_barcodes(image)] == [dossier.code]
