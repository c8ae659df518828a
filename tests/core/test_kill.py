"""SIGKILL at random moments, 100 times, during intake and during a register import.

After each kill the file passes ``PRAGMA integrity_check``, every dossier whose code the child
printed after its commit is there, at most the one commit in flight when the kill came is extra,
codes have no gaps, and each import is all of its rows or none of them.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core import workers

ROOT = Path(__file__).resolve().parents[2]
KILLS = {"intake": 50, "import": 50}
IMPORT_ROWS = 40
SEED = int(os.environ.get("MOTCUA_KILL_SEED", "7"))

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill test forks (Linux, macOS)")


def state(db: Path) -> tuple[list[str], dict[str, int], list[str]]:
    """integrity_check lines, dossier counts by origin, and the problems with codes (gaps, doubles)."""
    connection = sqlite3.connect(db)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        counts = dict(connection.execute("SELECT origin, count(*) FROM dossier GROUP BY origin").fetchall())
        problems = []
        for day, low, high, n, distinct in connection.execute(
            "SELECT received_day, min(seq), max(seq), count(*), count(DISTINCT seq) FROM dossier GROUP BY 1"
        ):
            last = connection.execute("SELECT last FROM dailycounter WHERE day = ?", (day,)).fetchone()[0]
            if not (low == 1 and high == n == distinct == last):
                problems.append(f"{day}: seq {low}..{high}, {n} rows, {distinct} distinct, counter {last}")
    finally:
        connection.close()
    return integrity, counts, problems


def codes_present(db: Path, codes: list[str]) -> set[str]:
    connection = sqlite3.connect(db)
    try:
        found = set()
        for start in range(0, len(codes), 500):
            chunk = codes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found |= {row[0] for row in connection.execute(f"SELECT code FROM dossier WHERE code IN ({marks})", chunk)}
        return found
    finally:
        connection.close()


def wait_for_start(log: Path) -> None:
    """Until the child has opened the database: the kill then falls among its commits."""
    deadline = time.monotonic() + 10
    while not (log.exists() and log.read_text().startswith("start")):
        assert time.monotonic() < deadline, "the child did not start"
        time.sleep(0.002)


@pytest.mark.slow
def test_kill_during_intake_and_import(tmp_path):
    db, csv = tmp_path / "office.db", tmp_path / "register.csv"
    workers.setup_office(str(db))
    workers.write_register(str(csv), IMPORT_ROWS)
    zygote = subprocess.Popen(
        [sys.executable, "-m", "tests.core.workers", "zygote", str(db), str(csv)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    rng, started, survived = random.Random(SEED), time.monotonic(), 0
    jobs = ["intake"] * KILLS["intake"] + ["import"] * KILLS["import"]
    rng.shuffle(jobs)
    try:
        for n, job in enumerate(jobs):
            log = tmp_path / f"{n}.log"
            before = state(db)[1].get("intake" if job == "intake" else "import", 0)
            zygote.stdin.write(f"{job} {log}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            wait_for_start(log)
            time.sleep(rng.uniform(0, 0.4))
            os.kill(pid, signal.SIGKILL)
            assert zygote.stdout.readline().startswith("done"), "the zygote lost its child"
            printed = log.read_text().split()[1:]
            integrity, counts, problems = state(db)
            assert integrity == ["ok"], f"kill {n} ({job}): {integrity}"
            assert problems == [], f"kill {n} ({job}): {problems}"
            added = counts.get("intake" if job == "intake" else "import", 0) - before
            if job == "intake":
                assert codes_present(db, printed) == set(printed), f"kill {n}: a committed dossier is missing"
                assert added in (len(printed), len(printed) + 1), f"kill {n}: {added} added, {len(printed)} printed"
            else:
                assert added % IMPORT_ROWS == 0, f"kill {n}: a partial import ({added} rows)"
                assert added // IMPORT_ROWS in (len(printed), len(printed) + 1)
            survived += 1
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    totals = state(db)[1]
    print(f"\nkills survived: {survived}; dossiers: {totals}; seconds: {time.monotonic() - started:.0f}")
    assert survived == sum(KILLS.values())
    assert totals.get("intake", 0) > 0 and totals.get("import", 0) > 0  # the kills did land mid-work
