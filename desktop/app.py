"""The composition root: the one place that creates the application, the database and the pages.

`run` opens the database, builds the operations worker and every page with their dependencies
passed explicitly, and runs the event loop. Nothing else looks anything up globally.

The login window is on screen first (issue 17): this module loads no SQLAlchemy, SQLModel, ReportLab,
openpyxl, Alembic or page at import; the database opens (and migrates) on a plain thread once the login
window has painted, while the clerk types the password; the window and its first page are
built by `desktop.compose.build` after the login, the other pages when first shown.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from core.errors import UserError
from core.places import default_data_dir
from core.resources import resource_path
from core.security.access import Caller, system_caller
from core.security.key_store import choose_key_store
from desktop import garbage
from desktop.accounts.login_dialog import LoginDialog
from desktop.auto_backup import AutoBackup, ask_passphrase
from desktop.compose import Built, after_first_paint, build, database_location
from desktop.desk import start_desk
from desktop.i18n import choose_language, install_translator
from desktop.idle_lock import IdleLock
from desktop.messages import show_error, show_fatal
from desktop.operations import Operations

if TYPE_CHECKING:  # names for the annotations; the modules themselves load after the login window painted
    from core.security.data_key import Protection
    from core.storage import Database
    from desktop.main_window import MainWindow

__all__ = ["Built", "build", "database_location", "open_office_database", "run", "work"]


def open_office_database(db: str | None, demo: bool, keys=None) -> tuple[Database, Protection]:
    """The database to work on: the demo office (created on first use) if asked for, else ``db``; its office
    key opened on this desk (``keys``: the desk's key store), never replaced by a new one (core/security/data_key.py).

    Run on the opening thread while the login window waits (`run`): the database layer loads here."""
    from core.bootstrap import prepare_database
    from core.security.data_key import open_office_data
    from core.storage import open_database

    if demo:
        from core.demo import demo_key_store, open_demo_database  # the generator is needed only for the demo

        database = open_demo_database()
        return database, open_office_data(database, demo_key_store())
    database = open_database(db)
    try:
        protection = open_office_data(database, keys)
        prepare_database(database)
    except BaseException:
        database.close()
        raise
    return database, protection


def run(db: str | None = None, demo: bool = False, language: str | None = None) -> int:
    """Open the main window on the database ``db`` (None: the default one); returns the exit code.

    ``language`` (``--lang``) overrides ``MOTCUA_LANG`` and the desk's preference (`desktop.i18n.choose_language`).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    garbage.install(app)  # reference cycles freed on this thread only, never on a worker (desktop/garbage.py)
    app.setApplicationName("motcua")
    app.setDesktopFileName("motcua")  # matches installer/motcua.desktop, so the taskbar shows our icon
    icon = QIcon(str(resource_path("icons", "motcua-256.png")))
    icon.addFile(str(resource_path("icons", "motcua-48.png")))
    app.setWindowIcon(icon)
    install_translator(app, choose_language(language))
    desk = start_desk(app, db, demo)  # the log, unexpected errors told, one copy per database
    if desk is None:
        return 0  # another copy runs on this database: its window was brought forward
    login = LoginDialog(None, None)  # on screen at once; the office's name and the sign-in once the database is open
    login.show()
    # The key before the login (a login is signed in the trail), found with the database on the opening thread
    # (the credential store's library is slow to load); a passphrase, if the desk needs one, asked over the login.
    opening = _Opening(lambda: _open_office(db, demo))
    after_first_paint(login, opening.start)
    going_on = opening.wait_for(login)
    if going_on and isinstance(opening.result, UserError):  # no credential store here: the key file's passphrase
        keys = ask_passphrase(login, opening.result)
        opening = _Opening(lambda: (*open_office_database(db, demo, keys), keys))
        opening.start()
        going_on = opening.wait_for(login)
    if not going_on:  # Quit before the database was open: it is closed once its opening ends
        opened = opening.join()
        if isinstance(opened, tuple):
            opened[0].close()
        desk.end()
        return 0
    if opening.error is not None:
        login.hide()
        desk.end()
        if isinstance(opening.error, UserError):
            show_fatal(str(opening.error))
            return 2
        raise opening.error
    database, protection, keys = opening.result
    try:
        return work(app, database, protection, keys, desk, demo=demo, ask=_first_login(login))
    finally:
        database.close()
        desk.end()


def _open_office(db: str | None, demo: bool) -> tuple[Database, Protection, Any] | UserError:
    """On the opening thread: the desk's key store, then the database with its key (`open_office_database`);
    the `UserError` of a desk whose key file needs a passphrase is returned (asked on the GUI thread)."""
    if demo:
        keys = demo_keys()  # the demo office's own key file
    else:
        try:
            keys = choose_key_store(default_data_dir())
        except UserError as error:
            return error
    return (*open_office_database(db, demo, keys), keys)


class _Opening:
    """`open_office_database` on a plain thread (opening, migrating: seconds on an old office) while the login
    window waits; the GUI thread polls it (a queued signal from a Python thread was not always delivered, see
    `desktop.operations`)."""

    POLL_MS = 15

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self._fn = fn
        self._thread = threading.Thread(target=self._work, name="motcua-open", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _work(self) -> None:
        try:
            self.result = self._fn()
        except BaseException as error:
            self.error = error

    def wait_for(self, login: QDialog) -> bool:
        """Keep the login window answering until the database is open (True), or the clerk gave up (False)."""
        loop = QEventLoop()
        gave_up: list[bool] = []
        timer = QTimer(interval=self.POLL_MS)

        def poll() -> None:
            if self._thread.ident is not None and not self._thread.is_alive():
                loop.quit()

        timer.timeout.connect(poll)

        def give_up() -> None:
            gave_up.append(True)
            loop.quit()

        login.rejected.connect(give_up)
        timer.start()
        QTimer.singleShot(500, self.start)  # a window that never paints (minimized) still gets its database
        if self._thread.ident is None or self._thread.is_alive():
            loop.exec()
        timer.stop()
        login.rejected.disconnect(give_up)
        return not gave_up

    def join(self) -> Any:
        self.start()
        self._thread.join()
        return self.result


def _first_login(dialog: LoginDialog):
    """`log_in`, the first time with the login window already on screen (typed into while the database opened)."""
    waiting = [dialog]

    def ask(database: Database, **kwargs) -> Caller | None:
        return log_in(database, dialog=waiting.pop() if waiting else None, **kwargs)

    return ask


def work(
    app: QApplication, database: Database, protection: Protection, keys, desk, *, demo: bool = False, ask=None
) -> int:
    """Log in and work in the window; after a log-out (Tài khoản › Đăng xuất, or the idle desk locking
    itself) the login screen again and a window built for the new account's roles. Returns the exit code
    when the window is closed (or the login screen is left).

    The daily backup runs once, after the first login; the at-exit one once, at the real exit (a log-out
    is no exit). ``ask``: the login screen (`log_in`; tests give their own)."""
    ask = ask or log_in
    notice, first = "", True
    while True:
        caller = ask(database, demo=demo, keys=keys, notice=notice)
        if caller is None:
            return 0
        built = build(database.as_caller(caller), protection=protection.message, keys=keys)
        window = built.window
        window.place()  # where the desk left it, or maximized
        if not protection.unlocked:
            show_error(window, protection.message)
            if built.keys is not None:  # an admin: straight to where the key is brought (file or recovery sheet)
                window.show_widget(built.settings)
                built.settings.tabs.setCurrentWidget(built.keys)
        desk.show_notes(window)

        def say(text: str, window: MainWindow = window) -> None:
            window.statusBar().showMessage(text, 15_000)

        backup = AutoBackup(built.ops, database.as_caller(system_caller()), None if demo else keys, say)
        if first:
            backup.at_start()  # first removes the scratch copies of a backup cut off last time
            first = False
        ending = desk.watch_exit(app, window, built.ops, backup)  # close, Windows log-off/shutdown
        minutes = _idle_lock_minutes(database)
        lock = IdleLock(app, minutes, parent=window)
        leaving: list[int] = []  # [idle minutes] once the person logs out (0: he chose to)

        def log_out(idle: int = 0, *, window=window, ending=ending, lock=lock, leaving=leaving) -> None:
            if leaving:
                return
            leaving.append(idle)
            lock.stop()
            ending.detach()  # a log-out is no exit: no backup, the worker drained below
            _close_dialogs()
            app.setQuitOnLastWindowClosed(False)  # the loop ends here, not by the window's close
            window.close()
            app.setQuitOnLastWindowClosed(True)
            app.exit(0)

        window.log_out_requested.connect(lambda: log_out(0))
        lock.idle.connect(lambda minutes=minutes: log_out(minutes))
        try:
            code = app.exec()
        finally:
            if not leaving:
                ending.run()  # once: nothing if the close or the log-off already backed up
        if not leaving:
            return code
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        from core.security.accounts import (
            sign_out,  # loaded with the database layer, after the login window painted
        )

        built.ops.wait()
        built.ops.shutdown()
        sign_out(database, caller, idle_minutes=leaving[0])
        window.deleteLater()
        notice = (
            QCoreApplication.translate(
                "App", "The desk was locked after %1 minutes without use: log in again."
            ).replace("%1", str(leaving[0]))
            if leaving[0]
            else ""
        )


def _idle_lock_minutes(database: Database) -> int:
    """The minutes an admin set before an idle desk locks (core's setting; 0: never)."""
    from core.office import DEFAULT_SETTINGS  # after the login (see the module's note)
    from core.office_settings import office_settings

    try:
        with database.as_caller(system_caller()).session() as session:
            return office_settings(session).idle_lock_minutes
    except Exception:
        return DEFAULT_SETTINGS["idle_lock_minutes"]


def _close_dialogs() -> None:
    """The dialogs left open on the desk are cancelled before the window goes (a locked desk shows nothing)."""
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        modal.close()
        if QApplication.activeModalWidget() is modal:
            modal.hide()


def demo_keys():
    """The demo office's own key file (its citizens are invented): see `core.demo.open_demo_database`."""
    from core.demo import demo_key_store

    return demo_key_store()


def log_in(
    database: Database, *, demo: bool = False, keys=None, notice: str = "", dialog: LoginDialog | None = None
) -> Caller | None:
    """The first run's wizard on a new office, else the login screen (``notice``: why it shows again, e.g.
    the desk locked itself); then a forced password change. ``dialog``: the login window already on screen
    (the first one, shown while the database opened), given its office and sign-in here.

    Returns the logged-in caller, or None when the user gave up."""
    from core.first_run import needs_first_run
    from core.office import get_office
    from core.security.accounts import change_password, sign_in
    from core.security.data_key import rescue_with_sheet
    from desktop.accounts.password_dialog import PasswordDialog
    from desktop.first_run_wizard import FirstRunWizard

    ops = Operations(database.as_caller(None))
    try:
        if needs_first_run(database):
            if dialog is not None:
                dialog.hide()  # a new office: the wizard instead of the login window
            wizard = FirstRunWizard(ops, database, keys)
            return wizard.caller if wizard.exec() == QDialog.DialogCode.Accepted else None
        hint = ""
        if demo:
            from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

            hint = (
                QCoreApplication.translate("App", "Demo office: log in as %1 with the password %2.")
                .replace("%1", ", ".join(a[0] for a in DEMO_ACCOUNTS))
                .replace("%2", DEMO_PASSWORD)
            )
        hint = "\n".join(text for text in (notice, hint) if text)
        with database.as_caller(system_caller()).session() as session:
            office = get_office(session)
        rescue = (
            None if keys is None or demo else (lambda u, p, groups: rescue_with_sheet(database, keys, u, p, groups))
        )
        if dialog is None:
            dialog = LoginDialog(
                ops,
                lambda u, p: sign_in(database, u, p),
                office=office.name if office else "",
                hint=hint,
                rescue=rescue,
            )
        else:
            dialog.attach(
                ops,
                lambda u, p: sign_in(database, u, p),
                office=office.name if office else "",
                hint=hint,
                rescue=rescue,
            )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.caller is None:
            return None
        caller = dialog.caller
        if caller.must_change_password:

            def change(old: str, new: str) -> object:
                with database.as_caller(caller).transaction() as session:
                    return change_password(session, caller.name, old, new)

            if PasswordDialog(ops, change, forced=True).exec() != QDialog.DialogCode.Accepted:
                return None
        return caller
    finally:
        ops.shutdown()
