"""The house's habits kept by tools (issue 18): mypy is clean on core, cli and desktop, and ruff on the tree,
both with the configuration in pyproject.toml. Slow (mypy takes a while from a cold cache): ``-m slow``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=900)


def test_mypy_is_clean_on_core_cli_and_desktop() -> None:
    done = _run("mypy", "core", "cli", "desktop")
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    assert "Success: no issues found" in done.stdout


def test_ruff_finds_nothing_in_the_tree() -> None:
    done = _run("ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


def test_ruff_format_would_change_nothing() -> None:
    done = _run("ruff", "format", "--check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


# -- import cycles (issue 18): a function-level import must not hide one -------------------------------
def _package(root: Path, name: str, modules: dict[str, str]) -> None:
    (root / name).mkdir()
    (root / name / "__init__.py").write_text("")
    for module, source in modules.items():
        (root / name / f"{module}.py").write_text(source)


@pytest.mark.parametrize(
    ("modules", "expected"),
    [
        # the attack: b imports a inside a function, so Python starts without complaint
        ({"a": "import ring.b\n", "b": "def f():\n    from ring import a\n"}, [["ring.a", "ring.b"]]),
        # a longer ring, one link hidden under TYPE_CHECKING-style indentation
        (
            {"a": "from ring import b\n", "b": "from ring import c\n", "c": "if True:\n    import ring.a\n"},
            [["ring.a", "ring.b", "ring.c"]],
        ),
        # a chain is not a ring
        ({"a": "from ring import b\n", "b": "from ring import c\n", "c": "x = 1\n"}, []),
    ],
)
def test_the_cycle_finder_sees_imports_inside_functions(tmp_path, monkeypatch, modules, expected) -> None:
    from tools.import_cycles import cycles

    _package(tmp_path, "ring", modules)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert cycles(["ring"]) == expected


def test_no_import_cycles_in_core_cli_and_desktop() -> None:
    from tools.import_cycles import cycles

    assert cycles() == []
