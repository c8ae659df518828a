"""A citizen's rating of a returned dossier: Không hài lòng / Hài lòng / Rất hài lòng (docs/domain.md §3.1).

One rating per dossier, given after the result is returned, by the citizen at the desk's rating window
or, on the citizen's word, by the clerk (``entered_by`` says which). A mistaken rating is corrected
with a reason, never rated twice. Every change is an event of the dossier:

- ``rated`` {level, entered_by, comment}
- ``rating_commented`` {comment}: the citizen's optional comment, added after pressing a level
- ``rating_corrected`` {old, new, reason}
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from core.dossiers import get_dossier, record_event
from core.errors import UserError
from core.models import Dossier, Rating
from core.security.access import Permission, acting_name, requires
from core.text import clean

__all__ = [
    "ENTERED_BY",
    "LEVELS",
    "RatingPrompt",
    "add_comment",
    "correct_rating",
    "rate",
    "rating_of",
    "rating_prompt",
    "validate_level",
]

#: The three levels of a one-stop evaluation device, as the forms word them.
LEVELS = {1: "Không hài lòng", 2: "Hài lòng", 3: "Rất hài lòng"}
ENTERED_BY = {"citizen": "Công dân tự đánh giá", "clerk": "Cán bộ nhập theo ý kiến công dân"}
DEFAULT_OFFICER = "Bộ phận Một cửa"
_MAX_COMMENT = 2000


@dataclass(frozen=True)
class RatingPrompt:
    """What the citizen-facing window shows: the procedure and the officer, nothing else."""

    code: str
    procedure: str
    officer: str


def _now(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now()).replace(second=0, microsecond=0)


def validate_level(level: object) -> int:
    """1, 2 or 3 (also as text); anything else is refused in one line."""
    try:
        value = int(str(level).strip())
    except ValueError:
        value = 0
    if value not in LEVELS:
        raise UserError(
            f'Mức đánh giá "{level}" không hợp lệ: 1 (không hài lòng), 2 (hài lòng) hoặc 3 (rất hài lòng).',
            f'Invalid rating level "{level}": 1, 2 or 3.',
        )
    return value


def _comment(text: str) -> str:
    comment = clean(text)
    if len(comment) > _MAX_COMMENT:
        raise UserError(
            f"Góp ý dài quá {_MAX_COMMENT} ký tự.", f"The comment is longer than {_MAX_COMMENT} characters."
        )
    return comment


@requires(Permission.VIEW)
def rating_of(session: Session, dossier: Dossier) -> Rating | None:
    return session.exec(select(Rating).where(col(Rating.dossier_id) == dossier.id).order_by(col(Rating.id))).first()


def _returned(session: Session, code: str) -> Dossier:
    dossier = get_dossier(session, code)
    if dossier.returned_at is None:
        raise UserError(
            f"Hồ sơ {dossier.code} chưa trả kết quả: chỉ đánh giá sau khi trả kết quả.",
            f"Dossier {dossier.code} has not been returned yet: rate it after the return.",
        )
    return dossier


@requires(Permission.VIEW)
def rating_prompt(session: Session, code: str) -> RatingPrompt:
    """The rating window's text for a returned dossier not rated yet."""
    dossier = _returned(session, code)
    _not_rated(session, dossier)
    return RatingPrompt(dossier.code, dossier.procedure_name, clean(dossier.handler) or DEFAULT_OFFICER)


def _not_rated(session: Session, dossier: Dossier) -> None:
    if rating_of(session, dossier) is not None:
        raise UserError(
            f"Hồ sơ {dossier.code} đã được đánh giá; muốn sửa đánh giá cần ghi lý do.",
            f"Dossier {dossier.code} is already rated; a correction needs a reason.",
        )


@requires(Permission.RATE)
def rate(
    session: Session,
    code: str,
    *,
    level: int | str,
    comment: str = "",
    entered_by: str = "citizen",
    at: dt.datetime | None = None,
) -> Rating:
    """Record the rating of the returned dossier ``code``; a second rating is refused."""
    level, comment = validate_level(level), _comment(comment)
    if entered_by not in ENTERED_BY:
        raise UserError(
            f'Người nhập "{entered_by}" không hợp lệ: citizen hoặc clerk.',
            f'Unknown entered_by "{entered_by}": citizen or clerk.',
        )
    dossier = _returned(session, code)
    _not_rated(session, dossier)
    at = _now(at)
    assert dossier.returned_at is not None, "_returned refuses the others"
    if at < dossier.returned_at:
        raise UserError("Thời điểm đánh giá trước lúc trả kết quả.", "Rated before the result was returned.")
    rating = Rating(
        dossier_id=dossier.id, at=at, level=level, comment=comment, entered_by=entered_by, actor=acting_name(session)
    )
    session.add(rating)
    record_event(session, dossier, "rated", at=at, level=level, entered_by=entered_by, comment=comment)
    session.flush()
    return rating


def _rated(session: Session, code: str) -> tuple[Dossier, Rating]:
    dossier = get_dossier(session, code)
    rating = rating_of(session, dossier)
    if rating is None:
        raise UserError(f"Hồ sơ {dossier.code} chưa có đánh giá.", f"Dossier {dossier.code} has no rating.")
    return dossier, rating


@requires(Permission.RATE)
def add_comment(session: Session, code: str, *, comment: str, at: dt.datetime | None = None) -> Rating:
    """Add the citizen's optional comment to the rating just given (a comment already there stays)."""
    dossier, rating = _rated(session, code)
    comment = _comment(comment)
    if not comment:
        return rating
    if rating.comment:
        raise UserError("Đánh giá đã có góp ý; muốn sửa cần ghi lý do.", "The rating already has a comment.")
    rating.comment = comment
    session.add(rating)
    record_event(session, dossier, "rating_commented", at=_now(at), comment=comment)
    session.flush()
    return rating


@requires(Permission.OVERRIDE)
def correct_rating(
    session: Session,
    code: str,
    *,
    level: int | str,
    reason: str,
    comment: str | None = None,
    at: dt.datetime | None = None,
) -> Rating:
    """Correct a mistaken rating (e.g. the clerk pressed the wrong key), keeping the old level and the reason."""
    dossier, rating = _rated(session, code)
    level, reason = validate_level(level), clean(reason)
    if not reason:
        raise UserError("Cần ghi lý do sửa đánh giá.", "A reason for the correction is needed.")
    new_comment = rating.comment if comment is None else _comment(comment)
    if level == rating.level and new_comment == rating.comment:
        raise UserError("Đánh giá mới giống đánh giá cũ.", "The new rating is the same as the old one.")
    old = rating.level
    rating.level, rating.comment = level, new_comment
    session.add(rating)
    record_event(session, dossier, "rating_corrected", at=_now(at), old=old, new=level, reason=reason)
    session.flush()
    return rating
