"""Tiếp nhận hồ sơ: the desk clerk's screen, worked from the keyboard.

Left: the applicant, the procedure (searched by code or name, accents ignored), channel, fee and
delivery, the actions and what was just issued. Right: the appointment and why, then the
component checklist, or the PDF of the receipt or slip just issued. Ctrl+S accepts (or issues the
supplement slip of an incomplete dossier), Ctrl+P does the same and prints, Ctrl+N starts over.
A scan of the citizen's CCCD QR code (into any field: the window's scan listener, or into the card row,
F4) fills the applicant through `core.card_qr` and never saves anything. Scanned papers picked for a component
(Scan/Attach…, dropped on its row, or offered from the scan folder) are checked at once and attached with the
dossier in the same transaction: a bad file refuses the whole intake in one line and the form stays.
Every read and write is a core call through `Operations`; a `UserError` leaves the form as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from core.card_qr import read_card
from core.errors import UserError
from core.work_calendar import DueResult
from desktop.attachments.data import Slot, check_papers, is_paper_name, scan_folder_setting
from desktop.attachments.scan_bar import ScanBar
from desktop.attachments.scan_folder import ScanFolderWatcher
from desktop.intake.actions import IntakeActions
from desktop.intake.applicant_form import ERROR_STYLE, ApplicantForm
from desktop.intake.checklist_model import ChecklistModel
from desktop.intake.checklist_pane import ChecklistPane
from desktop.intake.data import IntakeRequest, Issued, ProcedureChoice, accept, fetch_due, record_slip, render_issued
from desktop.intake.due_panel import DuePanel
from desktop.intake.issued_banner import IssuedBanner
from desktop.intake.options import IntakeOptions
from desktop.intake.procedure_picker import ProcedurePicker
from desktop.intake.reason_dialog import ReasonDialog
from desktop.operations import Operations
from desktop.shortcuts import focus_all, shortcut
from desktop.widgets.pdf_preview import PdfPreview

__all__ = ["IntakePage"]

# The appointment shown is recomputed this often (the clock moves on while the citizen waits).
REFRESH_MS = 60_000


def _now() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


class IntakePage(QWidget):
    def __init__(
        self,
        ops: Operations,
        *,
        clock: Callable[[], dt.datetime] = _now,
        scans: ScanFolderWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.clock = ops, clock
        self.scans = scans or ScanFolderWatcher(self)
        self.scan_bar = ScanBar()
        self.choice: ProcedureChoice | None = None
        self.issued: Issued | None = None
        self.dialog: ReasonDialog | None = None
        self.applicant = ApplicantForm()
        self.picker = ProcedurePicker(ops)
        self.picker.chosen.connect(self.set_procedure)
        self.options = IntakeOptions()
        self.intake_actions = IntakeActions()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE + "font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.banner = IssuedBanner()
        self.due_panel = DuePanel()
        self.checklist = ChecklistModel(self)
        self.checklist.changed.connect(self._update_mode)
        self.pane = ChecklistPane(self.checklist)
        self.preview = PdfPreview()
        self.right = QStackedWidget()
        self.right.addWidget(self.pane)
        self.right.addWidget(self.preview)
        self._layout()
        self._connect()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh_due)
        self._timer.start()

    def _layout(self) -> None:
        procedure = QGroupBox(self.tr("Procedure"))
        box = QVBoxLayout(procedure)
        box.addWidget(self.picker)
        left = QVBoxLayout()
        left.setSpacing(6)
        for widget in (self.applicant, procedure, self.options, self.intake_actions, self.error, self.banner):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.scan_bar)
        right.addWidget(self.due_panel)
        right.addWidget(self.right, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 5)
        layout.addLayout(right, 7)

    def _connect(self) -> None:
        self.intake_actions.primary.clicked.connect(lambda: self.save())
        self.intake_actions.save_and_print.clicked.connect(lambda: self.save(print_after=True))
        self.intake_actions.incomplete.toggled.connect(self._update_mode)
        self.intake_actions.refuse.clicked.connect(self.refuse)
        self.intake_actions.new.clicked.connect(self.new_dossier)
        self.preview.printed.connect(lambda _: self.applicant.name.setFocus())
        for keys, slot, text in (
            (QKeySequence.StandardKey.Save, self.save, self.tr("Accept and save, or issue the supplement slip")),
            ("Ctrl+P", lambda: self.save(print_after=True), self.tr("The same, then print")),
            (QKeySequence.StandardKey.New, self.new_dossier, self.tr("New dossier (empty the form)")),
        ):
            shortcut(self, keys, slot, text, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.applicant.card_entry.returnPressed.connect(self._card_entered)
        shortcut(
            self,
            "F4",
            self.focus_card_entry,
            self.tr("Scan the citizen's identity card (CCCD QR code)"),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        shortcut(self, QKeySequence.StandardKey.Find, lambda: focus_all(self.picker), self.tr("Search the procedure"))
        self.pane.files_chosen.connect(self.add_papers)
        self.checklist.modelReset.connect(self._offer_places)
        self.scan_bar.attach_requested.connect(lambda paths, slot: self.add_papers(slot.component, paths))
        self.scan_bar.dismissed.connect(self.scans.dismiss)
        self.scans.changed.connect(lambda: self.scan_bar.set_files(self.scans.offered()))

    # -- scanned papers -------------------------------------------------------------------
    def showEvent(self, event) -> None:
        """The scan folder as the admin last set it (read again each time the page comes forward)."""
        super().showEvent(event)
        self.ops.run(scan_folder_setting, on_done=self._scan_folder)

    def _scan_folder(self, folder: str) -> None:
        self.scans.set_folder(folder)
        self.pane.scan_start = folder
        self.scan_bar.set_files(self.scans.offered())

    def _offer_places(self) -> None:
        self.scan_bar.set_slots(
            [Slot(n, row.name) for n, row in enumerate(self.checklist.rows)],
            lambda slot: f"{(slot.component or 0) + 1}. {slot.name}",  # checklist rows: never the result
        )

    def add_papers(self, row: int, paths: list[str]) -> None:
        """Check ``paths`` at once (as core will) and hold them for ``row``; a bad file is said and not held."""
        bad = [Path(p).name for p in paths if not is_paper_name(p)]
        if bad:
            self._show_error(self.tr("Not attached: %1 is not a PDF, JPEG or PNG file.").replace("%1", ", ".join(bad)))
            return
        self.ops.run(
            lambda s: check_papers(paths),
            on_done=lambda _: self._papers_ok(row, paths),
            on_error=lambda error: self._show_error(str(error)),
        )

    def _papers_ok(self, row: int, paths: list[str]) -> None:
        if 0 <= row < len(self.checklist.rows):
            self._show_error("")
            self.checklist.add_files(row, paths)

    # -- the citizen's card --------------------------------------------------------------------
    def focus_card_entry(self) -> None:
        self.applicant.card_entry.setFocus()
        self.applicant.card_entry.selectAll()

    def _card_entered(self) -> None:
        text = self.applicant.card_entry.text()
        self.applicant.card_entry.clear()
        if text.strip():
            self.fill_from_card(text)

    def fill_from_card(self, text: str) -> bool:
        """The applicant from a card's QR text; a bad or garbled scan (`GarbledScan`: the input method's hint)
        shows its one line and fills nothing. Never saves."""
        try:
            card = read_card(text, today=self.clock().date())
        except UserError as error:
            self._show_error(str(error))
            return False
        self._show_error("")
        self.applicant.fill_from_card(card)
        self.applicant.phone.setFocus()
        return True

    # -- the procedure and its appointment -------------------------------------------------
    def set_procedure(self, choice: ProcedureChoice) -> None:
        self.choice = choice
        self.due_panel.set_procedure(choice)
        self.options.set_procedure(choice)
        self.checklist.set_components(choice.components)
        self._show_right(self.pane)
        self.refresh_due()

    def refresh_due(self) -> None:
        if self.choice is None:
            return
        code, now = self.choice.code, self.clock()
        self.ops.run(
            lambda s: fetch_due(s, code, now),
            on_done=lambda due: self._show_due(code, due),
            on_error=lambda error: self.due_panel.show_problem(str(error)),
        )

    def _show_due(self, code: str, due: DueResult) -> None:
        if self.choice is not None and self.choice.code == code:
            self.due_panel.show_due(due)

    def is_supplement(self) -> bool:
        """An incomplete dossier: the main action issues the supplement slip, nothing is accepted."""
        return self.intake_actions.incomplete.isChecked() or (
            self.choice is not None and not self.checklist.is_complete()
        )

    def _update_mode(self) -> None:
        supplement = self.is_supplement()
        self.intake_actions.set_supplement(supplement)
        self.pane.set_supplement(supplement)

    # -- issuing --------------------------------------------------------------------------
    def save(self, print_after: bool = False) -> None:
        """Ctrl+S: accept the dossier, or issue the supplement slip of an incomplete one."""
        if not self._ready():
            return
        if self.is_supplement():
            items = [r.as_component() for r in self.checklist.missing()]
            self._slip("supplement", self.pane.reason(), items, print_after)
            return
        assert self.choice is not None  # _ready
        request = IntakeRequest(
            self.applicant.value(),
            self.choice.code,
            components=self.checklist.handed_in(),
            papers=tuple(self.checklist.papers()),
            **self.options.values(),
        )
        now = self.clock()
        self._write(lambda s: accept(s, request, now=now), print_after)

    def refuse(self) -> ReasonDialog | None:
        """Ask for the reason, then issue the refusal slip (window-modal; returns the dialog)."""
        if not self._ready():
            return None
        dialog = ReasonDialog(
            self.tr("Refuse intake"),
            self.tr("Why is the dossier refused? The reason is printed on the refusal slip."),
            self,
        )
        dialog.accepted.connect(lambda: self._slip("refusal", dialog.reason(), [], False))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _ready(self) -> bool:
        if not self.intake_actions.primary.isEnabled():
            return False  # a save is on its way: a second Ctrl+S must not accept the dossier twice
        self._show_error("")
        if self.choice is None:
            self._show_error(self.tr("Choose a procedure first."))
            self.picker.setFocus()
            return False
        return self.applicant.check()

    def _slip(self, kind: str, reason: str, items: list[dict], print_after: bool) -> None:
        assert self.choice is not None  # _ready
        applicant, code, now = self.applicant.value(), self.choice.code, self.clock()
        self._write(
            lambda s: record_slip(s, kind, applicant, code, items=items, reason=reason, now=now),
            print_after,
        )

    def _write(self, fn, print_after: bool) -> None:
        self.intake_actions.set_busy(True)
        self.ops.run(fn, write=True, on_done=lambda issued: self._issued(issued, print_after), on_error=self._failed)

    def _failed(self, error: UserError) -> None:
        self.intake_actions.set_busy(False)
        self._show_error(str(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _issued(self, issued: Issued, print_after: bool) -> None:
        self.intake_actions.set_busy(False)
        self.issued = issued
        folder = self.scans.folder
        scanned = [Path(p) for _, p in self.checklist.papers() if folder is not None and Path(p).parent == folder]
        moved = self.scans.attached(scanned) if issued.kind == "receipt" and scanned else ""
        self.reset_form()
        self._show_error(moved)
        self.banner.show_issued(issued)
        self.ops.run(lambda s: render_issued(s, issued), on_done=lambda pdf: self._preview(issued, pdf, print_after))

    def _preview(self, issued: Issued, pdf: bytes, print_after: bool) -> None:
        titles = {
            "receipt": self.tr("Receipt and appointment slip %1"),
            "supplement": self.tr("Supplement slip %1"),
            "refusal": self.tr("Refusal slip %1"),
        }
        names = {"receipt": "giay-tiep-nhan", "supplement": "phieu-bo-sung", "refusal": "phieu-tu-choi"}
        self.preview.load(
            pdf,
            title=titles[issued.kind].replace("%1", issued.reference),
            file_name=f"{names[issued.kind]}-{issued.reference}.pdf",
        )
        self._show_right(self.preview)
        if print_after:
            self.preview.print_document()

    # -- starting over --------------------------------------------------------------------
    def reset_form(self) -> None:
        """Empty the form for the next citizen (what was issued stays shown)."""
        self.choice = None
        self.applicant.reset()
        self.picker.reset()
        self.options.reset()
        self.pane.reset()
        self.due_panel.clear()
        self.intake_actions.incomplete.setChecked(False)
        self._show_error("")
        self._update_mode()
        self.applicant.name.setFocus()

    def new_dossier(self) -> None:
        """Ctrl+N: a clean desk."""
        self.reset_form()
        self.banner.clear()
        self.preview.clear()
        self._show_right(self.pane)

    def _show_right(self, widget: QWidget) -> None:
        """The checklist under the appointment, or the issued PDF using the whole height."""
        self.right.setCurrentWidget(widget)
        self.due_panel.setVisible(widget is self.pane)
