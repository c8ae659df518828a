"""The desk's clock after login: a warning when it is behind what the office has recorded, so the clerk
sets it right before trying to write (docs/rules.md §9; the rule itself is core's)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from core.security.desk_clock import ClockBehind, ClockStatus, clock_status
from desktop.messages import show_error

__all__ = ["read_clock", "warn_if_behind"]


def read_clock(session: Session) -> ClockStatus:
    """This desk's clock beside the office's last recorded moment (worker thread)."""
    return clock_status(session)


def warn_if_behind(window: QWidget, status: ClockStatus) -> None:
    """Say, once after login, that nothing can be written until the clock is right (or accepted)."""
    if status.behind and status.last_recorded is not None:
        show_error(window, ClockBehind(status.desk_now, status.last_recorded).message())
