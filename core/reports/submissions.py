"""Submitting a monthly report: the figures and the upload file frozen with a SHA-256 checksum.

A submitted row never changes. When the dossiers behind a submitted month change, `status` shows the
cells that differ from the last submission; submitting again makes a new revision that records those
differences. `reminder` tells the screen what to show from the 1st until the month is submitted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlmodel import Session, col, select

from core.errors import UserError
from core.models import ReportSubmission
from core.office import require_office
from core.office_settings import office_settings
from core.report_uploads import expect_upload, pending_uploads
from core.reports.figures import COLUMNS
from core.reports.kpis import KPI_KEYS
from core.reports.monthly import MonthlyReport, monthly_report
from core.reports.period import due_date, period_of, previous_month
from core.security.access import Permission, caller_of, requires
from core.security.audit import head_mark
from core.text import clean

__all__ = [
    "TOTALS",
    "CellChange",
    "Reminder",
    "ReportStatus",
    "differences",
    "latest_submission",
    "recipient_of",
    "reminder",
    "status",
    "submissions",
    "submit",
    "upload_file",
    "verify",
]

TOTALS = "Tổng cộng"  # the "field" of the totals row in a `CellChange`


@dataclass(frozen=True)
class CellChange:
    """One cell (or KPI, column = its key, field = "") that differs between two versions of a report."""

    field: str
    column: str
    before: int | float | None
    after: int | float | None

    def to_json(self) -> dict:
        return {"field": self.field, "column": self.column, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class ReportStatus:
    """A month as the screen shows it: the current figures, the last submission and what changed since."""

    report: MonthlyReport
    submission: ReportSubmission | None
    changes: tuple[CellChange, ...]

    @property
    def submitted(self) -> bool:
        return self.submission is not None

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class Reminder:
    """The monthly report still to submit: shown from the 1st, ``level`` "red" after the due day."""

    month: str
    due: dt.date
    level: str  # normal | red
    text: str


@requires(Permission.VIEW)
def recipient_of(session: Session) -> str:
    """ "Đơn vị nhận báo cáo": the ``report_recipient`` setting, else the office's parent body."""
    return office_settings(session).report_recipient or require_office(session).parent_name


@requires(Permission.VIEW)
def upload_file(session: Session, report: MonthlyReport) -> tuple[str, bytes]:
    """The file uploaded for ``report``: its name and its xlsx bytes (Biểu II.06a)."""
    from core.reports.xlsx import xlsx_bytes

    name = f"bieu-II.06a-{report.unit_code}-{report.period.month}.xlsx"
    return name, xlsx_bytes(report, recipient=recipient_of(session))


def _rows(figures: dict) -> dict[str, dict]:
    rows = {row["field"]: row for row in figures.get("rows", [])}
    rows[TOTALS] = figures.get("totals", {})
    return rows


def differences(before: dict, after: dict) -> list[CellChange]:
    """Cell by cell (rows, totals, then KPIs) what differs between two `MonthlyReport.to_json` results."""
    old, new = _rows(before), _rows(after)
    changes = []
    for name in [*old, *(n for n in new if n not in old)]:
        for column in COLUMNS:
            a, b = old.get(name, {}).get(column, 0), new.get(name, {}).get(column, 0)
            if a != b:
                changes.append(CellChange(name, column, a, b))
    for key in KPI_KEYS:
        a, b = before.get("kpis", {}).get(key), after.get("kpis", {}).get(key)
        if (a is None) != (b is None) or (a is not None and abs(a - b) > 1e-12):
            changes.append(CellChange("", key, a, b))
    return changes


@requires(Permission.VIEW)
def submissions(session: Session, month: str, period: str | None = None) -> list[ReportSubmission]:
    """Every submitted revision of ``month`` (cut as ``period`` or the setting says), oldest first."""
    span = period_of(session, month, period)
    office = require_office(session)
    return list(
        session.exec(
            select(ReportSubmission)
            .where(
                ReportSubmission.unit_code == office.unit_code,
                ReportSubmission.month == span.month,
                col(ReportSubmission.period_kind) == span.kind,
            )
            .order_by(col(ReportSubmission.revision))
        )
    )


