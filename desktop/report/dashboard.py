"""The report dashboard: this month against the targets (tiles), twelve-month trends, figures by field.

`load(month)` queues thirteen small reads on the operations worker: the month's report (tiles, fields)
and one trend point per month back to eleven months before; a progress bar counts them in. A newer
`load` makes the answers of an older one be ignored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.reports import KPI_KEYS, Kpi, MonthlyReport, percent
from core.reports.trends import TrendPoint, by_field, months_back, trend_point
from desktop.core_words import month_label, period_range, word
from desktop.operations import Operations
from desktop.report import data
from desktop.report.kpi_model import target_text, verdict_colours
from desktop.report.trend_chart import TrendChart

__all__ = ["MONTHS", "Dashboard", "KpiTile"]

MONTHS = 12


class KpiTile(QFrame):
    """One KPI: its name, the rate in large type, the target and the verdict in colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name, self.rate, self.target = QLabel(), QLabel("—"), QLabel()
        self.name.setWordWrap(True)
        self.target.setWordWrap(True)
        self.name.setMinimumHeight(self.name.fontMetrics().height() * 2 + 2)
        self.name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rate.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for label in (self.name, self.rate, self.target):
            layout.addWidget(label)

    def set_kpi(self, kpi: Kpi) -> None:
        self.name.setText(word(kpi.label))
        self.rate.setText(percent(kpi.rate))
        verdict = "—" if kpi.met is None else (self.tr("Met") if kpi.met else self.tr("Not met"))
        self.target.setText(self.tr("Target %1 · %2").replace("%1", target_text(kpi)).replace("%2", verdict))
        text, background = verdict_colours(kpi)
        self.setStyleSheet(
            f"KpiTile {{ background: {background.name()}; border: 1px solid {text.name()}; "
            f"border-radius: 4px; }} QLabel {{ color: {text.name()}; background: transparent; }}"
        )


class Dashboard(QWidget):
    """Tiles over a splitter of the trend chart and the by-field table. ``loaded`` fires when all 12 are in."""

    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.month = ""
        self.report: MonthlyReport | None = None
        self.points: dict[str, TrendPoint] = {}
        self._generation = 0
        self.tiles = {key: KpiTile() for key in KPI_KEYS}
        self.chart = TrendChart()
        self.fields = QTableWidget(0, 5)
        self.fields.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("To handle\n(3)"),
                self.tr("Resolved\n(7)"),
                self.tr("On time\n(8)+(9)"),
                self.tr("Late\n(10)+(13)"),
            ]
        )
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.fields.setColumnWidth(column, 74)
        self.progress = QProgressBar(maximum=MONTHS)
        self.progress.setVisible(False)
        self.progress.setFormat(self.tr("Computing the months: %v of %m"))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for number, key in enumerate(KPI_KEYS):
            tiles.addWidget(self.tiles[key], 0, number)
        by_field = QWidget()
        field_layout = QVBoxLayout(by_field)
        field_layout.setContentsMargins(0, 0, 0, 0)
        field_layout.addWidget(QLabel(self.tr("By field, this month")))
        field_layout.addWidget(self.fields, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart)
        splitter.addWidget(by_field)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 460])
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.progress)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(splitter, 1)

    def load(self, month: str) -> None:
        """Compute ``month`` and the eleven before it, one worker call each."""
        self._generation += 1
        generation, self.month, self.points = self._generation, month, {}
        self.progress.setValue(0)
        self.progress.setVisible(True)
        months = months_back(month, MONTHS)
        self.ops.run(lambda s: data.fetch_report(s, month), on_done=lambda r: self._report(generation, r))
        for earlier in reversed(months[:-1]):
            self._fetch_point(generation, earlier)

    def _fetch_point(self, generation: int, month: str) -> None:
        self.ops.run(lambda s: data.fetch_point(s, month), on_done=lambda p: self._point(generation, p))

    def _report(self, generation: int, report: MonthlyReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        self.title.setText(
            self.tr("%1 against the targets; the twelve months to it").replace(
                "%1", f"{month_label(report.period)} ({period_range(report.period)})"
            )
        )
        for key, tile in self.tiles.items():
            tile.set_kpi(report.kpis[key])
        # how the digitised rate was counted: from files, and recorded flags apart (core's one line, or none)
        self.tiles["digitized_rate"].setToolTip(report.digitized_note())
        self._fill_fields(report)
        self._point(generation, trend_point(report))

    def _point(self, generation: int, point: TrendPoint) -> None:
        if generation != self._generation:
            return
        self.points[point.month] = point
        self.progress.setValue(len(self.points))
        if len(self.points) == MONTHS:
            self.progress.setVisible(False)
            self.chart.set_points(self.trend())
            self.loaded.emit()

    def trend(self) -> list[TrendPoint]:
        """The points received so far, oldest first."""
        return [self.points[m] for m in sorted(self.points)]

    def _fill_fields(self, report: MonthlyReport) -> None:
        lines = by_field(report)
        self.fields.setRowCount(len(lines))
        for row, line in enumerate(lines):
            texts = (
                line.field,
                str(line.received_total),
                str(line.resolved_total),
                percent(line.on_time_rate),
                str(line.late),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 4 and line.late:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.fields.setItem(row, column, item)
