"""The dossier register (Sổ theo dõi hồ sơ; 2018 Mẫu 06, 2025 Mẫu 07) for a range of acceptance dates.

A landscape table, one row per dossier, the header row repeated on every page. The register is an
office book, not the citizen's paper: identity numbers are masked (docs/rules.md §7).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlmodel import Session, col, select

from core.documents.common import form_title, header_for, short_moment
from core.documents.model import Cell, Document, Table
from core.dossiers import profile_for
from core.errors import UserError
from core.identity import mask_id_number
from core.models import Apology, Dossier, DossierEvent, stored_id
from core.text import clean, nfc

__all__ = ["REGISTER_HEADINGS", "register", "register_rows"]

REGISTER_HEADINGS = (
    "TT",
    "Mã hồ sơ",
    "Tên TTHC",
    "Số lượng hồ sơ (bộ)",
    "Tên cá nhân, tổ chức",
    "Địa chỉ, số điện thoại",
    "Cơ quan chủ trì giải quyết",
    "Nhận hồ sơ",
    "Hẹn trả kết quả",
    "Chuyển hồ sơ đến cơ quan giải quyết",
    "Nhận kết quả từ cơ quan giải quyết",
    "Trả kết quả cho cá nhân, tổ chức",
    "Ký nhận",
    "Ghi chú",
)
_STOPPED = {"withdrawn": "Rút hồ sơ", "stopped": "Dừng giải quyết", "refused": "Từ chối giải quyết"}
_WIDTHS = (7, 31, 28, 9, 30, 26, 19, 16, 16, 17, 16, 16, 12, 19)  # mm on A4 landscape (262 mm)


def _dossiers(session: Session, since: dt.date, until: dt.date) -> list[Dossier]:
    start, end = dt.datetime.combine(since, dt.time()), dt.datetime.combine(until + dt.timedelta(days=1), dt.time())
    return list(
        session.exec(
            select(Dossier)
            .where(col(Dossier.received_at) >= start, col(Dossier.received_at) < end)
            .order_by(col(Dossier.received_at), col(Dossier.id))
        )
    )


def _first_handovers(session: Session, ids: list[int]) -> dict[int, DossierEvent]:
    found: dict[int, DossierEvent] = {}
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for event in session.exec(
            select(DossierEvent)
            .where(col(DossierEvent.kind) == "handed_over", col(DossierEvent.dossier_id).in_(chunk))
            .order_by(col(DossierEvent.at), col(DossierEvent.id))
        ):
            found.setdefault(event.dossier_id, event)
    return found


def _apologies(session: Session, ids: list[int]) -> dict[int, list[Apology]]:
    found: dict[int, list[Apology]] = defaultdict(list)
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for row in session.exec(
            select(Apology).where(col(Apology.dossier_id).in_(chunk)).order_by(col(Apology.issued_at))
        ):
            found[row.dossier_id].append(row)
    return found


def _note(dossier: Dossier, apologies: list[Apology]) -> str:
    notes = []
    if dossier.stopped_at:
        notes.append(f"{_STOPPED.get(dossier.stop_kind, 'Dừng')} {dossier.stopped_at:%d/%m/%Y}")
    if apologies:
        new_due = apologies[-1].new_due_at
        notes.append("Đã xin lỗi" + (f", hẹn lại {new_due:%d/%m/%Y}" if new_due else ""))
    if dossier.result_at and dossier.result_at > dossier.due_at:
        notes.append("Quá hạn")
    return "; ".join(notes)


def register_rows(session: Session, since: dt.date, until: dt.date) -> tuple[tuple[Cell, ...], ...]:
    """The register's rows for dossiers accepted from ``since`` to ``until`` (both included)."""
    dossiers = _dossiers(session, since, until)
    ids = [stored_id(d) for d in dossiers]
    handovers, apologies = _first_handovers(session, ids), _apologies(session, ids)
    rows = []
    for number, d in enumerate(dossiers, start=1):
        person = nfc(clean(d.applicant_name)) + (f"\nCCCD: {mask_id_number(d.id_number)}" if d.id_number else "")
        contact = "\n".join(part for part in (nfc(clean(d.address)), d.phone) if part)
        handover = handovers.get(stored_id(d))
        rows.append(
            (
                Cell(str(number)),
                Cell(d.code),
                Cell(nfc(d.procedure_name)),
                Cell("01"),
                Cell(person),
                Cell(contact),
                Cell(nfc(clean(d.handler))),
                Cell(short_moment(d.received_at)),
                Cell(short_moment(d.due_at)),
                Cell(short_moment(handover.at) if handover else ""),
                Cell(short_moment(d.result_at)),
                Cell(short_moment(d.returned_at)),
                Cell(),
                Cell(_note(d, apologies.get(stored_id(d), []))),
            )
        )
    return tuple(rows)


def register(session: Session, since: dt.date, until: dt.date, *, profile: str | None = None) -> Document:
    """Sổ theo dõi hồ sơ of the profile in force at ``until`` (or the one given)."""
    if until < since:
        raise UserError(
            f"Khoảng ngày không hợp lệ: {since:%d/%m/%Y} sau {until:%d/%m/%Y}.",
            f"Invalid range: {since:%Y-%m-%d} is after {until:%Y-%m-%d}.",
        )
    profile = profile or profile_for(until)
    _, header = header_for(session, profile, "register", national=False)
    table = Table(
        columns=REGISTER_HEADINGS,
        rows=register_rows(session, since, until),
        widths=_WIDTHS,
        numeric=(0, 3),
        font_size=8,
    )
    period = f"Hồ sơ tiếp nhận từ ngày {since:%d/%m/%Y} đến ngày {until:%d/%m/%Y}"
    return Document(
        kind="register",
        profile=profile,
        header=header,
        title=form_title(profile, "register"),
        subtitles=(period, f"Tổng số: {len(table.rows)} hồ sơ"),
        blocks=(table,),
        landscape=True,
        page_numbers=True,
        reference=f"{since:%Y%m%d}-{until:%Y%m%d}",
    )
