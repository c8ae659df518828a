"""How the office works with the provincial system, and the outage switch: shows the mode, emits choices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from core.handover.mode import HandoverMode
from desktop.qt_typed import label_for, named

__all__ = ["ModeBox"]


class ModeBox(QGroupBox):
    """A mode combo (offline-first / outage only) and an outage on/off button with who switched it, when."""

    mode_chosen = Signal(str)
    outage_switched = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Provincial system"), parent)
        self.mode = named(QComboBox(), "handoverMode")
        self.mode.addItem(self.tr("Only during outages"), "outage-only")
        self.mode.addItem(self.tr("Offline first: every dossier is entered later"), "offline-first")
        self.mode.activated.connect(lambda _: self.mode_chosen.emit(self.mode.currentData()))
        self._on = False
        self.outage = named(QPushButton(), "outageButton")
        self.outage.clicked.connect(lambda: self.outage_switched.emit(not self._on))
        self.state = named(QLabel(wordWrap=True), "outageState")  # wraps: never widens the window
        layout = QHBoxLayout(self)
        layout.addWidget(label_for(self.tr("&Way of working:"), self.mode))
        layout.addWidget(self.mode)
        layout.addSpacing(16)
        layout.addWidget(self.outage)
        layout.addWidget(self.state, 1)

    def show_mode(self, mode: HandoverMode) -> None:
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode.mode)))
        self._on = mode.outage_on
        self.outage.setEnabled(mode.mode == "outage-only" or mode.outage_on)
        if mode.outage_on and mode.outage_since is not None:
            self.outage.setText(self.tr("The network is &back"))
            self.state.setText(
                self.tr("Outage since %1 (%2): dossiers accepted now are to be entered later.")
                .replace("%1", f"{mode.outage_since:%H:%M %d/%m/%Y}")
                .replace("%2", mode.outage_by)
            )
            self.state.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.outage.setText(self.tr("Network &down: start outage mode"))
            self.state.setText(
                self.tr("Every dossier is entered later.")
                if mode.mode == "offline-first"
                else self.tr("Network up: enter dossiers in the provincial system directly.")
            )
            self.state.setStyleSheet("")
