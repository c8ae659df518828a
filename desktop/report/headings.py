"""The column headings of Biểu II.06a as the screen shows them: short on screen, in full in the tooltip.

The table's columns: (1) STT, (2) field, (3)–(13) the figures, then ``stopped`` (withdrawn, stopped or
refused, already counted as resolved on time; no number on the form). `groups()` gives the merged headings
above (3)–(13). Strings are translated at call time (English source, Vietnamese catalogue).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.reports import COLUMN_NUMBERS, KPI_LABELS

__all__ = [
    "FIGURE_COLUMNS",
    "TABLE_COLUMNS",
    "column_name",
    "full_heading",
    "group_of",
    "groups",
    "number_of",
    "short_heading",
]

#: The figure keys in table order: (3) … (13), then stopped.
FIGURE_COLUMNS = (*sorted(COLUMN_NUMBERS, key=COLUMN_NUMBERS.__getitem__), "stopped")
#: Every column of the table: STT, field, then the figures.
TABLE_COLUMNS = ("number", "field", *FIGURE_COLUMNS)


_C = "ReportHeadings"
#: On-screen headings (English source; lupdate reads them through QT_TRANSLATE_NOOP).
_SHORT = {
    "number": QT_TRANSLATE_NOOP("ReportHeadings", "No."),
    "field": QT_TRANSLATE_NOOP("ReportHeadings", "Field"),
    "received_total": QT_TRANSLATE_NOOP("ReportHeadings", "Total"),
    "received_online": QT_TRANSLATE_NOOP("ReportHeadings", "Online"),
    "received_direct": QT_TRANSLATE_NOOP("ReportHeadings", "Direct, post"),
    "carried_over": QT_TRANSLATE_NOOP("ReportHeadings", "Carried over"),
    "resolved_total": QT_TRANSLATE_NOOP("ReportHeadings", "Total"),
    "resolved_early": QT_TRANSLATE_NOOP("ReportHeadings", "Early"),
    "resolved_on_time": QT_TRANSLATE_NOOP("ReportHeadings", "On time"),
    "resolved_late": QT_TRANSLATE_NOOP("ReportHeadings", "Late"),
    "pending_total": QT_TRANSLATE_NOOP("ReportHeadings", "Total"),
    "pending_on_time": QT_TRANSLATE_NOOP("ReportHeadings", "In time"),
    "pending_late": QT_TRANSLATE_NOOP("ReportHeadings", "Overdue"),
    "stopped": QT_TRANSLATE_NOOP("ReportHeadings", "Of which\nstopped"),
}
#: The form's full headings, for tooltips and the differences list.
_FULL = {
    "number": QT_TRANSLATE_NOOP("ReportHeadings", "Row number"),
    "field": QT_TRANSLATE_NOOP("ReportHeadings", "Field, work handled by level"),
    "received_total": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers to handle: total"),
    "received_online": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers to handle: newly received online in the period"),
    "received_direct": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers to handle: newly received in person or by post"),
    "carried_over": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers to handle: carried over from the previous period"),
    "resolved_total": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers resolved: total"),
    "resolved_early": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers resolved: before the due date"),
    "resolved_on_time": QT_TRANSLATE_NOOP(
        "ReportHeadings", "Dossiers resolved: on time (withdrawn, stopped or refused included)"
    ),
    "resolved_late": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers resolved: late"),
    "pending_total": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers in progress: total"),
    "pending_on_time": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers in progress: within the due date"),
    "pending_late": QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers in progress: past the due date"),
    "stopped": QT_TRANSLATE_NOOP(
        "ReportHeadings", "Withdrawn, stopped or refused after acceptance (counted as resolved on time)"
    ),
}
_GROUPS = (
    (
        "received_total",
        "carried_over",
        QT_TRANSLATE_NOOP("ReportHeadings", "To handle"),
        QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers to handle"),
    ),
    (
        "resolved_total",
        "resolved_late",
        QT_TRANSLATE_NOOP("ReportHeadings", "Resolved"),
        QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers resolved"),
    ),
    (
        "pending_total",
        "pending_late",
        QT_TRANSLATE_NOOP("ReportHeadings", "In progress"),
        QT_TRANSLATE_NOOP("ReportHeadings", "Dossiers in progress"),
    ),
)


def _t(text: object) -> str:  # the QT_TRANSLATE_NOOP strings (object in PySide6's stubs)
    return QCoreApplication.translate(_C, str(text))


def groups() -> tuple[tuple[int, int, str, str], ...]:
    """The merged headings: (first column, last column, short text, full text), translated."""
    return tuple(
        (TABLE_COLUMNS.index(first), TABLE_COLUMNS.index(last), _t(short), _t(full))
        for first, last, short, full in _GROUPS
    )


def number_of(column: str) -> str:
    """ "(3)" … "(13)", "(1)" and "(2)" for STT and field; "" for stopped."""
    if column == "number":
        return "(1)"
    if column == "field":
        return "(2)"
    return f"({COLUMN_NUMBERS[column]})" if column in COLUMN_NUMBERS else ""


def group_of(column: str) -> str:
    index = TABLE_COLUMNS.index(column)
    return next((full for first, last, _, full in groups() if first <= index <= last), "")


def short_heading(column: str) -> str:
    """The on-screen heading: the short name and the column number on the next line."""
    number = number_of(column)
    return _t(_SHORT[column]) + (f"\n{number}" if number else "")


def full_heading(column: str) -> str:
    """The tooltip: the form's full heading with its column number."""
    number = number_of(column)
    return _t(_FULL[column]) + (f" {number}" if number else "")


def column_name(column: str) -> str:
    """A column or KPI key (a `CellChange.column`) in words, for the differences list."""
    if column in KPI_LABELS:
        return KPI_LABELS[column]
    return full_heading(column) if column in _FULL else column
