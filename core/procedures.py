"""The procedure catalog: the bundled list, search, admin edits, import and export (CSV, xlsx)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from sqlmodel import Session, select

from core.errors import UserError
from core.models import Procedure
from core.office_settings import office_settings
from core.resources import resource_path
from core.security.access import Permission, requires
from core.tabular import read_table, write_table
from core.text import clean, fold, sort_key
from core.work_calendar import Duration, DurationUnit

__all__ = [
    "CATALOG_COLUMNS",
    "COMPONENT_KINDS",
    "DURATION_UNITS",
    "export_catalog",
    "get_procedure",
    "import_catalog",
    "is_conditional",
    "list_procedures",
    "load_bundled_catalog",
    "parse_components",
    "parse_sources",
    "procedure_duration",
    "save_procedure",
    "search_procedures",
    "set_active",
]

CATALOG_COLUMNS = [
    "code",
    "national_code",
    "name",
    "field",
    "duration_unit",
    "duration",
    "cutoff",
    "fee",
    "fee_note",
    "result",
    "components",
    "sources",
]
COMPONENT_KINDS = ("bản chính", "bản sao", "bản chính hoặc bản sao", "xuất trình")
_CODE = re.compile(r"^[A-Za-z0-9._-]{1,40}$")
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")

#: How a procedure's time limit is counted, in the words the catalog editor shows.
DURATION_UNITS = {"day": "ngày làm việc", "hour": "giờ làm việc", "same_day": "trong ngày"}


_CONDITIONAL = ("(neu ", "neu co", "(chi khi", "(khi ", "(doi voi", "(truong hop", "neu truoc day")


def is_conditional(component_name: str) -> bool:
    """A component whose name says it is needed only in some cases ("… (nếu có)", "(chỉ khi …)"):
    the catalog has no flag for it, so an intake missing it is not incomplete by default."""
    key = fold(component_name)
    return any(marker in key for marker in _CONDITIONAL)


@requires(Permission.VIEW)
def list_procedures(session: Session, *, include_inactive: bool = False) -> list[Procedure]:
    """Procedures sorted by field, then name, in Vietnamese alphabetical order."""
    query = select(Procedure)
    if not include_inactive:
        query = query.where(Procedure.active == True)  # noqa: E712  (SQL expression)
    return sorted(session.exec(query), key=lambda p: (sort_key(p.field), sort_key(p.name)))


@requires(Permission.VIEW)
def get_procedure(session: Session, code: str) -> Procedure:
    procedure = session.exec(select(Procedure).where(Procedure.code == clean(code))).first()
    if procedure is None:
        raise UserError(
            f'Không có thủ tục mã "{code}" trong danh mục.', f'No procedure with code "{code}" in the catalog.'
        )
    return procedure


@requires(Permission.VIEW)
def search_procedures(
    session: Session, query: str, *, limit: int = 50, include_inactive: bool = False
) -> list[Procedure]:
    """Procedures whose code or name contains every word of ``query``, accents and case ignored."""
    words = fold(query).split()
    found = []
    for procedure in list_procedures(session, include_inactive=include_inactive):
        haystack = f"{fold(procedure.code)} {procedure.name_key} {fold(procedure.national_code)}"
        if all(word in haystack for word in words):
            found.append(procedure)
    # Names that start with the query first ("khai sinh" → "Đăng ký khai sinh" before "… kết hợp …").
    key = " ".join(words)
    found.sort(key=lambda p: (not p.name_key.startswith(key) and key not in p.name_key[:30], len(p.name)))
    return found[:limit]


def procedure_duration(procedure: Procedure, *, default_cutoff: str = "15:00") -> Duration:
    cutoff = dt.time.fromisoformat(procedure.cutoff or default_cutoff)
    return Duration(cast(DurationUnit, procedure.duration_unit), procedure.duration, cutoff)  # Duration checks it


def _validated(data: Mapping[str, Any]) -> dict[str, Any]:
    """Check and normalise one procedure's values; raise `UserError` naming the bad field."""

    def text(name: str) -> str:
        return clean(str(data.get(name) or ""))

    code, name, field = text("code"), text("name"), text("field")
    if not _CODE.match(code):
        raise UserError(
            f'Mã thủ tục "{code}" không hợp lệ (chữ, số, dấu chấm, gạch; tối đa 40 ký tự).',
            f'Invalid procedure code "{code}".',
            where="code",
        )
    if not name:
        raise UserError("Tên thủ tục không được để trống.", "The procedure name is empty.", where="name")
    if not field:
        raise UserError("Lĩnh vực không được để trống.", "The field is empty.", where="field")
    unit = text("duration_unit") or "day"
    if unit not in DURATION_UNITS:
        raise UserError(
            f'Đơn vị thời hạn "{unit}" không hợp lệ: day, hour hoặc same_day.',
            f'Invalid duration unit "{unit}".',
            where="duration_unit",
        )
    duration = _whole(data.get("duration"), "duration", "Thời hạn giải quyết")
    if unit != "same_day" and duration == 0:
        raise UserError("Thời hạn giải quyết phải lớn hơn 0.", "The time limit must be positive.", where="duration")
    limit = {"day": 365, "hour": 365 * 8}.get(unit, 0)
    if limit and duration > limit:  # no procedure takes longer than a year; a typo would make every intake crawl
        raise UserError(
            f"Thời hạn giải quyết {duration} {'ngày' if unit == 'day' else 'giờ'} quá dài: tối đa {limit}.",
            f"A time limit of {duration} is too long (at most {limit}).",
            where="duration",
        )
    cutoff = text("cutoff")
    if cutoff and not _TIME.match(cutoff):
        raise UserError(f'Giờ chốt "{cutoff}" không đúng dạng HH:MM.', f'Invalid cut-off "{cutoff}".', where="cutoff")
    components = data.get("components") or []
    if isinstance(components, str):
        components = parse_components(components)
    for component in components:
        if (
            not clean(str(component.get("name") or ""))
            or component.get("kind") not in COMPONENT_KINDS
            or int(component.get("count", 0)) < 1
        ):
            raise UserError(
                f'Thành phần hồ sơ "{component.get("name")}" không hợp lệ.',
                f'Invalid component "{component.get("name")}".',
                where="components",
            )
    sources = data.get("sources") or {}
    if isinstance(sources, str):
        sources = parse_sources(sources)
    return {
        "code": code,
        "national_code": text("national_code"),
        "name": name,
        "name_key": fold(name),
        "field": field,
        "duration_unit": unit,
        "duration": duration,
        "cutoff": cutoff,
        "fee": _whole(data.get("fee"), "fee", "Phí, lệ phí"),
        "fee_note": text("fee_note"),
        "result": text("result"),
        "components": [
            {"name": clean(c["name"]), "kind": c["kind"], "count": int(c.get("count", 1))} for c in components
        ],
        "sources": {clean(k): clean(v) for k, v in sources.items()},
    }


