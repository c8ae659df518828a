"""The composition root: a database that cannot be opened gives a message and exit code 2."""

from __future__ import annotations

import desktop.app


def test_a_database_that_cannot_be_created_gives_a_message_and_code_2(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shown: list[str] = []
    monkeypatch.setattr(desktop.app, "show_fatal", shown.append)
    assert desktop.app.run(db=str(blocker / "sub" / "t.db"), demo=False) == 2
    assert len(shown) == 1 and "Không tạo được thư mục dữ liệu" in shown[0]


def test_a_file_that_is_not_a_database_gives_a_message_and_code_2(tmp_path, monkeypatch) -> None:
    broken = tmp_path / "hong.db"
    broken.write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(desktop.app, "show_fatal", shown.append)
    assert desktop.app.run(db=str(broken), demo=False) == 2
    assert len(shown) == 1 and "Không mở được cơ sở dữ liệu" in shown[0]


def test_a_desk_without_a_credential_store_is_asked_the_key_passphrase_over_the_login_window(tmp_path, monkeypatch):
    """The key store is looked for on the opening thread (issue 17); the passphrase is still asked, over the login."""
    from core.errors import UserError

    def no_store(folder, passphrase=None, **_options):
        raise UserError("Máy này không có kho khoá: hãy nhập mật khẩu của tệp khoá.")

    asked: list[tuple[str, str]] = []
    shown: list[str] = []
    monkeypatch.setattr(desktop.app, "choose_key_store", no_store)
    monkeypatch.setattr(
        desktop.app, "ask_passphrase", lambda parent, error: asked.append((type(parent).__name__, str(error)))
    )
    monkeypatch.setattr(desktop.app, "show_fatal", shown.append)
    broken = tmp_path / "hong.db"
    broken.write_bytes(b"this is not a database" * 100)
    assert desktop.app.run(db=str(broken), demo=False) == 2
    assert asked == [("LoginDialog", "Máy này không có kho khoá: hãy nhập mật khẩu của tệp khoá.")]
    assert len(shown) == 1 and "Không mở được cơ sở dữ liệu" in shown[0]


def test_demo_opens_the_sample_office_in_the_data_folder(tmp_path, monkeypatch) -> None:
    from sqlmodel import func, select

    from core.models import Dossier

    monkeypatch.setenv("MOTCUA_DATA_DIR", str(tmp_path))
    database, protection = desktop.app.open_office_database(None, demo=True)
    assert protection.unlocked
    try:
        assert database.path == (tmp_path / "demo.db").resolve()
        with database.session() as session:
            assert session.exec(select(func.count()).select_from(Dossier)).one() > 1000
    finally:
        database.close()


class _Desk:
    """The desk of `start_desk` without its lock and log: the notes shown, the at-exit backup watched."""

    def show_notes(self, window) -> None:
        pass

    def watch_exit(self, app, window, ops, backup):
        from desktop.shutdown import ExitBackup

        return ExitBackup(app, window, ops, backup)


def _session(qapp, monkeypatch, database, callers, script):
    """`desktop.app.work` with the login screen answering ``callers`` in turn and ``script(step, window)``
    driving each window; returns (exit code, the notices the login screen showed, backups at start, at exit)."""
    from PySide6.QtCore import QTimer

    from core.security.data_key import Protection
    from desktop.auto_backup import AutoBackup
    from desktop.main_window import MainWindow

    starts, exits, notices = [], [], []
    monkeypatch.setattr(AutoBackup, "at_start", lambda self: starts.append(1))
    monkeypatch.setattr(AutoBackup, "at_exit", lambda self: exits.append(1))

    def ask(_database, *, demo, keys, notice):
        notices.append(notice)
        return callers.pop(0) if callers else None

    seen: list[MainWindow] = []

    def tick() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0] not in seen:
            seen.append(windows[0])
            script(len(seen) - 1, windows[0])

    timer = QTimer(interval=50)
    timer.timeout.connect(tick)
    timer.start()
    try:
        code = desktop.app.work(qapp, database, Protection(True, ""), None, _Desk(), ask=ask)
    finally:
        timer.stop()
    return code, notices, starts, exits


def _titles(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_log_out_shows_the_login_again_and_the_next_account_gets_its_own_window(
    qapp, qtbot, monkeypatch, database
) -> None:
    from sqlmodel import select

    from core.models import AuditEvent
    from core.security.access import Caller, Role

    clerk = Caller("lan.nt", frozenset({Role.CLERK}), "Nguyễn Thị Lan")
    admin = Caller("quantri", frozenset({Role.ADMIN}), "Lê Văn Quản")
    titles: list[list[str]] = []

    def script(step, window) -> None:
        titles.append(_titles(window))
        assert window.isMaximized()  # the first start of this desk: maximized
        if step == 0:
            window.log_out_action.trigger()
        else:
            window.close()

    code, notices, starts, exits = _session(qapp, monkeypatch, database, [clerk, admin], script)
    assert code == 0 and len(titles) == 2
    assert "Tiếp nhận" in titles[0] and "Tiếp nhận" not in titles[1] and "Cài đặt" in titles[1]
    assert notices == ["", ""]
    assert starts == [1] and exits == [1]  # the daily backup after the first login, the at-exit one at the exit
    with database.session() as session:
        outs = [e.actor for e in session.exec(select(AuditEvent)) if e.action == "đăng xuất"]
    assert outs == ["lan.nt"]


def test_an_idle_desk_locks_and_says_so_at_the_login(qapp, qtbot, monkeypatch, database) -> None:
    from core.office import set_setting
    from core.security.access import Caller, Role
    from desktop.idle_lock import IdleLock

    with database.transaction() as session:
        set_setting(session, "idle_lock_minutes", 7)
    clerk = Caller("lan.nt", frozenset({Role.CLERK}), "Nguyễn Thị Lan")
    minutes: list[int] = []

    def script(step, window) -> None:
        lock = window.findChild(IdleLock)
        minutes.append(lock.minutes)
        lock.idle.emit()

    code, notices, starts, exits = _session(qapp, monkeypatch, database, [clerk], script)
    assert code == 0 and minutes == [7]
    assert notices[0] == "" and "7 phút" in notices[1]  # the login screen says why it is back
    assert exits == []  # nobody exited: the login screen was left
