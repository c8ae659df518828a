"""Run in a fresh process by `bench.startup`: launch, paint, report ``elapsed_ms`` and ``peak_mb``.

``app DB``: the real app on DB, showing the dossier list until its first page is painted.
``bare``: a bare PySide6 window with an empty table, painted.
The launch moment comes from ``MOTCUA_BENCH_T0`` (the parent's clock just before it started us).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _report(window) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    window.grab()  # paints every visible widget now
    elapsed = (time.time() - float(os.environ["MOTCUA_BENCH_T0"])) * 1000
    print(json.dumps({"elapsed_ms": round(elapsed, 1), "peak_mb": round(_peak_mb(), 1)}), flush=True)


def _peak_mb() -> float:
    """This program's peak resident memory. Linux's ``ru_maxrss`` keeps the high-water mark of the forked
    parent across ``exec`` (the benchmark runner, large after the import runs), so read ``VmHWM`` first."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare() -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 7))
    window.setCentralWidget(table)
    window.resize(1366, 768)
    window.show()
    _report(window)
    app.quit()


def real(db: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import build, open_office_database
    from desktop.i18n import install_translator

    app = QApplication(sys.argv[:1])
    install_translator(app)
    from core.access import system_caller
    from bench.office import BENCH_KEY
    from core.secrets import MemoryKeyStore

    database, _ = open_office_database(db, demo=False, keys=MemoryKeyStore(BENCH_KEY))
    database = database.as_caller(system_caller())  # the login screen is not timed
    built = build(database, actor="bench")
    built.window.resize(1366, 768)
    built.window.show_widget(built.dossiers)
    built.window.show()
    model = built.dossiers.model

    def check() -> None:
        if model.rowCount() > 0:
            _report(built.window)
            built.ops.shutdown()
            app.quit()
        else:
            QTimer.singleShot(2, check)

    check()
    app.exec()


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else real(sys.argv[2])
