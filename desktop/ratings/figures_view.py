"""The figures tab: a period, the satisfaction rate against its target, tables by field, officer, channel
and month, the dissatisfied ratings with their comments, and the export to xlsx."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.satisfaction.figures import Figures
from desktop.file_dialogs import save_file_name
from desktop.operations import Operations
from desktop.qt_typed import py_date, qt_date
from desktop.ratings.data import export_figures, fetch_figures
from desktop.ratings.figures_model import DissatisfiedModel, FiguresModel, percent
from desktop.shortcuts import press_with

__all__ = ["FiguresView", "ask_xlsx_path"]


def ask_xlsx_path(parent: QWidget, suggested: str) -> str:
    """Where to save the workbook ("" when cancelled); tests replace it."""
    caption = QCoreApplication.translate("FiguresView", "Save the figures as Excel")
    path = save_file_name(parent, caption, suggested, "Excel (*.xlsx)")
    return path if not path or path.lower().endswith(".xlsx") else path + ".xlsx"


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class FiguresView(QWidget):
    """Reads the figures of the chosen period on the worker and shows them; nothing is computed here."""

    def __init__(
        self,
        ops: Operations,
        *,
        today: dt.date | None = None,
        ask_path: Callable[[QWidget, str], str] = ask_xlsx_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.ask_path = ops, ask_path
        self.figures: Figures | None = None
        today = today or dt.date.today()
        first = today.replace(day=1)
        last = first.replace(day=calendar.monthrange(today.year, today.month)[1])
        self.since, self.until = QDateEdit(qt_date(first)), QDateEdit(qt_date(last))  # the whole month, not today
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(lambda _: self.refresh())
        self.month_button, self.year_button = QPushButton(self.tr("This &month")), QPushButton(self.tr("This &year"))
        self.month_button.clicked.connect(lambda: self.set_period(first, last))
        self.year_button.clicked.connect(lambda: self.set_period(dt.date(today.year, 1, 1), today))
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        press_with(self.export_button, "Ctrl+E")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        headings = {
            "by_field": self.tr("Field"),
            "by_officer": self.tr("Officer"),
            "by_channel": self.tr("Channel"),
            "by_month": self.tr("Month"),
        }
        self.models = {name: FiguresModel(heading, self) for name, heading in headings.items()}
        self.dissatisfied = DissatisfiedModel(self)
        self.tabs = QTabWidget()
        titles = {
            "by_field": self.tr("By field"),
            "by_officer": self.tr("By officer"),
            "by_channel": self.tr("By channel"),
            "by_month": self.tr("By month"),
        }
        for name, model in self.models.items():
            self.tabs.addTab(_table(model), titles[name])
        self.dissatisfied_view = _table(self.dissatisfied)
        header = self.dissatisfied_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((2, 270), (3, 170), (6, 150)):  # long names wrap; the comment takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.dissatisfied_view.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.dissatisfied_view.resizeRowsToContents())
        self.dissatisfied_view.setWordWrap(True)
        self.tabs.addTab(self.dissatisfied_view, self.tr("Not satisfied: follow up"))
        self.tabs.currentChanged.connect(lambda _: self.dissatisfied_view.resizeRowsToContents())
        self.status = QLabel()
        self._build()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        bar.addWidget(self.month_button)
        bar.addWidget(self.year_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def period(self) -> tuple[dt.date, dt.date]:
        return py_date(self.since.date()), py_date(self.until.date())

    def set_period(self, since: dt.date, until: dt.date) -> None:
        for edit, day in ((self.since, since), (self.until, until)):
            edit.blockSignals(True)
            edit.setDate(qt_date(day))
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        since, until = self.period()
        self.ops.run(
            lambda s: fetch_figures(s, since, until),
            on_done=self.show_figures,
            on_error=lambda e: self.summary.setText(str(e)),
        )

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        total = figures.total
        if total.counts.total == 0:
            self.summary.setText(self.tr("No ratings in this period."))
        else:
            colour = "#1e8449" if total.meets else "#a93226"
            text = self.tr("%n rating(s). Satisfaction rate %1 (target %2). Not satisfied: %3.", "", total.counts.total)
            text = (
                text.replace("%1", f"<b style='color:{colour}'>{percent(total.rate)}</b>")
                .replace("%2", percent(total.target))
                .replace("%3", str(total.counts.dissatisfied))
            )
            self.summary.setText(f"<span style='font-size:13pt'>{text}</span>")
        for name, model in self.models.items():
            model.set_rows(getattr(figures, name))
        self.dissatisfied.set_rows(figures.dissatisfied)
        self.dissatisfied_view.resizeRowsToContents()

    def export(self) -> str:
        since, until = self.period()
        path = self.ask_path(self, f"muc-do-hai-long-{since:%Y%m%d}-{until:%Y%m%d}.xlsx")
        if path:
            self.ops.run(
                lambda s: export_figures(s, since, until, path),
                on_done=lambda p: self.status.setText(self.tr("Saved %1").replace("%1", str(p))),
            )
        return path
