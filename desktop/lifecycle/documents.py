"""Reprinting a dossier's forms: the PDF is built on the worker, then previewed or saved here.

`fetch_pdf` is the data function (worker thread). `DocumentOutput` shows the bytes: in the shared
PDF preview when the application has one, else through a "save as" dialog. Tests pass their own.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget
from sqlmodel import Session

from core.documents import build_form, render_bytes
from core.errors import UserError
from core.files import write_file
from desktop.messages import show_error

__all__ = ["DOCUMENTS", "DocumentOutput", "SaveAsOutput", "default_output", "fetch_pdf", "file_name"]

#: Forms a dossier's page reprints: kind → file name stem.
DOCUMENTS = {
    "receipt": "giay-tiep-nhan",
    "control-sheet": "phieu-kiem-soat",
    "stop": "thong-bao-dung",
    "apology": "thu-xin-loi",
}


def fetch_pdf(session: Session, kind: str, code: str) -> bytes:
    """The form ``kind`` of the dossier ``code`` as PDF bytes (worker thread)."""
    return render_bytes(build_form(session, kind, code))


def file_name(kind: str, code: str, version: int = 1) -> str:
    stem = DOCUMENTS[kind]
    suffix = f"-v{version}" if kind == "receipt" and version > 1 else ""
    return f"{stem}-{code}{suffix}.pdf"


class DocumentOutput(Protocol):
    def show(self, parent: QWidget, title: str, data: bytes, name: str) -> str:
        """Show or save ``data``; returns a line for the page's status (empty: nothing done)."""


class SaveAsOutput:
    """Asks where to save the PDF and writes it there."""

    def show(self, parent: QWidget, title: str, data: bytes, name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), "PDF (*.pdf)")
        if not path:
            return ""
        try:
            write_file(path, data)  # whole; a PDF a reader holds open gives one line, no side file
        except UserError as error:
            show_error(parent, str(error))
            return ""
        return QCoreApplication.translate("Lifecycle", "Saved %1").replace("%1", path)


class PreviewOutput:
    """Opens the shared PDF preview (print, save) over the page, without blocking. The preview (Qt's PDF
    modules) is loaded the first time a document is shown, not with the page (issue 17)."""

    def show(self, parent: QWidget, title: str, data: bytes, name: str) -> str:
        try:
            from desktop.widgets.pdf_preview import PdfPreviewDialog
        except ImportError:  # found but not loadable (a library of Qt's PDF module missing): save it instead
            return SaveAsOutput().show(parent, title, data, name)
        PdfPreviewDialog.show_pdf(parent, data, title=title, file_name=name)
        return ""


def default_output() -> DocumentOutput:
    """The preview when the application has Qt's PDF modules (looked for, not loaded), else "save as"."""
    if importlib.util.find_spec("PySide6.QtPdf") is None or importlib.util.find_spec("PySide6.QtPdfWidgets") is None:
        return SaveAsOutput()
    return PreviewOutput()
