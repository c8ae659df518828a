"""The rating desk: after a return, open the citizen's rating window and record what they chose.

The composition root connects the dossier page's ``returned(code)`` to `RatingDesk.open_for`; the
desk reads the prompt (procedure, officer) on the worker, shows the window full screen on the second
monitor when there is one (else a large window over the clerk's), and writes the rating through core.
Two key presses from return to rating: the clerk confirms the return, the citizen presses 1, 2 or 3.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from core.satisfaction.ratings import RatingPrompt, add_comment, rate, rating_prompt
from desktop.operations import Operations
from desktop.ratings.rating_window import RatingWindow

__all__ = ["RatingDesk", "place_window"]


def place_window(window: QWidget, *, home: QScreen | None, screens: Sequence[QScreen]) -> bool:
    """Full screen on a screen other than ``home`` if there is one (True); else centred on ``home``."""
    others = [s for s in screens if s is not home]
    if others:
        window.setGeometry(others[0].geometry())
        window.showFullScreen()
        return True
    if home is not None:
        area = home.availableGeometry()
        window.resize(min(window.width(), area.width()), min(window.height(), area.height()))
        frame = window.frameGeometry()
        frame.moveCenter(area.center())
        window.move(frame.topLeft())
    window.show()
    window.raise_()
    window.activateWindow()
    return False


class RatingDesk(QObject):
    """Opens one rating window at a time and records the rating by the caller (the clerk at the desk)."""

    #: A rating was recorded: dossier code, level.
    rated = Signal(str, int)

    def __init__(
        self,
        ops: Operations,
        *,
        anchor: Callable[[], QWidget | None] = lambda: None,
        screens: Callable[[], Sequence[QScreen]] = QGuiApplication.screens,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.anchor, self.screens = ops, anchor, screens
        self.window: RatingWindow | None = None

    def open_for(self, code: str, *, quiet: bool = True) -> None:
        """Ask for the rating of the dossier ``code`` just returned. When it cannot be rated (already rated…)
        nothing opens; ``quiet=False`` shows why (the clerk asked for it by hand)."""
        self.ops.run(
            lambda s: rating_prompt(s, code), on_done=self.show_prompt, on_error=(lambda _e: None) if quiet else None
        )

    def show_prompt(self, prompt: RatingPrompt) -> RatingWindow:
        if self.window is not None:  # a window left open by the previous citizen
            self.window.close()
            self.window.deleteLater()
        window = RatingWindow(prompt)
        window.chosen.connect(lambda level, by: self._record(window, level, by))
        window.comment_given.connect(lambda text: self._comment(window, text))
        self.window = window
        anchor = self.anchor()
        home = anchor.screen() if anchor is not None else QGuiApplication.primaryScreen()
        place_window(window, home=home, screens=self.screens())
        return window

    @staticmethod
    def _alive(window: RatingWindow, call: Callable[[], None]) -> None:
        """Run ``call`` unless the window was deleted meanwhile (a new citizen came)."""
        if isValid(window):
            call()

    def _record(self, window: RatingWindow, level: int, entered_by: str) -> None:
        code = window.prompt.code

        def done(_: object) -> None:
            self._alive(window, window.thank)
            self.rated.emit(code, level)

        self.ops.run(
            lambda s: rate(s, code, level=level, entered_by=entered_by),
            write=True,
            on_done=done,
            on_error=lambda e: self._alive(window, lambda: window.failed(str(e))),
        )

    def _comment(self, window: RatingWindow, text: str) -> None:
        code = window.prompt.code
        self.ops.run(
            lambda s: add_comment(s, code, comment=text),
            write=True,
            on_done=lambda _: self._alive(window, window.comment_saved),
            on_error=lambda e: self._alive(window, lambda: window.failed(str(e))),
        )
