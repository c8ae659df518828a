"""The office itself: unit code, name, place, and its settings."""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from core.errors import UserError
from core.models import Office, Setting
from core.security.access import Permission, requires
from core.settings_catalog import IDLE_LOCK_MAX, SETTINGS, check_setting, defaults, stored_keys, unknown_setting
from core.text import clean

__all__ = [
    "DEFAULT_SETTINGS",
    "IDLE_LOCK_MAX",
    "SETTINGS_READ",
    "current_settings",
    "get_office",
    "get_setting",
    "init_office",
    "require_office",
    "save_settings",
    "set_setting",
    "transaction_slot",
]

_UNIT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.]{0,39}$")

#: Settings every office starts with, from their declarations (core/settings_catalog.py); an admin edits them.
DEFAULT_SETTINGS: dict[str, Any] = defaults()


_OFFICE, _SETTING_KEYS = "office_row", "setting_keys"
#: Where `core.office_settings` keeps the typed settings it read in the current transaction.
SETTINGS_READ = "office_settings"


@event.listens_for(OrmSession, "before_flush")
def _forget_settings_read(session: OrmSession, _context: Any, _instances: Any) -> None:
    """A setting written by anyone (``set_setting``, a merge, a migration step) is read afresh afterwards:
    the once-per-transaction read of `get_setting` must never hide it."""
    if any(isinstance(obj, Setting) for obj in (*session.new, *session.dirty, *session.deleted)):
        session.info.pop(_SETTING_KEYS, None)
        session.info.pop(SETTINGS_READ, None)


def transaction_slot(session: Session, slot: str) -> Any:
    """What ``slot`` remembered during the session's current transaction (None after it ended)."""
    kept = session.info.get(slot)
    return kept[1] if kept is not None and kept[0] is session.get_transaction() else None


@requires(Permission.VIEW)
def get_office(session: Session) -> Office | None:
    """The office row. Found by query once per transaction; later calls take it from the session's
    identity map (no SQL) while it is still there."""
    kept = transaction_slot(session, _OFFICE)  # the row itself: the identity map only holds it weakly
    if kept is not None:
        office = session.get(Office, kept.id)  # the identity map (gone if deleted): no query
        if office is not None:
            return office
    office = session.exec(select(Office).order_by(col(Office.id))).first()
    if office is not None and office.id is not None:
        session.info[_OFFICE] = (session.get_transaction(), office)
    return office


@requires(Permission.VIEW)
def require_office(session: Session) -> Office:
    office = get_office(session)
    if office is None:
        raise UserError(
            'Chưa khai báo cơ quan: hãy chạy "motcua init --unit-code MÃ --office-name TÊN".',
            'No office set up yet: run "motcua init --unit-code CODE --office-name NAME".',
        )
    return office


@requires(Permission.SETTINGS)
def init_office(session: Session, *, unit_code: str, name: str, place: str = "", parent_name: str = "") -> Office:
    """Create the office, or update its name and place; the unit code of an office with dossiers stays."""
    unit_code = clean(unit_code)
    name = clean(name)
    if not _UNIT_CODE.match(unit_code):
        raise UserError(
            f'Mã đơn vị "{unit_code}" không hợp lệ: chỉ gồm chữ, số và dấu chấm, tối đa 40 ký tự (ví dụ H40.25.12).',
            f'Invalid unit code "{unit_code}": letters, digits and dots only, at most 40 (e.g. H40.25.12).',
        )
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
    rows = transaction_slot(session, _SETTING_KEYS)  # held here: the identity map only holds them weakly
    if rows is None:
        rows = {row.key: row for row in session.exec(select(Setting))}
        session.info[_SETTING_KEYS] = (session.get_transaction(), rows)
    pending = next((obj for obj in session.new if isinstance(obj, Setting) and obj.key == key), None)
    if pending is not None:  # added in this transaction, not flushed yet (Session.get does not see it)
        return copy.deepcopy(pending.value)
    if key in rows or session.identity_map.get(session.identity_key(Setting, key)) is not None:
        row = session.get(Setting, key)
        if row is not None:
            return copy.deepcopy(row.value)  # a caller may change what it gets and store it back
    return copy.deepcopy(DEFAULT_SETTINGS.get(key))


@requires(Permission.SETTINGS)
def set_setting(session: Session, key: str, value: Any) -> None:
    """Store one setting; a declared one (core/settings_catalog.py) is checked first and stored as its check
    returns it; others (the hand-over mapping, the outage records…) are kept by their own modules as given."""
    if key in stored_keys():
        value = check_setting(key, value)
    row = session.get(Setting, key) or Setting(key=key)
    row.value = value
    session.add(row)
    session.flush()


@requires(Permission.VIEW)
def current_settings(session: Session) -> dict[str, Any]:
    """Every declared setting's value, by declared key (``"targets.on_time_rate"``…), defaults filled in."""
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        stored = get_setting(session, setting.stored_key)
        if setting.part:
            stored = stored.get(setting.part, setting.default) if isinstance(stored, dict) else setting.default
        values[setting.key] = setting.default if stored is None else stored
    return values


@requires(Permission.SETTINGS)
def save_settings(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    """Check every change, then store them all: a key is a stored key (``"targets"``) or one part of a table
    (``"targets.on_time_rate"``, ``"satisfaction_field_targets.Đất đai"``). The first refused value raises its
    `UserError` before anything is stored. Returns what was stored, by stored key."""
    staged: dict[str, Any] = {}
    for key, value in changes.items():
        name, _, part = key.partition(".")
        if name not in stored_keys():
            raise unknown_setting(key)
        if part:
            current = staged[name] if name in staged else get_setting(session, name)
            if not isinstance(current, dict):
                raise UserError(
                    f'Cài đặt {name} là một giá trị, không có phần "{part}": đặt cả {name}.',
                    f'The setting {name} has no part "{part}".',
                )
            value = {**current, part: value}
        staged[name] = check_setting(name, value)
    for name, value in staged.items():
        set_setting(session, name, value)
    return staged
