"""The composition root: the one place that creates the application, the database and the pages.

`run` opens the database, builds the operations worker and every page with their dependencies
passed explicitly, and runs the event loop. Nothing else looks anything up globally.
"""

from __future__ import annotations

import datetime as dt
import getpass
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from core.bootstrap import prepare_database
from core.errors import UserError
from core.storage import Database, open_database
from desktop.auto_backup import AutoBackup, ask_key_store
from desktop.i18n import install_translator
from desktop.main_window import MainWindow, PageEntry
from desktop.messages import show_error, show_fatal
from desktop.office_info import fetch_office
from desktop.operations import Operations
from desktop.pages.calendar_page import CalendarPage
from desktop.pages.dossiers_page import DossiersPage
from desktop.pages.handover_page import HandoverPage
from desktop.handover.status import HandoverCounter
from desktop.pages.intake_page import IntakePage
from desktop.pages.ratings_page import RatingsPage
from desktop.pages.report_page import ReportPage
from desktop.report.reminder import ReportReminder
from desktop.pages.late_page import LatePage
from desktop.pages.settings_page import SettingsPage
from desktop.ratings.desk import RatingDesk

__all__ = ["run", "build", "Built", "open_office_database", "database_location"]


@dataclass
class Built:
    """What `build` made: the window, its worker and the pages tests reach into."""

    window: MainWindow
    ops: Operations
    calendar: CalendarPage
    settings: SettingsPage
    dossiers: DossiersPage
    report: ReportPage | None = None


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "desktop"


def open_office_database(db: str | None, demo: bool) -> Database:
    """The database to work on: the demo office (created on first use) if asked for, else ``db``."""
    if demo:
        from core.demo import open_demo_database  # the generator is needed only for the demo office

        return open_demo_database()
    database = open_database(db)
    prepare_database(database)
    return database


def database_location(database: Database) -> str:
    """The file, or the server URL without its password."""
    if database.path is not None:
        return str(database.path)
    return make_url(database.url).render_as_string(hide_password=True)


def build(database: Database, *, actor: str | None = None, today: dt.date | None = None) -> Built:
    """Create the worker and the pages, and compose them in the main window."""
    actor = actor or _actor()
    ops = Operations(database)
    calendar = CalendarPage(ops, actor=actor, today=today)
    settings = SettingsPage(ops)
    dossiers = DossiersPage(ops, actor=actor)
    handover = HandoverPage(ops, actor=actor, today=today)
    ratings = RatingsPage(ops, actor=actor, today=today)
    late = LatePage(ops, actor=actor, is_admin=True)  # until accounts (issue 7) the desktop user is the admin
    report = ReportPage(ops, actor=actor, open_dossier=dossiers.open_dossier, today=today)
    window = MainWindow([
        PageEntry(QCoreApplication.translate("App", "Intake"), IntakePage(ops, actor=actor)),
        PageEntry(QCoreApplication.translate("App", "Dossiers"), dossiers),
        PageEntry(QCoreApplication.translate("App", "Late"), late),
        PageEntry(QCoreApplication.translate("App", "Ratings"), ratings),
        PageEntry(QCoreApplication.translate("App", "Reports"), report),
        PageEntry(QCoreApplication.translate("App", "Work calendar"), calendar),
        PageEntry(QCoreApplication.translate("App", "Provincial hand-over"), handover),
        PageEntry(QCoreApplication.translate("App", "Settings"), settings),
    ])
    ops.setParent(window)
    ops.show_error = lambda text: show_error(window, text)
    settings.office_changed.connect(window.show_office)
    window.code_entered.connect(dossiers.open_dossier)
    desk = RatingDesk(ops, actor=actor, anchor=lambda: window, parent=window)  # the citizen's window after a return
    dossiers.detail.returned.connect(desk.open_for)
    ratings.rating_requested.connect(lambda code: desk.open_for(code, quiet=False))
    desk.rated.connect(lambda *_: ratings.figures.refresh())
    late.notice.connect(lambda text: window.show_banner(text, QCoreApplication.translate("App", "Open the board")))
    _show_board_at_start_up(window, late)
    window.banner_activated.connect(lambda: (window.show_widget(late), window.show_banner("")))
    dossiers.dossier_opened.connect(lambda _: (window.show_widget(dossiers), window.code_entry.clear()))
    QApplication.instance().installEventFilter(window.scan_listener)
    window.show_database(database_location(database))
    ops.run(fetch_office, on_done=window.show_office)
    handover.count_changed.connect(window.show_handover_count)
    HandoverCounter(ops, window.show_handover_count, parent=window).start()  # the status bar's count
    reminder = ReportReminder(ops, window.show_report_reminder, today=lambda: today or dt.date.today(), parent=window)
    report.submitted.connect(reminder.refresh)
    reminder.start()  # the monthly report to submit, from the 1st (red after the due day)
    return Built(window, ops, calendar, settings, dossiers, report)


def _show_board_at_start_up(window: MainWindow, late: LatePage) -> None:
    """The first board of the session that has anything due soon or late opens the board (issue 4)."""
    def first(_text: str) -> None:
        late.notice.disconnect(first)
        window.show_widget(late)

    late.notice.connect(first)


def run(db: str | None = None, demo: bool = False) -> int:
    """Open the main window on the database ``db`` (None: the default one); returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("motcua")
    install_translator(app)
    try:
        database = open_office_database(db, demo)
    except UserError as error:
        show_fatal(str(error))
        return 2
    built = build(database)
    built.window.show()
    backup = AutoBackup(built.ops, database, None if demo else ask_key_store(built.window),
                        lambda text: built.window.statusBar().showMessage(text, 15_000))
    backup.at_start()
    try:
        return app.exec()
    finally:
        built.ops.shutdown()
        backup.at_exit()
        database.close()
