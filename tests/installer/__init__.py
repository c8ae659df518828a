"""Tests of the build and the installers (tests/installer)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load_winversion():
    """installer/winversion.py (a script beside the spec, not a package of the app)."""
    spec = importlib.util.spec_from_file_location("motcua_winversion", ROOT / "installer" / "winversion.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


winversion = _load_winversion()
