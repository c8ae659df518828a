"""Launch to the dossier list painted (on the 1,000,000-dossier register, the login not timed) vs the fair
reference of issue 17: PySide6 and SQLAlchemy imported, the same file opened and the same first page painted
in a plain `QTableView` (target ≤ 1.5×); the old bare-window figure is reported beside it. Also the peak memory
of the app with that list open (goal: under 300 MB)."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.big_register import big_register

TARGET_RATIO = 1.5
MEMORY_GOAL_MB = 300
RUNS = 5


def _launch(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOTCUA_BENCH_T0": repr(time.time())}
    out = subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(folder: Path) -> dict:
    database = folder / "startup.db"
    shutil.copy(big_register(), database)  # the app may not write to the shared cache
    _launch("bare")
    _launch("table", str(database))
    _launch("app", str(database))  # warm the file cache and Python's bytecode
    apps, tables, bares = [], [], []
    for _ in range(RUNS):  # interleaved: a busy moment of the machine falls on all three alike
        apps.append(_launch("app", str(database)))
        tables.append(_launch("table", str(database)))
        bares.append(_launch("bare"))
    value = statistics.median(r["elapsed_ms"] for r in apps)
    reference = statistics.median(r["elapsed_ms"] for r in tables)
    bare = statistics.median(r["elapsed_ms"] for r in bares)
    peak = max(r["peak_mb"] for r in apps)
    return {
        "value_ms": round(value, 1),
        "reference_ms": round(reference, 1),
        "ratio": round(value / reference, 2),
        "target_ratio": TARGET_RATIO,
        "bare_window_ms": round(bare, 1),
        "peak_memory_mb": peak,
        "memory_goal_mb": MEMORY_GOAL_MB,
        "ok": value / reference <= TARGET_RATIO and peak < MEMORY_GOAL_MB,
    }
