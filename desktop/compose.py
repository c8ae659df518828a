"""The main window composed for a logged-in caller: `build` (called by `desktop.app`, the composition root).

Only the page on screen is built before the window paints (the dossier list, or the first page of the
navigation); every other page is imported and built the first time it is shown (`PageEntry` with ``make``).
What the window watches in the background (the desk board and its start-up notice, the hand-over count,
the report reminder) starts once the first page has landed, behind the list on the worker (issue 17).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from core.security.access import ROLE_NAMES, Permission
from desktop.messages import show_error
from desktop.operations import Operations
from desktop.qt_typed import named

if TYPE_CHECKING:  # the pages load in `build`, after the login window painted
    from core.storage import Database
    from desktop.attachments.scan_folder import ScanFolderWatcher
    from desktop.backup.key_panel import KeyPanel
    from desktop.dossiers.page import DossiersPage
    from desktop.intake.page import IntakePage
    from desktop.late.page import LatePage
    from desktop.main_window import MainWindow, PageEntry
    from desktop.ratings.desk import RatingDesk
    from desktop.report.page import ReportPage
    from desktop.settings.page import SettingsPage
    from desktop.work_calendar.page import CalendarPage

__all__ = ["Built", "after_first_paint", "build", "database_location"]

#: How long after the list has painted the watchers start (building the board takes the GUI thread a moment:
#: the clerk's first scroll or click comes first).
WATCH_AFTER_MS = 300


class Built:
    """What `build` made: the window, its worker, the dossier list, and the other pages tests reach into
    (each built when first asked for, here or by the navigation)."""

    def __init__(
        self,
        window: MainWindow,
        ops: Operations,
        dossiers: DossiersPage,
        entries: dict[str, PageEntry],
        key_panel: Callable[[], KeyPanel | None],
        rating_desk: Callable[[], RatingDesk],
    ) -> None:
        self.window, self.ops, self.dossiers = window, ops, dossiers
        self._entries, self._key_panel, self._rating_desk = entries, key_panel, rating_desk

    @property
    def rating_desk(self) -> RatingDesk:
        """The citizen's rating window's desk (built the first time it is needed)."""
        return self._rating_desk()

    @property
    def calendar(self) -> CalendarPage:
        return cast("CalendarPage", self._entries["calendar"].widget)

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self._entries["settings"].widget)

    @property
    def report(self) -> ReportPage:
        return cast("ReportPage", self._entries["report"].widget)

    @property
    def late(self) -> LatePage:
        return cast("LatePage", self._entries["late"].widget)

    @property
    def keys(self) -> KeyPanel | None:
        """The office key's panel in Settings (admins only; None for the others)."""
        return self._key_panel()


def database_location(database: Database) -> str:
    """The file, or the server URL without its password."""
    if database.path is not None:
        return str(database.path)
    from sqlalchemy.engine import (
        make_url,  # a server database: SQLAlchemy is loaded already
    )

    return make_url(database.url).render_as_string(hide_password=True)


