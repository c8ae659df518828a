"""What the report screens ask core, as functions of a session run on the operations worker.

Each returns plain data (no ORM row outlives its session): `MonthView` for the report tab,
`Submitted` after a submission, `CellDossier` lines behind a cell, file bytes for the outputs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from core.office_settings import office_settings
from core.report_uploads import pending_uploads, record_report_upload, uploads
from core.reports import (
    CellChange,
    MonthlyReport,
    Reminder,
    ReportStatus,
    due_date,
    latest_submission,
    monthly_report,
    pdf_bytes,
    recipient_of,
    reminder,
    signer_of,
    status,
    submit,
    trail_mark_of,
    upload_file,
)
from core.reports.drill import CellDossier, cell_dossiers
from core.reports.trends import TrendPoint, trend_point

__all__ = [
    "NOT_SUBMITTED",
    "TO_UPLOAD",
    "UPLOADED",
    "MonthView",
    "SubmissionInfo",
    "Submitted",
    "UploadState",
    "fetch_cell",
    "fetch_month",
    "fetch_pdf",
    "fetch_point",
    "fetch_reminder",
    "fetch_report",
    "fetch_xlsx",
    "pdf_file_name",
    "record_upload",
    "submit_month",
]

NOT_SUBMITTED, TO_UPLOAD, UPLOADED = "not_submitted", "to_upload", "uploaded"


@dataclass(frozen=True)
class SubmissionInfo:
    """A submitted revision, copied out of its row."""

    revision: int
    submitted_at: dt.datetime
    submitted_by: str
    checksum: str
    file_name: str
    changes: tuple[CellChange, ...]  # what differed from the revision before (none for revision 1)


@dataclass(frozen=True)
class UploadState:
    """Whether the submitted report still has to be uploaded to the provincial system."""

    state: str  # NOT_SUBMITTED | TO_UPLOAD | UPLOADED
    uploaded_at: dt.datetime | None = None
    actor: str = ""


@dataclass(frozen=True)
class MonthView:
    """A month as the report tab shows it."""

    status: ReportStatus
    submission: SubmissionInfo | None
    due: dt.date
    upload: UploadState

    @property
    def report(self) -> MonthlyReport:
        return self.status.report


@dataclass(frozen=True)
class Submitted:
    """What a click on Submit did: the revision now on record, and whether it is a new one."""

    submission: SubmissionInfo
    new: bool


def _info(row) -> SubmissionInfo:
    changes = tuple(CellChange(c["field"], c["column"], c["before"], c["after"]) for c in row.changes or ())
    return SubmissionInfo(row.revision, row.submitted_at, row.submitted_by, row.checksum, row.file_name, changes)


def _upload(session: Session, month: str, submitted: bool) -> UploadState:
    if not submitted:
        return UploadState(NOT_SUBMITTED)
    if month in pending_uploads(session, submitted=[month]):
        return UploadState(TO_UPLOAD)
    row = next((r for r in uploads(session) if r.month == month), None)
    return UploadState(UPLOADED, row.uploaded_at if row else None, row.actor if row else "")


def fetch_month(session: Session, month: str) -> MonthView:
    """The report of ``month`` with its last submission, what changed since, the due day and upload state."""
    current = status(session, month)
    info = _info(current.submission) if current.submission is not None else None
    due = due_date(month, office_settings(session).report_due_day)
    return MonthView(current, info, due, _upload(session, month, info is not None))


def fetch_report(session: Session, month: str) -> MonthlyReport:
    return monthly_report(session, month)


def fetch_point(session: Session, month: str) -> TrendPoint:
    """One month of the dashboard's trends."""
    return trend_point(monthly_report(session, month))


def fetch_cell(session: Session, report: MonthlyReport, column: str, field_name: str | None) -> list[CellDossier]:
    return cell_dossiers(session, report, column, field_name)


def submit_month(session: Session, month: str, *, at: dt.datetime) -> Submitted:
    """Submit ``month`` (write): a new revision when the figures moved; the report goes on the upload list."""
    before = latest_submission(session, month)
    row = submit(session, month, at=at)  # core puts the month on the upload list
    return Submitted(_info(row), new=before is None or row.revision != before.revision)


def record_upload(session: Session, month: str, *, at: dt.datetime) -> UploadState:
    """Record (write) that ``month``'s report was uploaded to the provincial system."""
    row = record_report_upload(session, month, at=at)
    return UploadState(UPLOADED, row.uploaded_at, row.actor)


def fetch_pdf(session: Session, report: MonthlyReport, day: dt.date) -> bytes:
    """The chairman's A4 report, dated ``day``."""
    return pdf_bytes(report, signer_of(session), day=day, recipient=recipient_of(session), trail=trail_mark_of(session))


def fetch_xlsx(session: Session, report: MonthlyReport) -> tuple[str, bytes]:
    """The upload file (Biểu II.06a): its suggested name and its bytes."""
    return upload_file(session, report)


def fetch_reminder(session: Session, today: dt.date) -> Reminder | None:
    return reminder(session, today)


def pdf_file_name(report: MonthlyReport) -> str:
    return f"bao-cao-{report.unit_code}-{report.period.month}.pdf"
