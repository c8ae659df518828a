"""The frozen one-folder bundle, built once for the test session: test_bundle.py runs it, and
test_inno_setup.py uses it as the payload of the Windows installer it compiles and runs under Wine."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "motcua.spec"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The one-folder bundle ``dist/motcua/``, built once for the session from the checkout."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the frozen-bundle tests build the Linux bundle")
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[test]')")
    where = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(where / "dist"),
            "--workpath",
            str(where / "work"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = where / "dist" / "motcua"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle built in {time.monotonic() - started:.0f} s: {size / 2**20:.0f} MB")
    return folder
