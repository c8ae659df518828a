"""Launch to the dossier list painted (on the 1,000,000-dossier register) vs a bare PySide6 window
with an empty table; also the peak memory of the app with that list open (goal: under 300 MB)."""

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

TARGET_RATIO = 2.0
MEMORY_GOAL_MB = 300
RUNS = 5


def _launch(*args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOTCUA_BENCH_T0": repr(time.time())}
    out = subprocess.run([sys.executable, "-m", "bench.startup_probe", *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(folder: Path) -> dict:
    database = folder / "startup.db"
    shutil.copy(big_register(), database)  # the app may not write to the shared cache
    _launch("bare")
    _launch("app", str(database))  # warm the file cache and Python's bytecode
    apps = [_launch("app", str(database)) for _ in range(RUNS)]
    bares = [_launch("bare") for _ in range(RUNS)]
    value = statistics.median(r["elapsed_ms"] for r in apps)
    reference = statistics.median(r["elapsed_ms"] for r in bares)
    peak = max(r["peak_mb"] for r in apps)
    return {"value_ms": round(value, 1), "reference_ms": round(reference, 1), "ratio": round(value / reference, 2),
            "target_ratio": TARGET_RATIO, "peak_memory_mb": peak, "memory_goal_mb": MEMORY_GOAL_MB,
            "ok": value / reference <= TARGET_RATIO and peak < MEMORY_GOAL_MB}
