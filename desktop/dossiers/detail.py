"""A dossier's own page: who, what, when it is due, its pauses and history, its scanned papers, its forms and
its next steps.

Every step is a small dialog; the page runs it through core in a write operation and reloads. The
buttons are only a hint of what is possible now: core decides and its refusals are shown as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from core.errors import UserError
from desktop.attachments.dossier_papers import DossierPapersView
from desktop.attachments.scan_folder import ScanFolderWatcher
from desktop.lifecycle.actions import ACTIONS, apply_action
from desktop.lifecycle.correct_dialog import CorrectDialog
from desktop.lifecycle.data import DossierDetail, fetch_detail
from desktop.lifecycle.dialogs import ActionDialog, make_dialog
from desktop.lifecycle.documents import DocumentOutput, default_output, fetch_pdf, file_name
from desktop.lifecycle.timeline_view import TimelineTable, pauses_text
from desktop.lifecycle.wording import moment
from desktop.operations import Operations
from desktop.shortcuts import press_with, shortcut

__all__ = ["DossierDetailPage"]


class DossierDetailPage(QWidget):
    back_requested = Signal()
    #: Emitted after a step was recorded (the list behind may need a refresh).
    changed = Signal(str)
    #: Emitted after the result was returned: the composition root asks the citizen for a rating.
    returned = Signal(str)

    def __init__(
        self,
        ops: Operations,
        *,
        output: DocumentOutput | None = None,
        scans: ScanFolderWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.output = ops, output or default_output()
        self.setWindowTitle(self.tr("One dossier"))  # the cheat sheet's name of this view
        self.detail: DossierDetail | None = None
        self.dialog: ActionDialog | None = None
        self.title, self.state = QLabel(), QLabel()
        self.title.setObjectName("dossierCode")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = {
            key: QLabel()
            for key in ("applicant", "procedure", "received", "due", "new_due", "handler", "channel", "receipt")
        }
        for label in self.facts.values():
            label.setWordWrap(True)
        self.timeline = TimelineTable()
        self.papers = DossierPapersView(ops, scans=scans)
        self.papers.attached.connect(self._papers_attached)
        self.pauses = QLabel()
        self.pauses.setWordWrap(True)
        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        self.action_buttons = {
            a: self._button(t, lambda _=False, a=a: self.open_action(a))
            for a, t in zip(
                ACTIONS,
                (
                    self.tr("&Hand over…"),
                    self.tr("Request &supplement…"),
                    self.tr("Res&ume…"),
                    self.tr("Result &ready…"),
                    self.tr("Re&turn result…"),
                    self.tr("Stop / &withdraw…"),
                    self.tr("&Correct intake details…"),
                ),
            )
        }
        self.document_titles = {
            "receipt": self.tr("Receipt"),
            "control-sheet": self.tr("Control sheet"),
            "stop": self.tr("Stop notice"),
            "apology": self.tr("Apology letter"),
        }
        self.document_buttons = {
            k: self._button(t, lambda _=False, k=k: self.print_document(k))
            for k, t in (
                ("receipt", self.tr("Re&print receipt")),
                ("control-sheet", self.tr("C&ontrol sheet")),
                ("stop", self.tr("Stop &notice")),
                ("apology", self.tr("&Apology letter")),
            )
        }
        press_with(self.document_buttons["receipt"], QKeySequence.StandardKey.Print)
        shortcut(self, QKeySequence.StandardKey.Refresh, self.reload, self.tr("Reload the dossier"))
        self._build()

    @staticmethod
    def _button(text: str, slot: Callable[..., object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        back = self._button(self.tr("← Dossier list"), lambda: self.back_requested.emit())
        back.setToolTip(self.tr("Back to the list (Esc)"))
        back.setShortcut("Esc")
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title)
        top.addWidget(self.state, 1)
        facts = QGridLayout()
        names = (
            self.tr("Applicant:"),
            self.tr("Procedure:"),
            self.tr("Received:"),
            self.tr("Statutory due:"),
            self.tr("New appointment:"),
            self.tr("Now with:"),
            self.tr("Channel / delivery:"),
            self.tr("Receipt:"),
        )
        for n, (name, label) in enumerate(zip(names, self.facts.values())):
            facts.addWidget(QLabel(f"<b>{name}</b>"), n // 2, (n % 2) * 2)
            facts.addWidget(label, n // 2, (n % 2) * 2 + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        history_box = QWidget()
        history = QVBoxLayout(history_box)
        history.setContentsMargins(0, 0, 0, 0)
        history_title, pauses_title = self.tr("History"), self.tr("Pauses (the clock stops)")
        history.addWidget(QLabel(f"<b>{history_title}</b>"))
        history.addWidget(self.timeline, 1)
        history.addWidget(QLabel(f"<b>{pauses_title}</b>"))
        history.addWidget(self.pauses)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(history_box)
        self.splitter.addWidget(self.papers)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.splitter, 1)
        middle.addLayout(self._side())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_line)

    def _side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        for title, buttons in ((self.tr("Steps"), self.action_buttons), (self.tr("Forms"), self.document_buttons)):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            for button in buttons.values():
                box_layout.addWidget(button)
            side.addWidget(box)
        side.addStretch(1)
        return side

    # -- loading --------------------------------------------------------------------------
    def load(
        self,
        code: str,
        *,
        on_found: Callable[[], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
    ) -> None:
        """Read the dossier ``code`` and show it; ``on_found`` runs once it is shown."""

        def shown(detail: DossierDetail) -> None:
            self.show_detail(detail)
            if on_found is not None:
                on_found()

        self.ops.run(lambda s: fetch_detail(s, code), on_done=shown, on_error=on_error)

    def _papers_attached(self, code: str) -> None:
        self.reload()
        self.changed.emit(code)

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.code)

    def show_detail(self, detail: DossierDetail) -> None:
        if self.detail is None or self.detail.code != detail.code:
            self.status_line.clear()
        self.detail = detail
        self.title.setText(detail.code)
        self.state.setText(f"<b>{detail.status_label}</b>" + (f" — {detail.stop_label}" if detail.stop_kind else ""))
        f = self.facts
        f["applicant"].setText(detail.applicant)
        f["procedure"].setText(f"{detail.procedure} ({detail.field})")
        f["received"].setText(moment(detail.received_at))
        f["due"].setText(moment(detail.due_at))
        f["new_due"].setText(moment(detail.new_due_at) or self.tr("none"))
        f["handler"].setText(detail.handler or self.tr("One-stop desk"))
        f["channel"].setText(f"{detail.channel_label} / {detail.delivery_label}")
        f["receipt"].setText(self.tr("version %1").replace("%1", str(detail.receipt_version)))
        self.timeline.show_events(detail.events)
        self.pauses.setText(pauses_text(detail.pauses))
        for action, button in self.action_buttons.items():
            button.setEnabled(detail.can(action))
        self.document_buttons["stop"].setEnabled(detail.stopped_at is not None)
        self.document_buttons["apology"].setEnabled(detail.new_due_at is not None)
        self.papers.load(detail.code)

    # -- steps ----------------------------------------------------------------------------
    def open_action(self, action: str) -> ActionDialog | None:
        """Open the dialog of ``action``; the step runs when the clerk confirms it."""
        if self.detail is None:
            return None
        dialog = CorrectDialog(self.detail, self) if action == "correct" else make_dialog(action, self.detail, self)
        code = self.detail.code
        dialog.submit = lambda values: self.ops.run(
            lambda s: apply_action(s, action, code, values=values),
            write=True,
            on_done=lambda _: self._done(dialog, values),
            on_error=lambda e: dialog.failed(str(e)),
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _done(self, dialog: ActionDialog, values: dict[str, str]) -> None:
        dialog.succeeded()
        self.status_line.setText(self._said(dialog.action, values))
        self.reload()
        if dialog.action == "correct":
            self.ops.run(lambda s: None, on_done=lambda _: self.print_document("receipt"))  # after the reload
        if self.detail is not None:
            self.changed.emit(self.detail.code)
            if dialog.action == "return":
                self.returned.emit(self.detail.code)

    def _said(self, action: str, values: dict[str, str]) -> str:
        texts = {
            "hand_over": self.tr("Handed over to %1.").replace("%1", values.get("to", "")),
            "supplement": self.tr("Supplement requested: the clock is stopped until the citizen supplies it."),
            "resume": self.tr("Processing resumed: the due moment was recomputed."),
            "result": self.tr("Result recorded: the dossier is ready to be returned."),
            "return": self.tr("Result returned to %1. The citizen is asked for a rating.").replace(
                "%1", values.get("collected_by") or (self.detail.applicant if self.detail else "")
            ),
            "stop": self.tr("The dossier is stopped; the stop notice can be printed."),
            "correct": self.tr("Correction saved; the receipt is reprinted as a new version."),
        }
        return texts[action]

    # -- forms ----------------------------------------------------------------------------
    def print_document(self, kind: str) -> None:
        if self.detail is None:
            return
        code, version = self.detail.code, self.detail.receipt_version
        title = f"{self.document_titles[kind]} — {code}"
        self.ops.run(
            lambda s: fetch_pdf(s, kind, code),
            on_done=lambda data: self._output(title, data, file_name(kind, code, version)),
        )

    def _output(self, title: str, data: bytes, name: str) -> None:
        said = self.output.show(self, title, data, name)
        if said:
            self.status_line.setText(said)
