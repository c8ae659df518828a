"""The command line's answer time: ``motcua --version``, ``motcua --help`` and ``motcua due`` (on the shipped
calendar: no database yet) each in a fresh interpreter, vs ``python -c pass`` in the same venv, in the same
run. Each figure is the median of several launches, the runs of the command and of the reference interleaved
so that a busy moment of the machine weighs on both alike."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import probe_env

ROOT = Path(__file__).resolve().parents[1]
RUNS = 9
#: What the installed ``motcua`` script runs (pyproject's ``motcua = "cli.main:main"``), from this checkout.
ENTRY_POINT = "import sys; from cli.main import main; sys.exit(main())"
TARGETS = {"cli_version": 3.0, "cli_help": 3.0, "cli_due": 6.0}
COMMANDS = {
    "cli_version": ["--version"],
    "cli_help": ["--help"],
    "cli_due": ["due", "--received", "2025-01-24 10:00", "--days", "3"],
}


def _elapsed_ms(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def measure(name: str, folder: Path) -> dict:
    data = folder / f"{name}-data"
    data.mkdir(exist_ok=True)
    env = probe_env(folder, MOTCUA_DATA_DIR=str(data), MOTCUA_DB=str(data / "none.db"), MOTCUA_LANG="vi")
    env.pop("MOTCUA_USER", None)
    command = [sys.executable, "-c", ENTRY_POINT, *COMMANDS[name]]
    reference = [sys.executable, "-c", "pass"]
    _elapsed_ms(command, env), _elapsed_ms(reference, env)  # warm the file cache and the bytecode
    values, references = [], []
    for _ in range(RUNS):
        values.append(_elapsed_ms(command, env))
        references.append(_elapsed_ms(reference, env))
    value, ref = statistics.median(values), statistics.median(references)
    target = TARGETS[name]
    return {
        "value_ms": round(value, 1),
        "reference_ms": round(ref, 1),
        "ratio": round(value / ref, 2),
        "target_ratio": target,
        "ok": value / ref <= target,
    }


def run_version(folder: Path) -> dict:
    return measure("cli_version", folder)


def run_help(folder: Path) -> dict:
    return measure("cli_help", folder)


def run_due(folder: Path) -> dict:
    return measure("cli_due", folder)
