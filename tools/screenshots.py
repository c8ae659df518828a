"""Screenshots of every screen of the real app on the demo office, for the user guide and layout checks.

    python -m tools.screenshots --out resources/guide/images              # the guide's set: 1366×768, 100%
    python -m tools.screenshots --out /tmp/shots --size 1920x1080 --scale 1.5
    python -m tools.screenshots --check-all /tmp/shots                    # every size and scale, one process each

The app is built exactly as ``motcua gui`` builds it (`desktop.app.build`) on a throw-away data folder
(``MOTCUA_DATA_DIR``) holding the demo office generated up to `DEMO_UNTIL`, with the pages' clocks set to
`NOW` (the morning after), so the screens are full and the pictures the same on every run. The screen is
Qt's offscreen one, sized ``--size`` physical pixels at ``--scale`` (``QT_SCALE_FACTOR``); the main window
fills it. Each screen is saved as ``<name>.png``; dialogs are drawn over the dimmed window. For each
screen the labels and buttons the layout cuts are printed (`tools.layout_check`); the exit code is 1 when
any is. ``--check-all`` runs every configuration of `CONFIGS` in its own process (the scale factor is read
once, when Qt starts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

#: The demo office is generated up to this day (a Wednesday) …
DEMO_UNTIL = dt.date(2026, 4, 1)
#: … and the screens are taken the next morning, when March's report is still to be submitted.
NOW = dt.datetime(2026, 4, 2, 8, 45)
TODAY = NOW.date()
CLERK = "Nguyễn Thị Lan"
LOGIN = "lan.nt"
OFFICER = "binh.lv"  # Lê Văn Bình's login: the officer who handles the story dossier
#: The office's accounts: (login, full name, title, roles); the clerk is also the administrator.
ACCOUNTS = (
    (LOGIN, CLERK, "Công chức Văn phòng – Thống kê", ("admin", "clerk")),
    (OFFICER, "Lê Văn Bình", "Công chức Tư pháp – Hộ tịch", ("officer",)),
    ("hung.nv", "Nguyễn Văn Hùng", "Chủ tịch UBND xã", ("leader",)),
)
#: Where the status bar says the database is (the real one is a throw-away folder that changes every run).
SHOWN_DATABASE = r"C:\Users\motcua\AppData\Local\motcua\motcua.db"
#: (screen size, scale) of the layout checks: a 1366×768 laptop, a full-HD desk at 100, 125 and 150 %,
#: and the laptop at 125 % (the smallest screen a clerk may have).
CONFIGS = (("1366x768", 1.0), ("1920x1080", 1.0), ("1920x1080", 1.25), ("1920x1080", 1.5), ("1366x768", 1.25))

__all__ = ["CONFIGS", "DEMO_UNTIL", "NOW", "main", "shoot"]


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def _prepare_environment(folder: Path, size: tuple[int, int], scale: float) -> None:
    """Before Qt starts: the offscreen screen of ``size`` physical pixels, the scale, a throw-away data folder."""
    screen = {
        "screens": [
            {
                "name": "shot",
                "x": 0,
                "y": 0,
                "width": size[0],
                "height": size[1],
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = folder / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    os.environ["MOTCUA_DATA_DIR"] = str(folder / "data")
    os.environ.setdefault("MOTCUA_KEY_PASSPHRASE", "demo")
    (folder / "data").mkdir(exist_ok=True)


def _fixed_clocks() -> None:
    """The pages read the clock themselves (a keyword default): give them `NOW` instead."""
    from desktop.dossiers.page import DossiersPage
    from desktop.intake.page import IntakePage
    from desktop.late.page import LatePage
    from desktop.report.page import ReportPage

    for page in (IntakePage, DossiersPage, LatePage, ReportPage):
        defaults = page.__init__.__kwdefaults__ or {}
        if "clock" in defaults:
            defaults["clock"] = lambda: NOW
        else:
            print(f"screenshots: {page.__name__} has no clock any more: it shows today's date", file=sys.stderr)


#: The throw-away office key of the screenshots: it opens the personal data and seals the backups shown.
KEYS = None


def _signed_in(database):
    """The database acting for the clerk (with the admin role), its personal data opened with a throw-away key."""
    global KEYS
    from core.security.access import Caller, Role
    from core.security.data_key import open_office_data
    from core.security.key_store import MemoryKeyStore

    database = database.as_caller(Caller(LOGIN, frozenset({Role.CLERK, Role.ADMIN}), CLERK))
    KEYS = KEYS or MemoryKeyStore()
    open_office_data(database, KEYS)
    return database


def fill_office(database) -> dict[str, str]:
    """The demo office, plus a dossier with a whole story and a few taken during a network outage.

    Returns the codes the screens open: ``story`` (handed over, supplemented, in processing) and
    ``returned`` (returned, not rated yet).
    """
    from sqlmodel import select

    from core import lifecycle
    from core.demo import fill_demo_office
    from core.dossiers import intake
    from core.handover.mode import set_outage
    from core.models import Dossier
    from core.satisfaction.ratings import rating_of
    from core.security.access import acting_as
    from tools.demo_scans import attach_demo_scans

    with database.transaction() as session:
        fill_demo_office(session, until=DEMO_UNTIL)
    at = dt.datetime.combine
    _add_accounts(database, at(DEMO_UNTIL, dt.time(7, 30)))
    with database.transaction() as session:
        story, _ = intake(
            session,
            procedure_code="HT-09",
            applicant_name="Lê Thị Hồng Nhung",
            id_number="040190012345",
            phone="0912345678",
            address="Xóm 3, xã Hoa Thành, tỉnh Nghệ An",
            now=at(dt.date(2026, 3, 26), dt.time(9, 10)),
        )
        lifecycle.hand_over(
            session,
            story.code,
            to="Công chức Tư pháp – Hộ tịch Lê Văn Bình",
            note="Hồ sơ gốc kèm bản sao",
            at=at(dt.date(2026, 3, 26), dt.time(10, 5)),
        )
        with acting_as(session, OFFICER):  # the officer asks for the missing paper
            lifecycle.request_supplement(
                session,
                story.code,
                reason="Thiếu giấy tờ chứng minh nơi cư trú",
                items=["Bản sao giấy xác nhận thông tin cư trú"],
                at=at(dt.date(2026, 3, 27), dt.time(14, 20)),
            )
        lifecycle.resume(session, story.code, at=at(dt.date(2026, 3, 30), dt.time(8, 15)))
        attach_demo_scans(session, story.code, at(dt.date(2026, 3, 26), dt.time(9, 12)))
        returned = session.exec(
            select(Dossier).where(Dossier.returned_at.is_not(None)).order_by(Dossier.returned_at.desc())
        ).first()
        while returned is not None and rating_of(session, returned) is not None:
            returned = session.exec(
                select(Dossier)
                .where(Dossier.returned_at.is_not(None), Dossier.returned_at < returned.returned_at)
                .order_by(Dossier.returned_at.desc())
            ).first()
        set_outage(session, True, at=at(DEMO_UNTIL, dt.time(13, 40)))
        people = [
            ("Phạm Văn Dũng", "HT-06", "040085001234"),
            ("Hoàng Thị Thu Trang", "HT-07", "040192004321"),
            ("Võ Minh Quân", "HKD-01", "040088007788"),
            ("Đặng Thị Yến", "HT-04", "040195002468"),
            ("Bùi Quang Hải", "NN-01", "040079003579"),
            ("Ngô Thị Ánh", "BTXH-04", "040161009753"),
        ]
        for number, (name, procedure, id_number) in enumerate(people):
            intake(
                session,
                procedure_code=procedure,
                applicant_name=name,
                id_number=id_number,
                address="Xóm Trung, xã Hoa Thành, tỉnh Nghệ An",
                now=at(DEMO_UNTIL, dt.time(13, 50)) + dt.timedelta(minutes=21 * number),
            )
        return {"story": story.code, "returned": returned.code if returned else ""}


def _add_accounts(database, when: dt.datetime) -> None:
    """`ACCOUNTS`, where the app has accounts (the Accounts tab of Settings shows them)."""
    try:
        from core.security.accounts import create_first_admin, create_user, has_accounts
    except ImportError:
        return
    from core.errors import UserError

    try:
        with database.transaction() as session:
            for number, (login, name, title, roles) in enumerate(ACCOUNTS):
                first = number == 0 and not has_accounts(session)  # else the demo office made its own
                make = create_first_admin if first else create_user
                make(
                    session,
                    username=login,
                    full_name=name,
                    title=title,
                    password="motcua-anh-man-hinh",
                    roles=roles,
                    at=when,
                )
    except (TypeError, UserError) as error:  # the accounts API changed: the screens go on without them
        print(f"screenshots: no accounts ({error})", file=sys.stderr)


class Shooter:
    """The built app and a way to wait for it and to save what it shows."""

    def __init__(self, out: Path, *, optimise: bool) -> None:
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance()
        self.out, self.optimise = out, optimise
        self.built = None
        self.problems: dict[str, list[str]] = {}
        self.saved: list[Path] = []

    # -- waiting --------------------------------------------------------------------------
    def pump(self, ms: int = 150) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def settle(self, extra_ms: int = 250, timeout: float = 60) -> None:
        """Until every database call has come back and its callbacks ran, then a little more (painting)."""
        end = time.monotonic() + timeout
        while not self.built.ops.is_idle() and time.monotonic() < end:
            self.pump(20)
        self.pump(extra_ms)

    # -- saving ---------------------------------------------------------------------------
    @property
    def window(self):
        return self.built.window

    def page(self, kind: type):
        return next(entry.widget for entry in self.window.pages if isinstance(entry.widget, kind))

    def show(self, page) -> None:
        self.window.show_widget(page)
        self.settle()

    def save(self, name: str, image, checked=None) -> None:
        """Write ``image`` (QImage or QPixmap) as ``name``.png; check ``checked`` (a window) for cut text."""
        from PySide6.QtGui import QImage

        path = self.out / f"{name}.png"
        image = image if isinstance(image, QImage) else image.toImage()
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        if self.optimise:
            _optimise(path)
        self.saved.append(path)
        from tools.layout_check import cut_widgets

        problems = cut_widgets(checked) if checked is not None else []
        self.problems[name] = problems
        print(f"{path.name}: {image.width()}×{image.height()}" + ("" if not problems else f", {len(problems)} cut:"))
        for line in problems:
            print(f"    {line}")

    def window_shot(self, name: str) -> None:
        """The main window as it fills the screen; a page too wide or tall for it makes the window grow."""
        screen = self.window.screen().availableGeometry()
        self.window.setGeometry(screen)
        self.pump(100)
        self.save(name, self.window.grab(), self.window)
        if self.window.size() != screen.size():
            line = (
                f"the window needs {self.window.width()}×{self.window.height()}, the screen has "
                f"{screen.width()}×{screen.height()}"
            )
            self.problems[name].append(line)
            print(f"    {line}")

    def dialog_shot(self, name: str, dialog) -> None:
        """``dialog`` drawn in the middle of the dimmed window, as the clerk sees it."""
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtGui import QColor, QPainter, QPen

        dialog.adjustSize() if dialog.width() < dialog.sizeHint().width() else None
        self.pump(150)
        base = self.window.grab().toImage()
        top = dialog.grab()
        painter = QPainter(base)
        size = self.window.size()
        painter.fillRect(QRect(QPoint(0, 0), size), QColor(0, 0, 0, 70))
        x = max(0, (size.width() - dialog.width()) // 2)
        y = max(0, (size.height() - dialog.height()) // 2)
        painter.drawPixmap(x, y, top)
        painter.setPen(QPen(QColor("#5b6470"), 1))
        painter.drawRect(x, y, dialog.width() - 1, dialog.height() - 1)
        painter.end()
        self.save(name, base, dialog)
        too_big = dialog.width() > size.width() or dialog.height() > size.height()
        if too_big:
            line = (
                f"{type(dialog).__name__} {dialog.width()}×{dialog.height()} is larger than the window "
                f"{size.width()}×{size.height()}"
            )
            self.problems[name].append(line)
            print(f"    {line}")


def _optimise(path: Path) -> None:
    """A palette PNG (screens have few colours): about a third of the size, text still sharp."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def shoot(
    out: Path, size: tuple[int, int], scale: float, *, optimise: bool = True, only: set[str] | None = None
) -> dict[str, list[str]]:
    """Build the app on a fresh demo office and save every screen into ``out``; returns what was cut."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="motcua-shots-") as scratch:
        _prepare_environment(Path(scratch), size, scale)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["motcua"])
        app.setApplicationName("motcua")
        from desktop.i18n import install_translator

        install_translator(app)
        _fixed_clocks()
        from core.bootstrap import prepare_database
        from core.storage import open_database

        database = _signed_in(open_database(Path(scratch) / "data" / "motcua.db"))
        prepare_database(database)
        codes = fill_office(database)
        shooter = Shooter(out, optimise=optimise)
        try:
            _screens(shooter, database, codes, only)
        finally:
            if shooter.built is not None:
                shooter.built.ops.shutdown()
                shooter.window.close()
            database.close()
        return shooter.problems


def _screens(shooter: Shooter, database, codes: dict[str, str], only: set[str] | None) -> None:
    from desktop.app import build

    wanted = (lambda name: name in only) if only else (lambda name: True)
    _before_the_window(shooter, database, wanted)
    built = shooter.built = build(database, today=TODAY, keys=KEYS)  # the same key as the data
    window = built.window
    window.show_database(SHOWN_DATABASE)
    window.show()
    window.setGeometry(window.screen().availableGeometry())
    shooter.settle(500)
    for name, step in _STEPS:
        if wanted(name) or name.startswith("_"):
            step(shooter, codes, wanted)


# -- the screens, in the guide's order ------------------------------------------------------------
def _before_the_window(s: Shooter, database, wanted) -> None:
    """The first run's wizard (its first page filled in) and the login screen, where the app has them."""
    from desktop.operations import Operations

    ops = Operations(database)
    try:
        if wanted("lan-chay-dau"):
            try:
                from desktop.first_run_wizard import FirstRunWizard
            except ImportError:
                FirstRunWizard = None
            if FirstRunWizard is not None:
                wizard = FirstRunWizard(ops, database)
                for field, value in (
                    ("unit_code", "H40.25.12"),
                    ("office_name", "UBND xã Hoa Thành"),
                    ("place", "Hoa Thành"),
                    ("parent_name", "UBND TỈNH NGHỆ AN"),
                ):
                    getattr(wizard, field).setText(value)
                wizard.show()
                s.pump(300)
                wizard.unit_code.deselect()
                s.save("lan-chay-dau", wizard.grab(), wizard)
                wizard.close()
        if wanted("dang-nhap"):
            try:
                from desktop.accounts.login_dialog import LoginDialog
            except ImportError:
                LoginDialog = None
            if LoginDialog is not None:
                login = LoginDialog(ops, lambda *_: None, office="UBND xã Hoa Thành")
                login.username.setText(LOGIN)
                login.password.setText("••••••••••")
                login.show()
                s.pump(300)
                login.username.deselect()
                s.save("dang-nhap", login.grab(), login)
                login.close()
    finally:
        ops.shutdown()


