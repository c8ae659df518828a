"""The forms as plain data: titles, numbering, wording and masking per profile, no PDF drawn."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from core import documents
from core.documents import common, text_of
from core.documents.forms_followup import verdict
from core.documents.model import Fields, Recipients, Signatures, Table
from core.errors import UserError

NAME, ID_NUMBER = "Nguyễn Thị Hường", "040190012345"  # as in conftest.py

TITLES = {
    "nd61-2018": {
        "apology": "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
        "control-sheet": "Mẫu số 05",
        "circular": "01/2018/TT-VPCP",
    },
    "nd118-2025": {
        "apology": "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
        "control-sheet": "Mẫu số 06",
        "circular": "03/2025/TT-VPCP",
    },
}


def _fields(document) -> dict[str, str]:
    return {f.label: f.value for b in document.blocks if isinstance(b, Fields) for f in b.items}


@pytest.mark.parametrize("profile", ["nd61-2018", "nd118-2025"])
def test_receipt_content(printable, profile):
    database, made = printable
    with database.session() as session:
        doc = documents.build_receipt(session, made[profile].code)
    fields = _fields(doc)
    assert doc.profile == profile and doc.title == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    assert TITLES[profile]["circular"] in doc.header.form_note and "Mẫu số 01" in doc.header.form_note
    assert doc.header.issuing_body == "UBND XÃ HOA THÀNH" and doc.header.parent_body == "UBND TỈNH NGHỆ AN"
    assert fields["Mã hồ sơ"] == made[profile].code
    assert fields["UBND xã Hoa Thành tiếp nhận hồ sơ của"] == NAME  # typed NFD, kept NFC
    assert fields["Số định danh cá nhân/CCCD"] == ID_NUMBER  # the citizen's own paper: in full
    assert fields["6. Đăng ký nhận kết quả tại"] == "Địa chỉ của người nộp hồ sơ (qua dịch vụ bưu chính)"
    assert fields["7. Phí, lệ phí (nếu có)"].startswith("50.000 đồng")
    assert fields["3. Thời gian giải quyết hồ sơ theo quy định là"] == "02 ngày (làm việc)"
    qr = [b.qr for b in doc.blocks if isinstance(b, Fields) and b.qr]
    assert qr == [made[profile].code]
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[0]] == ["1", "Dự thảo hợp đồng, giao dịch", "bản chính", "02", "x"]
    assert len(next(b for b in doc.blocks if isinstance(b, Signatures)).blocks) == 2
    assert "Bản in lần" not in text_of(doc)


def test_receipt_wording_of_moments_and_version(printable):
    from core import lifecycle

    database, made = printable
    with database.transaction() as session:
        lifecycle.correct(session, made["nd118-2025"].code, field="address", value="Xóm 5", reason="gõ nhầm")
        doc = documents.build_receipt(session, made["nd118-2025"].code)
    fields = _fields(doc)
    assert fields["4. Thời gian nhận hồ sơ"] == "14 giờ 05 phút, ngày 08 tháng 9 năm 2025"
    assert fields["5. Thời gian trả kết quả giải quyết hồ sơ"] == "14 giờ 05 phút, ngày 10 tháng 9 năm 2025"
    assert doc.header.place_date == "Hoa Thành, ngày 08 tháng 9 năm 2025"
    assert "Bản in lần 2 (đã sửa thông tin)." in text_of(doc)


def test_decomposed_text_stored_by_another_path_prints_composed(printable):
    from core.dossiers import get_dossier

    database, made = printable
    with database.transaction() as session:
        get_dossier(session, made["nd118-2025"].code).applicant_name = unicodedata.normalize("NFD", NAME)
        session.flush()
        doc = documents.build_receipt(session, made["nd118-2025"].code)
    assert NAME in text_of(doc) and unicodedata.normalize("NFD", NAME) not in text_of(doc)


def test_date_words_follow_nd30_leading_zeros():
    assert common.date_words(dt.date(2020, 1, 5)) == "ngày 05 tháng 01 năm 2020"
    assert common.date_words(dt.date(2025, 2, 28)) == "ngày 28 tháng 02 năm 2025"
    assert common.date_words(dt.date(2025, 11, 3)) == "ngày 03 tháng 11 năm 2025"
    assert common.moment_words(None).startswith("…… giờ")
    assert common.money(30000) == "30.000 đồng" and common.money(1000000) == "1.000.000 đồng"


@pytest.mark.parametrize("profile", ["nd61-2018", "nd118-2025"])
def test_slips_content(printable, profile):
    database, made = printable
    with database.session() as session:
        supplement = documents.build_supplement(session, made[profile].supplement)
        refusal = documents.build_refusal(session, made[profile].refusal)
    assert supplement.title == "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" and "Mẫu số 02" in supplement.header.form_note
    assert refusal.title == "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" and "Mẫu số 03" in refusal.header.form_note
    assert supplement.header.number == f"Số: {made[profile].supplement}"
    items = next(b for b in supplement.blocks if isinstance(b, Table))
    assert [c.text for c in items.rows[0]] == ["1", "Giấy tờ chứng minh việc ly hôn", "", "01", ""]
    sigs = [s.title for b in supplement.blocks if isinstance(b, Signatures) for s in b.blocks]
    assert sigs == ["NGƯỜI HƯỚNG DẪN"]
    assert "Lý do: Thiếu giấy tờ chứng minh tình trạng hôn nhân" in text_of(supplement)
    assert ID_NUMBER in text_of(supplement)
    assert "Không thuộc thẩm quyền của UBND cấp xã" in text_of(refusal)


def test_slip_numbers_are_checked(printable):
    database, made = printable
    with database.session() as session:
        with pytest.raises(UserError, match="PBS-<năm>-<số>"):
            documents.build_supplement(session, made["nd118-2025"].refusal)
        with pytest.raises(UserError, match="Không tìm thấy phiếu"):
            documents.build_refusal(session, "PTC-2024-0001")


@pytest.mark.parametrize("profile", ["nd61-2018", "nd118-2025"])
def test_apology_stop_and_control_sheet(printable, profile):
    database, made = printable
    with database.session() as session:
        apology = documents.build_apology(session, made[profile].code)
        stop = documents.build_stop_notice(session, made[profile].stopped)
        sheet = documents.build_control_sheet(session, made[profile].code)
    assert apology.title == TITLES[profile]["apology"]
    text = text_of(apology)
    assert f"Kính gửi: Ông/Bà {NAME}" in text and "Chờ xác minh của cơ quan đăng ký đất đai" in text
    assert "Nguyên nhân: khách quan" in text and ID_NUMBER in text
    assert any(isinstance(b, Recipients) for b in apology.blocks)
    assert [s.prefix for b in apology.blocks if isinstance(b, Signatures) for s in b.blocks] == ["TM. ỦY BAN NHÂN DÂN"]
    assert "Lê Văn Bình" in text
    assert stop.title == "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" and "Công dân xin rút hồ sơ" in text_of(stop)
    assert ("Mẫu số 05" in stop.header.form_note) == (profile == "nd118-2025")
    assert TITLES[profile]["control-sheet"] in sheet.header.form_note
    table = next(b for b in sheet.blocks if isinstance(b, Table))
    assert table.columns[0] == "TÊN CƠ QUAN" and "Trước hạn/Đúng hạn/Quá hạn" in table.columns[2]
    assert len(table.rows) == 2  # one hand-over, one result
    assert "Công chức Tư pháp - Hộ tịch" in table.rows[0][0].text and table.rows[0][1].signatures == (
        "Người giao",
        "Người nhận",
    )
    assert table.rows[1][2].text == "Trước hạn" and table.rows[1][3].text == "Đã ký"
    assert "040*******45" in text_of(sheet) and ID_NUMBER not in text_of(sheet)


def test_refused_prints(printable):
    database, made = printable
    with database.session() as session:
        with pytest.raises(UserError, match="chưa dừng giải quyết"):
            documents.build_stop_notice(session, made["nd118-2025"].code)
        with pytest.raises(UserError, match="chưa có văn bản xin lỗi"):
            documents.build_apology(session, made["nd118-2025"].stopped)
        with pytest.raises(UserError, match="Không tìm thấy hồ sơ"):
            documents.build_receipt(session, "H40.25.12-990101-0001")
        with pytest.raises(UserError, match="Không có biểu mẫu"):
            documents.build_form(session, "letter", made["nd118-2025"].code)


def test_verdict():
    due = dt.datetime(2025, 3, 5, 10, 0)
    assert verdict(dt.datetime(2025, 3, 4, 16, 0), due) == "Trước hạn"
    assert verdict(dt.datetime(2025, 3, 5, 9, 0), due) == "Đúng hạn"
    assert verdict(dt.datetime(2025, 3, 5, 10, 1), due) == "Quá hạn"


def test_register_rows_mask_identity(printable):
    database, made = printable
    with database.session() as session:
        doc = documents.build_register(session, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    table = doc.blocks[0]
    assert doc.landscape and doc.page_numbers and doc.title == "SỔ THEO DÕI HỒ SƠ"
    assert "Mẫu số 07" in doc.header.form_note and not doc.header.national
    assert len(table.columns) == 14 and table.columns[-2:] == ("Ký nhận", "Ghi chú")
    assert [r[1].text for r in table.rows][:2] == [made["nd61-2018"].code, made["nd61-2018"].stopped]
    first = table.rows[0]
    assert first[4].text == f"{NAME}\nCCCD: 040*******45" and ID_NUMBER not in text_of(doc)
    assert first[6].text == "Công chức Tư pháp - Hộ tịch" and first[9].text == "10:15\n06/01/2025"
    assert "Đã xin lỗi" in first[13].text and table.rows[1][13].text.startswith("Rút hồ sơ")
    with pytest.raises(UserError):
        documents.build_register(session, dt.date(2025, 2, 1), dt.date(2025, 1, 1))
