"""Paper surveys, SIPAS-style (docs/domain.md §3.3): a questionnaire as data and fast transcription of its forms.

SIPAS is a sample survey on paper, apart from the per-dossier rating (`core.satisfaction.ratings`). A `Survey` holds
its questions, each with its own answer scale; the clerk keys each paper form as the positions chosen
(1 = the scale's first answer, 0 or None = left blank), and the response records who keyed it and when.
Once forms are keyed, a questionnaire's questions are frozen: a changed questionnaire is a new survey.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, func, select

from core.errors import UserError
from core.models import Survey, SurveyResponse, stored_id
from core.security.access import Permission, acting_name, requires
from core.text import clean

__all__ = [
    "FIVE_POINTS",
    "SIPAS_QUESTIONS",
    "QuestionSummary",
    "SurveySummary",
    "create_survey",
    "get_survey",
    "list_surveys",
    "next_form_no",
    "recent_responses",
    "record_response",
    "survey_summary",
    "update_survey",
    "validate_questions",
]

FIVE_POINTS = ("Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng")
#: The five SIPAS factors (QĐ 1001/QĐ-BNV), two questions each: the default questionnaire, edited freely.
SIPAS_QUESTIONS: tuple[dict[str, Any], ...] = tuple(
    {"code": code, "group": group, "text": text, "scale": list(FIVE_POINTS)}
    for code, group, text in (
        ("1.1", "Tiếp cận dịch vụ", "Nơi ngồi chờ, trang thiết bị tại Bộ phận Một cửa"),
        ("1.2", "Tiếp cận dịch vụ", "Thông tin hướng dẫn về thủ tục hành chính được niêm yết, công khai"),
        ("2.1", "Thủ tục hành chính", "Thành phần hồ sơ phải nộp đúng như quy định được công khai"),
        ("2.2", "Thủ tục hành chính", "Phí, lệ phí và thời hạn giải quyết đúng như quy định"),
        ("3.1", "Sự phục vụ của công chức", "Công chức có thái độ lịch sự, tôn trọng khi tiếp nhận hồ sơ"),
        ("3.2", "Sự phục vụ của công chức", "Công chức hướng dẫn kê khai hồ sơ tận tình, dễ hiểu"),
        ("4.1", "Kết quả giải quyết", "Kết quả được trả đúng hẹn"),
        ("4.2", "Kết quả giải quyết", "Kết quả có thông tin đầy đủ, chính xác"),
        ("5.1", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "Có hình thức tiếp nhận góp ý, phản ánh, kiến nghị"),
        (
            "5.2",
            "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
            "Góp ý, phản ánh, kiến nghị được xử lý, trả lời kịp thời",
        ),
    )
)
_MAX_SCALE = 9  # one digit key per answer in the transcription form


@dataclass(frozen=True)
class QuestionSummary:
    code: str
    text: str
    scale: tuple[str, ...]
    counts: tuple[int, ...]  # forms per answer, in scale order
    blank: int

    @property
    def answered(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        """The average position (1 … len(scale)), None without answers."""
        return sum(n * c for n, c in enumerate(self.counts, start=1)) / self.answered if self.answered else None

    @property
    def satisfied_share(self) -> float | None:
        """Share of answers in the scale's upper half (e.g. Hài lòng and Rất hài lòng of five)."""
        upper = sum(self.counts[len(self.scale) // 2 + len(self.scale) % 2 :])
        return upper / self.answered if self.answered else None


@dataclass(frozen=True)
class SurveySummary:
    survey_id: int
    name: str
    forms: int
    questions: tuple[QuestionSummary, ...]


def validate_questions(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each question needs a text and a scale of 2–9 answers; codes default to the position and are unique."""
    if not questions:
        raise UserError("Phiếu khảo sát cần ít nhất một câu hỏi.", "A questionnaire needs at least one question.")
    checked, codes = [], set()
    for number, question in enumerate(questions, start=1):
        text, code = clean(question.get("text", "")), clean(str(question.get("code") or number))
        scale = [clean(str(a)) for a in question.get("scale") or FIVE_POINTS if clean(str(a))]
        if not text:
            raise UserError(f"Câu hỏi {number} chưa có nội dung.", f"Question {number} has no text.")
        if not 2 <= len(scale) <= _MAX_SCALE:
            raise UserError(
                f"Câu hỏi {code} cần từ 2 đến {_MAX_SCALE} mức trả lời.",
                f"Question {code} needs 2 to {_MAX_SCALE} answers.",
            )
        if code in codes:
            raise UserError(f'Mã câu hỏi "{code}" bị trùng.', f'Question code "{code}" is repeated.')
        codes.add(code)
        checked.append({"code": code, "group": clean(question.get("group", "")), "text": text, "scale": scale})
    return checked


def _now(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now()).replace(microsecond=0)


@requires(Permission.SETTINGS)
def create_survey(
    session: Session,
    *,
    name: str,
    questions: list[dict[str, Any]] | None = None,
    at: dt.datetime | None = None,
) -> Survey:
    """A new questionnaire (by default the SIPAS factors)."""
    name = clean(name)
    if not name:
        raise UserError("Đợt khảo sát cần có tên.", "The survey needs a name.")
    survey = Survey(
        name=name,
        questions=validate_questions(list(questions or SIPAS_QUESTIONS)),
        active=True,
        created_by=acting_name(session),
        created_at=_now(at),
    )
    session.add(survey)
    session.flush()
    return survey


@requires(Permission.VIEW)
def get_survey(session: Session, survey_id: int) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise UserError(f"Không có đợt khảo sát số {survey_id}.", f"No survey number {survey_id}.")
    return survey


def _form_count(session: Session, survey_id: int) -> int:
    return session.exec(
        select(func.count()).select_from(SurveyResponse).where(SurveyResponse.survey_id == survey_id)
    ).one()


@requires(Permission.SETTINGS)
def update_survey(
    session: Session,
    survey_id: int,
    *,
    name: str | None = None,
    questions: list[dict[str, Any]] | None = None,
    active: bool | None = None,
) -> Survey:
    """Rename, (de)activate, or change the questions of a survey that has no keyed forms yet."""
    survey = get_survey(session, survey_id)
    if name is not None:
        if not clean(name):
            raise UserError("Đợt khảo sát cần có tên.", "The survey needs a name.")
        survey.name = clean(name)
    if questions is not None:
        checked = validate_questions(questions)
        if checked != survey.questions and _form_count(session, survey_id):
            raise UserError(
                "Đã nhập phiếu của đợt này nên không sửa được câu hỏi: hãy tạo đợt khảo sát mới.",
                "Forms were keyed for this survey: create a new survey to change its questions.",
            )
        survey.questions = checked
    if active is not None:
        survey.active = active
    session.add(survey)
    session.flush()
    return survey


@requires(Permission.VIEW)
def list_surveys(session: Session) -> list[tuple[Survey, int]]:
    """Every survey, newest first, with its number of keyed forms."""
    counts = {
        survey_id: count
        for survey_id, count in session.exec(
            select(col(SurveyResponse.survey_id), func.count()).group_by(col(SurveyResponse.survey_id))
        ).all()
    }
    return [(s, counts.get(stored_id(s), 0)) for s in session.exec(select(Survey).order_by(col(Survey.id).desc()))]


def _answers(survey: Survey, answers: list[Any]) -> dict[str, int | None]:
    questions = survey.questions
    if len(answers) != len(questions):
        raise UserError(
            f"Phiếu có {len(questions)} câu hỏi, đã nhập {len(answers)} câu trả lời.",
            f"The form has {len(questions)} questions; {len(answers)} answers were keyed.",
        )
    checked: dict[str, int | None] = {}
    for question, answer in zip(questions, answers):
        try:
            choice = 0 if answer in (None, "") else int(answer)
        except (TypeError, ValueError):
            choice = -1
        if not 0 <= choice <= len(question["scale"]):
            raise UserError(
                f"Câu {question['code']}: trả lời {choice} không có (1–{len(question['scale'])}, 0 là để trống).",
                f"Question {question['code']}: no answer {choice}.",
            )
        checked[question["code"]] = choice or None
    return checked


@requires(Permission.RATE)
def record_response(
    session: Session,
    survey_id: int,
    *,
    answers: list[Any],
    keyed_by: str,
    form_no: str = "",
    comment: str = "",
    at: dt.datetime | None = None,
) -> SurveyResponse:
    """Key one paper form: answers in question order; a form number is unique within its survey."""
    survey, form_no = get_survey(session, survey_id), clean(form_no)
    if not survey.active:
        raise UserError(f'Đợt khảo sát "{survey.name}" đã đóng.', f'The survey "{survey.name}" is closed.')
    if not clean(keyed_by):
        raise UserError("Chưa ghi người nhập phiếu.", "Who keyed the form is missing.")
    checked = _answers(survey, answers)
    if (
        form_no
        and session.exec(
            select(SurveyResponse.id).where(SurveyResponse.survey_id == survey_id, SurveyResponse.form_no == form_no)
        ).first()
    ):
        raise UserError(f"Phiếu số {form_no} đã được nhập.", f"Form {form_no} was already keyed.")
    response = SurveyResponse(
        survey_id=survey_id,
        form_no=form_no,
        answers=checked,
        comment=clean(comment),
        keyed_by=clean(keyed_by),
        keyed_at=_now(at),
    )
    session.add(response)
    session.flush()
    return response


@requires(Permission.VIEW)
def next_form_no(session: Session, survey_id: int) -> str:
    """The number after the highest numeric form number keyed for the survey ("1" for the first)."""
    numbers = [
        int(n)
        for n in session.exec(select(SurveyResponse.form_no).where(SurveyResponse.survey_id == survey_id))
        if n.isdigit()
    ]
    return str(max(numbers, default=0) + 1)


@requires(Permission.VIEW)
def recent_responses(session: Session, survey_id: int, limit: int = 20) -> list[SurveyResponse]:
    return list(
        session.exec(
            select(SurveyResponse)
            .where(SurveyResponse.survey_id == survey_id)
            .order_by(col(SurveyResponse.id).desc())
            .limit(limit)
        )
    )


@requires(Permission.VIEW)
def survey_summary(session: Session, survey_id: int) -> SurveySummary:
    """Forms keyed, and for each question the forms per answer, blanks, mean and share satisfied."""
    survey = get_survey(session, survey_id)
    rows = list(session.exec(select(SurveyResponse.answers).where(SurveyResponse.survey_id == survey_id)))
    summaries = []
    for q in survey.questions:
        counts = [0] * len(q["scale"])
        blank = 0
        for answers in rows:
            choice = answers.get(q["code"])
            if choice:
                counts[choice - 1] += 1
            else:
                blank += 1
        summaries.append(QuestionSummary(q["code"], q["text"], tuple(q["scale"]), tuple(counts), blank))
    return SurveySummary(survey_id, survey.name, len(rows), tuple(summaries))
