"""The office itself: unit code, name, place, and its settings."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlmodel import Session, select

from core.access import Permission, requires
from core.errors import UserError
from core.models import Office, Setting
from core.text import clean

__all__ = ["get_office", "require_office", "init_office", "get_setting", "set_setting", "DEFAULT_SETTINGS",
           "idle_lock_minutes", "IDLE_LOCK_MAX"]

_UNIT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.]{0,39}$")

#: Settings every office starts with; an admin edits them.
DEFAULT_SETTINGS: dict[str, Any] = {
    "office_week": [0, 1, 2, 3, 4],
    "same_day_cutoff": "15:00",
    "report_period": "calendar",  # calendar | decree09
    "report_due_day": 5,
    "csv_separator": ";",  # ; (Excel under a Vietnamese regional format) | , | tab: how CSV exports are separated
    "backup_second_folder": "",
    "idle_lock_minutes": 15,  # a desk nobody touched for this long logs its user out; 0 = never  # a second folder for backups (USB stick, network share); "" = none
    "targets": {"on_time_rate": 0.97, "online_rate": 0.75, "digitized_rate": 0.95,
                "online_payment_rate": 0.70, "apology_coverage": 1.0, "satisfaction_rate": 0.95},
    "signers": {"receiver_title": "NGƯỜI TIẾP NHẬN HỒ SƠ", "chairman_title": "CHỦ TỊCH",
                "chairman_prefix": "TM. ỦY BAN NHÂN DÂN", "chairman_name": ""},
}


@requires(Permission.VIEW)
def get_office(session: Session) -> Office | None:
    return session.exec(select(Office).order_by(Office.id)).first()


@requires(Permission.VIEW)
def require_office(session: Session) -> Office:
    office = get_office(session)
    if office is None:
        raise UserError("Chưa khai báo cơ quan: hãy chạy \"motcua init --unit-code MÃ --office-name TÊN\".",
                        "No office set up yet: run \"motcua init --unit-code CODE --office-name NAME\".")
    return office


@requires(Permission.SETTINGS)
def init_office(session: Session, *, unit_code: str, name: str, place: str = "",
                parent_name: str = "") -> Office:
    """Create the office, or update its name and place; the unit code of an office with dossiers stays."""
    unit_code = clean(unit_code)
    name = clean(name)
    if not _UNIT_CODE.match(unit_code):
        raise UserError(f"Mã đơn vị \"{unit_code}\" không hợp lệ: chỉ gồm chữ, số và dấu chấm, tối đa 40 ký tự "
                        "(ví dụ H40.25.12).",
                        f"Invalid unit code \"{unit_code}\": letters, digits and dots only, at most 40 "
                        "(e.g. H40.25.12).")
    if not name:
        raise UserError("Tên cơ quan không được để trống.", "The office name cannot be empty.")
    office = get_office(session)
    if office is None:
        office = Office(unit_code=unit_code, name=name, created_at=dt.datetime.now().replace(microsecond=0))
    office.unit_code = unit_code
    office.name = name
    office.place = clean(place)
    office.parent_name = clean(parent_name)
    session.add(office)
    session.flush()
    return office


@requires(Permission.VIEW)
def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is not None:
        return row.value
    return DEFAULT_SETTINGS.get(key)


#: The longest idle time an admin may set before the desk locks (a working day).
IDLE_LOCK_MAX = 480


@requires(Permission.VIEW)
def idle_lock_minutes(session: Session) -> int:
    """Minutes without a key or a mouse move after which the window logs its user out (0: never). A value
    that is not a whole number of minutes in 0…`IDLE_LOCK_MAX` (written by hand) counts as the default."""
    value = get_setting(session, "idle_lock_minutes")
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= IDLE_LOCK_MAX:
        return DEFAULT_SETTINGS["idle_lock_minutes"]
    return value


@requires(Permission.SETTINGS)
def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key) or Setting(key=key)
    row.value = value
    session.add(row)
    session.flush()
