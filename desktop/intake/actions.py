"""The desk's buttons. The main one accepts the dossier, or, for an incomplete one, issues the
supplement slip instead; the page decides which (`set_supplement`)."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

__all__ = ["IntakeActions"]

_PRIMARY = "font-weight: bold; padding: 6px 10px;"
_ACCEPT_STYLE = _PRIMARY + "background: #1b6e3a; color: white;"
_SUPPLEMENT_STYLE = _PRIMARY + "background: #9a5b00; color: white;"


class IntakeActions(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.primary = QPushButton()
        self.save_and_print = QPushButton()
        self.incomplete = QPushButton(self.tr("Dossier &incomplete"))
        self.incomplete.setCheckable(True)
        self.incomplete.setToolTip(self.tr("Issue a supplement slip instead of accepting the dossier"))
        self.refuse = QPushButton(self.tr("&Refuse intake…"))
        self.new = QPushButton(self.tr("New (Ctrl+N)"))
        self.supplement = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.primary, 0, 0)
        grid.addWidget(self.save_and_print, 0, 1)
        grid.addWidget(self.incomplete, 1, 0)
        grid.addWidget(self.refuse, 1, 1)
        grid.addWidget(self.new, 2, 0, 1, 2)
        self.set_supplement(False)

    def set_supplement(self, on: bool) -> None:
        """Accept (Save) or, for an incomplete dossier, the supplement slip."""
        self.supplement = on
        if on:
            self.primary.setText(self.tr("Issue supplement slip (Ctrl+S)"))
            self.save_and_print.setText(self.tr("Slip and print (Ctrl+P)"))
            self.primary.setStyleSheet(_SUPPLEMENT_STYLE)
        else:
            self.primary.setText(self.tr("Accept and save (Ctrl+S)"))
            self.save_and_print.setText(self.tr("Save and print (Ctrl+P)"))
            self.primary.setStyleSheet(_ACCEPT_STYLE)

    def set_busy(self, busy: bool) -> None:
        for button in (self.primary, self.save_and_print, self.refuse, self.incomplete):
            button.setEnabled(not busy)
