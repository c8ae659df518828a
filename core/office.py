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

__all__ = ["get_office", "require_office", "init_office", "get_setting", "set_setting", "DEFAULT_SETTINGS"]

_UNIT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.]{0,39}$")

#: Settings every office starts with; an admin edits them.
DEFAULT_SETTINGS: dict[str, Any] = {
    "office_week": [0, 1, 2, 3, 4],
    "same_day_cutoff": "15:00",
    "report_period": "calendar",  # calendar | decree09
    "report_due_day": 5,
    "csv_separator": ";",  # ; (Excel under a Vietnamese regional format) | , | tab: how CSV exports are separated
    "backup_second_folder": "",  # a second folder for backups (USB stick, network share); "" = none
    "targets": {"on_time_rate": 0.97, "online_rate": 0.75, "digitized_rate": 0.95,
                "online_payment_rate": 0.70, "apology_coverage": 1.0, "satisfaction_rate": 0.95},
    "signers": {"receiver_title": "NGƯỜI TIẾP NHẬN HỒ SƠ", "chairman_title": "CHỦ TỊCH",
                "chairman_prefix": "TM. ỦY BAN NHÂN DÂN", "chairman_name": ""},
}


_OFFICE, _SETTING_KEYS = "office_row", "setting_keys"


def _this_transaction(session: Session, slot: str) -> Any:
    """What ``slot`` remembered during the session's current transaction (None after it ended)."""
    kept = session.info.get(slot)
    return kept[1] if kept is not None and kept[0] is session.get_transaction() else None


@requires(Permission.VIEW)
def get_office(session: Session) -> Office | None:
    """The office row. Found by query once per transaction; later calls take it from the session's
    identity map (no SQL) while it is still there."""
    kept = _this_transaction(session, _OFFICE)  # the row itself: the identity map only holds it weakly
    if kept is not None:
        office = session.get(Office, kept.id)  # the identity map (gone if deleted): no query
        if office is not None:
            return office
    office = session.exec(select(Office).order_by(Office.id)).first()
    if office is not None and office.id is not None:
        session.info[_OFFICE] = (session.get_transaction(), office)
    return office


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
    """The stored value of ``key``, else its default.

    The keys stored are read once per transaction (one query, the rows into the identity map), so an
    intake asking for five settings the office never changed makes one query, not five. A setting
    added in this transaction is still seen: it is pending (``session.new``) or, once flushed, in the
    identity map."""
    rows = _this_transaction(session, _SETTING_KEYS)  # held here: the identity map only holds them weakly
    if rows is None:
        rows = {row.key: row for row in session.exec(select(Setting))}
        session.info[_SETTING_KEYS] = (session.get_transaction(), rows)
    if (key in rows or session.identity_map.get(session.identity_key(Setting, key)) is not None
            or any(isinstance(obj, Setting) for obj in session.new)):
        row = session.get(Setting, key)
        if row is not None:
            return row.value
    return DEFAULT_SETTINGS.get(key)


@requires(Permission.SETTINGS)
def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key) or Setting(key=key)
    row.value = value
    session.add(row)
    session.flush()
