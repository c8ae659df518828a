"""The desk's clock beside the office's clock of record (the trail's last moment): how far apart they are,
and the leader's or admin's acceptance of this desk's time when the recorded moment is the wrong one.

The rule itself (what is refused, what is dated how) is `core.security.trail_clock`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from core.errors import UserError
from core.security.access import Permission, requires
from core.security.audit import CLOCK_ACCEPTED, last_recorded_at, note
from core.security.trail_clock import ClockBehind, is_behind

__all__ = ["ClockBehind", "ClockStatus", "accept_clock", "clock_status"]

ACCEPTED_ACTION = "chấp nhận đồng hồ của máy"


@dataclass(frozen=True)
class ClockStatus:
    """This desk's clock now, the office's last recorded moment, and whether a change would be refused."""

    desk_now: dt.datetime
    last_recorded: dt.datetime | None
    behind: bool


def _status(session: Session) -> ClockStatus:
    now = dt.datetime.now().replace(microsecond=0)
    last = last_recorded_at(session)
    return ClockStatus(now, last, is_behind(last, now))


@requires(Permission.VIEW)
def clock_status(session: Session) -> ClockStatus:
    """Whether this desk's clock is behind what the office has recorded (shown after login, by ``clock``)."""
    return _status(session)


@requires(Permission.OVERRIDE)
def accept_clock(session: Session, *, reason: str) -> ClockStatus:
    """Accept this desk's time although the trail holds a later moment (a clock that ran fast wrote it).

    Written with this session's commit: one trail event, dated by this desk's clock, naming the moment it
    goes back from, who accepted and why. Refused when the clock is not behind (nothing to accept)."""
    reason = " ".join(reason.split())
    if not reason:
        raise UserError(
            "Hãy ghi lý do chấp nhận giờ của máy (ví dụ: máy từng chạy nhanh, đã chỉnh lại).",
            "Give the reason for accepting this computer's time.",
        )
    status = _status(session)
    if not status.behind or status.last_recorded is None:
        raise UserError(
            "Đồng hồ của máy không chậm hơn thời điểm đã ghi trong dữ liệu: không có gì phải chấp nhận.",
            "This computer's clock is not behind the recorded data: there is nothing to accept.",
        )
    if not session.info.get("write"):
        raise RuntimeError("accept_clock needs a writing session (Database.transaction)")
    session.info[CLOCK_ACCEPTED] = True
    note(session, ACCEPTED_ACTION, last_recorded=status.last_recorded.isoformat(" ", "minutes"), reason=reason[:300])
    return ClockStatus(status.desk_now, status.last_recorded, False)
