"""Launch to the dossier list painted (on the 1,000,000-dossier register, the login not timed) vs the fair
reference of issue 17: PySide6 and SQLAlchemy imported, the same file opened and the same first page painted
in a plain `QTableView` (target ≤ 1.5×); the old bare-window figure is reported beside it. Also the peak memory
of the app with that list open (goal: under 300 MB).

``sqlmodel_reference_ms`` is that same reference after importing `core.models` (SQLModel, pydantic, the ORM, the
office's 23 tables): the least any program on the design card pays before its first query; its ratio to the
reference shows how much of the 1.5× that alone takes."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import probe_env
from bench.big_register import big_register

TARGET_RATIO = 1.5
MEMORY_GOAL_MB = 300
RUNS = 5


def _launch(folder: Path, *args: str) -> dict:
    env = probe_env(folder, QT_QPA_PLATFORM="offscreen", MOTCUA_BENCH_T0=repr(time.time()))
    out = subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(folder: Path) -> dict:
    database = folder / "startup.db"
    shutil.copy(big_register(), database)  # the app may not write to the shared cache
    _launch(folder, "bare")
    _launch(folder, "table", str(database))
    _launch(folder, "app", str(database))  # warm the file cache and Python's bytecode (`probe_env`)
    _launch(folder, "models", str(database))
    apps, tables, floors, bares = [], [], [], []
    for _ in range(RUNS):  # interleaved: a busy moment of the machine falls on all sides alike
        apps.append(_launch(folder, "app", str(database)))
        tables.append(_launch(folder, "table", str(database)))
        floors.append(_launch(folder, "models", str(database)))
        bares.append(_launch(folder, "bare"))
    value = statistics.median(r["elapsed_ms"] for r in apps)
    reference = statistics.median(r["elapsed_ms"] for r in tables)
    floor = statistics.median(r["elapsed_ms"] for r in floors)
    bare = statistics.median(r["elapsed_ms"] for r in bares)
    peak = max(r["peak_mb"] for r in apps)
    return {
        "value_ms": round(value, 1),
        "reference_ms": round(reference, 1),
        "ratio": round(value / reference, 2),
        "target_ratio": TARGET_RATIO,
        "sqlmodel_reference_ms": round(floor, 1),
        "sqlmodel_reference_ratio": round(floor / reference, 2),
        "bare_window_ms": round(bare, 1),
        "peak_memory_mb": peak,
        "memory_goal_mb": MEMORY_GOAL_MB,
        "ok": value / reference <= TARGET_RATIO and peak < MEMORY_GOAL_MB,
    }
