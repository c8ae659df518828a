"""The evaluation sheet of a dossier (docs/domain.md §3.1): nine indicators, 2 points each, 18 in all.

The office scores itself (điểm tự chấm), a reviewer scores again (điểm thẩm định); each total gets a
grade from the bands below. The source system's bands leave exactly 15 points without a grade (">15
Xuất sắc; 12–<15 Tốt"): every other band includes its lower bound, so here a band is "from ``min``
points up" and 15 is Xuất sắc. The bands are office data (the setting ``evaluation_grades``), because
the official cut-offs may be provincial.

A sheet is kept only for the dossiers the office evaluates. Indicators 1 (time against the law) and 3
(times the citizen had to come back to complete the dossier) are suggested from the dossier's own
history; the clerk confirms or changes them. Saving is recorded as the dossier's event ``evaluated``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, func, select

from core.dossiers import get_dossier, record_event
from core.errors import UserError
from core.models import Dossier, DossierEvent, EvaluationSheet
from core.office import get_setting, set_setting
from core.office_settings import office_settings
from core.security.access import Permission, acting_name, requires
from core.settings_catalog import declared
from core.text import clean

__all__ = [
    "DEFAULT_GRADES",
    "GRADES_KEY",
    "INDICATORS",
    "MAX_POINTS",
    "TOTAL_POINTS",
    "Indicator",
    "Sheet",
    "get_sheet",
    "grade_bands",
    "grade_of",
    "save_sheet",
    "set_grade_bands",
    "suggested_scores",
]

INDICATORS = (
    "Tổng thời gian giải quyết thủ tục hành chính so với quy định của pháp luật",
    "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết (kể cả đơn vị phối hợp)",
    "Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính "
    "(kể cả liên hệ theo hình thức trực tuyến)",
    "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính "
    "(kể cả liên hệ theo hình thức trực tuyến)",
    "Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa",
    "Công khai các thủ tục hành chính",
    "Thái độ của cán bộ, công chức, viên chức khi hướng dẫn lập hồ sơ, tiếp nhận hồ sơ và giải quyết "
    "thủ tục hành chính",
    "Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, cá nhân",
    "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền",
)
MAX_POINTS = 2
TOTAL_POINTS = MAX_POINTS * len(INDICATORS)
GRADES_KEY = "evaluation_grades"
#: (from this many points up, grade), highest first; the last band starts at 0.
DEFAULT_GRADES: tuple[tuple[float, str], ...] = tuple(
    (b["min"], b["label"]) for b in declared(GRADES_KEY).default
)  # 15 Xuất sắc … 0 Yếu


@dataclass(frozen=True)
class Indicator:
    number: int
    name: str
    self_score: int | None
    reviewed: int | None
    note: str
    max_points: int = MAX_POINTS


@dataclass(frozen=True)
class Sheet:
    """A dossier's sheet as shown and printed; ``saved`` is False for a new sheet with suggestions."""

    code: str
    procedure: str
    field: str
    applicant: str
    profile: str
    indicators: tuple[Indicator, ...]
    bands: tuple[tuple[float, str], ...]
    saved: bool = False
    scored_by: str = ""
    scored_at: dt.datetime | None = None
    reviewed_by: str = ""
    reviewed_at: dt.datetime | None = None

    def total(self, which: str = "self") -> int | None:
        """The total of the self-scores (``which="self"``) or reviewed scores; None until all nine are given."""
        values = [i.self_score if which == "self" else i.reviewed for i in self.indicators]
        return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]

    def grade(self, which: str = "self") -> str:
        total = self.total(which)
        return "" if total is None else grade_of(total, self.bands)


def grade_of(total: float, bands: tuple[tuple[float, str], ...] = DEFAULT_GRADES) -> str:
    for lowest, label in bands:
        if total >= lowest:
            return label
    return bands[-1][1]


@requires(Permission.VIEW)
def grade_bands(session: Session) -> tuple[tuple[float, str], ...]:
    return office_settings(session).evaluation_grades or DEFAULT_GRADES


@requires(Permission.SETTINGS)
def set_grade_bands(session: Session, bands: list[tuple[float, str]]) -> tuple[tuple[float, str], ...]:
    """Replace the bands: lower bounds strictly decreasing from at most 18 down to 0, each with a name."""
    set_setting(session, GRADES_KEY, [[lowest, label] for lowest, label in bands])  # checked by its declaration
    checked = [(b["min"], b["label"]) for b in get_setting(session, GRADES_KEY)]
    return tuple(checked)


