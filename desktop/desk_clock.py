"""The desk's clock after login: a warning when it is behind what the office has recorded, so the clerk
sets it right before trying to write; a leader or an admin may accept this desk's time instead, with a
reason (docs/rules.md §9; the rule itself is core's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from core.security.desk_clock import ClockBehind, ClockStatus, accept_clock, clock_status
from desktop.messages import show_error
from desktop.operations import Operations

__all__ = ["check_clock"]

STATUS_MS = 10_000


def check_clock(window: QMainWindow, ops: Operations, *, may_accept: bool) -> None:
    """Read this desk's clock beside the office's last recorded moment on the worker; if it is behind, say
    that nothing can be written until it is right, and offer a leader or an admin (``may_accept``) to
    accept this desk's time instead."""
    ops.run(clock_status, on_done=lambda status: _warn(window, ops, status, may_accept), receiver=window)


def _warn(window: QMainWindow, ops: Operations, status: ClockStatus, may_accept: bool) -> None:
    if not status.behind or status.last_recorded is None:
        return
    box = show_error(window, ClockBehind(status.desk_now, status.last_recorded).message())
    box.setObjectName("clockBehind")
    if may_accept:
        accept = box.addButton(
            QCoreApplication.translate("DeskClock", "Accept this computer's time…"), QMessageBox.ButtonRole.ActionRole
        )
        accept.setObjectName("acceptClock")
        accept.clicked.connect(lambda: _ask_reason(window, ops))


def _ask_reason(window: QMainWindow, ops: Operations) -> None:
    """The reason, asked without blocking the event loop; then the acceptance on the worker."""
    dialog = QInputDialog(window)
    dialog.setObjectName("acceptClockReason")
    dialog.setWindowTitle(QCoreApplication.translate("DeskClock", "Accept this computer's time"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "DeskClock",
            "Why is this computer's time right although the data holds a later moment? (kept in the audit trail)",
        )
    )
    dialog.setOkButtonText(QCoreApplication.translate("DeskClock", "Accept"))
    dialog.setCancelButtonText(QCoreApplication.translate("DeskClock", "Cancel"))

    def accepted(_status: ClockStatus) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "DeskClock", "This computer's time was accepted; the earlier moment stays in the audit trail."
            ),
            STATUS_MS,
        )

    def chosen(reason: str) -> None:
        ops.run(lambda session: accept_clock(session, reason=reason), write=True, on_done=accepted, receiver=window)

    dialog.textValueSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
