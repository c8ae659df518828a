"""core/ is a plain-Python library: it never imports Qt, desktop/ or cli/."""

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import core

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_and_computes_without_qt():
    modules = [m.name for m in pkgutil.walk_packages(core.__path__, "core.") if ".migrations" not in m.name]
    program = (
        "import importlib, sys, datetime as dt\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from core.office_calendar import shipped_calendar\n"
        "from core.work_calendar import Duration\n"
        "assert shipped_calendar().due(dt.datetime(2025,1,24,10), Duration('day',3)).due.day == 5\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'desktop', 'cli'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", program], check=True, cwd=ROOT)


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
