"""The citizen-facing rating window: for a second monitor or a touch screen, large buttons, keys 1/2/3.

It shows only the dossier's procedure and the officer, never the citizen's data. Pressing 1, 2 or 3
(or touching a button) emits ``chosen(level, "citizen")``; Ctrl+1/2/3, or the small switch at the
bottom, records the level as entered by the clerk on the citizen's word (``"clerk"``). The window
does not write anything itself: the `RatingDesk` records the choice and calls `thank` or `failed`.
Then an optional comment can be sent (``comment_given``), and the window closes by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.satisfaction.ratings import RatingPrompt

__all__ = ["CLOSE_AFTER_MS", "LEVEL_COLOURS", "RatingWindow"]

#: Button colours per level (background, border): calm red, blue, green.
LEVEL_COLOURS = {1: ("#fbe3e1", "#c0392b"), 2: ("#e3eefb", "#1f5fa8"), 3: ("#e2f5e6", "#1e8449")}
#: The thank-you page closes itself after this long without typing.
CLOSE_AFTER_MS = 30_000
_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}


def _font(widget: QWidget, points: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class RatingWindow(QWidget):
    """Asks "how satisfied are you?" with three big buttons, then thanks and offers a comment box."""

    chosen = Signal(int, str)  # level 1..3, entered_by "citizen" | "clerk"
    comment_given = Signal(str)

    def __init__(self, prompt: RatingPrompt, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.prompt = prompt
        self.level: int | None = None
        self.setWindowTitle(self.tr("Your opinion"))
        self.setObjectName("ratingWindow")
        self.setStyleSheet("#ratingWindow { background: #ffffff; }")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._thanks_page())
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFont(_font(self, 16))
        self.message.setStyleSheet("color: #a93226;")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.close_timer = QTimer(self, singleShot=True, interval=CLOSE_AFTER_MS)
        self.close_timer.timeout.connect(self.close)
        self.resize(1000, 680)

    # -- pages ----------------------------------------------------------------------------
    def _ask_page(self) -> QWidget:
        page = QWidget()
        question = QLabel(self.tr("How satisfied are you with the handling of your dossier?"))
        question.setFont(_font(self, 26, bold=True))
        question.setWordWrap(True)
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.procedure = QLabel(self.prompt.procedure)
        self.procedure.setFont(_font(self, 18))
        self.procedure.setWordWrap(True)
        self.procedure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.officer = QLabel(self.tr("Officer: %1").replace("%1", self.prompt.officer))
        self.officer.setFont(_font(self, 16))
        self.officer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.officer.setStyleSheet("color: #444;")
        texts = {1: self.tr("Not satisfied"), 2: self.tr("Satisfied"), 3: self.tr("Very satisfied")}
        self.buttons = {level: self._level_button(level, text) for level, text in texts.items()}
        row = QHBoxLayout()
        row.setSpacing(28)
        for level in (3, 2, 1):  # the best first, where the eye lands
            row.addWidget(self.buttons[level], 1)
        hint = QLabel(self.tr("Touch a button or press 3, 2 or 1 on the keypad."))
        hint.setFont(_font(self, 14))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: #555;")
        self.by_clerk = QCheckBox(self.tr("Entered by the officer on the citizen's word"))
        self.by_clerk.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.by_clerk.setStyleSheet("color: #777;")
        layout = QVBoxLayout(page)
        layout.addWidget(question)
        layout.addSpacing(8)
        layout.addWidget(self.procedure)
        layout.addWidget(self.officer)
        layout.addStretch(1)
        layout.addLayout(row, 4)
        layout.addStretch(1)
        layout.addWidget(hint)
        layout.addWidget(self.by_clerk, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _level_button(self, level: int, text: str) -> QPushButton:
        back, edge = LEVEL_COLOURS[level]
        button = QPushButton(f"{level}\n{text}")
        button.setFont(_font(self, 26, bold=True))
        button.setMinimumHeight(200)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setStyleSheet(
            f"QPushButton {{ background: {back}; color: {edge}; border: 3px solid {edge}; "
            f"border-radius: 18px; padding: 16px; }} QPushButton:pressed {{ background: {edge}; "
            "color: white; } QPushButton:disabled { color: #999; border-color: #bbb; }"
        )
        button.clicked.connect(lambda _=False: self.choose(level))
        return button

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        self.thanks = QLabel(self.tr("Thank you!"))
        self.thanks.setFont(_font(self, 32, bold=True))
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.your_choice = QLabel()
        self.your_choice.setFont(_font(self, 18))
        self.your_choice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.comment_label = QLabel()
        self.comment_label.setFont(_font(self, 16))
        self.comment_label.setWordWrap(True)
        self.comment = QLineEdit()
        self.comment.setFont(_font(self, 18))
        self.comment.setMinimumHeight(56)
        self.comment.setMaxLength(2000)
        self.comment.textEdited.connect(lambda _: self.close_timer.start())
        self.comment.returnPressed.connect(self.send_comment)
        self.send = QPushButton(self.tr("Send comment"))
        self.done = QPushButton(self.tr("Finish"))
        for button in (self.send, self.done):
            button.setFont(_font(self, 18, bold=True))
            button.setMinimumSize(220, 64)
        self.send.clicked.connect(self.send_comment)
        self.done.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send)
        buttons.addWidget(self.done)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks)
        layout.addWidget(self.your_choice)
        layout.addStretch(1)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # -- behaviour ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        level = _KEYS.get(Qt.Key(event.key()))
        if self.pages.currentIndex() == 0 and level is not None:
            clerk = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.choose(level, by_clerk=clerk or None)
            return
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            self.close()
            return
        super().keyPressEvent(event)

    def choose(self, level: int, *, by_clerk: bool | None = None) -> None:
        """The citizen chose ``level``: ask the desk to record it (once)."""
        if self.level is not None:
            return
        self.level = level
        for button in self.buttons.values():
            button.setEnabled(False)
        clerk = self.by_clerk.isChecked() if by_clerk is None else by_clerk
        self.chosen.emit(level, "clerk" if clerk else "citizen")

    def thank(self) -> None:
        """The rating is recorded: thank the citizen and offer the comment box."""
        self.message.clear()
        label = {1: self.tr("Not satisfied"), 2: self.tr("Satisfied"), 3: self.tr("Very satisfied")}[self.level or 2]
        self.your_choice.setText(self.tr("Your rating: %1").replace("%1", label))
        self.comment_label.setText(
            self.tr("What should we improve? Please tell us (optional):")
            if self.level == 1
            else self.tr("Would you like to add a comment? (optional)")
        )
        self.pages.setCurrentIndex(1)
        self.comment.setFocus()
        self.close_timer.start()

    def failed(self, text: str) -> None:
        """The rating could not be recorded: say why, and let the window be closed."""
        self.message.setText(text)
        self.close_timer.start()

    def send_comment(self) -> None:
        text = self.comment.text().strip()
        if text:
            self.send.setEnabled(False)
            self.comment.setEnabled(False)
            self.comment_given.emit(text)
        else:
            self.close()

    def comment_saved(self) -> None:
        self.comment_label.setText(self.tr("Your comment has been sent. Thank you!"))
        self.close_timer.start(3000)
