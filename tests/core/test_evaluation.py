"""The evaluation sheet of docs/domain.md §3.1: nine indicators, 18 points, grades as data, and its printed form."""

import datetime as dt
import shutil
import subprocess

import pytest

from core.documents import render_pdf, text_of
from core.documents.forms_evaluation import build_evaluation_sheet
from core.dossiers import intake
from core.errors import UserError
from core.lifecycle import record_result, record_return, request_supplement, resume, timeline
from core.satisfaction.evaluation import (
    DEFAULT_GRADES,
    INDICATORS,
    TOTAL_POINTS,
    get_sheet,
    grade_of,
    save_sheet,
    set_grade_bands,
)
from core.satisfaction.ratings import rate
from core.security.access import acting_as
from tests.fakes import TESTER

D = dt.datetime


@pytest.mark.parametrize(
    "total, grade",
    [
        (18, "Xuất sắc"),
        (15, "Xuất sắc"),
        (14, "Tốt"),
        (12, "Tốt"),
        (11, "Khá"),
        (9, "Khá"),
        (8, "Trung bình"),
        (6, "Trung bình"),
        (5, "Yếu"),
        (0, "Yếu"),
    ],
)
def test_grades_close_the_source_gap_at_15(total, grade):
    assert grade_of(total) == grade


def test_nine_indicators_of_two_points():
    assert len(INDICATORS) == 9 and TOTAL_POINTS == 18 and DEFAULT_GRADES[-1] == (0, "Yếu")


@pytest.fixture
def code(office_database):
    with office_database.transaction() as s:
        dossier, _ = intake(
            s,
            procedure_code="HT-01",
            applicant_name="Lê Thị Hoa",
            received_at=D(2025, 3, 3, 9),
            now=D(2025, 3, 3, 9),
        )
        request_supplement(s, dossier.code, reason="Thiếu giấy", at=D(2025, 3, 3, 9, 30))
        resume(s, dossier.code, at=D(2025, 3, 3, 10))
        record_result(s, dossier.code, at=D(2025, 3, 3, 11))
        record_return(s, dossier.code, at=D(2025, 3, 3, 11, 30))
        rate(s, dossier.code, level=3, comment="Tận tình", at=D(2025, 3, 3, 11, 31))
    return dossier.code


def test_a_new_sheet_suggests_indicators_1_and_3(office_database, code):
    with office_database.session() as s:
        sheet = get_sheet(s, code)
    assert not sheet.saved
    # the pause moved the same-day due moment to the next morning, the result came the day before: early,
    # 2 points; one supplement request: 2 − 1 = 1 point
    assert [i.self_score for i in sheet.indicators] == [2, None, 1, None, None, None, None, None, None]
    assert sheet.total() is None and sheet.grade() == ""


def test_saving_scores_totals_grades_and_an_event(office_database, code):
    with office_database.transaction() as s:
        save_sheet(s, code, self_scores=[2, 2, 2, 2, 2, 2, 2, 1, 0], at=D(2025, 3, 4, 8))
    with office_database.transaction() as s, acting_as(s, "truong"):  # the head of the unit reviews the scores
        sheet = save_sheet(
            s, code, reviewed=[2, 2, 1, 2, 2, 2, 2, 1, 0], notes=["Đúng hạn"] + [""] * 8, at=D(2025, 3, 5, 8)
        )
    assert (sheet.total("self"), sheet.grade("self")) == (15, "Xuất sắc")
    assert (sheet.total("reviewed"), sheet.grade("reviewed")) == (14, "Tốt")
    assert (sheet.scored_by, sheet.reviewed_by, sheet.indicators[0].note) == (TESTER.name, "truong", "Đúng hạn")
    with office_database.session() as s:
        events = [e.detail for e in timeline(s, code) if e.kind == "evaluated"]
    assert events[-1] == {"self_total": 15, "reviewed_total": 14, "grade": "Tốt"}


def test_bad_points_are_refused(office_database, code):
    with office_database.transaction() as s:
        with pytest.raises(UserError, match="chỉ số 2"):
            save_sheet(s, code, self_scores=[2, 3, 2, 2, 2, 2, 2, 2, 2])
        with pytest.raises(UserError, match="9 chỉ số"):
            save_sheet(s, code, self_scores=[2, 2])


def test_grade_bands_are_office_data(office_database, code):
    with office_database.transaction() as s:
        with pytest.raises(UserError):
            set_grade_bands(s, [(12, "Đạt"), (13, "Tốt"), (0, "Chưa đạt")])
        set_grade_bands(s, [(16, "Xuất sắc"), (0, "Chưa xuất sắc")])
        sheet = save_sheet(s, code, self_scores=[2, 2, 2, 2, 2, 2, 2, 1, 0])
    assert sheet.grade() == "Chưa xuất sắc"


def test_the_printed_sheet(office_database, code, tmp_path):
    with office_database.transaction() as s:
        save_sheet(s, code, self_scores=[2, 2, 2, 2, 2, 2, 2, 1, 0], reviewed=[2] * 9, at=D(2025, 3, 5, 8))
        document = build_evaluation_sheet(s, code)
    text = text_of(document)
    assert "BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" in text
    assert "Chỉ số | Tên chỉ số | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú" in text
    assert "| Tổng điểm | 18 | 15 | 18 |" in text and "| Xếp loại |  | Xuất sắc | Xuất sắc |" in text
    assert "|  | X | Tận tình" in text  # part II: the citizen's rating (Rất hài lòng) and comment
    assert "Hoa Thành, ngày 05 tháng 3 năm 2025" in text
    path = render_pdf(document, tmp_path / "bang-danh-gia.pdf")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) missing")
    pdf = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    assert pdf.stdout.count("\f") == 1  # one page
    for words in (
        "BẢNG ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        "Thái độ của cán bộ, công chức",
        "Tổng điểm",
        "Xuất sắc",
        "Rất hài lòng",
        "NGƯỜI THẨM ĐỊNH",
    ):
        assert words in pdf.stdout
