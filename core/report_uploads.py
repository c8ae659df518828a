"""Monthly reports to upload to the provincial system by hand, and the record that they were.

A submitted monthly report stays "to upload" until the clerk records the upload (when, by whom).
`expect_upload` puts a month on the list (the report submission calls it; the lead links the two);
`pending_uploads` also counts months that the caller knows were submitted (``submitted``) and that
have no upload recorded, so the report reminder can count them before that link exists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlmodel import Session, col, select

from core.errors import UserError
from core.models import ReportUpload
from core.security.access import Permission, acting_name, requires
from core.text import clean

__all__ = ["expect_upload", "pending_uploads", "record_report_upload", "uploads"]

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _month(month: str) -> str:
    month = (month or "").strip()
    if not _MONTH.match(month):
        raise UserError(f'Tháng "{month}" không hợp lệ (dạng YYYY-MM).', f'Invalid month "{month}" (YYYY-MM).')
    return month


def _row(session: Session, month: str) -> ReportUpload | None:
    return session.exec(select(ReportUpload).where(ReportUpload.month == month)).first()


@requires(Permission.REPORT)
def expect_upload(session: Session, month: str, *, revision: int = 1) -> ReportUpload:
    """Put ``month``'s report on the "to upload" list (nothing changes if it is there already).

    A new revision (``revision`` > 1) of a report already uploaded must be uploaded again: the month
    goes back on the list, and the earlier upload stays in the note (and in the audit trail)."""
    month = _month(month)
    row = _row(session, month)
    if row is None:
        row = ReportUpload(month=month)
        session.add(row)
        session.flush()
    elif revision > 1 and row.uploaded_at is not None:
        earlier = f"Bản trước đã tải lên lúc {row.uploaded_at:%H:%M %d/%m/%Y} ({row.actor})."
        row.note = clean(f"{earlier} {row.note}")[:1000]
        row.uploaded_at, row.actor = None, ""
        session.add(row)
        session.flush()
    return row


@requires(Permission.REPORT)
def record_report_upload(session: Session, month: str, at: dt.datetime | None = None, note: str = "") -> ReportUpload:
    """Record that ``month``'s report was uploaded by the caller at ``at``; refused twice (keeps the first)."""
    month = _month(month)
    actor = clean(acting_name(session))
    if not actor:
        raise UserError("Cần ghi người đã tải báo cáo lên.", "Who uploaded the report is missing.")
    row = _row(session, month) or ReportUpload(month=month)
    if row.uploaded_at is not None:
        raise UserError(
            f"Báo cáo tháng {month} đã ghi nhận tải lên lúc {row.uploaded_at:%H:%M %d/%m/%Y} ({row.actor}).",
            f"The {month} report was already recorded as uploaded.",
        )
    row.uploaded_at = (at or dt.datetime.now()).replace(microsecond=0)
    row.actor, row.note = actor, clean(note)
    session.add(row)
    session.flush()
    return row


@requires(Permission.VIEW)
def pending_uploads(session: Session, submitted: Iterable[str] = ()) -> list[str]:
    """Months whose report is still to upload, oldest first: expected ones, and ``submitted`` ones not uploaded."""
    rows = {r.month: r for r in session.exec(select(ReportUpload))}
    months = {m for m, r in rows.items() if r.uploaded_at is None}
    months |= {m for m in map(_month, submitted) if m not in rows or rows[m].uploaded_at is None}
    return sorted(months)


@requires(Permission.VIEW)
def uploads(session: Session) -> list[ReportUpload]:
    """Every month on record, newest first."""
    return list(session.exec(select(ReportUpload).order_by(col(ReportUpload.month).desc())))
