"""Settings → Office settings: one editor for each setting declared in core/settings_catalog.py.

The form is made from the declarations: a group box per group, a row per setting (its label, its help
as the tooltip) with the editor of its kind. Save sends the changed values to `core.office.save_settings`
on the worker; core checks them all and stores all or none, and its refusal is shown as one line.
Only a caller who may change settings (an admin) gets enabled editors; core checks again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.office import current_settings, save_settings
from core.security.access import Permission
from core.settings_catalog import GROUPS, SETTINGS, Setting
from desktop.file_dialogs import folder_name
from desktop.i18n import current_language
from desktop.operations import Operations
from desktop.shortcuts import press_with
from desktop.widgets.weekdays import weekday_long, weekday_short

__all__ = ["OfficeSettingsPanel", "make_editor"]


class Editor:
    """One setting's editor: ``widget`` (what the form shows), ``value()`` and ``set_value(value)``."""

    widget: QWidget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class PercentEditor(Editor):
    """A fraction 0–1 shown as a percentage."""

    widget: QDoubleSpinBox

    def __init__(self) -> None:
        self.widget = QDoubleSpinBox(minimum=0, maximum=100, decimals=1, suffix=" %")
        self.widget.setMinimumWidth(110)

    def value(self) -> float:
        return round(self.widget.value() / 100, 4)

    def set_value(self, value: Any) -> None:
        self.widget.setValue(float(value) * 100)


class IntEditor(Editor):
    widget: QSpinBox

    def __init__(self, setting: Setting) -> None:
        self.widget = QSpinBox(minimum=setting.minimum, maximum=setting.maximum)
        self.widget.setMinimumWidth(110)

    def value(self) -> int:
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        self.widget.setValue(int(value))


class TimeEditor(Editor):
    widget: QTimeEdit

    def __init__(self) -> None:
        self.widget = QTimeEdit()
        self.widget.setDisplayFormat("HH:mm")
        self.widget.setMinimumWidth(110)

    def value(self) -> str:
        return self.widget.time().toString("HH:mm")

    def set_value(self, value: Any) -> None:
        self.widget.setTime(QTime.fromString(str(value), "HH:mm"))


class TextEditor(Editor):
    widget: QLineEdit

    def __init__(self) -> None:
        self.widget = QLineEdit()

    def value(self) -> str:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        self.widget.setText(str(value or ""))


class ChoiceEditor(Editor):
    widget: QComboBox

    def __init__(self, setting: Setting) -> None:
        self.widget = QComboBox()
        english = current_language() == "en"
        for value, vietnamese, english_text in setting.choices:
            self.widget.addItem(english_text if english else vietnamese, value)

    def value(self) -> str:
        return str(self.widget.currentData())

    def set_value(self, value: Any) -> None:
        self.widget.setCurrentIndex(max(0, self.widget.findData(value)))


class FolderEditor(Editor):
    """A folder typed or chosen in the folder dialog; empty for none."""

    def __init__(self, setting: Setting | None = None) -> None:
        self.caption = setting.text(current_language())[0] if setting is not None else ""
        self.widget = QWidget()
        self.widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.line = QLineEdit()
        self.line.setPlaceholderText(QCoreApplication.translate("OfficeSettings", "(none)"))
        self.choose = QPushButton(QCoreApplication.translate("OfficeSettings", "Choose…"))
        self.clear = QPushButton(QCoreApplication.translate("OfficeSettings", "None"))
        self.choose.clicked.connect(self._choose)
        self.clear.clicked.connect(self.line.clear)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.choose)
        row.addWidget(self.clear)

    def ask_folder(self, current: str) -> str:
        """The folder dialog (tests replace this)."""
        caption = self.caption or QCoreApplication.translate("OfficeSettings", "Second backup folder")
        return folder_name(self.widget, caption, current)

    def _choose(self) -> None:
        chosen = self.ask_folder(self.line.text())
        if chosen:
            self.line.setText(chosen)

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value or ""))


class WeekdaysEditor(Editor):
    def __init__(self) -> None:
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes = []
        for day in range(7):
            box = QCheckBox(weekday_short(day))
            box.setToolTip(weekday_long(day))
            self.boxes.append(box)
            row.addWidget(box)
        row.addStretch(1)

    def value(self) -> list[int]:
        return [day for day, box in enumerate(self.boxes) if box.isChecked()]

    def set_value(self, value: Any) -> None:
        for day, box in enumerate(self.boxes):
            box.setChecked(day in (value or []))


