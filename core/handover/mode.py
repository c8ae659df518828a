"""How the office works with the provincial system: "offline-first" or "outage only", and outage mode.

The province's one-stop information system is the system of record (docs/domain.md §3.2: the share of
dossiers synchronised to the national portal is itself an indicator). This app keeps the desk working
while the network is down; every dossier accepted here that the province does not have yet is "to be
entered" (``pending``) until the clerk enters it there and records the provincial code.

- ``offline-first``: every new dossier is accepted here first, so every one is to be entered.
- ``outage-only`` (the default): the clerk enters dossiers in the provincial system directly and
  uses this app only while the network is down; dossiers accepted during an outage are to be entered.

Both settings are kept with who set them and when. Outages are a list of periods
(``[{"from", "from_by", "to", "to_by"}]``), so the office can show when the network was down.
This module depends only on the models and the settings: `core.dossiers.intake` calls
`initial_state` to decide the state of a new dossier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from core.errors import UserError
from core.office import get_setting, set_setting
from core.security.access import Permission, acting_name, requires

__all__ = ["MODES", "STATES", "HandoverMode", "get_mode", "initial_state", "outage_periods", "set_mode", "set_outage"]

#: Hand-over states of a dossier and how the desk names them.
STATES = {"not_needed": "Không cần nhập", "pending": "Chờ nhập vào hệ thống tỉnh", "entered": "Đã nhập"}
#: The office's ways of working with the provincial system.
MODES = {
    "offline-first": "Tiếp nhận tại đây trước (mọi hồ sơ đều phải nhập lên hệ thống tỉnh)",
    "outage-only": "Chỉ khi mất mạng (hồ sơ tiếp nhận lúc mất mạng phải nhập lên hệ thống tỉnh)",
}
DEFAULT_MODE = "outage-only"
_MODE_KEY, _OUTAGES_KEY = "handover_mode", "handover_outages"
_FMT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class HandoverMode:
    """The office's mode and whether an outage is on now (with who switched it on, when)."""

    mode: str
    mode_by: str
    mode_at: dt.datetime | None
    outage_on: bool
    outage_since: dt.datetime | None
    outage_by: str


def _moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.strptime(text, _FMT) if text else None


def _now(at: dt.datetime | None) -> dt.datetime:
    return (at or dt.datetime.now()).replace(second=0, microsecond=0)


@requires(Permission.VIEW)
def outage_periods(session: Session) -> list[dict[str, Any]]:
    """Every outage recorded, oldest first: ``{"from", "from_by", "to", "to_by"}`` ("to" None while on)."""
    return [dict(period) for period in (get_setting(session, _OUTAGES_KEY) or [])]


@requires(Permission.VIEW)
def get_mode(session: Session) -> HandoverMode:
    stored = get_setting(session, _MODE_KEY) or {}
    periods = outage_periods(session)
    current = periods[-1] if periods and not periods[-1].get("to") else None
    return HandoverMode(
        mode=stored.get("mode", DEFAULT_MODE),
        mode_by=stored.get("by", ""),
        mode_at=_moment(stored.get("at")),
        outage_on=current is not None,
        outage_since=_moment(current["from"]) if current else None,
        outage_by=current.get("from_by", "") if current else "",
    )


@requires(Permission.SETTINGS)
def set_mode(session: Session, mode: str, *, at: dt.datetime | None = None) -> HandoverMode:
    """Choose ``offline-first`` or ``outage-only``; applies to dossiers accepted from now on."""
    if mode not in MODES:
        raise UserError(
            f'Chế độ "{mode}" không hợp lệ: offline-first hoặc outage-only.',
            f'Invalid mode "{mode}": offline-first or outage-only.',
        )
    set_setting(session, _MODE_KEY, {"mode": mode, "by": acting_name(session), "at": f"{_now(at):{_FMT}}"})
    return get_mode(session)


@requires(Permission.HANDOVER)
def set_outage(session: Session, on: bool, *, at: dt.datetime | None = None) -> HandoverMode:
    """Switch outage mode on (a new period starts) or off (the open period ends); idempotent."""
    periods = outage_periods(session)
    is_on = bool(periods) and not periods[-1].get("to")
    moment = f"{_now(at):{_FMT}}"
    if on and not is_on:
        periods.append({"from": moment, "from_by": acting_name(session), "to": None, "to_by": ""})
    elif not on and is_on:
        if moment < periods[-1]["from"]:
            raise UserError(
                "Thời điểm kết thúc mất mạng trước thời điểm bắt đầu.", "The outage cannot end before it began."
            )
        periods[-1].update({"to": moment, "to_by": acting_name(session)})
    else:
        return get_mode(session)
    set_setting(session, _OUTAGES_KEY, periods)
    return get_mode(session)


def initial_state(session: Session, received: dt.datetime) -> str:
    """The hand-over state of a dossier accepted at ``received``: ``pending`` or ``not_needed``.

    Pending in offline-first mode, while an outage is on, or when ``received`` falls inside a recorded
    outage (a dossier keyed in afterwards with its real acceptance moment).
    """
    state = get_mode(session)
    if state.mode == "offline-first" or state.outage_on:
        return "pending"
    moment = f"{received:{_FMT}}"
    for period in outage_periods(session):
        if period["from"] <= moment and (not period.get("to") or moment < period["to"]):
            return "pending"
    return "not_needed"