def _start(s: Shooter, codes, wanted) -> None:
    if wanted("cua-so-chinh"):
        s.window_shot("cua-so-chinh")  # what opens: the late board when anything is due


def _intake(s: Shooter, codes, wanted) -> None:
    from desktop.intake.data import find_procedures
    from desktop.intake.page import IntakePage

    page = s.page(IntakePage)
    s.show(page)
    s.window.show_banner("")
    form = page.applicant
    for field, value in (
        (form.name, "Trần Thị Mai"),
        (form.id_number, "040190012345"),
        (form.phone, "0983123456"),
        (form.address, "Xóm Đông, xã Hoa Thành, tỉnh Nghệ An"),
    ):
        field.setText(value)
    with s.built.ops.database.session() as session:
        choice = find_procedures(session, "HT-07")[1][0]
    page.picker.choose(choice)
    s.settle()
    page.checklist.tick_all()
    s.settle()
    if wanted("tiep-nhan"):
        s.window_shot("tiep-nhan")
    page.save()
    s.settle(1200)  # the receipt's PDF is drawn in the preview
    if wanted("giay-tiep-nhan"):
        s.window_shot("giay-tiep-nhan")


def _dossiers(s: Shooter, codes, wanted) -> None:
    s.show(s.built.dossiers)
    s.settle(400)
    if wanted("danh-sach-ho-so"):
        s.window_shot("danh-sach-ho-so")
    detail = s.built.dossiers.detail
    s.built.dossiers.open_dossier(codes["story"])
    s.settle()
    if wanted("ho-so"):
        s.window_shot("ho-so")
    if wanted("xem-giay-to"):
        papers = detail.papers
        papers.open_paper(papers.panel.model.papers()[0])
        s.settle()
        s.dialog_shot("xem-giay-to", papers.viewer)
        papers.viewer.reject()
    for action, name in (("hand_over", "chuyen-xu-ly"), ("supplement", "yeu-cau-bo-sung"), ("result", "co-ket-qua")):
        dialog = detail.open_action(action)
        s.settle()
        if wanted(name):
            s.dialog_shot(name, dialog)
        dialog.reject()
    from core import lifecycle
    from core.security.access import acting_as

    code = codes["story"]

    def result_by_officer(session) -> None:
        with acting_as(session, OFFICER):
            lifecycle.record_result(
                session, code, note="Giấy khai sinh (bản chính) số 27/2026", at=NOW - dt.timedelta(minutes=40)
            )

    s.built.ops.run(result_by_officer, write=True)
    s.settle()
    detail.reload()
    s.settle()
    dialog = detail.open_action("return")
    s.settle()
    if wanted("tra-ket-qua"):
        s.dialog_shot("tra-ket-qua", dialog)
    dialog.reject()
    if codes["returned"] and wanted("danh-gia-cong-dan"):
        desk = s.built.rating_desk  # built when first needed, as after a return in the window
        desk.open_for(codes["returned"], quiet=False)
        s.settle(400)
        if desk.window is not None:
            s.save("danh-gia-cong-dan", desk.window.grab(), desk.window)
            desk.window.close()
    detail.back_requested.emit()
    s.settle()


