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
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOTCUA_DATA_DIR": str(tmp_path / "data"),
           "MOTCUA_KEY_PASSPHRASE": "a passphrase for the test", "PYTHONPATH": str(ROOT)}
    env.pop("MOTCUA_DB", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "office" / "motcua.db")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = [name for name in seen["modules"] if name.split(".")[0] in HEAVY or name.startswith("desktop.pages")]
    assert loaded == []
    assert seen["window"] == "LoginDialog" and seen["code"] == 0
    assert "desktop.accounts.login_dialog" in seen["modules"]  # the hook saw the real window, not an empty one
