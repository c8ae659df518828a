"""The monthly report (docs/rules.md §5): figures, KPIs, the xlsx for upload, the chairman's PDF, submissions.

What a screen or a command calls (each takes a `Session`; the caller owns the transaction)::

    report = monthly_report(session, "2025-03")             # MonthlyReport; period from the settings
    report.to_json()                                         # docs/cli.md's JSON
    report_codes(session, report, "resolved_late", "Hộ tịch")  # the dossiers behind a cell
    xlsx_bytes(report, recipient=recipient_of(session))      # Biểu II.06a
    pdf_bytes(report, signer_of(session))                    # A4 for the chairman
    status(session, "2025-03")                               # submitted? changed since? (cell by cell)
    submit(session, "2025-03")                               # freeze (revision 1, 2, …)
    reminder(session, today)                                 # what to show from the 1st

Modules import ReportLab and openpyxl only when a file is drawn.
"""

from __future__ import annotations

from core.reports.figures import COLUMN_NUMBERS, COLUMNS, cell_codes
from core.reports.kpis import KPI_KEYS, KPI_LABELS, Kpi, LateDossier, percent
from core.reports.monthly import MonthlyReport, monthly_report, report_codes
from core.reports.period import PERIOD_KINDS, Period, due_date, parse_month, period_for, period_of
from core.reports.submissions import (
    CellChange,
    Reminder,
    ReportStatus,
    differences,
    latest_submission,
    recipient_of,
    reminder,
    status,
    submissions,
    submit,
    upload_file,
    verify,
)
from core.security.audit import head_mark

__all__ = [
    "COLUMNS",
    "COLUMN_NUMBERS",
    "KPI_KEYS",
    "KPI_LABELS",
    "PERIOD_KINDS",
    "CellChange",
    "Kpi",
    "LateDossier",
    "MonthlyReport",
    "Period",
    "Reminder",
    "ReportStatus",
    "cell_codes",
    "differences",
    "due_date",
    "latest_submission",
    "monthly_report",
    "parse_month",
    "pdf_bytes",
    "percent",
    "period_for",
    "period_of",
    "recipient_of",
    "reminder",
    "report_codes",
    "report_document",
    "signer_of",
    "status",
    "submissions",
    "submit",
    "trail_mark_of",
    "upload_file",
    "verify",
    "xlsx_bytes",
]


def xlsx_bytes(report: MonthlyReport, *, recipient: str = "") -> bytes:
    """Biểu II.06a as xlsx bytes (openpyxl imported on first use)."""
    from core.reports import xlsx

    return xlsx.xlsx_bytes(report, recipient=recipient)


def pdf_bytes(report: MonthlyReport, signer: dict[str, str], **options) -> bytes:
    """The chairman's A4 report as PDF bytes (ReportLab imported on first use)."""
    from core.reports import pdf

    return pdf.pdf_bytes(report, signer, **options)


def report_document(report: MonthlyReport, signer: dict[str, str], **options):
    """The chairman's report as a `core.documents.Document` (plain data, for a preview or a test)."""
    from core.reports import pdf

    return pdf.report_document(report, signer, **options)


def trail_mark_of(session) -> str:
    """The audit trail's head as printed on a report (``SEQ:ABCD-1234``; "" before any event)."""

    mark = head_mark(session)
    return mark.printed if mark.seq else ""


def signer_of(session) -> dict[str, str]:
    """The office's signers setting with its defaults (``chairman_prefix``, ``chairman_title``, ``chairman_name``)."""
    from core.documents.common import signers

    return signers(session)