def build(database: Database, *, today: dt.date | None = None, protection: str = "", keys=None) -> Built:
    """Create the worker and the window with the pages the caller's roles may use.

    ``database`` acts for the logged-in caller (`Database.as_caller`): core checks every call against
    his roles; the window only leaves out the pages he could not use and says who is logged in.
    """
    # The window and the dossier list are imported here, after the login, not at the top: the login window
    # paints before they are imported (issue 17); the other pages load when first shown (`_Pages`).
    from desktop.attachments.scan_folder import ScanFolderWatcher
    from desktop.dossiers.page import DossiersPage
    from desktop.main_window import MainWindow, PageEntry

    caller = database.caller
    can = lambda permission: caller is not None and caller.can(permission)
    ops = Operations(database)
    scans = ScanFolderWatcher(ops)  # one watcher of the scanner's folder for the dossier and intake pages
    dossiers = DossiersPage(ops, scans=scans)
    pages = _Pages(ops, database, keys, today=today, can=can, dossiers=dossiers, scans=scans)
    entries = {name: PageEntry(title, make=make) for name, (title, make) in pages.makers().items()}
    entries["dossiers"] = PageEntry(QCoreApplication.translate("App", "Dossiers"), dossiers)
    order = [
        (Permission.INTAKE, "intake"),
        (Permission.VIEW, "dossiers"),
        (Permission.VIEW, "late"),
        (Permission.VIEW, "ratings"),
        (Permission.VIEW, "report"),
        (Permission.VIEW, "calendar"),
        (Permission.HANDOVER, "handover"),
        (Permission.SETTINGS, "settings"),
    ]
    shown = [
        entries[name]
        for permission, name in order
        if can(permission) or (name == "settings" and (can(Permission.ACCOUNTS) or can(Permission.CATALOG)))
    ]
    window = MainWindow(shown)
    pages.window, pages.entries = window, entries
    for entry in entries.values():
        if entry not in shown:  # asked for by a test or a signal only: owned by the window, never visible
            entry.on_built = partial(_keep_hidden, window)
    user = named(QLabel(), "userLabel")
    if caller is not None:  # short in the status bar; the roles and where the data key is in its tooltip
        roles = ", ".join(ROLE_NAMES[r] for r in sorted(caller.roles))
        user.setText(caller.label)
        user.setToolTip(
            QCoreApplication.translate("App", "Logged in: %1 (%2)").replace("%1", caller.label).replace("%2", roles)
            + ("\n" + protection if protection else "")
        )
    window.statusBar().addPermanentWidget(user)
    ops.setParent(window)
    ops.show_error = lambda text: show_error(window, text)
    window.code_entered.connect(dossiers.open_dossier)
    if can(Permission.INTAKE):  # a citizen's card scanned anywhere: the intake page, filled from it (never saved)

        def card_scanned(text: str) -> None:
            intake = cast("IntakePage", entries["intake"].widget)
            window.show_widget(intake)
            intake.fill_from_card(text)

        window.card_scanned.connect(card_scanned)

    def banner_activated() -> None:
        window.show_widget(pages.late())
        window.show_banner("")

    def dossier_opened(_code: str) -> None:
        window.show_widget(dossiers)
        window.code_entry.clear()

    dossiers.returned.connect(lambda code: pages.rating_desk().open_for(code))
    window.banner_activated.connect(banner_activated)
    dossiers.dossier_opened.connect(dossier_opened)
    _app().installEventFilter(window.scan_listener)
    window.show_database(database_location(database))

    # The watchers wait until the window has painted, the first page of the list (queued before) has landed
    # and the window has painted again with it.
    def landed(_nothing: None) -> None:
        after_first_paint(window, lambda: QTimer.singleShot(WATCH_AFTER_MS, window, pages.watch))
        window.update()

    after_first_paint(window, lambda: ops.run(lambda _session: None, on_done=landed))
    return Built(window, ops, dossiers, entries, pages.key_panel, pages.rating_desk)


