"""The main window's count of dossiers to enter in the provincial system, refreshed periodically."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.handover.data import fetch_count
from desktop.operations import Operations

__all__ = ["REFRESH_MS", "HandoverCounter"]

#: How often the count is read again (a cheap indexed count).
REFRESH_MS = 30_000


class HandoverCounter(QObject):
    """Reads the count through the operations worker now and every `REFRESH_MS`; hands it to ``show``."""

    def __init__(
        self,
        ops: Operations,
        show: Callable[[int], None],
        *,
        interval_ms: int = REFRESH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.show = ops, show
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        try:
            self.ops.run(fetch_count, on_done=self.show)
        except RuntimeError:  # the worker is shut down (the application is closing)
            self.timer.stop()
