"""The hand-over list in the national portal's terms (DVCQG field names and status codes).

The names (``MaHoSo``, ``TrangThaiHoSo``, ``QuaTrinhXuLy`` …), the status codes (1 new … 10 result
returned), how each of our dossier states maps to a code and the date format come from open-source
provincial code, not from a published standard: all of it lives in ONE data file,
``resources/handover/national.json``, that a province can correct. It is checked when loaded; a damaged
file is refused in one line. The dossiers are those of `core.handover.export` (same permissions, same
personal data as the office's own layout); each carries its processing steps from its history.
``.json`` or ``.xlsx`` (a sheet of dossiers and a sheet of steps, made formula-safe by
`core.tabular.guard_workbook`), written whole (`core.files.write_file`). docs/handover-format.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlmodel import Session, col, select

from core.errors import UserError
from core.files import write_file
from core.handover.queue import pending_dossiers
from core.lifecycle import STOP_KINDS
from core.models import Dossier, DossierEvent, Procedure, User, stored_id
from core.office import require_office
from core.resources import resource_path
from core.security import audit
from core.security.access import Permission, requires
from core.tabular import guard_workbook
from core.text import clean, nfc

__all__ = [
    "LAYOUTS",
    "STATES",
    "NationalLayout",
    "export_national",
    "load_layout",
    "moment_text",
    "national_records",
    "state_of",
]

#: The hand-over layouts: the office's own (docs/handover-format.md) and the national portal's.
LAYOUTS = ("office", "national")
FORMAT = "motcua-handover-layout/1"
#: Our dossier states, each of which the data file maps to a national status code.
STATES = ("received", "processing", "waiting", "result_ready", "returned", "withdrawn", "stopped", "refused")
FIELDS = (
    "code",
    "national_procedure_code",
    "procedure_name",
    "field",
    "channel",
    "applicant_name",
    "applicant_kind",
    "id_number",
    "phone",
    "email",
    "received_at",
    "due_at",
    "status",
    "returned_at",
    "delivery",
    "unit",
    "digitized",
    "paid_online",
    "components",
    "fees",
    "steps",
)
_LISTS = ("components", "fees", "steps")
_PARTS = {
    "component_fields": ("name", "count", "kind"),
    "fee_fields": ("name", "code", "collected", "amount", "kind"),
    "step_fields": ("code", "actor", "at", "content", "status"),
}
_VALUES = {
    "channel": ("direct", "postal", "online"),
    "delivery": ("desk", "postal", "online"),
    "applicant_kind": ("citizen",),
    "yes_no": ("true", "false"),
}
_FEE = ("name", "code", "collected", "kind")
_DATE_TOKENS = {"yyyy": "%Y", "MM": "%m", "dd": "%d", "HH": "%H", "mm": "%M", "ss": "%S"}
_DATE_FORMAT = re.compile(r"(yyyy|MM|dd|HH|mm|ss|[ \-/:.T])+")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: Events of a dossier's history that are processing steps, and the state each one leaves it in.
_STEP_STATES = {
    "received": "received",
    "handed_over": "processing",
    "supplement_requested": "waiting",
    "resumed": "processing",
    "result_ready": "result_ready",
    "returned": "returned",
}


@dataclass(frozen=True)
class NationalLayout:
    """The checked content of ``resources/handover/national.json``."""

    strftime: str
    sheet: str
    steps_sheet: str
    fields: dict[str, str]
    component_fields: dict[str, str]
    fee_fields: dict[str, str]
    fee: dict[str, str]
    step_fields: dict[str, str]
    status_codes: dict[str, str]
    states: dict[str, str]
    values: dict[str, dict[str, str]]


def _damaged(path: Path, why: str) -> UserError:
    return UserError(
        f'Tệp ánh xạ hồ sơ theo Cổng DVC quốc gia "{path}" bị hỏng: {why}. '
        "Sửa lại tệp (docs/handover-format.md) hoặc cài lại chương trình.",
        f'The national hand-over mapping "{path}" is damaged: {why}.',
    )


def _strings(path: Path, data: dict[str, Any], key: str, needed: tuple[str, ...], *, names: bool) -> dict[str, str]:
    table = data.get(key)
    if not isinstance(table, dict):
        raise _damaged(path, f'thiếu mục "{key}"')
    for name in needed:
        if name not in table:
            raise _damaged(path, f'mục "{key}" thiếu "{name}"')
    for name, value in table.items():
        if not isinstance(value, str) or (names and not _NAME.match(value)):
            raise _damaged(path, f'"{key}.{name}" phải là {"một tên trường (chữ, số, _)" if names else "chuỗi"}')
    if names and len(set(table.values())) != len(table):
        raise _damaged(path, f'mục "{key}" có hai mục trùng tên trường')
    return {name: nfc(value) for name, value in table.items()}


def _strftime(path: Path, pattern: object) -> str:
    if not isinstance(pattern, str) or not _DATE_FORMAT.fullmatch(pattern):
        raise _damaged(path, f'"date_format" {pattern!r} không hợp lệ (dùng yyyy, MM, dd, HH, mm, ss)')
    return re.sub("|".join(_DATE_TOKENS), lambda m: _DATE_TOKENS[m.group(0)], pattern)


def load_layout(path: Path | None = None) -> NationalLayout:
    """Read and check the national mapping (by default the bundled one, found by `core.resources`)."""
    path = Path(path) if path else resource_path("handover", "national.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise _damaged(path, f"không đọc được JSON ({str(error).splitlines()[0][:80]})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged(path, f'không phải tệp "{FORMAT}"')
    fields = _strings(path, data, "fields", FIELDS, names=True)
    parts = {key: _strings(path, data, key, needed, names=True) for key, needed in _PARTS.items()}
    fee = _strings(path, data, "fee", _FEE, names=False)
    codes = _strings(path, data, "status_codes", (), names=False)
    if not codes:
        raise _damaged(path, 'mục "status_codes" trống')
    states = _strings(path, data, "states", STATES, names=False)
    for state, code in states.items():
        if code not in codes:
            raise _damaged(path, f'trạng thái "{state}" ánh xạ tới mã "{code}" không có trong "status_codes"')
    values_table = data.get("values")
    if not isinstance(values_table, dict):
        raise _damaged(path, 'thiếu mục "values"')
    values = {key: _strings(path, values_table, key, needed, names=False) for key, needed in _VALUES.items()}
    sheet, steps_sheet = data.get("sheet"), data.get("steps_sheet")
    if (
        not (isinstance(sheet, str) and isinstance(steps_sheet, str))
        or sheet == steps_sheet
        or not all(s.strip() and len(s) <= 31 for s in (sheet, steps_sheet))
    ):
        raise _damaged(path, '"sheet" và "steps_sheet" phải là hai tên trang tính khác nhau (tối đa 31 ký tự)')
    return NationalLayout(
        _strftime(path, data.get("date_format")),
        sheet,
        steps_sheet,
        fields,
        parts["component_fields"],
        parts["fee_fields"],
        fee,
        parts["step_fields"],
        codes,
        states,
        values,
    )


def moment_text(layout: NationalLayout, moment: dt.datetime | None) -> str:
    return moment.strftime(layout.strftime) if moment else ""


def state_of(dossier: Dossier, events: Sequence[DossierEvent] = ()) -> str:
    """Our state of a dossier, one of `STATES` (the data file gives each its national code)."""
    if dossier.stopped_at:
        return dossier.stop_kind if dossier.stop_kind in STOP_KINDS else "stopped"
    if dossier.returned_at:
        return "returned"
    if dossier.result_at:
        return "result_ready"
    if dossier.status == "waiting":
        return "waiting"
    return "processing" if any(e.kind == "handed_over" for e in events) else "received"


def _step_content(event: DossierEvent) -> tuple[str, str] | None:
    """(state, what was done) of an event that is a processing step; None for the others."""
    detail = event.detail or {}
    if event.kind == "stopped":
        kind = detail.get("kind")
        kind = kind if isinstance(kind, str) and kind in STOP_KINDS else "stopped"
        return kind, f"{STOP_KINDS[kind]}: {clean(str(detail.get('reason', '')))}"
    state = _STEP_STATES.get(event.kind)
    if state is None:
        return None
    note = clean(str(detail.get("note", "")))
    text = {
        "received": "Tiếp nhận hồ sơ",
        "handed_over": f"Chuyển hồ sơ từ {clean(str(detail.get('from', '')))} đến {clean(str(detail.get('to', '')))}",
        "supplement_requested": f"Yêu cầu bổ sung: {clean(str(detail.get('reason', '')))}",
        "resumed": "Công dân đã bổ sung, tiếp tục giải quyết",
        "result_ready": "Đã có kết quả giải quyết",
        "returned": "Trả kết quả cho công dân",
    }[event.kind]
    return state, f"{text}: {note}" if note and event.kind in ("handed_over", "result_ready") else text


def _steps(layout: NationalLayout, dossier: Dossier, events: list[DossierEvent], names: dict[str, str]) -> list[dict]:
    f, steps = layout.step_fields, []
    for event in events:
        step = _step_content(event)
        if step:
            steps.append(
                {
                    f["code"]: dossier.code,
                    f["actor"]: nfc(names.get(event.actor) or event.actor),
                    f["at"]: moment_text(layout, event.at),
                    f["content"]: nfc(step[1]),
                    f["status"]: layout.states[step[0]],
                }
            )
    return steps


def _record(
    layout: NationalLayout,
    dossier: Dossier,
    national: str,
    unit: str,
    events: list[DossierEvent],
    names: dict[str, str],
) -> dict[str, Any]:
    f, v = layout.fields, layout.values
    yes_no = v["yes_no"]
    components = [
        {
            layout.component_fields["name"]: nfc(str(c.get("name", ""))),
            layout.component_fields["count"]: int(c.get("count", 1) or 0),
            layout.component_fields["kind"]: nfc(str(c.get("kind", ""))),
        }
        for c in dossier.components or []
    ]
    fees = []
    if dossier.fee:
        fee_fields = layout.fee_fields
        fees.append(
            {
                fee_fields["name"]: layout.fee["name"],
                fee_fields["code"]: layout.fee["code"],
                fee_fields["collected"]: layout.fee["collected"],
                fee_fields["amount"]: str(dossier.fee),
                fee_fields["kind"]: layout.fee["kind"],
            }
        )
    values = {
        "code": dossier.code,
        "national_procedure_code": national,
        "procedure_name": nfc(dossier.procedure_name),
        "field": nfc(dossier.field),
        "channel": v["channel"].get(dossier.channel, dossier.channel),
        "applicant_name": nfc(dossier.applicant_name),
        "applicant_kind": v["applicant_kind"]["citizen"],
        "id_number": dossier.id_number,
        "phone": dossier.phone,
        "email": dossier.email,
        "received_at": moment_text(layout, dossier.received_at),
        "due_at": moment_text(layout, dossier.due_at),
        "status": layout.states[state_of(dossier, events)],
        "returned_at": moment_text(layout, dossier.returned_at),
        "delivery": v["delivery"].get(dossier.delivery, dossier.delivery),
        "unit": unit,
        "digitized": yes_no["true" if dossier.digitized else "false"],
        "paid_online": yes_no["true" if dossier.paid_online else "false"],
        "components": components,
        "fees": fees,
        "steps": _steps(layout, dossier, events, names),
    }
    return {f[key]: values[key] for key in FIELDS}


@requires(Permission.HANDOVER)
def national_records(session: Session, layout: NationalLayout | None = None) -> list[dict[str, Any]]:
    """Every dossier still to be entered, keyed by the national field names, with its steps."""
    layout = layout or load_layout()
    dossiers = pending_dossiers(session)
    ids = [stored_id(d) for d in dossiers]
    events: dict[int, list[DossierEvent]] = {i: [] for i in ids}
    national: dict[int, str] = {}
    names: dict[str, str] = {}
    if ids:
        for event in session.exec(
            select(DossierEvent)
            .where(col(DossierEvent.dossier_id).in_(ids))
            .order_by(col(DossierEvent.at), col(DossierEvent.id))
        ):
            events[event.dossier_id].append(event)
        procedures = {d.procedure_id for d in dossiers if d.procedure_id}
        if procedures:
            query = select(col(Procedure.id), col(Procedure.national_code)).where(col(Procedure.id).in_(procedures))
            national = {pid: code or "" for pid, code in session.execute(query)}
        actors = {e.actor for evs in events.values() for e in evs if e.actor}
        if actors:
            names = {
                u: n
                for u, n in session.execute(
                    select(col(User.username), col(User.full_name)).where(col(User.username).in_(actors))
                )
                if n
            }
    unit = nfc(require_office(session).name)
    return [
        _record(layout, d, national.get(d.procedure_id or 0, ""), unit, events[stored_id(d)], names) for d in dossiers
    ]


def _write_xlsx(stream: BinaryIO, layout: NationalLayout, records: list[dict[str, Any]]) -> None:
    import openpyxl
    from openpyxl.styles import Font

    steps_key = layout.fields["steps"]
    lists = {layout.fields[k] for k in _LISTS}
    header = [layout.fields[k] for k in FIELDS if k != "steps"]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = layout.sheet
    sheet.append(header)
    for record in records:
        sheet.append(
            [json.dumps(record[name], ensure_ascii=False) if name in lists else record[name] for name in header]
        )
    steps = workbook.create_sheet(layout.steps_sheet)
    step_header = [layout.step_fields[k] for k in _PARTS["step_fields"]]
    steps.append(step_header)
    for record in records:
        for step in record[steps_key]:
            steps.append([step[name] for name in step_header])
    bold = Font(bold=True)
    for each in (sheet, steps):
        for cell in each[1]:
            cell.font = bold
        each.freeze_panes = "A2"
    guard_workbook(workbook).save(stream)


@requires(Permission.HANDOVER, Permission.EXPORT_PERSONAL)
def export_national(
    session: Session, path: Path, *, now: dt.datetime | None = None, layout: NationalLayout | None = None
) -> int:
    """Write the hand-over list in the national portal's terms to ``path`` (.json or .xlsx)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise UserError(
            f'Không xuất được tệp "{path.name}" theo mẫu Cổng DVC quốc gia: chỉ nhận .json hoặc .xlsx.',
            f'Cannot export "{path.name}" in the national layout: .json or .xlsx only.',
        )
    layout = layout or load_layout()
    audit.note(session, "xuất danh sách chuyển hệ thống tỉnh (mẫu Cổng DVC quốc gia)", file=path.name)
    records = national_records(session, layout)
    if suffix == ".xlsx":
        write_file(path, lambda stream: _write_xlsx(stream, layout, records))
        return len(records)
    office = require_office(session)
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    data = {
        "format": "motcua-handover-national/1",
        "unit": {"code": office.unit_code, "name": nfc(office.name)},
        "exported_at": moment_text(layout, moment),
        "count": len(records),
        "dossiers": records,
    }
    write_file(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return len(records)
