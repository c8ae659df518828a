"""Python's cycle collector, run on the GUI thread only.

Any thread that allocates can set off Python's automatic collection of reference cycles. In this
program that would sometimes be the database worker (`desktop.operations`) or the thread that opens
the office (`desktop.app`), and a cycle that holds a Qt object (a page's lambda, a chart, a dialog)
would then be destroyed off the GUI thread: Qt aborts ("pure virtual method called") or waits
forever. So the automatic collection is switched off and a timer on the GUI thread does the same
work, generation by generation, with Python's own thresholds (the recipe PyQt applications use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["CHECK_MS", "GuiThreadCollector", "install"]

#: How often the GUI thread looks whether a generation is due.
CHECK_MS = 500


class GuiThreadCollector(QObject):
    """Switches Python's automatic collection off and collects on the GUI thread instead; `stop` undoes it."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is passed (as Python would); returns what was found."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return 0
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] else 1
        return gc.collect(generation)

    def stop(self) -> None:
        """Stop the timer, give Python its own collection back (if it had it) and leave the application."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
        self.setParent(None)


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector: made once, on the GUI thread, and kept until the application ends."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
