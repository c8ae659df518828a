"""Checks for the office settings an admin may change by hand (`motcua settings set`).

Each known key has a checker that returns the normalised value or raises a Vietnamese `UserError`;
keys that other modules manage themselves (mappings, outage records) are not editable here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from core.errors import UserError
from core.office import DEFAULT_SETTINGS, IDLE_LOCK_MAX
from core.text import clean

__all__ = ["EDITABLE", "check_setting"]

_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
_TARGET_KEYS = tuple(DEFAULT_SETTINGS["targets"])
_SIGNER_KEYS = tuple(DEFAULT_SETTINGS["signers"])


def _bad(key: str, what: str) -> UserError:
    return UserError(f"Giá trị của \"{key}\" không hợp lệ: {what}.", f"Invalid value for \"{key}\": {what}.")


def _rate(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise _bad(key, "cần một tỉ lệ từ 0 đến 1, ví dụ 0.97")
    return float(value)


def _targets(value: Any) -> dict[str, float]:
    if not isinstance(value, dict) or not value or any(k not in _TARGET_KEYS for k in value):
        raise _bad("targets", "các khóa được phép: " + ", ".join(_TARGET_KEYS))
    return {**DEFAULT_SETTINGS["targets"], **{k: _rate(f"targets.{k}", v) for k, v in value.items()}}


def _signers(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or any(k not in _SIGNER_KEYS for k in value):
        raise _bad("signers", "các khóa được phép: " + ", ".join(_SIGNER_KEYS))
    return {**DEFAULT_SETTINGS["signers"], **{k: clean(str(v)) for k, v in value.items()}}


def _week(value: Any) -> list[int]:
    if not isinstance(value, list) or not value or any(type(d) is not int or d not in range(7) for d in value):
        raise _bad("office_week", "danh sách thứ trong tuần, 0 = thứ Hai … 6 = Chủ nhật, ví dụ [0,1,2,3,4]")
    return sorted(set(value))


def _cutoff(value: Any) -> str:
    if not isinstance(value, str) or not _TIME.match(value):
        raise _bad("same_day_cutoff", "giờ dạng HH:MM, ví dụ 15:00")
    return value


def _period(value: Any) -> str:
    if value not in ("calendar", "decree09"):
        raise _bad("report_period", "calendar (tháng dương lịch) hoặc decree09 (từ ngày 15 tháng trước đến 14)")
    return value


def _due_day(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 28:
        raise _bad("report_due_day", "một ngày từ 1 đến 28")
    return value


def _field_targets(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise _bad("satisfaction_field_targets", "một bảng lĩnh vực → tỉ lệ, ví dụ {\"Đất đai\": 0.9}")
    return {clean(k): _rate(f"satisfaction_field_targets.{k}", v) for k, v in value.items()}


def _text(key: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise _bad(key, "cần một chuỗi chữ")
        return clean(value)
    return check


def _csv_separator(value: Any) -> str:
    if value == "\t":
        return "tab"
    if value not in (";", ",", "tab"):
        raise _bad("csv_separator", "\";\" (Excel theo định dạng Việt Nam), \",\" hoặc tab")
    return value


def _idle_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= IDLE_LOCK_MAX:
        raise _bad("idle_lock_minutes", f"số phút từ 0 (không bao giờ khoá) đến {IDLE_LOCK_MAX}")
    return value


#: What an admin may set, with its check.
EDITABLE: dict[str, Callable[[Any], Any]] = {
    "targets": _targets, "signers": _signers, "office_week": _week, "same_day_cutoff": _cutoff,
    "report_period": _period, "report_due_day": _due_day, "report_recipient": _text("report_recipient"),
    "satisfaction_field_targets": _field_targets, "csv_separator": _csv_separator,
    "idle_lock_minutes": _idle_minutes,
}


def check_setting(key: str, value: Any) -> Any:
    """The value to store for ``key``, or a `UserError` saying what is wrong."""
    if key not in EDITABLE:
        raise UserError(f"Không sửa được cài đặt \"{key}\" bằng lệnh này; các cài đặt sửa được: "
                        + ", ".join(sorted(EDITABLE)) + ".", f"Setting \"{key}\" cannot be set here.")
    return EDITABLE[key](value)
