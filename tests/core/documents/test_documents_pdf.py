"""The forms as PDF: read back with pdftotext, as a person reading the printed page would."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest

from core import documents
from core.dossiers import intake
from core.errors import UserError

NAME, ID_NUMBER = "Nguyễn Thị Hường", "040190012345"  # as in conftest.py
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return unicodedata.normalize("NFC", out.decode("utf-8"))


def pages(path) -> list[str]:
    return pdf_text(path).split("\f")[:-1]


@pytest.mark.parametrize("profile", ["nd61-2018", "nd118-2025"])
def test_every_form_prints(printable, profile, tmp_path):
    database, made = printable
    p = made[profile]
    wanted = {
        "receipt": (p.code, ["GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", NAME, ID_NUMBER, "NGƯỜI NỘP HỒ SƠ"]),
        "supplement": (p.supplement, ["PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", NAME, "NGƯỜI HƯỚNG DẪN"]),
        "refusal": (p.refusal, ["PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", NAME]),
        "apology": (p.code, ["XIN LỖI", NAME, ID_NUMBER, "Nơi nhận:", "CHỦ TỊCH"]),
        "stop": (p.stopped, ["THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Phạm Văn Đức"]),
        "control-sheet": (
            p.code,
            ["PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "TÊN CƠ QUAN", "Người giao", "Người nhận", "040*******45"],
        ),
    }
    circular = "01/2018/TT-VPCP" if profile == "nd61-2018" else "03/2025/TT-VPCP"
    with database.session() as session:
        for kind, (reference, phrases) in wanted.items():
            path = documents.print_form(session, kind, reference, tmp_path / f"{kind}.pdf")
            sheets = pages(path)
            text = sheets[0]
            assert len(sheets) == 1, kind
            assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text, kind
            assert "UBND XÃ HOA THÀNH" in text and "UBND TỈNH NGHỆ AN" in text, kind
            assert reference in text, kind
            for phrase in phrases:
                assert phrase in text, (kind, phrase)
            if kind != "stop" or profile == "nd118-2025":
                assert circular in text, kind


def test_receipt_pdf_wording(printable, tmp_path):
    database, made = printable
    with database.session() as session:
        text = pdf_text(documents.print_form(session, "receipt", made["nd118-2025"].code, tmp_path / "r.pdf"))
    assert "Hoa Thành, ngày 08 tháng 9 năm 2025" in text
    assert "5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 05 phút, ngày 10 tháng 9 năm 2025" in text
    assert "7. Phí, lệ phí (nếu có): 50.000 đồng" in text
    assert "\u0303" not in text and "\u0300" not in text  # no loose combining marks: NFC glyphs throughout


def test_register_spans_pages_with_repeated_header(office_database, tmp_path):
    start = dt.datetime(2025, 10, 1, 8, 0)
    with office_database.transaction() as session:
        for i in range(120):
            moment = start + dt.timedelta(hours=3 * i)
            intake(
                session,
                procedure_code="HT-07",
                applicant_name=f"Nguyễn Thị Hường {i + 1}",
                id_number=ID_NUMBER,
                address="Xóm 3, xã Hoa Thành",
                phone="0912345678",
                received_at=moment,
                now=moment,
            )
    with office_database.session() as session:
        path = documents.print_register(session, dt.date(2025, 10, 1), dt.date(2025, 10, 31), tmp_path / "s.pdf")
    sheets = pages(path)
    assert len(sheets) >= 4
    for number, sheet in enumerate(sheets, start=1):
        assert "Mã hồ sơ" in sheet and "Tên TTHC" in sheet and "Ghi chú" in sheet  # the header row, every page
        assert f"Trang {number}/{len(sheets)}" in sheet
    whole = "".join(sheets)
    assert "SỔ THEO DÕI HỒ SƠ" in sheets[0] and "Tổng số: 120 hồ sơ" in sheets[0]
    assert "Nguyễn Thị Hường 120" in whole and "H40.25.12-251001-0001" in whole
    assert "040*******45" in whole and ID_NUMBER not in whole


def test_nothing_written_when_the_form_cannot_be_built(printable, tmp_path):
    database, made = printable
    folder = tmp_path / "out"
    folder.mkdir()
    with database.session() as session, pytest.raises(UserError):
        documents.print_form(session, "stop", made["nd118-2025"].code, folder / "stop.pdf")
    assert not list(folder.iterdir())
