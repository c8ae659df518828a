"""Which column of the provincial export holds what: chosen once, remembered by core for next time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.qt_typed import named

__all__ = ["MappingDialog", "ask_mapping", "field_label"]


def field_label(field: str) -> str:
    """The dialog's name of a field of `core.handover.mapping.FIELDS`."""
    labels = {
        "province_code": QCoreApplication.translate("Handover", "Provincial dossier code"),
        "id_number": QCoreApplication.translate("Handover", "ID number (CCCD)"),
        "applicant_name": QCoreApplication.translate("Handover", "Applicant's name"),
        "procedure": QCoreApplication.translate("Handover", "Procedure (code or name)"),
        "received_at": QCoreApplication.translate("Handover", "Acceptance date"),
    }
    return labels.get(field, field)


class MappingDialog(QDialog):
    """A combo box of the file's columns for each field; "(none)" leaves a field out."""

    def __init__(
        self, fields: list[str], header: list[str], mapping: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the provincial file"))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in fields:
            combo = named(QComboBox(), f"map_{field}")
            combo.addItem(self.tr("(none)"), "")
            for column in header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field, ""))))
            self.combos[field] = combo
            form.addRow(field_label(field) + ":", combo)
        note = QLabel(
            self.tr(
                "Choose the column for each item. The provincial dossier code is required, and "
                "either the ID number or the name and the acceptance date. The choice is "
                "remembered for the next file."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reconcile"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData()}


def ask_mapping(
    parent: QWidget, fields: list[str], header: list[str], mapping: dict[str, str]
) -> dict[str, str] | None:
    """Show the dialog (modal); the chosen mapping, or None when the clerk cancels."""
    dialog = MappingDialog(fields, header, mapping, parent)
    return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