def _whole(value: Any, column: str, label: str) -> int:
    text = str(value if value is not None else "0").strip().replace(".", "").replace(",", "") or "0"
    if not text.isdecimal():
        raise UserError(
            f'{label} "{value}" phải là số nguyên không âm.',
            f'"{value}" must be a whole number, not negative.',
            where=column,
        )
    if len(text) > 9:  # beyond a billion: an integer column overflows (PostgreSQL: 2³¹)
        raise UserError(f'{label} "{value}" quá lớn.', f'"{value}" is too large.', where=column)
    return int(text)


def parse_components(cell: str) -> list[dict[str, Any]]:
    """One component a line: ``Tên thành phần | bản chính | 1``."""
    components = []
    for line in (ln.strip() for ln in cell.splitlines()):
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or not parts[2].isdecimal():
            raise UserError(
                f'Thành phần "{line}" phải có dạng "Tên | bản chính | 1".',
                f'Component "{line}" must read "Name | kind | count".',
                where="components",
            )
        components.append({"name": parts[0], "kind": parts[1], "count": int(parts[2])})
    return components


def _format_components(components: list[dict[str, Any]]) -> str:
    return "\n".join(f"{c['name']} | {c['kind']} | {c['count']}" for c in components)


def parse_sources(cell: str) -> dict[str, str]:
    sources = {}
    for line in (ln.strip() for ln in cell.splitlines()):
        if line:
            key, _, value = line.partition(":")
            sources[key.strip()] = value.strip()
    return sources


