"""Ngôn ngữ / Language: the desk's interface language, kept as a preference; it takes effect at the next start.

The title stays in both languages so that anyone can find it. The choice is saved at once
(`desktop.i18n.save_language`); ``MOTCUA_LANG`` or ``motcua gui --lang`` still override it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import ENVIRONMENT, LANGUAGES, current_language, save_language, saved_language
from desktop.qt_typed import named

__all__ = ["NAMES", "LanguageBox"]

#: Each language in its own words (not translated: a reader of either finds theirs).
NAMES = {"vi": "Tiếng Việt", "en": "English"}


class LanguageBox(QGroupBox):
    """A combo of the languages; ``chosen(language)`` after the preference was saved."""

    chosen = Signal(str)

    def __init__(self, store: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__("Ngôn ngữ / Language", parent)
        self.setObjectName("languageBox")
        self.store = store
        self.choice = named(QComboBox(), "languageChoice")
        for language in LANGUAGES:
            self.choice.addItem(NAMES[language], language)
        self.choice.setCurrentIndex(max(0, self.choice.findData(saved_language(store))))
        self.choice.currentIndexChanged.connect(self._changed)
        label = QLabel(self.tr("&Interface language:"))
        label.setBuddy(self.choice)
        self.note = named(QLabel(wordWrap=True), "languageNote")
        self.note.setStyleSheet("color: #1d5a12;")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.setMaximumWidth(760)
        self._say()

    def language(self) -> str:
        return str(self.choice.currentData())

    def _changed(self) -> None:
        save_language(self.language(), self.store)
        self._say()
        self.chosen.emit(self.language())

    def _say(self) -> None:
        notes = []
        if self.language() != current_language():
            notes.append(self.tr("Saved: the new language takes effect after the program is restarted."))
        forced = os.environ.get(ENVIRONMENT, "")
        if forced:
            notes.append(
                self.tr("The MOTCUA_LANG setting of this computer (%1) overrides this choice.").replace("%1", forced)
            )
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
