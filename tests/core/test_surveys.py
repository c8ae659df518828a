"""Paper surveys: a questionnaire as data, fast transcription with who and when, and the summary."""

import datetime as dt

import pytest

from core.errors import UserError
from core.satisfaction.surveys import (
    SIPAS_QUESTIONS,
    create_survey,
    list_surveys,
    next_form_no,
    record_response,
    survey_summary,
    update_survey,
    validate_questions,
)

QUESTIONS = [
    {"code": "A", "text": "Thái độ của công chức", "scale": ["Kém", "Được", "Tốt"]},
    {"code": "B", "text": "Thời gian chờ", "scale": ["Lâu", "Nhanh"]},
]


def test_questions_are_checked():
    assert validate_questions([{"text": "Câu một"}])[0] == {
        "code": "1",
        "group": "",
        "text": "Câu một",
        "scale": ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"],
    }
    with pytest.raises(UserError, match="chưa có nội dung"):
        validate_questions([{"text": " "}])
    with pytest.raises(UserError, match="từ 2 đến 9"):
        validate_questions([{"text": "X", "scale": ["Một"]}])
    with pytest.raises(UserError, match="bị trùng"):
        validate_questions([{"code": "A", "text": "X"}, {"code": "A", "text": "Y"}])


def test_the_default_questionnaire_has_the_five_sipas_factors(office_database):
    with office_database.transaction() as s:
        survey = create_survey(s, name="Khảo sát quý I")
    assert len(survey.questions) == len(SIPAS_QUESTIONS) == 10
    assert len({q["group"] for q in survey.questions}) == 5


def test_transcription_records_who_and_when_and_counts(office_database):
    with office_database.transaction() as s:
        survey_id = create_survey(s, name="Khảo sát", questions=QUESTIONS).id
        assert next_form_no(s, survey_id) == "1"
        first = record_response(
            s, survey_id, answers=[3, 2], form_no="1", keyed_by="lan", at=dt.datetime(2025, 4, 1, 9)
        )
        record_response(s, survey_id, answers=[1, 0], form_no="2", keyed_by="minh", comment="Chờ lâu")
        record_response(s, survey_id, answers=[3, None], form_no="", keyed_by="lan")
        assert next_form_no(s, survey_id) == "3"
    assert (first.keyed_by, first.keyed_at, first.answers) == ("lan", dt.datetime(2025, 4, 1, 9), {"A": 3, "B": 2})
    with office_database.session() as s:
        summary = survey_summary(s, survey_id)
        assert [(survey.name, forms) for survey, forms in list_surveys(s)] == [("Khảo sát", 3)]
    assert summary.forms == 3
    a, b = summary.questions
    assert (a.counts, a.blank, a.mean, a.satisfied_share) == ((1, 0, 2), 0, pytest.approx(7 / 3), pytest.approx(2 / 3))
    assert (b.counts, b.blank, b.mean, b.satisfied_share) == ((0, 1), 2, 2.0, 1.0)


def test_bad_forms_are_refused(office_database):
    with office_database.transaction() as s:
        survey_id = create_survey(s, name="Khảo sát", questions=QUESTIONS).id
        record_response(s, survey_id, answers=[1, 1], form_no="7", keyed_by="lan")
        with pytest.raises(UserError, match="không có"):
            record_response(s, survey_id, answers=[4, 1], keyed_by="lan")
        with pytest.raises(UserError, match="2 câu hỏi"):
            record_response(s, survey_id, answers=[1], keyed_by="lan")
        with pytest.raises(UserError, match="đã được nhập"):
            record_response(s, survey_id, answers=[1, 2], form_no="7", keyed_by="lan")
        with pytest.raises(UserError, match="không sửa được câu hỏi"):
            update_survey(s, survey_id, questions=[{"text": "Khác"}])
        update_survey(s, survey_id, name="Khảo sát đã đóng", active=False)
        with pytest.raises(UserError, match="đã đóng"):
            record_response(s, survey_id, answers=[1, 2], keyed_by="lan")
