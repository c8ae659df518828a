"""Edit one procedure: its identity, time limit, fee, components and the legal source of each figure."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.procedures import DURATION_UNITS, parse_components, parse_sources
from desktop.catalog.data import ProcedureData
from desktop.core_words import word
from desktop.widgets.submit_dialog import SubmitDialog

__all__ = ["ProcedureDialog"]


def _components_text(data: ProcedureData) -> str:
    return "\n".join(f"{c['name']} | {c['kind']} | {c['count']}" for c in data.components)


def _sources_text(data: ProcedureData) -> str:
    return "\n".join(f"{key}: {value}" for key, value in data.sources.items())


class ProcedureDialog(SubmitDialog[ProcedureData]):
    """A `SubmitDialog`: Save hands `values()` to ``submit``; whoever saves them calls `succeeded()`, or
    `failed(message)` with core's message, so nothing typed is lost."""

    def __init__(self, data: ProcedureData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Procedure") if data else self.tr("New procedure"))
        data = data or ProcedureData(code="", name="", field="")
        self.code, self.name, self.field = QLineEdit(data.code), QLineEdit(data.name), QLineEdit(data.field)
        self.code.setReadOnly(bool(data.code))  # the code identifies it in dossiers: not renamed here
        self.national_code = QLineEdit(data.national_code)
        self.unit = QComboBox()
        for key, label in DURATION_UNITS.items():
            self.unit.addItem(word(label), key)
        self.unit.setCurrentIndex(max(0, self.unit.findData(data.duration_unit)))
        self.duration = QSpinBox(maximum=365, value=data.duration)
        self.cutoff = QLineEdit(data.cutoff)
        self.cutoff.setPlaceholderText("15:00")
        self.fee = QSpinBox(maximum=100_000_000, singleStep=1000, value=data.fee)
        self.fee.setGroupSeparatorShown(True)
        self.fee_note, self.result_text = QLineEdit(data.fee_note), QLineEdit(data.result)
        self.components = QPlainTextEdit(_components_text(data))
        self.components.setPlaceholderText(self.tr("One component a line: Name | bản chính | 1"))
        self.sources = QPlainTextEdit(_sources_text(data))
        self.sources.setPlaceholderText(self.tr("One source a line, e.g. duration: Luật Hộ tịch 2014, Điều 16"))
        self.message = self.error  # the red line, by the name the catalog's tests know
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("National code:"), self.national_code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Field:"), self.field)
        limit = QHBoxLayout()
        limit.addWidget(self.duration)
        limit.addWidget(self.unit)
        limit.addWidget(QLabel(self.tr("cut-off:")))
        limit.addWidget(self.cutoff)
        form.addRow(self.tr("Time limit:"), limit)
        form.addRow(self.tr("Fee (VND):"), self.fee)
        form.addRow(self.tr("Fee note:"), self.fee_note)
        form.addRow(self.tr("Result:"), self.result_text)
        form.addRow(self.tr("Components:"), self.components)
        form.addRow(self.tr("Sources:"), self.sources)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.make_buttons(self.tr("Save"), self.tr("Cancel")))
        self.resize(760, 620)

    def values(self) -> ProcedureData:
        """The typed values (core checks them when saving); a components or sources line that does not
        parse raises core's `UserError`, shown in the red line."""
        return ProcedureData(
            code=self.code.text(),
            name=self.name.text(),
            field=self.field.text(),
            duration_unit=self.unit.currentData(),
            duration=self.duration.value(),
            cutoff=self.cutoff.text().strip(),
            fee=self.fee.value(),
            fee_note=self.fee_note.text(),
            national_code=self.national_code.text(),
            result=self.result_text.text(),
            components=tuple(parse_components(self.components.toPlainText())),
            sources=parse_sources(self.sources.toPlainText()),
        )
