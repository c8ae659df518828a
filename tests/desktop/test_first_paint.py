"""Nothing heavy before the first paint (issue 17): in a fresh interpreter, `motcua gui`'s login window paints
before SQLAlchemy, SQLModel, ReportLab, openpyxl, Alembic or any page is imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "reportlab", "openpyxl", "alembic")

#: Runs `desktop.app.run` on a new database; at the first paint of its first window (the login window, or
#: the first-run wizard) it writes the modules loaded then, and gives up (Quit); prints what it saw.
SCRIPT = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

app = QApplication(sys.argv[:1])
seen = {}

class Spy(QObject):
    def eventFilter(self, watched, event):
        if (not seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and isinstance(watched.window(), QDialog)):
            seen["window"] = type(watched.window()).__name__
            seen["modules"] = sorted(sys.modules)
            QTimer.singleShot(0, watched.window().reject)
        return False

spy = Spy()
app.installEventFilter(spy)
import desktop.app

code = desktop.app.run(db=sys.argv[1])
seen["code"] = code
print(json.dumps(seen))
"""


def test_the_login_window_paints_before_the_database_layer_and_the_pages_load(tmp_path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MOTCUA_DATA_DIR": str(tmp_path / "data"),
        "MOTCUA_KEY_PASSPHRASE": "a passphrase for the test",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("MOTCUA_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "office" / "motcua.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = [name for name in seen["modules"] if name.split(".")[0] in HEAVY or _is_page(name)]
    assert loaded == []
    assert seen["window"] == "LoginDialog" and seen["code"] == 0
    assert "desktop.accounts.login_dialog" in seen["modules"]  # the hook saw the real window, not an empty one


def _is_page(module: str) -> bool:
    """A page of the window: each feature package's ``page`` module, and one dossier's page."""
    return (module.startswith("desktop.") and module.endswith(".page")) or module == "desktop.dossiers.detail"


#: Builds the window on a new office showing the dossier list; prints the modules loaded when the list's first
#: page has landed, and again once the board (built after the first paint) is there.
WINDOW_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from core.security.access import system_caller
from core.security.key_store import MemoryKeyStore
from desktop.app import build, open_office_database

database, _ = open_office_database(sys.argv[1], demo=False, keys=MemoryKeyStore(bytes(range(32))))
built = build(database.as_caller(system_caller()))
built.window.show_widget(built.dossiers)
built.window.show()
seen = {}

def look():
    if "listed" not in seen and built.dossiers.model.total is not None:
        seen["listed"] = sorted(sys.modules)
        seen["built_then"] = [entry.built for entry in built.window.pages]
    if "listed" in seen and built.window.pages[2].built:
        seen["later"] = sorted(sys.modules)
        built.ops.wait()
        built.ops.shutdown()
        app.quit()
        return
    QTimer.singleShot(5, look)

look()
QTimer.singleShot(60_000, app.quit)
app.exec()
print(json.dumps(seen))
"""


def test_the_dossier_list_paints_before_the_other_pages_load(tmp_path) -> None:
    """Issue 17: with the list on screen, no other page, no PDF preview, no PDF or spreadsheet library is loaded;
    the board is built afterwards (its start-up notice still comes)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MOTCUA_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    for _run in ("new", "again"):  # the second start finds the schema at head: no Alembic
        done = subprocess.run(
            [sys.executable, "-c", WINDOW_SCRIPT, str(tmp_path / "motcua.db")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    pages = sorted(name for name in seen["listed"] if _is_page(name))
    assert pages == ["desktop.dossiers.page"]  # one dossier's page (desktop.dossiers.detail): when opened
    late = [
        name
        for name in seen["listed"]
        if name.split(".")[0] in ("reportlab", "openpyxl", "alembic")
        or name.startswith(("PySide6.QtPdf", "PySide6.QtCharts", "desktop.widgets.pdf_preview"))
    ]
    assert late == []
    assert seen["built_then"] == [False, True, False, False, False, False, False, False]
    assert "desktop.late.page" in seen["later"]
