"""Run in a fresh process by `bench.startup`: launch, paint, report ``elapsed_ms`` and ``peak_mb``.

``app DB``: the real app on DB, showing the dossier list until its first page is painted.
``bare``: a bare PySide6 window with an empty table, painted (the old reference, still reported).
``table DB``: the fair reference (issue 17): PySide6 and SQLAlchemy imported, the same file opened, the same
first page (newest first, 100 rows, the list's seven columns) read and painted in a plain `QTableView`.
``models DB``: the same, after importing `core.models` (SQLModel, pydantic, the ORM and the office's tables): what
any program on the design card's SQLModel pays before its first query, reported beside the target (`bench.startup`).
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
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
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


def table(db: str, models: bool = False) -> None:
    if models:  # the floor of an app on the design card: SQLModel (pydantic, the ORM) and the office's tables
        import core.models  # noqa: F401
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    from sqlalchemy import create_engine, text

    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT code, applicant_name, procedure_name, field, received_at, due_at, result_at FROM dossier "
                "ORDER BY received_at DESC, id DESC LIMIT 100"
            )
        ).all()

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return len(rows)

        def columnCount(self, parent=QModelIndex()):
            return 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return str(rows[index.row()][index.column()]) if role == Qt.ItemDataRole.DisplayRole else None

    window = QMainWindow()
    view = QTableView()
    model = Rows()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1366, 768)
    window.show()
    _report(window)
    engine.dispose()
    app.quit()


def real(db: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import build, open_office_database
    from desktop.i18n import install_translator

    app = QApplication(sys.argv[:1])
    install_translator(app)
    from bench.office import BENCH_KEY
    from core.security.access import system_caller
    from core.security.key_store import MemoryKeyStore

    database, _ = open_office_database(db, demo=False, keys=MemoryKeyStore(BENCH_KEY))
    database = database.as_caller(system_caller())  # the login screen is not timed
    built = build(database)
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
    {
        "bare": lambda: bare(),
        "table": lambda: table(sys.argv[2]),
        "models": lambda: table(sys.argv[2], models=True),
        "app": lambda: real(sys.argv[2]),
    }[sys.argv[1]]()
