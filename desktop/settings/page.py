"""Cài đặt: the office (unit code, name, place, parent body), its settings (targets, report, signers, hours,
backups, exported files: `office_settings.py`) and the procedure catalog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from desktop.catalog.catalog_panel import CatalogPanel
from desktop.office_info import OfficeInfo, fetch_office, save_office
from desktop.operations import Operations
from desktop.settings.office_settings import OfficeSettingsPanel
from desktop.shortcuts import press_with
from desktop.widgets.language_box import LanguageBox

__all__ = ["SettingsPage"]


class SettingsPage(QWidget):
    """Edits the office; emits `office_changed` after a save so the frame can show the new name."""

    office_changed = Signal(object)  # OfficeInfo

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.unit_code, self.name = QLineEdit(), QLineEdit()
        self.place, self.parent_name = QLineEdit(), QLineEdit()
        self.unit_code.setPlaceholderText(self.tr("e.g. H40.25.12"))
        self.name.setPlaceholderText(self.tr("e.g. People's Committee of Hoa Thanh commune"))
        self.place.setPlaceholderText(self.tr("e.g. Hoa Thanh (printed before the date on documents)"))
        self.parent_name.setPlaceholderText(self.tr("e.g. PEOPLE'S COMMITTEE OF NGHE AN PROVINCE"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        press_with(self.save_button, QKeySequence.StandardKey.Save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.catalog = CatalogPanel(ops)
        self.office_settings = OfficeSettingsPanel(ops)
        self.tabs = QTabWidget()
        self._layout()
        self._loaded = False

    def _layout(self) -> None:
        box = QGroupBox(self.tr("Office"))
        form = QFormLayout(box)
        form.addRow(self.tr("Unit code:"), self.unit_code)
        form.addRow(self.tr("Office name:"), self.name)
        form.addRow(self.tr("Place name:"), self.place)
        form.addRow(self.tr("Parent body:"), self.parent_name)
        note = QLabel(
            self.tr(
                "The unit code begins every dossier code: change it only with care. "
                "The names are printed on receipts, letters and reports."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        office = QWidget()
        layout = QVBoxLayout(office)
        layout.addWidget(box)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(LanguageBox())  # the desk's preference, not the office's
        layout.addStretch(1)
        box.setMaximumWidth(760)
        self.tabs.addTab(office, self.tr("Office"))
        self.tabs.addTab(self.office_settings, self.tr("Office settings"))
        self.tabs.addTab(self.catalog, self.tr("Procedure catalog"))
        QVBoxLayout(self).addWidget(self.tabs)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Another tab the composition root gives (e.g. the accounts panel, for an admin)."""
        self.tabs.addTab(widget, title)

    def showEvent(self, event) -> None:
        if not self._loaded:
            self._loaded = True
            self.load()
            self.office_settings.load()
            self.catalog.load()
        super().showEvent(event)

    def load(self) -> None:
        self.ops.run(fetch_office, on_done=self._show)

    def _show(self, info: OfficeInfo | None) -> None:
        if info is None:
            self._say(self.tr("No office is set up yet: fill in the form and save."), error=False)
            return
        self.unit_code.setText(info.unit_code)
        self.name.setText(info.name)
        self.place.setText(info.place)
        self.parent_name.setText(info.parent_name)

    def save(self) -> None:
        info = OfficeInfo(self.unit_code.text(), self.name.text(), self.place.text(), self.parent_name.text())
        self.ops.run(lambda s: save_office(s, info), write=True, on_done=self._saved, on_error=self._failed)

    def _saved(self, info: OfficeInfo) -> None:
        self._show(info)
        self._say(self.tr("Saved."), error=False)
        self.office_changed.emit(info)

    def _failed(self, error: UserError) -> None:
        self._say(str(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1d5a12;")
        self.message.setText(text)
