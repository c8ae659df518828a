"""The trail is the office's clock of record: no change is recorded at a moment earlier than one it holds.

Every moment a service writes (received, handed over, returned, apologised …) comes from the desk's clock,
and so does the moment of the trail event that records it (`core.security.audit.write_chain`). A clock set
back — a dead CMOS battery after a power cut, a wrong time zone, or a clerk who moves the Windows clock to
return a late dossier "on time" — would write the past. So, at every commit (docs/rules.md §9):

- a **change** made while the desk's clock is more than `CLOCK_SLACK` behind the trail's last moment is
  refused with `ClockBehind`: nothing of the transaction is committed;
- a **note** (a print, an export, a backup) and a login's or logout's bookkeeping are still written, so the
  office can sign in, read, print and back up; they are dated at the trail's last moment and keep what the
  desk's clock said (``desk_clock``);
- within the slack (two desks' clocks differ by a few minutes) the event is dated at the trail's last moment:
  the trail's moments never go back;
- a trail that is ahead of the real time (a desk whose clock ran fast wrote something) is set right by a
  leader or an admin with a reason (`core.security.desk_clock.accept_clock`): that one event goes back, and
  says from where, who and why.

Pure rules: no database here.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from core.errors import UserError
from core.limits import CLOCK_SLACK

__all__ = ["ClockBehind", "TrailMoment", "is_behind", "trail_moment"]


class ClockBehind(UserError):
    """The desk's clock is behind the last moment the office recorded: a change now would be dated in the past."""

    def __init__(self, desk_now: dt.datetime, last_recorded: dt.datetime) -> None:
        self.desk_now, self.last_recorded = desk_now, last_recorded
        super().__init__(
            f"Đồng hồ của máy ({desk_now:%H:%M %d/%m/%Y}) đang chậm hơn thời điểm đã ghi gần nhất trong dữ liệu "
            f"({last_recorded:%H:%M %d/%m/%Y}): không ghi được gì cho đến khi sửa, để ngày giờ của hồ sơ không "
            "bị sai. Hãy chỉnh lại ngày giờ của Windows rồi làm lại; nếu chính thời điểm đã ghi là sai (máy từng "
            "chạy nhanh), lãnh đạo hoặc quản trị viên chấp nhận giờ của máy (khi đăng nhập trên máy này, hoặc "
            "motcua clock accept --reason LÝ_DO).",
            f"This computer's clock ({desk_now:%Y-%m-%d %H:%M}) is behind the last moment recorded in the data "
            f"({last_recorded:%Y-%m-%d %H:%M}): nothing can be written until this is set right. Set the Windows "
            "clock right and try again; if the recorded moment is the wrong one (a clock that ran fast), a leader or "
            "an admin accepts this computer's time (when logging in on this computer, or motcua clock accept "
            "--reason REASON).",
        )


class TrailMoment(NamedTuple):
    """When the next trail event is dated, and what the desk's clock said when that is not its own reading."""

    at: dt.datetime
    desk_clock: str | None = None


def is_behind(last_recorded: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether ``now`` is more than the slack before the trail's last moment."""
    return last_recorded is not None and now < last_recorded - CLOCK_SLACK


def trail_moment(
    last_recorded: dt.datetime | None, now: dt.datetime, *, changes: bool, accepted: bool = False
) -> TrailMoment:
    """The moment of the event about to be appended after one dated ``last_recorded`` (module docstring).

    Raises `ClockBehind` for a change while the clock is behind, unless the clock was just ``accepted``."""
    if accepted or last_recorded is None or now >= last_recorded:
        return TrailMoment(now)
    if not is_behind(last_recorded, now):
        return TrailMoment(last_recorded)
    if changes:
        raise ClockBehind(now, last_recorded)
    return TrailMoment(last_recorded, now.isoformat(" ", "minutes"))