def _late(s: Shooter, codes, wanted) -> None:
    from desktop.late.page import LatePage

    page = s.page(LatePage)
    s.show(page)
    for tab in ("todo", "late", "due_today"):  # a dossier never re-appointed: its first apology
        model = page.models[tab]
        rows = [n for n in range(model.rowCount()) if model.row(n).new_due_at is None]
        if rows:
            page.tabs.setCurrentWidget(page.views[tab])
            page.views[tab].selectRow(rows[0])
            break
    s.settle()
    if wanted("tre-han"):
        s.window_shot("tre-han")
    page.open_apology()
    s.settle()
    if page.dialog is None:
        return
    if wanted("xin-loi"):
        s.dialog_shot("xin-loi", page.dialog)
    page.dialog.accept()  # issue it: the letter opens in the preview
    s.settle(1200)
    if page.preview is not None and wanted("thu-xin-loi"):
        s.dialog_shot("thu-xin-loi", page.preview)
    if page.preview is not None:
        page.preview.close()
    s.window.show_banner("")


def _report(s: Shooter, codes, wanted) -> None:
    from desktop.report import actions

    page = s.built.report
    s.show(page)
    s.settle(400)
    if wanted("bao-cao"):
        s.window_shot("bao-cao")
    page.preview_pdf()
    s.settle(1500)
    if page.dialog is not None:
        if wanted("bao-cao-in"):
            s.dialog_shot("bao-cao-in", page.dialog)
        page.dialog.close()
    confirm = actions.confirm
    actions.confirm = lambda *_: True  # the Yes/No question blocks: answer Yes
    try:
        page.submit()
        s.settle(400)
    finally:
        actions.confirm = confirm
    if page.dialog is not None:
        if wanted("nop-bao-cao"):
            s.dialog_shot("nop-bao-cao", page.dialog)
        page.dialog.close()
    s.settle()
    if wanted("bao-cao-da-nop"):
        s.window_shot("bao-cao-da-nop")
    page.tabs.setCurrentWidget(page.dashboard)
    s.settle(2500)
    if wanted("bao-cao-tong-quan"):
        s.window_shot("bao-cao-tong-quan")
    page.tabs.setCurrentIndex(0)


