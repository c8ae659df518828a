"""Twelve months on one chart: on-time, online and satisfaction rates (%, left axis) and new dossiers (right).

Months are categories on the horizontal axis; a month whose rate cannot be measured (a zero
denominator) has no point on that line rather than a false 0%.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from core.reports.trends import TrendPoint

__all__ = ["RATE_LINES", "TrendChart"]

#: (TrendPoint attribute, colour) of each rate line.
RATE_LINES = (("on_time_rate", "#1565c0"), ("online_rate", "#2e7d32"), ("satisfaction_rate", "#ef6c00"))


class TrendChart(QChartView):
    """`set_points(points)` draws the lines; `series` maps each line's key to its `QLineSeries`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 240)
        self.chart_ = QChart()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self.chart_)
        self.series: dict[str, QLineSeries] = {}
        self.months = QBarCategoryAxis()
        self.rates = QValueAxis()
        self.rates.setRange(0, 100)
        self.rates.setLabelFormat("%d%%")
        self.rates.setTitleText(self.tr("Rate"))
        self.months.setTitleText(self.tr("Month"))
        self.counts = QValueAxis()
        self.counts.setLabelFormat("%d")
        self.counts.setTitleText(self.tr("Dossiers"))
        self.chart_.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.rates, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.counts, Qt.AlignmentFlag.AlignRight)
        names = {
            "on_time_rate": self.tr("On time"),
            "online_rate": self.tr("Online"),
            "satisfaction_rate": self.tr("Satisfied"),
            "received": self.tr("New dossiers (right axis)"),
        }
        for key, colour in (*RATE_LINES, ("received", "#6d4c41")):
            line = QLineSeries()
            line.setName(names[key])
            pen = QPen(QColor(colour), 2.5)
            if key == "received":
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.setPointsVisible(True)
            self.chart_.addSeries(line)
            line.attachAxis(self.months)
            line.attachAxis(self.counts if key == "received" else self.rates)
            self.series[key] = line

    def set_points(self, points: list[TrendPoint]) -> None:
        self.months.clear()
        self.months.append([f"{point.month[5:]}/{point.month[2:4]}" for point in points])  # "02/26"
        for key, line in self.series.items():
            values = [
                QPointF(x, getattr(point, key) * (1 if key == "received" else 100))
                for x, point in enumerate(points)
                if getattr(point, key) is not None
            ]
            line.replace(values)
        top = max([point.received for point in points] or [0])
        self.counts.setRange(0, max(10, round(top * 1.15 + 0.5)))
        self.counts.applyNiceNumbers()
