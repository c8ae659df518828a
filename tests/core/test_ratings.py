"""A citizen's rating of a returned dossier: one per dossier, who entered it, corrections with a reason."""

import datetime as dt

import pytest

from core.dossiers import intake
from core.errors import UserError
from core.lifecycle import hand_over, record_result, record_return, timeline
from core.satisfaction.ratings import add_comment, correct_rating, rate, rating_prompt, validate_level
from tests.fakes import TESTER

D = dt.datetime


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
        hand_over(s, dossier.code, to="Công chức Tư pháp – Hộ tịch", at=D(2025, 3, 3, 9, 30))
        record_result(s, dossier.code, at=D(2025, 3, 3, 14))
    return dossier.code


def _return(db, code):
    with db.transaction() as s:
        record_return(s, code, at=D(2025, 3, 3, 15))


def test_only_a_returned_dossier_is_rated(office_database, code):
    with office_database.transaction() as s, pytest.raises(UserError, match="chưa trả kết quả"):
        rate(s, code, level=3)


def test_rating_records_who_entered_it_and_an_event(office_database, code):
    _return(office_database, code)
    with office_database.transaction() as s:
        prompt = rating_prompt(s, code)
        assert (prompt.procedure, prompt.officer) == ("Đăng ký khai sinh", "Công chức Tư pháp – Hộ tịch")
        rating = rate(s, code, level="2", comment="  Nhanh gọn ", entered_by="clerk", at=D(2025, 3, 3, 15, 1))
    assert (rating.level, rating.comment, rating.entered_by, rating.actor) == (2, "Nhanh gọn", "clerk", TESTER.name)
    with office_database.session() as s:
        event = [e for e in timeline(s, code) if e.kind == "rated"][0]
    assert event.detail == {"level": 2, "entered_by": "clerk", "comment": "Nhanh gọn"} and event.actor == TESTER.name


def test_a_second_rating_is_refused_and_a_correction_needs_a_reason(office_database, code):
    _return(office_database, code)
    with office_database.transaction() as s:
        rate(s, code, level=1, at=D(2025, 3, 3, 15, 1))
    with office_database.transaction() as s:
        with pytest.raises(UserError, match="đã được đánh giá"):
            rate(s, code, level=3)
        with pytest.raises(UserError, match="đã được đánh giá"):
            rating_prompt(s, code)
        with pytest.raises(UserError, match="lý do"):
            correct_rating(s, code, level=3, reason=" ")
        rating = correct_rating(s, code, level=3, reason="Công dân bấm nhầm", at=D(2025, 3, 3, 15, 5))
    assert rating.level == 3
    with office_database.session() as s:
        event = [e for e in timeline(s, code) if e.kind == "rating_corrected"][0]
    assert event.detail == {"old": 1, "new": 3, "reason": "Công dân bấm nhầm"}


def test_the_comment_comes_after_the_key_press(office_database, code):
    _return(office_database, code)
    with office_database.transaction() as s:
        rate(s, code, level=1, at=D(2025, 3, 3, 15, 1))
        assert add_comment(s, code, comment="Phải chờ lâu").comment == "Phải chờ lâu"
        with pytest.raises(UserError, match="đã có góp ý"):
            add_comment(s, code, comment="Thêm nữa")


@pytest.mark.parametrize("level", [0, 4, "a", "", None, "2.5"])
def test_bad_levels_are_refused_in_one_line(level):
    with pytest.raises(UserError, match="1 \\(không hài lòng\\), 2 \\(hài lòng\\)"):
        validate_level(level)


def test_a_rating_before_the_return_moment_or_by_nobody_known_is_refused(office_database, code):
    _return(office_database, code)
    with office_database.transaction() as s:
        with pytest.raises(UserError, match="trước lúc trả"):
            rate(s, code, level=3, at=D(2025, 3, 3, 14, 30))
        with pytest.raises(UserError, match="citizen hoặc clerk"):
            rate(s, code, level=3, entered_by="robot")
