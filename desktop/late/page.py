"""The late-dossier desk: the board (to do, due today, due soon, late, waiting), its figures, and apologies.

Every minute a `QTimer` asks core for the board again; `notice` carries what the main window's banner
should say (the start-up summary, then each dossier that turns due soon). "Apology…" drafts the letter
in core, the dialog lets the clerk check it, core records it, and the letter opens in the PDF preview
(print or save).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.apologies import ApologyDraft, IssuedApology
from core.board import Board
from desktop.late import data
from desktop.late.apology_dialog import ApologyDialog
from desktop.late.board_model import BoardTableModel
from desktop.late.summary import GroupTable, SummaryStrip
from desktop.late.watcher import DueSoonTracker, Notice
from desktop.operations import Operations
from desktop.shortcuts import press_with

__all__ = ["REFRESH_MS", "LatePage"]

REFRESH_MS = 60_000
#: Tabs in order: board section name (``todo`` is the late dossiers still needing an apology).
TABS = ("todo", "due_today", "due_soon", "late", "waiting")


class LatePage(QWidget):
    """The board; ``notice(text)`` asks the main window to show a banner."""

    notice = Signal(str)
    #: Emitted after an apology was recorded (its code), for tests and other pages.
    apology_issued = Signal(str)

    def __init__(
        self,
        ops: Operations,
        *,
        is_admin: bool = False,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.is_admin, self.clock = ops, is_admin, clock
        self.board: Board | None = None
        self.dialog: ApologyDialog | None = None
        self.preview: QWidget | None = None
        self.tracker = DueSoonTracker()
        self.summary = SummaryStrip()
        self.tabs = QTabWidget()
        self.models: dict[str, BoardTableModel] = {}
        self.views: dict[str, QTableView] = {}
        for name in TABS:
            self.models[name], self.views[name] = BoardTableModel(self), self._view()
            self.views[name].setModel(self.models[name])
            self._size_columns(self.views[name])
            self.views[name].selectionModel().selectionChanged.connect(self._selection_changed)
            self.views[name].doubleClicked.connect(self.open_apology)
            self.tabs.addTab(self.views[name], "")
        self.tabs.currentChanged.connect(self._selection_changed)
        self.apology_button = QPushButton(self.tr("&Apology…"))
        self.apology_button.setToolTip(self.tr("Draft the apology letter of the selected dossier (or double-click it)"))
        self.apology_button.clicked.connect(self.open_apology)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        press_with(self.refresh_button, QKeySequence.StandardKey.Refresh, description=self.tr("Reload the board"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.by_field, self.by_handler = GroupTable(self.tr("By field")), GroupTable(self.tr("By officer"))
        self._layout()
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._selection_changed()
        self.refresh()

    @staticmethod
    def _view() -> QTableView:
        view = QTableView()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        return view

    @staticmethod
    def _size_columns(view: QTableView) -> None:
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BoardTableModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (BoardTableModel.CODE, 165),
            (BoardTableModel.APPLICANT, 160),
            (BoardTableModel.HANDLER, 200),
            (BoardTableModel.DUE, 120),
            (BoardTableModel.APOLOGY, 240),
        ):
            header.resizeSection(column, width)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.apology_button)
        left_layout.addLayout(actions)
        groups = QWidget()
        groups_layout = QHBoxLayout(groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.addWidget(self.by_field)
        groups_layout.addWidget(self.by_handler)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(groups)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 190])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # -- the board ------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        return self.clock().replace(second=0, microsecond=0)

    def refresh(self) -> None:
        at = self.now()
        self.ops.run(lambda s: data.fetch_board(s, at), on_done=self.show_board)

    def show_board(self, board: Board) -> None:
        self.board = board
        self.summary.show_board(board)
        titles = {
            "todo": self.tr("To do (%1)"),
            "due_today": self.tr("Due today (%1)"),
            "due_soon": self.tr("Due soon (%1)"),
            "late": self.tr("Late (%1)"),
            "waiting": self.tr("Waiting on the citizen (%1)"),
        }
        for number, name in enumerate(TABS):
            rows = board.todo if name == "todo" else board.section(name)
            self.models[name].set_rows(rows)
            self.tabs.setTabText(number, titles[name].replace("%1", str(len(rows))))
        self.by_field.set_groups(board.by_field)
        self.by_handler.set_groups(board.by_handler)
        self._selection_changed()
        self._announce(self.tracker.update(board))

    def _announce(self, notice: Notice) -> None:
        if not notice.worth_showing:
            return
        if notice.first:
            text = (
                self.tr("Due today: %1 · due soon: %2 · late: %3 (%4 still without an apology).")
                .replace("%1", str(notice.due_today))
                .replace("%2", str(notice.due_soon))
                .replace("%3", str(notice.late))
                .replace("%4", str(notice.todo))
            )
        else:
            text = self.tr("Now due soon or late: %1.").replace("%1", ", ".join(notice.new_codes))
        self.notice.emit(text)

    # -- apologies ------------------------------------------------------------------------
    def selected_code(self) -> str:
        view = self.tabs.currentWidget()
        name = TABS[self.tabs.currentIndex()] if self.tabs.currentIndex() >= 0 else ""
        rows = view.selectionModel().selectedRows() if isinstance(view, QTableView) else []
        return self.models[name].row(rows[0].row()).code if rows and name else ""

    def _selection_changed(self, *_: object) -> None:
        name = TABS[self.tabs.currentIndex()] if self.tabs.currentIndex() >= 0 else ""
        self.apology_button.setEnabled(bool(self.selected_code()) and name != "waiting")

    def open_apology(self, *_: object) -> None:
        code = self.selected_code()
        if code:
            self.draft_for(code)

    def draft_for(self, code: str) -> None:
        """Ask core for the draft of ``code``, then open the dialog."""
        at = self.now()
        self.ops.run(lambda s: data.fetch_draft(s, code, at), on_done=self._open_dialog)

    def _open_dialog(self, draft: ApologyDraft) -> None:
        self.dialog = ApologyDialog(draft, is_admin=self.is_admin, parent=self)
        self.dialog.submit = self._issue
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _issue(self, values: data.ApologyInput) -> None:
        dialog, at = self.dialog, self.now()
        self.ops.run(
            lambda s: data.issue(s, values, is_admin=self.is_admin, at=at),
            write=True,
            on_done=self._issued,
            on_error=lambda e: dialog.failed(str(e)) if dialog else None,
        )

    def _issued(self, issued: IssuedApology) -> None:
        if self.dialog is not None:
            self.dialog.succeeded()
        self.status.setText(
            self.tr("Apology recorded for %1: new appointment %2.")
            .replace("%1", issued.code)
            .replace("%2", f"{issued.new_due_at:%H:%M %d/%m/%Y}")
        )
        self.apology_issued.emit(issued.code)
        self.ops.run(
            lambda s: data.fetch_letter(s, issued.code),
            on_done=lambda pdf: self.show_letter(issued, pdf),
            on_error=lambda e: self.status.setText(str(e)),
        )
        self.refresh()

    def show_letter(self, issued: IssuedApology, pdf: bytes) -> None:
        """The letter in the PDF preview: Print… or Save PDF…."""
        from desktop.widgets.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog.show_pdf(
            self,
            pdf,
            title=self.tr("Apology letter — %1").replace("%1", issued.code),
            file_name=data.letter_file_name(issued.code),
        )
