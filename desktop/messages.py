"""Message boxes with Vietnamese buttons that never block the event loop (tests can read them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["app_title", "show_error", "show_fatal"]


def app_title() -> str:
    """The application's name as windows show it."""
    return QCoreApplication.translate("Messages", "One-Stop Office")


def show_error(parent: QWidget | None, text: str) -> QMessageBox:
    """Show ``text`` as a window-modal error over ``parent``; returns the box (already open)."""
    box = QMessageBox(QMessageBox.Icon.Warning, app_title(), text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("Messages", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.setObjectName("errorMessage")
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def show_fatal(text: str) -> None:
    """Show ``text`` before any window exists and wait until the user closes it (start-up errors)."""
    box = QMessageBox(QMessageBox.Icon.Critical, app_title(), text, QMessageBox.StandardButton.NoButton)
    box.addButton(QCoreApplication.translate("Messages", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
