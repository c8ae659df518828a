"""The office's settings as one typed object, read once per transaction (`office_settings`).

Each setting is declared once in `core.settings_catalog` (key, kind, default, labels, check); this module
only gives services their values with types: ``office_settings(session).same_day_cutoff`` instead of
``get_setting(session, "same_day_cutoff") or "15:00"`` repeated where it is needed. A stored value that its
declaration's check refuses (written by hand, with sqlite3, into the ``setting`` table) counts as the
default and is logged: a desk never stops on it, and never computes a due date from garbage.
``tests/core/test_office_settings.py`` checks that every declared key has its field here and no other.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from core.errors import UserError
from core.office import SETTINGS_READ, get_setting, transaction_slot
from core.security.access import Permission, requires
from core.settings_catalog import SETTINGS, check_setting, defaults, stored_keys

__all__ = ["OfficeSettings", "Signers", "TargetRates", "office_settings"]

log = logging.getLogger(__name__)
#: Settings whose check asks the world, not the value (a folder exists now): read as stored. A backup to a
#: second folder on a USB stick that is unplugged today must say so (core/backups/archive.py), not silently stop.
_AS_STORED = frozenset(s.key for s in SETTINGS if s.kind == "folder")


@dataclass(frozen=True)
class TargetRates:
    """The office's targets (fractions), the district plan's by default."""

    on_time_rate: float
    online_rate: float
    digitized_rate: float
    online_payment_rate: float
    apology_coverage: float
    satisfaction_rate: float

    def as_dict(self) -> dict[str, float]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Signers:
    """Who signs the office's papers, as printed under the signature."""

    receiver_title: str
    chairman_prefix: str
    chairman_title: str
    chairman_name: str

    def as_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class OfficeSettings:
    """Every declared setting of the office, checked and typed (the declarations: core/settings_catalog.py)."""

    targets: TargetRates
    satisfaction_field_targets: dict[str, float]
    evaluation_grades: tuple[tuple[float, str], ...]  # (lowest points, grade), highest band first
    report_period: str  # calendar | decree09
    report_due_day: int
    report_recipient: str
    signers: Signers
    office_week: tuple[int, ...]  # Monday = 0
    same_day_cutoff: str  # "HH:MM"
    idle_lock_minutes: int  # 0: never
    backup_second_folder: str  # "": none
    csv_separator: str  # ";" | "," | "tab"
    scan_folder: str  # "": none (the office scanner's folder, watched by the window)


def _checked(session: Session, key: str) -> Any:
    """The stored value of ``key`` as its declaration's check returns it; the default when the check refuses it."""
    value = get_setting(session, key)
    if key in _AS_STORED and isinstance(value, str):
        return value
    try:
        return check_setting(key, value)
    except UserError as refused:
        log.warning("setting %s: stored value refused (%s); the default is used", key, refused.en)
        return check_setting(key, defaults()[key])


@requires(Permission.VIEW)
def office_settings(session: Session) -> OfficeSettings:
    """The office's settings, read and checked once per transaction (a setting written meanwhile is read afresh)."""
    kept = transaction_slot(session, SETTINGS_READ)
    if kept is not None:
        return kept
    values = {key: _checked(session, key) for key in stored_keys()}
    settings = OfficeSettings(
        targets=TargetRates(**{k: float(v) for k, v in values["targets"].items()}),
        satisfaction_field_targets={str(k): float(v) for k, v in values["satisfaction_field_targets"].items()},
        evaluation_grades=tuple((float(band["min"]), str(band["label"])) for band in values["evaluation_grades"]),
        report_period=values["report_period"],
        report_due_day=values["report_due_day"],
        report_recipient=values["report_recipient"],
        signers=Signers(**values["signers"]),
        office_week=tuple(values["office_week"]),
        same_day_cutoff=values["same_day_cutoff"],
        idle_lock_minutes=values["idle_lock_minutes"],
        backup_second_folder=values["backup_second_folder"],
        csv_separator=values["csv_separator"],
        scan_folder=values["scan_folder"],
    )
    session.info[SETTINGS_READ] = (session.get_transaction(), settings)
    return settings
