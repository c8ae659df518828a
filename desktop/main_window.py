"""The main window: a frame that composes pages. Navigation on the left, the page on the right.

The header holds the return desk's code entry (F2); a scanner's burst anywhere in the window does the
same. Both come out as ``code_entered``: the composition root decides what opens the dossier.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QByteArray, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.help import install_help_menu
from desktop.messages import app_title
from desktop.office_info import OfficeInfo
from desktop.qt_typed import named
from desktop.widgets.code_scan import CodeEntry, ScanListener
from desktop.widgets.fit_scroll import FitScrollArea
from desktop.widgets.shortcuts_dialog import KEYS as SHORTCUTS_KEYS
from desktop.widgets.shortcuts_dialog import ShortcutsDialog

__all__ = ["GEOMETRY_KEY", "MainWindow", "PageEntry"]

# Where the window's place and size are kept in the desk's settings (`desktop.i18n.language_settings`).
GEOMETRY_KEY = "window/geometry"
# The size the window takes when it is not maximized and nothing is remembered (bounded by the screen).
NORMAL_SIZE = QSize(1366, 768)


class PageEntry:
    """A page and its name in the navigation (already translated): the page itself, or ``make`` to build it
    the first time it is shown (or asked for by ``widget``), so the window paints before the pages it does
    not show are imported and built (issue 17)."""

    def __init__(self, title: str, widget: QWidget | None = None, *, make: Callable[[], QWidget] | None = None) -> None:
        if (widget is None) == (make is None):
            raise ValueError("a page entry needs its widget or its maker, not both")
        self.title, self._widget, self._make = title, widget, make
        self.on_built: Callable[[QWidget], None] | None = None  # the window puts the new page in its place

    @property
    def built(self) -> bool:
        return self._widget is not None

    @property
    def widget(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._widget is None:
            assert self._make is not None
            self._widget = self._make()
            if self.on_built is not None:
                self.on_built(self._widget)
        return self._widget


class MainWindow(QMainWindow):
    """Navigation + stacked pages + a status bar with the office and the database location.

    Ctrl+1 … Ctrl+9 switch to the n-th page; F2 goes to the dossier code entry. No business logic here.
    """

    #: A dossier code typed in the header's entry or scanned anywhere (install `scan_listener` on the app).
    code_entered = Signal(str)
    #: The QR text of a citizen's identity card scanned anywhere in the window (the composition root fills the intake).
    card_scanned = Signal(str)
    #: The banner's link was clicked (the composition root decides what it opens).
    banner_activated = Signal()
    # Tài khoản › Đăng xuất (Ctrl+L): the composition root closes the window and shows the login screen.
    log_out_requested = Signal()

    def __init__(self, pages: Sequence[PageEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(app_title())
        self.pages = list(pages)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.banner = named(QLabel(wordWrap=True), "banner")
        self.banner.setVisible(False)
        self.banner.setStyleSheet("color: #6b4f00; background: #fff4d6; border: 1px solid #e6c97a; padding: 6px;")
        self.banner.linkActivated.connect(lambda _: self.banner_activated.emit())
        self.code_entry = CodeEntry()
        self.code_entry.code_entered.connect(self.code_entered)
        self.code_entry.card_entered.connect(self.card_scanned)
        self.scan_listener = ScanListener(ignore=self.code_entry, parent=self)
        self.scan_listener.scanned.connect(self.code_entered)
        self.scan_listener.card_scanned.connect(self.card_scanned)
        QShortcut(QKeySequence("F2"), self, self.focus_code_entry).setWhatsThis(self.tr("Dossier code entry"))
        QShortcut(QKeySequence(SHORTCUTS_KEYS), self, lambda: ShortcutsDialog.show_for(self)).setWhatsThis(
            self.tr("Keyboard shortcuts (this list)")
        )
        for number, page in enumerate(self.pages, start=1):
            self._add_page(number, page)
        self.navigation.currentRowChanged.connect(self.show_page)
        self._build_central()
        self.office_label, self.database_label = QLabel(), QLabel()
        self.statusBar().addWidget(self.office_label, 1)
        self.statusBar().addPermanentWidget(self.database_label)
        # A message hides the office's name, even one said before the window shows (Qt hides only visible
        # widgets, and the name would come up under the message when the window appears).
        self.statusBar().messageChanged.connect(lambda text: self.office_label.setVisible(not text))
        self.navigation.setCurrentRow(0)
        self.account_menu = self.menuBar().addMenu(self.tr("Account"))
        self.log_out_action = QAction(self.tr("Log out"), self, shortcut=QKeySequence("Ctrl+L"))
        self.log_out_action.triggered.connect(self.log_out_requested)
        self.account_menu.addAction(self.log_out_action)
        self.help_menu = install_help_menu(self)  # Trợ giúp: the user guide (F1), About
        screen = self.screen()
        room = screen.availableGeometry().size() if screen is not None else NORMAL_SIZE
        self.resize(NORMAL_SIZE.boundedTo(room))  # un-maximized, it still fits the screen

    def place(self) -> None:
        """Show the window where the desk last left it, or maximized the first time (or when what was
        kept cannot be used): the screen decides the size, not a fixed 1366×768."""
        saved = i18n.language_settings().value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            self.show()
        else:
            self.showMaximized()

    def remember_geometry(self) -> None:
        """Keep the window's place, size and maximized state for the next start."""
        store = i18n.language_settings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            self.remember_geometry()
        super().closeEvent(event)
        app = QApplication.instance()
        if event.isAccepted() and app is not None:  # a closed window (log-out, a test's end) takes no more scans
            app.removeEventFilter(self.scan_listener)

    def _add_page(self, number: int, page: PageEntry) -> None:
        shortcut = QKeySequence(f"Ctrl+{number}")
        item = QListWidgetItem(page.title)
        item.setSizeHint(QSize(0, 34))
        item.setToolTip(f"{page.title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.navigation.addItem(item)
        if page.built:
            self.stack.addWidget(FitScrollArea(page.widget, fill=True))  # scrolls only below the page's minimum size
        else:  # an empty stand-in until the page is first shown
            self.stack.addWidget(named(QWidget(), "unbuiltPage"))
            page.on_built = lambda widget, row=number - 1: self._place(row, widget)
        QShortcut(shortcut, self, partial(self.navigation.setCurrentRow, number - 1)).setWhatsThis(
            self.tr("Go to %1").replace("%1", page.title)
        )

    def _place(self, row: int, widget: QWidget) -> None:
        """Put the page just built at ``row`` instead of its stand-in."""
        stand_in = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, FitScrollArea(widget, fill=True))
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)

    def showEvent(self, event) -> None:
        row = self.stack.currentIndex()
        if 0 <= row < len(self.pages):
            _ = self.pages[row].widget  # the page on screen is built now, before the window paints
        super().showEvent(event)

    def _build_central(self) -> None:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 8, 12, 4)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.code_entry)
        right_layout.addLayout(header)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

    def show_page(self, row: int) -> None:
        """Show the page at ``row`` (0-based) and select it in the navigation."""
        if not 0 <= row < len(self.pages):
            return
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        if self.isVisible():
            _ = self.pages[row].widget  # built the first time it is shown
        self.stack.setCurrentIndex(row)
        self.heading.setText(self.pages[row].title)

    def show_widget(self, widget: QWidget) -> None:
        """Bring the page ``widget`` forward (when a page opens something by itself)."""
        for row, page in enumerate(self.pages):
            if page.built and page.widget is widget:
                self.show_page(row)

    def focus_code_entry(self) -> None:
        self.code_entry.setFocus()
        self.code_entry.selectAll()

    def current_title(self) -> str:
        return self.pages[self.stack.currentIndex()].title

    def show_office(self, office: OfficeInfo | None) -> None:
        if office is None:
            self.office_label.setText(self.tr("No office set up yet: open Settings to enter it."))
        else:
            self.office_label.setText(
                self.tr("%1 — unit code %2").replace("%1", office.name).replace("%2", office.unit_code)
            )

    def show_banner(self, text: str, link: str = "") -> None:
        """A notice above the page (empty ``text`` hides it); ``link`` is a clickable word after it."""
        self.banner.setText(html.escape(text) + (f" <a href='open'>{html.escape(link)}</a>" if link else ""))
        self.banner.setVisible(bool(text))

    def show_database(self, location: str) -> None:
        """The file's name (a server's host and database) in the bar; the whole location in its tooltip."""
        short = location.replace("\\", "/").rsplit("/", 1)[-1] if "://" not in location else location.split("@")[-1]
        self.database_label.setText(self.tr("Database: %1").replace("%1", short))
        self.database_label.setToolTip(location)

    def show_handover_count(self, count: int) -> None:
        """Dossiers still to enter in the provincial system, in the status bar (hidden when none)."""
        label = self.findChild(QLabel, "handoverCountLabel")
        if label is None:
            label = named(QLabel(), "handoverCountLabel")
            label.setStyleSheet("color: #8a4b00; font-weight: bold; padding: 0 8px;")
            self.statusBar().addPermanentWidget(label)
        label.setText(self.tr("To enter in the provincial system: %1").replace("%1", str(count)))
        label.setVisible(count > 0)

    def show_report_reminder(self, text: str, red: bool = False) -> None:
        """The monthly report still to submit, in the status bar (hidden when ``text`` is empty); red when overdue."""
        label = self.findChild(QLabel, "reportReminderLabel")
        if label is None:
            label = named(QLabel(wordWrap=True), "reportReminderLabel")  # two lines on a small screen
            self.statusBar().addPermanentWidget(label)
        colour = "color: white; background: #b00020;" if red else "color: #6b4f00; background: #fff4d6;"
        label.setStyleSheet(f"{colour} font-weight: bold; padding: 1px 8px; border-radius: 3px;")
        label.setProperty("red", red)
        label.setText(text)
        label.setToolTip(text)
        label.setVisible(bool(text))