class TableEditor(Editor):
    """Rows of (number, text) or (text, percentage), with buttons to add and remove rows."""

    def __init__(
        self, headers: list[str], *, number_first: bool, maximum: float, suffix: str = "", decimals: int = 1
    ) -> None:
        self.number_first, self.maximum, self.suffix, self.decimals = number_first, maximum, suffix, decimals
        self.widget = QWidget()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        number_column = 0 if number_first else 1
        header.setSectionResizeMode(1 - number_column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(number_column, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(number_column, max(110, header.sectionSizeHint(number_column) + 8))
        self.table.setMinimumHeight(190)  # five rows without scrolling
        self.table.setMaximumHeight(190)
        self.add = QPushButton(QCoreApplication.translate("OfficeSettings", "Add row"))
        self.remove = QPushButton(QCoreApplication.translate("OfficeSettings", "Remove row"))
        self.add.clicked.connect(lambda: self.add_row("", 0.0))
        self.remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)

    def add_row(self, text: str, number: float) -> None:
        spin = QDoubleSpinBox(minimum=0, maximum=self.maximum, decimals=self.decimals, suffix=self.suffix)
        spin.setValue(number)
        at = self.table.rowCount()
        self.table.insertRow(at)
        number_column = 0 if self.number_first else 1
        self.table.setCellWidget(at, number_column, spin)
        self.table.setItem(at, 1 - number_column, QTableWidgetItem(text))

    def _remove(self) -> None:
        rows = sorted(
            {index.row() for index in self.table.selectedIndexes()} or {self.table.currentRow()}, reverse=True
        )
        for at in rows:
            if at >= 0:
                self.table.removeRow(at)

    def rows(self) -> list[tuple[str, float]]:
        number_column = 0 if self.number_first else 1
        found = []
        for at in range(self.table.rowCount()):
            item = self.table.item(at, 1 - number_column)
            spin = self.table.cellWidget(at, number_column)
            assert isinstance(spin, QDoubleSpinBox)  # every row has one (add_row)
            found.append((item.text() if item is not None else "", spin.value()))
        return found

    def clear_rows(self) -> None:
        self.table.setRowCount(0)


class FieldRatesEditor(TableEditor):
    def __init__(self) -> None:
        super().__init__(
            [
                QCoreApplication.translate("OfficeSettings", "Field"),
                QCoreApplication.translate("OfficeSettings", "Target"),
            ],
            number_first=False,
            maximum=100,
            suffix=" %",
        )

    def value(self) -> dict[str, float]:
        return {text.strip(): round(number / 100, 4) for text, number in self.rows() if text.strip()}

    def set_value(self, value: Any) -> None:
        self.clear_rows()
        for name, rate in (value or {}).items():
            self.add_row(name, float(rate) * 100)


class GradesEditor(TableEditor):
    def __init__(self, setting: Setting) -> None:
        super().__init__(
            [
                QCoreApplication.translate("OfficeSettings", "From points"),
                QCoreApplication.translate("OfficeSettings", "Grade"),
            ],
            number_first=True,
            maximum=setting.maximum,
        )

    def value(self) -> list[dict[str, Any]]:
        return [{"min": float(number), "label": text.strip()} for text, number in self.rows()]

    def set_value(self, value: Any) -> None:
        self.clear_rows()
        for band in value or []:
            self.add_row(str(band["label"]), float(band["min"]))


_EDITORS: dict[str, Callable[[Setting], Editor]] = {
    "percent": lambda s: PercentEditor(),
    "int": IntEditor,
    "time": lambda s: TimeEditor(),
    "text": lambda s: TextEditor(),
    "choice": ChoiceEditor,
    "folder": FolderEditor,
    "weekdays": lambda s: WeekdaysEditor(),
    "field_rates": lambda s: FieldRatesEditor(),
    "grade_bands": GradesEditor,
}


def make_editor(setting: Setting) -> Editor:
    """The editor of a setting's kind."""
    return _EDITORS[setting.kind](setting)


class OfficeSettingsPanel(QWidget):
    """The form of every declared setting, in a scroll area, with one Save for all."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        caller = ops.database.caller
        self.can_edit = caller is not None and caller.can(Permission.SETTINGS)
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self.groups: list[QGroupBox] = []
        self.loaded: dict[str, Any] = {}
        lang = "en" if current_language() == "en" else "vi"
        content = QWidget()
        column = QVBoxLayout(content)
        for group, group_en in GROUPS.items():
            box = QGroupBox(group_en if lang == "en" else group)
            box.setMaximumWidth(900)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # numbers stay narrow
            for setting in (s for s in SETTINGS if s.group == group):
                label_text, help_text = setting.text(lang)
                editor = make_editor(setting)
                label = QLabel(label_text + ":")
                label.setToolTip(help_text)
                label.setBuddy(editor.widget)
                editor.widget.setToolTip(help_text)
                editor.widget.setEnabled(self.can_edit)
                form.addRow(label, editor.widget)
                self.editors[setting.key] = editor
                self.labels[setting.key] = label
            self.groups.append(box)
            column.addWidget(box)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(self.can_edit)
        press_with(self.save_button, QKeySequence.StandardKey.Save)
        self.reload_button = QPushButton(self.tr("Undo changes"))
        self.reload_button.clicked.connect(self.load)
        self.message = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        if not self.can_edit:
            self._say(self.tr("Only an administrator can change these settings."), error=False)

    def load(self) -> None:
        self.ops.run(current_settings, on_done=self._show)

    def _show(self, values: dict[str, Any]) -> None:
        self.loaded = dict(values)
        for key, editor in self.editors.items():
            editor.set_value(values[key])

    def changes(self) -> dict[str, Any]:
        """The values that differ from what was loaded, by declared key."""
        return {key: editor.value() for key, editor in self.editors.items() if editor.value() != self.loaded.get(key)}

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self._say(self.tr("Nothing changed."), error=False)
            return
        self.ops.run(lambda s: save_settings(s, changes), write=True, on_done=self._saved, on_error=self._failed)

    def _saved(self, _stored: dict[str, Any]) -> None:
        self._say(self.tr("Settings saved."), error=False)
        self.ops.run(current_settings, on_done=self._show)

    def _failed(self, error: UserError) -> None:
        self._say(str(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1d5a12;")
        self.message.setText(text)
