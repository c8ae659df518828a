"""The evaluation sheet tab: open a dossier's sheet, score the nine indicators (self and reviewed), see the
totals and grades, save, and print through the PDF preview. Rules (points, grades) stay in core."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.satisfaction.evaluation import MAX_POINTS, TOTAL_POINTS, Indicator, Sheet, grade_of
from desktop.operations import Operations
from desktop.ratings.data import fetch_sheet, sheet_pdf, store_sheet
from desktop.shortcuts import press_with

__all__ = ["EvaluationEditor", "PdfShow", "preview_pdf"]

#: Shows PDF bytes with a title and a file name (the shared preview by default; tests pass their own).
PdfShow = Callable[[QWidget, bytes, str, str], None]


def preview_pdf(parent: QWidget, data: bytes, title: str, file_name: str) -> None:
    from desktop.widgets.pdf_preview import PdfPreviewDialog

    PdfPreviewDialog.show_pdf(parent, data, title=title, file_name=file_name)


def _score_box(value: int | None) -> QSpinBox:
    """0–2 points, or "—" (not scored yet) one step below 0."""
    box = QSpinBox()
    box.setRange(-1, MAX_POINTS)
    box.setSpecialValueText("—")
    box.setValue(-1 if value is None else value)
    box.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return box


class EvaluationEditor(QWidget):
    SELF, REVIEWED, NOTE = 3, 4, 5

    def __init__(self, ops: Operations, *, show_pdf: PdfShow = preview_pdf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.show_pdf = ops, show_pdf
        self.sheet: Sheet | None = None
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Dossier code"))
        self.code.returnPressed.connect(self.open_code)
        self.open_button = QPushButton(self.tr("&Open sheet"))
        self.open_button.clicked.connect(self.open_code)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Indicator"),
                self.tr("Standard"),
                self.tr("Self-score"),
                self.tr("Reviewed"),
                self.tr("Note"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.NOTE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.NOTE, 200)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.save_button, self.print_button = QPushButton(self.tr("&Save")), QPushButton(self.tr("Save and &print…"))
        press_with(self.save_button, QKeySequence.StandardKey.Save)
        press_with(self.print_button, QKeySequence.StandardKey.Print)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.save(then_print=True))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._build()
        self._enable(False)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dossier:")))
        top.addWidget(self.code, 1)
        top.addWidget(self.open_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)

    def _enable(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.print_button.setEnabled(on)

    def open_code(self, code: str | None = None) -> None:
        code = (code or self.code.text()).strip()
        if code:
            self.code.setText(code)
            self.ops.run(
                lambda s: fetch_sheet(s, code), on_done=self.show_sheet, on_error=lambda e: self.status.setText(str(e))
            )

    def show_sheet(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.status.setText(
            ""
            if sheet.saved
            else self.tr("New sheet: indicators 1 and 3 are suggested from the dossier's history; check them.")
        )
        self.about.setText(f"<b>{sheet.code}</b> — {sheet.procedure} ({sheet.field}) — {sheet.applicant}")
        self.table.setRowCount(len(sheet.indicators))
        for row, indicator in enumerate(sheet.indicators):
            self._fill_row(row, indicator)
        self.table.resizeRowsToContents()
        self._enable(True)
        self.update_totals()

    def _fill_row(self, row: int, indicator: Indicator) -> None:
        for column, text in ((0, str(indicator.number)), (1, indicator.name), (2, str(indicator.max_points))):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if column != 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)
        for column, value in ((self.SELF, indicator.self_score), (self.REVIEWED, indicator.reviewed)):
            box = _score_box(value)
            box.valueChanged.connect(lambda _: self.update_totals())
            self.table.setCellWidget(row, column, box)
        self.table.setItem(row, self.NOTE, QTableWidgetItem(indicator.note))

    def scores(self, column: int) -> list[int | None]:
        values = []
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, column)
            assert isinstance(box, QSpinBox)  # every row has its _score_box
            values.append(box.value())
        return [None if v < 0 else v for v in values]

    def notes(self) -> list[str]:
        items = [self.table.item(r, self.NOTE) for r in range(self.table.rowCount())]
        return [item.text() if item else "" for item in items]

    def update_totals(self) -> None:
        if self.sheet is None:
            return
        parts = []
        for title, column in ((self.tr("Self-score"), self.SELF), (self.tr("Reviewed"), self.REVIEWED)):
            values = self.scores(column)
            if any(v is None for v in values):
                parts.append(
                    f"{title}: "
                    + self.tr("%1 of 9 indicators scored").replace("%1", str(sum(v is not None for v in values)))
                )
            else:
                total = sum(values)  # type: ignore[arg-type]
                parts.append(f"{title}: <b>{total}/{TOTAL_POINTS}</b> — <b>{grade_of(total, self.sheet.bands)}</b>")
        self.totals.setText("&nbsp;&nbsp;&nbsp;&nbsp;".join(parts))

    def save(self, *, then_print: bool = False) -> None:
        if self.sheet is None:
            return
        code, own, reviewed, notes = self.sheet.code, self.scores(self.SELF), self.scores(self.REVIEWED), self.notes()
        self.ops.run(
            lambda s: store_sheet(s, code, self_scores=own, reviewed=reviewed, notes=notes),
            write=True,
            on_done=lambda sheet: self._saved(sheet, then_print),
            on_error=lambda e: self.status.setText(str(e)),
        )

    def _saved(self, sheet: Sheet, then_print: bool) -> None:
        self.sheet = sheet
        self.status.setText(self.tr("Evaluation sheet saved."))
        if then_print:
            code, title = sheet.code, self.tr("Evaluation sheet — %1").replace("%1", sheet.code)
            self.ops.run(
                lambda s: sheet_pdf(s, code),
                on_done=lambda data: self.show_pdf(self, data, title, f"bang-danh-gia-{code}.pdf"),
            )