class _Pages:
    """Builds each page when it is first shown (or first needed) and wires it to the window; starts the
    background watchers (`watch`) once the first page is painted."""

    def __init__(
        self,
        ops: Operations,
        database: Database,
        keys,
        *,
        today: dt.date | None,
        can: Callable[[Permission], bool],
        dossiers: DossiersPage,
        scans: ScanFolderWatcher,
    ) -> None:
        self.ops, self.database, self.keys, self.today = ops, database, keys, today
        self.can, self.dossiers, self.scans = can, dossiers, scans
        self.window: Any = None
        self.entries: dict[str, PageEntry] = {}
        self.reminder: Any = None
        self._desk: Any = None
        self._key_panel: Any = None
        self.watching = False

    def makers(self) -> dict[str, tuple[str, Callable[[], QWidget]]]:
        translate = QCoreApplication.translate
        return {
            "intake": (translate("App", "Intake"), self.intake),
            "late": (translate("App", "Late"), self.late_page),
            "ratings": (translate("App", "Ratings"), self.ratings),
            "report": (translate("App", "Reports"), self.report),
            "calendar": (translate("App", "Work calendar"), self.calendar),
            "handover": (translate("App", "Provincial hand-over"), self.handover),
            "settings": (translate("App", "Settings"), self.settings),
        }

    def late(self) -> LatePage:
        return cast("LatePage", self.entries["late"].widget)

    # -- the pages ------------------------------------------------------------------------
    def intake(self) -> QWidget:
        from desktop.intake.page import IntakePage

        return IntakePage(self.ops, scans=self.scans)

    def late_page(self) -> QWidget:
        from desktop.late.page import LatePage

        late = LatePage(self.ops, is_admin=self.can(Permission.OVERRIDE))  # core checks again
        late.notice.connect(
            lambda text: self.window.show_banner(text, QCoreApplication.translate("App", "Open the board"))
        )
        _show_board_at_start_up(self.window, late)
        return late

    def ratings(self) -> QWidget:
        from desktop.ratings.page import RatingsPage

        ratings = RatingsPage(self.ops, today=self.today)
        ratings.rating_requested.connect(lambda code: self.rating_desk().open_for(code, quiet=False))
        self.rating_desk().rated.connect(lambda *_: ratings.figures.refresh())
        return ratings

    def report(self) -> QWidget:
        from desktop.report.page import ReportPage

        report = ReportPage(self.ops, open_dossier=self.dossiers.open_dossier, today=self.today)
        report.submitted.connect(lambda *_: self.reminder.refresh() if self.reminder is not None else None)
        return report

    def calendar(self) -> QWidget:
        from desktop.work_calendar.page import CalendarPage

        return CalendarPage(self.ops, today=self.today)

    def handover(self) -> QWidget:
        from desktop.handover.page import HandoverPage

        handover = HandoverPage(self.ops, today=self.today)
        handover.count_changed.connect(self.window.show_handover_count)
        return handover

    def settings(self) -> QWidget:
        from desktop.settings.page import SettingsPage

        window, ops = self.window, self.ops
        settings = SettingsPage(ops)
        settings.office_changed.connect(window.show_office)
        if self.can(Permission.ACCOUNTS):
            from desktop.accounts.users_panel import (
                UsersPanel,  # only an admin's window has it
            )

            settings.add_tab(UsersPanel(ops), QCoreApplication.translate("App", "Accounts"))
        if self.can(Permission.KEYS):  # the office key's custody: recovery sheet, copies for other desks, bringing it
            from desktop.backup.key_panel import KeyPanel

            self._key_panel = KeyPanel(ops, self.database, self.keys)
            self._key_panel.key_brought.connect(
                lambda _fingerprint: window.statusBar().showMessage(
                    QCoreApplication.translate("App", "This desk now holds the office key."), 15_000
                )
            )
            settings.add_tab(self._key_panel, QCoreApplication.translate("App", "Data key"))
        if self.can(Permission.BACKUP) and self.database.path is not None:  # a server is backed up on the server
            from desktop.backup.panel import BackupPanel

            backups = BackupPanel(ops, self.database, self.keys)
            backups.restored.connect(lambda before: _after_restore(window, before))
            settings.add_tab(backups, QCoreApplication.translate("App", "Backups"))
        return settings

    def key_panel(self) -> Any:
        if not self.can(Permission.KEYS):
            return None
        _ = self.entries["settings"].widget
        return self._key_panel

    def rating_desk(self) -> RatingDesk:
        """The citizen's rating window after a return (built the first time it is needed)."""
        if self._desk is None:
            from desktop.ratings.desk import RatingDesk

            window = self.window
            self._desk = RatingDesk(self.ops, anchor=lambda: window, parent=window)
        return self._desk

    # -- after the first paint --------------------------------------------------------------
    def watch(self) -> None:
        """The office's name, the desk's clock, the board (its start-up notice may bring it forward), the
        hand-over count, the report reminder."""
        if self.watching or not self.window.isVisible():  # a window closed meanwhile (a quick log-out) watches nothing
            return
        self.watching = True
        from desktop.desk_clock import check_clock
        from desktop.office_info import fetch_office
        from desktop.report.reminder import ReportReminder

        self.ops.run(fetch_office, on_done=self.window.show_office)  # the office's name in the status bar
        check_clock(self.window, self.ops, may_accept=self.can(Permission.OVERRIDE))  # behind the data: said now

        if self.can(Permission.VIEW):
            self.late()  # the board reads itself now and every minute; its first notice opens it (issue 4)
        if self.can(Permission.HANDOVER):  # the status bar's count, for those who enter dossiers at the province
            from desktop.handover.status import HandoverCounter

            HandoverCounter(self.ops, self.window.show_handover_count, parent=self.window).start()
        today = self.today
        self.reminder = ReportReminder(
            self.ops, self.window.show_report_reminder, today=lambda: today or dt.date.today(), parent=self.window
        )
        self.reminder.start()  # the monthly report to submit, from the 1st (red after the due day)


def _after_restore(window: MainWindow, before: str) -> None:
    """The database was replaced under the open window: say so, then close (it is reopened at the next start)."""

    QMessageBox.information(
        window,
        window.windowTitle(),
        QCoreApplication.translate(
            "App",
            "The backup is restored. The data it replaced was backed up first (%1). The program closes now: "
            "open it again to go on.",
        ).replace("%1", before),
    )
    _app().quit()


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window runs in a QApplication"
    return app


def _keep_hidden(window: QWidget, page: QWidget) -> None:
    page.setParent(window)
    page.hide()


def _show_board_at_start_up(window: MainWindow, late: LatePage) -> None:
    """The first board of the session that has anything due soon or late opens the board (issue 4)."""

    def first(_text: str) -> None:
        late.notice.disconnect(first)
        window.show_widget(late)

    late.notice.connect(first)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, self.then)  # once the whole window is painted (never after it is gone)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """``then()`` once ``widget`` has painted (the login window: the database layer loads only after the clerk
    sees it; the main window: its watchers start only after the list is on screen)."""
    widget.installEventFilter(_FirstPaint(widget, then))