@requires(Permission.VIEW)
def suggested_scores(session: Session, dossier: Dossier) -> list[int | None]:
    """Scores the dossier's history supports: indicator 1 from its timing, 3 from its supplement requests."""
    scores: list[int | None] = [None] * len(INDICATORS)
    if dossier.result_at is not None:
        if dossier.result_at.date() < dossier.due_at.date():
            scores[0] = 2  # early (docs/rules.md §5)
        else:
            scores[0] = 1 if dossier.result_at <= dossier.due_at else 0
        supplements = session.exec(
            select(func.count())
            .select_from(DossierEvent)
            .where(DossierEvent.dossier_id == dossier.id, DossierEvent.kind == "supplement_requested")
        ).one()
        scores[2] = max(0, MAX_POINTS - supplements)
    return scores


def _row(session: Session, dossier: Dossier) -> EvaluationSheet | None:
    return session.exec(select(EvaluationSheet).where(EvaluationSheet.dossier_id == dossier.id)).first()


@requires(Permission.VIEW)
def get_sheet(session: Session, code: str) -> Sheet:
    """The dossier's saved sheet, or a new one with the suggested scores."""
    dossier = get_dossier(session, code)
    row, bands = _row(session, dossier), grade_bands(session)
    if row is None:
        stored: list[dict[str, Any]] = [
            {"self": s, "reviewed": None, "note": ""} for s in suggested_scores(session, dossier)
        ]
    else:
        stored = list(row.scores) + [{}] * (len(INDICATORS) - len(row.scores))
    indicators = tuple(
        Indicator(n, name, s.get("self"), s.get("reviewed"), s.get("note", ""))
        for n, (name, s) in enumerate(zip(INDICATORS, stored), start=1)
    )
    extra: dict[str, Any] = (
        {}
        if row is None
        else {
            "saved": True,
            "scored_by": row.scored_by,
            "scored_at": row.scored_at,
            "reviewed_by": row.reviewed_by,
            "reviewed_at": row.reviewed_at,
        }
    )
    return Sheet(
        dossier.code,
        dossier.procedure_name,
        dossier.field,
        dossier.applicant_name,
        dossier.profile,
        indicators,
        bands,
        **extra,
    )


def _points(values: list[Any] | None, what: str) -> list[int | None] | None:
    if values is None:
        return None
    if len(values) != len(INDICATORS):
        raise UserError(f"Cần đủ {len(INDICATORS)} chỉ số.", f"All {len(INDICATORS)} indicators are needed.")
    points: list[int | None] = []
    for number, value in enumerate(values, start=1):
        if value is None or value == "":
            points.append(None)
            continue
        try:
            point = int(str(value).strip())
        except ValueError:
            point = -1
        if not 0 <= point <= MAX_POINTS:
            raise UserError(
                f'{what} chỉ số {number} là "{value}": cần 0, 1 hoặc {MAX_POINTS}.',
                f'{what} of indicator {number} is "{value}": 0, 1 or {MAX_POINTS}.',
            )
        points.append(point)
    return points


@requires(Permission.EVALUATE)
def save_sheet(
    session: Session,
    code: str,
    *,
    self_scores: list[Any] | None = None,
    reviewed: list[Any] | None = None,
    notes: list[str] | None = None,
    at: dt.datetime | None = None,
) -> Sheet:
    """Save the self-scores and/or reviewed scores (None leaves them as they are) and the notes."""
    dossier, at = get_dossier(session, code), (at or dt.datetime.now()).replace(second=0, microsecond=0)
    own, checked = _points(self_scores, "Điểm tự chấm"), _points(reviewed, "Điểm thẩm định")
    current = get_sheet(session, code)
    assert dossier.id is not None, "a stored dossier"
    row = _row(session, dossier) or EvaluationSheet(dossier_id=dossier.id)
    if own is not None:
        row.scored_by, row.scored_at = acting_name(session), at
    if checked is not None:
        row.reviewed_by, row.reviewed_at = acting_name(session), at
    row.scores = [
        {
            "self": own[n] if own is not None else i.self_score,
            "reviewed": checked[n] if checked is not None else i.reviewed,
            "note": clean(notes[n]) if notes is not None and n < len(notes) else i.note,
        }
        for n, i in enumerate(current.indicators)
    ]
    session.add(row)
    session.flush()
    saved = get_sheet(session, code)
    record_event(
        session,
        dossier,
        "evaluated",
        at=at,
        self_total=saved.total("self"),
        reviewed_total=saved.total("reviewed"),
        grade=saved.grade("reviewed") or saved.grade("self"),
    )
    session.flush()
    return saved
