"""The report page's dialogs that would block, as module functions the tests replace.

choose_xlsx_path(parent, "bieu-II.06a-….xlsx")   # "" when the clerk cancels
confirm(parent, title, text)                     # True on "Yes"
show_pdf(parent, data, title=…, file_name=…)     # the non-blocking PDF preview
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.file_dialogs import save_file_name

__all__ = ["choose_xlsx_path", "confirm", "show_pdf"]


def choose_xlsx_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save the upload file ("" when cancelled); ".xlsx" is added when missing."""
    caption = QCoreApplication.translate("ReportPage", "Save the report for upload")
    path = save_file_name(parent, caption, suggested, "Excel (*.xlsx)")
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes / No question with Vietnamese buttons; "No" is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(QCoreApplication.translate("ReportPage", "Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("ReportPage", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_pdf(parent: QWidget | None, data: bytes, *, title: str, file_name: str):
    """The report in the PDF preview (Print…, Save PDF…); returns the dialog, already open."""
    from desktop.widgets.pdf_preview import PdfPreviewDialog

    return PdfPreviewDialog.show_pdf(parent, data, title=title, file_name=file_name)
