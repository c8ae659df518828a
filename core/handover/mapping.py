"""Reading the provincial system's export of its dossiers: which column holds what, mapped once and remembered.

Provincial one-stop systems name their columns differently ("Mã hồ sơ", "Số hồ sơ", "Họ và tên"…).
The office maps them once (a dialog, or ``--map`` on the command line); the mapping is kept in the
setting ``handover_mapping`` and reused while the file's header still has those columns. Without
one, columns are guessed from common names (accent- and case-blind).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from core.errors import UserError
from core.office import get_setting, set_setting
from core.security.access import Permission, requires
from core.tabular import Table, read_table
from core.text import clean, fold

__all__ = [
    "FIELDS",
    "REQUIRED",
    "ProvincialRow",
    "check_mapping",
    "guess_mapping",
    "parse_day",
    "provincial_rows",
    "read_provincial",
    "resolve_mapping",
    "save_mapping",
    "stored_mapping",
]

#: What the reconciliation reads from the provincial export, and how the dialog names it.
FIELDS = {
    "province_code": "Mã hồ sơ trên hệ thống tỉnh",
    "id_number": "Số CCCD/định danh",
    "applicant_name": "Họ tên người nộp",
    "procedure": "Thủ tục (mã hoặc tên)",
    "received_at": "Ngày tiếp nhận",
}
REQUIRED = ("province_code",)
_SETTING = "handover_mapping"
_GUESSES = {
    "province_code": ("ma ho so", "so ho so", "ma hs", "province_code", "ma ho so tinh", "so bien nhan"),
    "id_number": ("so cccd", "cccd", "so dinh danh", "so dinh danh ca nhan", "cmnd", "so giay to", "id_number"),
    "applicant_name": (
        "ho ten",
        "ho va ten",
        "chu ho so",
        "nguoi nop",
        "ten nguoi nop",
        "ten cong dan",
        "applicant_name",
    ),
    "procedure": ("thu tuc", "ten thu tuc", "ma thu tuc", "tthc", "ten tthc", "procedure", "procedure_name"),
    "received_at": ("ngay tiep nhan", "ngay nhan", "thoi gian tiep nhan", "ngay nop", "received_at"),
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_VN = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


@dataclass(frozen=True)
class ProvincialRow:
    """One dossier of the provincial export, as the matching needs it."""

    line: int
    province_code: str
    id_number: str
    applicant_name: str
    procedure: str
    day: dt.date | None
    received_text: str


def parse_day(text: str) -> dt.date | None:
    """The date in ``2025-03-04``, ``2025-03-04 08:30``, ``04/03/2025``, ``08:30 04/03/2025``…; None if none."""
    for pattern, order in ((_ISO, (1, 2, 3)), (_VN, (3, 2, 1))):
        match = pattern.search(text or "")
        if match:
            try:
                return dt.date(*(int(match[i]) for i in order))
            except ValueError:
                return None
    return None


def guess_mapping(header: list[str]) -> dict[str, str]:
    """Field → column for the columns whose (folded) name is a known one."""
    folded = {fold(name): name for name in header}
    mapping: dict[str, str] = {}
    for field, names in _GUESSES.items():
        for name in names:
            if name in folded and folded[name] not in mapping.values():
                mapping[field] = folded[name]
                break
    return mapping


def check_mapping(mapping: dict[str, str], header: list[str]) -> dict[str, str]:
    """Keep only mapped fields; refuse an unknown field, a column not in the file, or too little to match on."""
    mapping = {field: clean(column) for field, column in mapping.items() if clean(column)}
    for field, column in mapping.items():
        if field not in FIELDS:
            raise UserError(
                f'Trường "{field}" không có: chọn trong {", ".join(FIELDS)}.',
                f'Unknown field "{field}": one of {", ".join(FIELDS)}.',
            )
        if column not in header:
            raise UserError(
                f'Tệp không có cột "{column}" (cho {FIELDS[field]}). Các cột: {", ".join(header)}.',
                f'The file has no column "{column}" (for {field}). Columns: {", ".join(header)}.',
            )
    missing = [FIELDS[f] for f in REQUIRED if f not in mapping]
    if "id_number" not in mapping and not {"applicant_name", "received_at"} <= mapping.keys():
        missing.append(f"{FIELDS['id_number']} (hoặc {FIELDS['applicant_name']} và {FIELDS['received_at']})")
    if missing:
        raise UserError(
            f"Chưa chọn cột cho: {'; '.join(missing)}. Các cột của tệp: {', '.join(header)}.",
            f"No column chosen for: {'; '.join(missing)}. The file's columns: {', '.join(header)}.",
        )
    return mapping


@requires(Permission.VIEW)
def stored_mapping(session: Session) -> dict[str, str]:
    return dict(get_setting(session, _SETTING) or {})


@requires(Permission.HANDOVER)
def save_mapping(session: Session, mapping: dict[str, str]) -> None:
    set_setting(session, _SETTING, dict(mapping))


@requires(Permission.VIEW)
def resolve_mapping(session: Session, header: list[str], given: dict[str, str] | None = None) -> dict[str, str]:
    """The mapping to use: the one given, else the remembered one if it still fits, else a guess."""
    if given:
        return check_mapping({**_fitting(stored_mapping(session), header), **given}, header)
    stored = _fitting(stored_mapping(session), header)
    try:
        return check_mapping(stored, header)
    except UserError:
        return check_mapping({**guess_mapping(header), **stored}, header)


def _fitting(mapping: dict[str, str], header: list[str]) -> dict[str, str]:
    return {field: column for field, column in mapping.items() if field in FIELDS and column in header}


def read_provincial(path: Path) -> Table:
    """The provincial export (.csv or .xlsx), every value NFC (NFD names from other systems included)."""
    return read_table(Path(path))


def provincial_rows(table: Table, mapping: dict[str, str]) -> list[ProvincialRow]:
    """The file's rows through ``mapping``; unmapped fields are empty."""

    def value(values: dict[str, str], field: str) -> str:
        return clean(values.get(mapping.get(field, ""), ""))

    rows = []
    for line, values in table.rows:
        received = value(values, "received_at")
        digits = "".join(ch for ch in value(values, "id_number") if ch.isdigit())
        rows.append(
            ProvincialRow(
                line=line,
                province_code=value(values, "province_code"),
                id_number=digits,
                applicant_name=value(values, "applicant_name"),
                procedure=value(values, "procedure"),
                day=parse_day(received),
                received_text=received,
            )
        )
    return rows
