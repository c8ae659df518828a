"""Báo cáo: the monthly report (docs/rules.md §5) — pick a month, check it, print it, save it, submit it.

The Report tab shows Biểu II.06a, the KPIs against the targets and the late annex; every figure lists
the dossiers behind it. Preview PDF…, Save for upload… (xlsx), Submit… (a frozen, checksummed revision)
and Record upload act on the month shown. The Dashboard tab shows the month against the targets and
the twelve months before it. Every read and write runs on the operations worker, with a busy bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.files import write_file
from core.reports.drill import CellDossier
from core.reports.period import previous_month
from desktop.core_words import month_label, period_range
from desktop.operations import Operations
from desktop.qt_typed import label_for
from desktop.report import actions, data
from desktop.report.cell_dialog import CellDialog
from desktop.report.changes_view import SubmissionDialog, changes_dialog
from desktop.report.dashboard import Dashboard
from desktop.report.headings import full_heading
from desktop.report.report_view import ReportView
from desktop.shortcuts import press_with, shortcut

__all__ = ["ReportPage"]

OpenDossier = Callable[[str], None]


class ReportPage(QWidget):
    #: A month was submitted (the reminder refreshes itself on it).
    submitted = Signal(str)
    #: The month's figures are on screen (tests wait on it).
    loaded = Signal()

    def __init__(
        self,
        ops: Operations,
        *,
        open_dossier: OpenDossier | None = None,
        today: dt.date | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.open_dossier, self.clock = ops, open_dossier, clock
        self.view: data.MonthView | None = None
        self.dialog: QWidget | None = None
        self._busy = 0
        self.month_edit = QDateEdit()
        self.month_edit.setDisplayFormat("MM/yyyy")
        year, month = previous_month(*((today or clock().date()).timetuple()[:2]))
        self.month_edit.setDate(QDate(year, month, 1))
        self.month_edit.dateChanged.connect(self.refresh)
        self.period_label, self.state_label = QLabel(), QLabel()
        self.period_label.setWordWrap(True)
        self.state_label.setWordWrap(True)
        self.busy_bar = QProgressBar(minimum=0, maximum=0)
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.pdf_button = QPushButton(self.tr("Preview and &print…"))
        self.xlsx_button = QPushButton(self.tr("Save for &upload (xlsx)…"))
        self.submit_button = QPushButton(self.tr("&Submit…"))
        self.upload_button = QPushButton(self.tr("Record up&load"))
        self.changes_button = QPushButton(self.tr("Show &differences…"))
        self.changes_button.setVisible(False)
        for button, slot in (
            (self.pdf_button, self.preview_pdf),
            (self.xlsx_button, self.save_xlsx),
            (self.submit_button, self.submit),
            (self.upload_button, self.record_upload),
            (self.changes_button, self.show_changes),
        ):
            button.clicked.connect(slot)
        press_with(self.pdf_button, QKeySequence.StandardKey.Print)
        press_with(self.xlsx_button, "Ctrl+E")
        shortcut(self, QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Reload the month"))
        self.report_view = ReportView()
        self.report_view.cell_requested.connect(self.open_cell)
        self.report_view.dossier_requested.connect(self._open)
        self.dashboard = Dashboard(ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.report_view, self.tr("Report"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._layout()
        self._enable()
        self._loaded_once = False

    def _layout(self) -> None:
        top = QHBoxLayout()
        month = label_for(self.tr("&Month:"), self.month_edit)
        top.addWidget(month)
        top.addWidget(self.month_edit)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.busy_bar)
        state = QHBoxLayout()
        state.addWidget(self.state_label, 1)
        for button in (self.changes_button, self.pdf_button, self.xlsx_button, self.submit_button, self.upload_button):
            state.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(state)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    # -- the month ------------------------------------------------------------------------
    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def set_month(self, month: str) -> None:
        self.month_edit.setDate(QDate(int(month[:4]), int(month[5:]), 1))

    def _run(self, fn, *, write: bool = False, on_done=None) -> None:
        """A worker call with the busy bar shown until it comes back (done or failed)."""
        self._busy += 1
        self.busy_bar.setVisible(True)

        def finish(callback, value) -> None:
            self._busy -= 1
            self.busy_bar.setVisible(self._busy > 0)
            if callback is not None:
                callback(value)

        self.ops.run(
            fn,
            write=write,
            on_done=lambda value: finish(on_done, value),
            on_error=lambda error: finish(lambda e: self.ops.show_error(str(e)), error),
        )

    def refresh(self) -> None:
        month = self.month()
        self._run(lambda s: data.fetch_month(s, month), on_done=self.show_month)
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.load(month)

    def show_month(self, view: data.MonthView) -> None:
        if view.report.period.month != self.month():
            return  # an older answer: the clerk has moved on
        self.view = view
        period = view.report.period
        kind = self.tr("calendar month") if period.kind == "calendar" else self.tr("cut-off 15th–14th (NĐ 09/2019)")
        self.period_label.setText(
            self.tr("%1 (%2) · %3 · due by %4")
            .replace("%1", month_label(period))
            .replace("%2", period_range(period))
            .replace("%3", kind)
            .replace("%4", f"{view.due:%d/%m/%Y}")
        )
        self.report_view.set_report(view.report)
        self.state_label.setText(self._state_text(view))
        self.state_label.setStyleSheet("color: #b00020; font-weight: bold;" if view.status.changed else "")
        self.changes_button.setVisible(view.status.changed)
        self._enable()
        self.loaded.emit()

    def _state_text(self, view: data.MonthView) -> str:
        info = view.submission
        if info is None:
            return self.tr("Not submitted yet.")
        text = (
            self.tr("Revision %1 submitted at %2 by %3 (SHA-256 %4…).")
            .replace("%1", str(info.revision))
            .replace("%2", f"{info.submitted_at:%H:%M %d/%m/%Y}")
            .replace("%3", info.submitted_by)
            .replace("%4", info.checksum[:12])
        )
        if view.upload.state == data.TO_UPLOAD:
            text += " " + self.tr("To upload to the provincial system.")
        elif view.upload.uploaded_at is not None:
            text += " " + self.tr("Uploaded at %1 by %2.").replace(
                "%1", f"{view.upload.uploaded_at:%H:%M %d/%m/%Y}"
            ).replace("%2", view.upload.actor)
        if view.status.changed:
            text += " " + self.tr(
                "The figures have changed since (%n cell(s)): submit again to make a new revision.",
                "",
                len(view.status.changes),
            )
        return text

    def _enable(self) -> None:
        shown = self.view is not None
        for button in (self.pdf_button, self.xlsx_button, self.submit_button):
            button.setEnabled(shown)
        self.upload_button.setEnabled(self.view is not None and self.view.upload.state == data.TO_UPLOAD)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard and self.dashboard.month != self.month():
            self.dashboard.load(self.month())

    # -- the dossiers behind a cell -------------------------------------------------------
    def open_cell(self, column: str, field: str) -> None:
        if self.view is None:
            return
        report, name = self.view.report, field or None
        title = f"{full_heading(column)} — {field or self.tr('Total')} — {month_label(report.period)}"
        self._run(
            lambda s: data.fetch_cell(s, report, column, name), on_done=lambda lines: self._show_cell(title, lines)
        )

    def _show_cell(self, title: str, lines: list[CellDossier]) -> None:
        self.dialog = CellDialog(title, lines, self._open if self.open_dossier else None, self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _open(self, code: str) -> None:
        if self.open_dossier is not None:
            self.open_dossier(code)

    # -- outputs --------------------------------------------------------------------------
    def preview_pdf(self) -> None:
        if self.view is None:
            return
        report, day = self.view.report, self.clock().date()
        title = self.tr("Monthly report — %1").replace("%1", month_label(report.period))
        self._run(
            lambda s: data.fetch_pdf(s, report, day),
            on_done=lambda pdf: setattr(
                self, "dialog", actions.show_pdf(self, pdf, title=title, file_name=data.pdf_file_name(report))
            ),
        )

    def save_xlsx(self) -> None:
        if self.view is not None:
            report = self.view.report
            self._run(lambda s: data.fetch_xlsx(s, report), on_done=self._write_xlsx)

    def _write_xlsx(self, named: tuple[str, bytes]) -> None:
        path = actions.choose_xlsx_path(self, named[0])
        if path:
            # on the worker, written whole: a file Excel holds open is waited for a moment, then one line in
            # the app's message box (never an exception inside this Qt callback)
            self._run(
                lambda _session: write_file(path, named[1]),
                on_done=lambda _: self.state_label.setText(self.tr("Saved %1.").replace("%1", path)),
            )

    # -- submission and upload ------------------------------------------------------------
    def submit(self) -> None:
        if self.view is None:
            return
        month, label = self.month(), month_label(self.view.report.period)
        if not actions.confirm(
            self,
            self.tr("Submit the report"),
            self.tr(
                "Submit the report of %1? Its figures and its file are frozen with a checksum; a later change "
                "makes a new revision."
            ).replace("%1", label),
        ):
            return
        at = self.clock().replace(microsecond=0)
        self._run(
            lambda s: data.submit_month(s, month, at=at),
            write=True,
            on_done=lambda done: self._submitted(label, month, done),
        )

    def _submitted(self, label: str, month: str, done: data.Submitted) -> None:
        self.dialog = SubmissionDialog(label, done.submission, done.new, self)
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        self.submitted.emit(month)
        self.refresh()

    def show_changes(self) -> None:
        if self.view is not None and self.view.submission is not None:
            self.dialog = changes_dialog(self, self.view.submission.revision, self.view.status.changes)

    def record_upload(self) -> None:
        if self.view is None:
            return
        month, label = self.month(), month_label(self.view.report.period)
        if actions.confirm(
            self,
            self.tr("Record upload"),
            self.tr("Record that the report of %1 has been uploaded to the provincial system?").replace("%1", label),
        ):
            at = self.clock().replace(microsecond=0)
            self._run(lambda s: data.record_upload(s, month, at=at), write=True, on_done=lambda _: self.refresh())
