"""The hand-over list as a file for the clerk who keys it into the provincial system (docs/handover-format.md).

One row per dossier still to be entered, oldest first, carrying what the provincial intake form asks:
national procedure code (where the catalog has it), procedure, applicant, CCCD, contact, channel,
accepted and due moments, components, fee and payment. ``.csv`` (UTF-8 with BOM, separated by the
`csv_separator` setting, CCCD and phone as ``="…"`` so that Excel keeps their zeros, formula-like text
behind a ``'``) and ``.xlsx`` share the columns of `EXPORT_COLUMNS`; ``.json`` carries the same keys with
typed values. Every file is written whole (`core.files.write_file`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from core.errors import UserError
from core.files import write_file
from core.handover.queue import pending_dossiers
from core.models import Dossier, Procedure
from core.office import require_office
from core.office_settings import office_settings
from core.security import audit
from core.security.access import Permission, requires
from core.tabular import write_table
from core.text import nfc

__all__ = ["EXPORT_COLUMNS", "FORMAT", "components_text", "export_handover", "handover_records"]

FORMAT = "motcua-handover/1"
EXPORT_COLUMNS = [
    "code",
    "national_procedure_code",
    "procedure_code",
    "procedure_name",
    "field",
    "applicant_name",
    "id_number",
    "phone",
    "email",
    "address",
    "channel",
    "received_at",
    "due_at",
    "components",
    "fee",
    "payment_method",
    "paid_online",
    "delivery",
    "digitized",
]
_BOOLEANS = ("paid_online", "digitized")


def _fmt(moment: dt.datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else ""


def components_text(components: list[dict[str, Any]]) -> str:
    """``"Tờ khai (bản chính) x1; CCCD (bản sao) x1"``: the components in one cell."""
    return "; ".join(f"{c.get('name', '')} ({c.get('kind', '')}) x{c.get('count', 1)}" for c in components or [])


def _record(dossier: Dossier, national_codes: dict[int, str]) -> dict[str, Any]:
    components = [
        {
            "name": nfc(str(c.get("name", ""))),
            "kind": nfc(str(c.get("kind", ""))),
            "count": int(c.get("count", 1) or 0),
            "digitized": bool(c.get("digitized", False)),
        }
        for c in dossier.components or []
    ]
    return {
        "code": dossier.code,
        "national_procedure_code": national_codes.get(dossier.procedure_id or 0, ""),
        "procedure_code": dossier.procedure_code,
        "procedure_name": nfc(dossier.procedure_name),
        "field": nfc(dossier.field),
        "applicant_name": nfc(dossier.applicant_name),
        "id_number": dossier.id_number,
        "phone": dossier.phone,
        "email": dossier.email,
        "address": nfc(dossier.address),
        "channel": dossier.channel,
        "received_at": _fmt(dossier.received_at),
        "due_at": _fmt(dossier.due_at),
        "components": components,
        "fee": dossier.fee,
        "payment_method": dossier.payment_method,
        "paid_online": bool(dossier.paid_online),
        "delivery": dossier.delivery,
        "digitized": bool(dossier.digitized),
    }


@requires(Permission.HANDOVER)
def handover_records(session: Session) -> list[dict[str, Any]]:
    """Every dossier still to be entered, as a JSON-ready dict with the keys of `EXPORT_COLUMNS`."""
    dossiers = pending_dossiers(session)
    ids = {d.procedure_id for d in dossiers if d.procedure_id}
    national: dict[int, str] = {}
    if ids:
        query = select(col(Procedure.id), col(Procedure.national_code)).where(col(Procedure.id).in_(ids))
        national = {pid: code or "" for pid, code in session.execute(query)}
    return [_record(d, national) for d in dossiers]


def _cells(record: dict[str, Any]) -> list[object]:
    row: list[object] = []
    for column in EXPORT_COLUMNS:
        value = record[column]
        if column == "components":
            value = components_text(value)
        elif column in _BOOLEANS:
            value = int(value)
        row.append(value)
    return row


@requires(Permission.HANDOVER, Permission.EXPORT_PERSONAL)
def export_handover(session: Session, path: Path, *, now: dt.datetime | None = None, layout: str = "office") -> int:
    """Write the hand-over list to ``path`` (.csv, .xlsx or .json); returns the number of dossiers.

    ``layout`` is ``"office"`` (this module's columns) or ``"national"`` (the national portal's terms,
    `core.handover.national`: .json or .xlsx)."""
    path = Path(path)
    if layout == "national":
        from core.handover.national import export_national

        return export_national(session, path, now=now)
    if layout != "office":
        raise UserError(
            f'Mẫu xuất "{layout}" không có: office hoặc national.',
            f'Unknown hand-over layout "{layout}": office or national.',
        )
    audit.note(session, "xuất danh sách chuyển hệ thống tỉnh", file=path.name)
    records = handover_records(session)
    suffix = path.suffix.lower()
    if suffix == ".json":
        office = require_office(session)
        moment = (now or dt.datetime.now()).replace(microsecond=0)
        data = {
            "format": FORMAT,
            "unit": {"code": office.unit_code, "name": nfc(office.name)},
            "exported_at": _fmt(moment),
            "count": len(records),
            "dossiers": records,
        }
        write_file(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        return len(records)
    if suffix not in (".csv", ".xlsx"):
        raise UserError(
            f'Không xuất được tệp "{path.name}": chỉ nhận .csv, .xlsx hoặc .json.',
            f'Cannot export "{path.name}": .csv, .xlsx or .json only.',
        )
    write_table(
        path,
        EXPORT_COLUMNS,
        [_cells(r) for r in records],
        sheet_title="Chờ nhập hệ thống tỉnh",
        separator=office_settings(session).csv_separator,
        digits=("id_number", "phone"),
    )
    return len(records)
