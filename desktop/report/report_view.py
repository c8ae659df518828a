"""The report tab's body: the Biểu II.06a table over the KPIs against targets and the late annex.

Double-click (or Enter) on a figure asks for the dossiers behind it (``cell_requested(column, field)``,
field "" for the totals row); on a late dossier it asks to open it (``dossier_requested(code)``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from core.reports import MonthlyReport
from desktop.report.figures_model import FiguresModel
from desktop.report.grouped_header import GroupedHeader
from desktop.report.headings import groups
from desktop.report.kpi_model import KpiModel
from desktop.report.late_model import LateModel

__all__ = ["EnterTable", "ReportView"]

NUMBER_WIDTH, FIGURE_WIDTH, STOPPED_WIDTH = 40, 76, 80


class EnterTable(QTableView):
    """A table where Enter activates the current cell as a double-click does."""

    activated_cell = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self.activated_cell)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_cell.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ReportView(QWidget):
    cell_requested = Signal(str, str)
    dossier_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures, self.kpis, self.late = FiguresModel(self), KpiModel(self), LateModel(self)
        self.table = EnterTable()
        self.header = GroupedHeader(self.table)
        self.table.setHorizontalHeader(self.header)
        self.table.setModel(self.figures)
        self.header.set_groups(groups())
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 4)
        self._size_figures()
        self.table.activated_cell.connect(self._figure_activated)
        self.kpi_table = self._plain_table(self.kpis)
        self.kpi_table.horizontalHeader().setSectionResizeMode(KpiModel.LABEL, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (KpiModel.COUNTED, 64),
            (KpiModel.RATE, 60),
            (KpiModel.TARGET, 60),
            (KpiModel.VERDICT, 76),
        ):
            self.kpi_table.setColumnWidth(column, width)
        self.kpi_table.setWordWrap(False)  # one line per indicator (the whole name in its tooltip): all fit 1366×768
        self.kpi_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.late_table = EnterTable()
        self.late_table.setModel(self.late)
        self._plain(self.late_table)
        self.late_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.late_table.horizontalHeader().setSectionResizeMode(LateModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (LateModel.CODE, 162),
            (LateModel.DUE, 112),
            (LateModel.STATE, 112),
            (LateModel.APOLOGY, 92),
        ):
            self.late_table.setColumnWidth(column, width)
        self.late_table.activated_cell.connect(lambda index: self.dossier_requested.emit(self.late.code(index.row())))
        self.late_title = QLabel()
        self._layout()

    @staticmethod
    def _plain(view: QTableView) -> None:
        view.verticalHeader().hide()
        view.verticalHeader().setMinimumSectionSize(10)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 4)  # compact rows
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)

    def _plain_table(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        self._plain(view)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        return view

    def _size_figures(self) -> None:
        header = self.header
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(FiguresModel.FIELD, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        header.resizeSection(FiguresModel.NUMBER, NUMBER_WIDTH)
        for column in range(FiguresModel.FIRST_FIGURE, self.figures.columnCount() - 1):
            header.resizeSection(column, FIGURE_WIDTH)
        header.resizeSection(self.figures.columnCount() - 1, STOPPED_WIDTH)

    def _layout(self) -> None:
        bottom = QSplitter(Qt.Orientation.Horizontal)
        for title, view in (
            (QLabel(self.tr("Indicators against the targets")), self.kpi_table),
            (self.late_title, self.late_table),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            box_layout.addWidget(title)
            box_layout.addWidget(view, 1)
            bottom.addWidget(box)
        bottom.setSizes([600, 540])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 230])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)

    def set_report(self, report: MonthlyReport | None) -> None:
        for model in (self.figures, self.kpis, self.late):
            model.set_report(report)
        self._fit_figures()
        count = len(report.late) if report is not None else 0
        self.late_title.setText(self.tr("Annex: late dossiers (%1) — double-click to open").replace("%1", str(count)))

    def _figure_activated(self, index: QModelIndex) -> None:
        ref = self.figures.cell_at(index)
        if ref is not None:
            self.cell_requested.emit(ref[0], ref[1] or "")

    def _fit_figures(self) -> None:
        """The figures table no taller than its rows: the room left goes to the indicators and the annex."""
        rows = self.figures.rowCount()
        need = (
            self.header.sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )
        self.table.setMaximumHeight(max(need, 120))
