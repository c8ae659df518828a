"""A command answers at once: ``--version``, ``--help`` and every command's ``--help``, each in a fresh
interpreter, load no database, PDF, spreadsheet or window library (issue 17)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "reportlab",
    "openpyxl",
    "alembic",
    "PySide6",
    "shiboken6",
    "qrcode",
    "pypdfium2",
    "PIL",
)
MARK = "--modules--"
#: A fresh interpreter runs the command as the ``motcua`` entry point does (cli.main:main), then lists its modules.
PROGRAM = (
    "import json, sys\n"
    "from cli.main import main\n"
    "for argv in json.loads(sys.argv[1]):\n"
    "    code = main(argv)\n"
    f"print({MARK!r})\n"
    "print(json.dumps(sorted(sys.modules)))\n"
)


def _heavy_modules_after(tmp_path: Path, *commands: list[str]) -> tuple[list[str], str]:
    env = {**os.environ, "MOTCUA_DATA_DIR": str(tmp_path / "data"), "MOTCUA_DB": str(tmp_path / "none.db")}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, json.dumps(list(commands))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    out, _, modules = result.stdout.rpartition(MARK)
    loaded = json.loads(modules)
    return sorted(m for m in loaded if m.split(".")[0] in HEAVY), out


def _command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.append((*prefix, name))
                paths.extend(_command_paths(sub, (*prefix, name)))
    return paths


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["due", "--help"], ["calendar", "show", "--help"]], ids=" ".join
)
def test_a_fresh_interpreter_answers_without_heavy_libraries(tmp_path, argv):
    heavy, out = _heavy_modules_after(tmp_path, argv)
    assert out.strip(), "the command printed nothing"
    assert heavy == [], f"motcua {' '.join(argv)} loaded {heavy[:8]}"


def test_every_command_help_loads_no_heavy_library(tmp_path):
    paths = _command_paths(build_parser())
    assert ("due",) in paths and ("calendar", "show") in paths and len(paths) > 40
    heavy, out = _heavy_modules_after(tmp_path, *([*path, "--help"] for path in paths))
    assert out.count("cách dùng: motcua") == len(paths)  # each help printed, in Vietnamese as always
    assert heavy == [], f"a command's --help loaded {heavy[:8]}"


def test_due_and_calendar_show_before_any_database_read_the_shipped_calendar_without_the_database_layer(tmp_path):
    heavy, out = _heavy_modules_after(
        tmp_path, ["due", "--received", "2025-04-29 09:00", "--days", "1"], ["calendar", "show", "2025", "--json"]
    )
    assert "\n2025-05-05 09:00\n" in out and '"2025-05-02"' in out  # the answers of the shipped calendar
    assert heavy == [], f"due / calendar show loaded {heavy[:8]}"
    assert not (tmp_path / "none.db").exists()