def _simple_pages(s: Shooter, codes, wanted) -> None:
    from desktop.handover.page import HandoverPage
    from desktop.ratings.page import RatingsPage
    from desktop.settings.page import SettingsPage
    from desktop.work_calendar.page import CalendarPage

    for kind, name in (
        (RatingsPage, "danh-gia"),
        (HandoverPage, "chuyen-he-thong-tinh"),
        (CalendarPage, "lich-lam-viec"),
        (SettingsPage, "cai-dat"),
    ):
        if wanted(name):
            s.show(s.page(kind))
            s.settle(400)
            s.window_shot(name)
    settings = s.built.settings
    tabs = [settings.tabs.tabText(i).replace("&", "") for i in range(settings.tabs.count())]
    accounts = tabs.index("Tài khoản") if "Tài khoản" in tabs else None
    if accounts is not None and wanted("tai-khoan"):
        s.show(settings)
        settings.tabs.setCurrentIndex(accounts)
        s.settle(400)
        s.window_shot("tai-khoan")
        settings.tabs.setCurrentIndex(0)
    office_settings = tabs.index("Thông số cơ quan") if "Thông số cơ quan" in tabs else None
    if office_settings is not None and wanted("thong-so-co-quan"):
        s.show(settings)
        settings.tabs.setCurrentIndex(office_settings)
        s.settle(400)
        s.window_shot("thong-so-co-quan")
        settings.tabs.setCurrentIndex(0)
    backups = tabs.index("Sao lưu") if "Sao lưu" in tabs else None
    if backups is not None and wanted("sao-luu"):
        s.show(settings)
        settings.tabs.setCurrentIndex(backups)
        panel = settings.tabs.widget(backups)
        panel.create_button.click()  # one backup in the list, checked
        s.settle(1500)
        s.window_shot("sao-luu")
        settings.tabs.setCurrentIndex(0)