def _format_sources(sources: dict[str, str]) -> str:
    return "\n".join(f"{k}: {v}" for k, v in sources.items())


@requires(Permission.CATALOG)
def save_procedure(session: Session, data: Mapping[str, Any]) -> Procedure:
    """Create or update (by code) one procedure after checking every value."""
    values = _validated(data)
    procedure = session.exec(select(Procedure).where(Procedure.code == values["code"])).first()
    if procedure is None:
        procedure = Procedure(code=values["code"], name=values["name"], field=values["field"], active=True)
    for key, value in values.items():
        setattr(procedure, key, value)
    procedure.updated_at = dt.datetime.now().replace(microsecond=0)
    session.add(procedure)
    session.flush()
    return procedure


@requires(Permission.CATALOG)
def set_active(session: Session, code: str, active: bool) -> Procedure:
    """Withdraw a procedure from intake (kept for the dossiers that used it), or offer it again."""
    procedure = get_procedure(session, code)
    procedure.active = active
    procedure.updated_at = dt.datetime.now().replace(microsecond=0)
    session.add(procedure)
    session.flush()
    return procedure


@requires(Permission.CATALOG)
def load_bundled_catalog(session: Session) -> int:
    """Load the catalog shipped in ``resources/catalog`` when the database has no procedure yet."""
    if session.exec(select(Procedure.id)).first() is not None:
        return 0
    entries = json.loads(resource_path("catalog", "procedures.json").read_text(encoding="utf-8"))
    for entry in entries:
        save_procedure(session, entry)
    return len(entries)


@requires(Permission.CATALOG)
def import_catalog(session: Session, path: Path) -> int:
    """Import procedures from CSV or xlsx (columns `CATALOG_COLUMNS`): all rows, or none."""
    table = read_table(path)
    unknown = [h for h in table.header if h not in CATALOG_COLUMNS]
    if unknown:
        raise UserError(f'Cột "{unknown[0]}" không có trong mẫu danh mục.', f'Unknown column "{unknown[0]}".').at(
            line=1
        )
    for required in ("code", "name", "field", "duration_unit", "duration"):
        if required not in table.header:
            raise UserError(f'Thiếu cột bắt buộc "{required}".', f'Missing column "{required}".').at(line=1)
    seen: set[str] = set()
    values = []
    for line, row in table.rows:
        try:
            checked = _validated(row)
        except UserError as error:
            raise error.at(line=line, column=error.where)
        if checked["code"] in seen:
            raise UserError(
                f'Mã thủ tục "{checked["code"]}" bị lặp trong tệp.', f'Duplicate code "{checked["code"]}".'
            ).at(line=line, column="code")
        seen.add(checked["code"])
        values.append(checked)
    for checked in values:
        save_procedure(session, checked)
    return len(values)


@requires(Permission.VIEW)
def export_catalog(session: Session, path: Path) -> int:
    procedures = list_procedures(session, include_inactive=True)
    rows = [
        [
            p.code,
            p.national_code,
            p.name,
            p.field,
            p.duration_unit,
            p.duration,
            p.cutoff,
            p.fee,
            p.fee_note,
            p.result,
            _format_components(p.components),
            _format_sources(p.sources),
        ]
        for p in procedures
    ]
    write_table(
        path, CATALOG_COLUMNS, rows, sheet_title="Danh mục thủ tục", separator=office_settings(session).csv_separator
    )
    return len(rows)