@requires(Permission.VIEW)
def latest_submission(session: Session, month: str, period: str | None = None) -> ReportSubmission | None:
    found = submissions(session, month, period)
    return found[-1] if found else None


@requires(Permission.VIEW)
def status(session: Session, month: str, period: str | None = None) -> ReportStatus:
    """The current report of ``month``, its last submission and the cells changed since."""
    report = monthly_report(session, month, period)
    last = latest_submission(session, month, report.period.kind)
    changes = tuple(differences(last.figures, report.to_json())) if last else ()
    return ReportStatus(report, last, changes)


@requires(Permission.REPORT)
def submit(
    session: Session,
    month: str,
    *,
    period: str | None = None,
    note: str = "",
    at: dt.datetime | None = None,
) -> ReportSubmission:
    """Freeze the report of ``month``: revision 1, or n+1 with its changes when the figures moved.

    The submitter is the signed-in account, with its title (the program's own work is signed with its label);
    the submission keeps the audit trail's head at that moment (a witness, as printed on it).
    Submitting figures equal to the last revision's adds nothing and returns that revision.
    """
    at = (at or dt.datetime.now()).replace(microsecond=0)
    current = status(session, month, period)
    if at < current.report.period.end:
        raise UserError(
            f"Kỳ báo cáo {current.report.period.label.lower()} chưa kết thúc (đến hết ngày "
            f"{current.report.period.last:%d/%m/%Y}): chưa thể nộp.",
            f"The period of {month} has not ended yet: it cannot be submitted.",
        )
    if current.submission is not None and not current.changes:
        return current.submission
    report = current.report
    name, data = upload_file(session, report)
    mark = head_mark(session)
    row = ReportSubmission(
        unit_code=report.unit_code,
        month=report.period.month,
        period_kind=report.period.kind,
        period_from=report.period.first,
        period_to=report.period.last,
        revision=current.submission.revision + 1 if current.submission else 1,
        submitted_at=at,
        submitted_by=_submitter(session),
        figures=report.to_json(),
        changes=[c.to_json() for c in current.changes],
        file_name=name,
        file_data=data,
        checksum=hashlib.sha256(data).hexdigest(),
        note=clean(note),
        trail_seq=mark.seq,
        trail_mark=mark.fingerprint,
    )
    session.add(row)
    session.flush()
    expect_upload(session, row.month, revision=row.revision)  # "to upload" until the upload is recorded
    return row


def _submitter(session: Session) -> str:
    """ "Full name, title" of the signed-in account: never free text a clerk could type as the chairman's."""
    from core.security.accounts import caller_title

    caller = caller_of(session)
    if caller is None or caller.kind != "account":
        return caller.label if caller else ""
    name, title = caller_title(session, caller)
    return f"{name}, {title}" if title else name


def verify(submission: ReportSubmission) -> bool:
    """True when the stored file still matches its checksum."""
    return hashlib.sha256(submission.file_data).hexdigest() == submission.checksum


@requires(Permission.VIEW)
def reminder(session: Session, today: dt.date) -> Reminder | None:
    """The previous month's report while it is not submitted, or submitted but not yet recorded as uploaded
    (issue 9): from the 1st, red after the due day."""
    year, month_number = previous_month(today.year, today.month)
    month = f"{year:04d}-{month_number:02d}"
    due = due_date(month, office_settings(session).report_due_day)
    label = f"{month[5:]}/{month[:4]}"
    if latest_submission(session, month) is not None:
        if month not in pending_uploads(session):
            return None
        return Reminder(
            month,
            due,
            "red" if today > due else "normal",
            f"Báo cáo tháng {label} đã nộp nhưng chưa ghi nhận tải lên hệ thống của tỉnh.",
        )
    if today > due:
        return Reminder(
            month,
            due,
            "red",
            f"Báo cáo tháng {label} đã quá hạn nộp (hạn {due:%d/%m/%Y}): hãy kiểm tra số liệu và nộp ngay.",
        )
    return Reminder(month, due, "normal", f"Báo cáo tháng {label} cần nộp trước hết ngày {due:%d/%m/%Y}.")