def _help(s: Shooter, codes, wanted) -> None:
    try:
        from desktop.help import GuideWindow
    except ImportError:
        return
    if wanted("huong-dan"):
        guide = GuideWindow(s.window)
        guide.show()
        guide.resize(min(1100, s.window.width() - 80), s.window.height() - 60)
        s.pump(400)
        s.dialog_shot("huong-dan", guide)
        guide.close()


_STEPS: list[tuple[str, Callable[[Shooter, dict, Callable[[str], bool]], None]]] = [
    ("cua-so-chinh", _start),
    ("_intake", _intake),
    ("_dossiers", _dossiers),
    ("_late", _late),
    ("_report", _report),
    ("_pages", _simple_pages),
    ("huong-dan", _help),
]


def check_all(folder: Path, *, only: list[str] | None = None) -> int:
    """Every configuration of `CONFIGS` in its own process, into ``folder/<size>@<percent>``; 1 if any is cut."""
    worst = 0
    for size, scale in CONFIGS:
        target = folder / f"{size}@{round(scale * 100)}"
        command = [
            sys.executable,
            "-m",
            "tools.screenshots",
            "--out",
            str(target),
            "--size",
            size,
            "--scale",
            f"{scale:g}",
            "--lossless",
        ] + [a for name in only or [] for a in ("--only", name)]
        print(f"== {size} at {round(scale * 100)} %", flush=True)
        code = subprocess.run(command, cwd=Path(__file__).resolve().parent.parent).returncode
        if code not in (0, 1):
            print(f"screenshots: the run at {size}, {round(scale * 100)} % ended with exit code {code}", flush=True)
        worst = max(worst, code)
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="folder for the PNG files")
    parser.add_argument("--size", default="1366x768", help="screen size in physical pixels (default 1366x768)")
    parser.add_argument("--scale", type=float, default=1.0, help="Windows display scaling: 1.25, 1.5 …")
    parser.add_argument("--only", action="append", help="only this screen (repeat for more)")
    parser.add_argument("--lossless", action="store_true", help="keep the full-colour PNG (no palette)")
    parser.add_argument("--check-all", type=Path, metavar="FOLDER", help="every size and scale of CONFIGS")
    args = parser.parse_args(argv)
    if args.check_all:
        return check_all(args.check_all, only=args.only)
    if args.out is None:
        parser.error("--out or --check-all is needed")
    problems = shoot(
        args.out, _size(args.size), args.scale, optimise=not args.lossless, only=set(args.only) if args.only else None
    )
    cut = sum(len(lines) for lines in problems.values())
    print(f"{len(problems)} screens in {args.out}; " + (f"{cut} cut label(s) or button(s)" if cut else "nothing cut"))
    return 1 if cut else 0


if __name__ == "__main__":
    sys.exit(main())
