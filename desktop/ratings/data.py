"""Worker-side functions of the Ratings screen: each takes a session, calls core, returns plain data.

Run through `Operations.run`; never touch a widget here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from core.documents import render_bytes
from core.documents.forms_evaluation import build_evaluation_sheet
from core.models import stored_id
from core.satisfaction import evaluation, surveys
from core.satisfaction.figures import Figures, satisfaction_figures
from core.satisfaction.workbook import write_xlsx
from core.security.access import acting_name

__all__ = [
    "SurveyItem",
    "SurveyState",
    "export_figures",
    "fetch_figures",
    "fetch_sheet",
    "fetch_survey_state",
    "fetch_surveys",
    "key_form",
    "new_survey",
    "save_survey",
    "sheet_pdf",
    "store_sheet",
]


def fetch_figures(session: Session, since: dt.date, until: dt.date) -> Figures:
    return satisfaction_figures(session, since, until)


def export_figures(session: Session, since: dt.date, until: dt.date, path: str) -> Path:
    return write_xlsx(satisfaction_figures(session, since, until), path)


def fetch_sheet(session: Session, code: str) -> evaluation.Sheet:
    return evaluation.get_sheet(session, code)


def store_sheet(
    session: Session, code: str, *, self_scores: list[Any], reviewed: list[Any], notes: list[str]
) -> evaluation.Sheet:
    return evaluation.save_sheet(session, code, self_scores=self_scores, reviewed=reviewed, notes=notes)


def sheet_pdf(session: Session, code: str) -> bytes:
    return render_bytes(build_evaluation_sheet(session, code))


@dataclass(frozen=True)
class SurveyItem:
    """A questionnaire as the screens show it: its questions (plain dicts) and forms keyed so far."""

    id: int
    name: str
    questions: tuple[dict[str, Any], ...]
    active: bool
    forms: int


def fetch_surveys(session: Session) -> list[SurveyItem]:
    return [
        SurveyItem(stored_id(s), s.name, tuple(s.questions), s.active, count)
        for s, count in surveys.list_surveys(session)
    ]


@dataclass(frozen=True)
class SurveyState:
    """What the transcription form needs after each form: the next number and the latest forms keyed."""

    survey: SurveyItem
    next_form_no: str
    recent: tuple[tuple[str, str, dt.datetime], ...]  # (form number, keyed by, keyed at)
    summary: surveys.SurveySummary


def fetch_survey_state(session: Session, survey_id: int) -> SurveyState:
    survey, summary = surveys.get_survey(session, survey_id), surveys.survey_summary(session, survey_id)
    item = SurveyItem(stored_id(survey), survey.name, tuple(survey.questions), survey.active, summary.forms)
    recent = tuple((r.form_no, r.keyed_by, r.keyed_at) for r in surveys.recent_responses(session, survey_id, 8))
    return SurveyState(item, surveys.next_form_no(session, survey_id), recent, summary)


def key_form(session: Session, survey_id: int, *, answers: list[int | None], form_no: str, comment: str) -> SurveyState:
    """Record one paper form, then read the state for the next one."""
    surveys.record_response(
        session, survey_id, answers=answers, form_no=form_no, comment=comment, keyed_by=acting_name(session)
    )
    session.flush()
    return fetch_survey_state(session, survey_id)


def new_survey(session: Session, *, name: str) -> int:
    """A new questionnaire with the SIPAS factors; returns its id."""
    return stored_id(surveys.create_survey(session, name=name))


def save_survey(session: Session, survey_id: int, *, name: str, questions: list[dict[str, Any]], active: bool) -> int:
    return stored_id(surveys.update_survey(session, survey_id, name=name, questions=questions, active=active))
