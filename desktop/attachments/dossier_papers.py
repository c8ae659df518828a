"""The papers of the open dossier, as its page shows them: the scanner's bar, the thumbnails panel, the viewer.

    papers = DossierPapersView(ops, scans=watcher)
    papers.load("H40-260302-0001")            # after the dossier is shown
    papers.attached.connect(page.reload)      # a file was attached: the history has a new line

Every read and write goes through `Operations` (the data functions of `desktop.attachments.data`); a
refusal (a bad file, the same file twice, no key on this desk) is one line under the thumbnails and nothing
is stored. Files attached from the scan folder are then moved into its "Đã đính kèm".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.errors import UserError
from core.file_checks import MEDIA_TYPES
from desktop.attachments import printing
from desktop.attachments.data import (
    DossierPapers,
    PaperFile,
    Slot,
    attach_papers,
    fetch_papers,
    open_paper,
    papers_to_print,
    scan_folder_setting,
)
from desktop.attachments.panel import PapersPanel
from desktop.attachments.scan_bar import ScanBar
from desktop.attachments.scan_folder import ScanFolderWatcher
from desktop.attachments.viewer import PaperViewerDialog
from desktop.operations import Operations

__all__ = ["DossierPapersView"]


class DossierPapersView(QWidget):
    """``attached(code)`` after files were attached; ``viewer`` is the last viewer opened (tests read it)."""

    attached = Signal(str)

    def __init__(
        self, ops: Operations, *, scans: ScanFolderWatcher | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.code = ""
        self.scans = scans or ScanFolderWatcher(self)
        self.viewer: PaperViewerDialog | None = None
        self.panel = PapersPanel()
        self.scan_bar = ScanBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scan_bar)
        layout.addWidget(self.panel, 1)
        self.panel.attach_requested.connect(self.attach)
        self.panel.open_requested.connect(self.open_paper)
        self.panel.print_requested.connect(self.print_papers)
        self.scan_bar.attach_requested.connect(self.attach)
        self.scan_bar.dismissed.connect(self.scans.dismiss)
        self.scan_bar.view_requested.connect(self.view_scan)
        self.scans.changed.connect(self._offer)

    # -- loading --------------------------------------------------------------------------
    def load(self, code: str) -> None:
        if code != self.code:
            self.panel.say("")
        self.code = code
        self.ops.run(
            lambda s: (fetch_papers(s, code), scan_folder_setting(s)),
            on_done=self._show,
            on_error=lambda e: self.panel.say(str(e), error=True),
        )

    def _show(self, found: tuple[DossierPapers, str]) -> None:
        papers, folder = found
        if papers.code != self.code:
            return  # another dossier was opened meanwhile
        self.panel.set_papers(papers.slots, papers.papers)
        self.scan_bar.set_slots(papers.slots, self.panel.model.slot_label)
        self.scans.set_folder(folder)
        self.panel.scan_start = folder
        self._offer()

    def _offer(self) -> None:
        self.scan_bar.set_files(self.scans.offered())

    # -- attaching ------------------------------------------------------------------------
    def attach(self, paths: list[str], slot: Slot) -> None:
        """Attach ``paths`` to ``slot`` of the open dossier, all or none."""
        if not self.code or not paths:
            return
        code = self.code
        self.panel.set_busy(True)
        self.scan_bar.set_busy(True)
        self.ops.run(
            lambda s: attach_papers(s, code, paths, slot),
            write=True,
            on_done=lambda count: self._attached(code, paths, slot, count),
            on_error=self._refused,
        )

    def _attached(self, code: str, paths: list[str], slot: Slot, count: int) -> None:
        self.panel.set_busy(False)
        self.scan_bar.set_busy(False)
        said = self.tr("Attached %n file(s) to %1.", "", count).replace("%1", self.panel.model.slot_label(slot))
        folder = self.scans.folder
        scanned = [Path(p) for p in paths if folder is not None and Path(p).parent == folder]
        moved = self.scans.attached(scanned) if scanned else ""
        self.panel.say(f"{said} {moved}".strip(), error=bool(moved))
        self.load(code)
        self.attached.emit(code)

    def _refused(self, error: UserError) -> None:
        self.panel.set_busy(False)
        self.scan_bar.set_busy(False)
        self.panel.say(str(error), error=True)

    # -- opening and printing -------------------------------------------------------------
    def open_paper(self, paper: PaperFile) -> None:
        title = f"{paper.file_name} — {self.code}"
        self.ops.run(
            lambda s: open_paper(s, paper.id),
            on_done=lambda data: self._view(data, paper.media_type, title, paper.file_name),
            on_error=lambda e: self.panel.say(str(e), error=True),
        )

    def _view(self, data: bytes, media_type: str, title: str, name: str) -> None:
        self.viewer = PaperViewerDialog.show_paper(
            self.window(), data, media_type=media_type, title=title, file_name=name
        )

    def view_scan(self, path: Path) -> None:
        """A new file of the scan folder, before it is attached (it is clear on disk already)."""
        try:
            data = Path(path).read_bytes()
        except OSError:
            self.panel.say(
                self.tr("%1 cannot be read now (the scanner may still be writing it).").replace("%1", Path(path).name),
                error=True,
            )
            return
        media_type = MEDIA_TYPES.get(Path(path).suffix.lower(), "")
        self._view(data, media_type, Path(path).name, Path(path).name)

    def print_papers(self, papers: list[PaperFile]) -> None:
        code = self.code
        self.ops.run(
            lambda s: papers_to_print(s, code, papers),
            on_done=self._print,
            on_error=lambda e: self.panel.say(str(e), error=True),
        )

    def _print(self, found: list[tuple[str, bytes]]) -> None:
        printer = printing.ask_printer(self)
        if printer is None:
            return
        pages = printing.print_papers(printer, found)
        self.panel.say(self.tr("Printed %n page(s).", "", pages))
