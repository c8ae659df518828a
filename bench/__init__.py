"""Benchmarks: each figure is measured beside a reference computed in the same run."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["probe_env"]


def probe_env(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of a benchmark's fresh process: this one's, plus ``extra``, with Python's bytecode kept.

    An installed Một Cửa runs from compiled bytecode (the installer bundles it, a wheel install compiles it),
    so the launches are timed with bytecode too: a shell that sets ``PYTHONDONTWRITEBYTECODE`` (this machine's
    does) would otherwise have the app recompile its own few hundred modules on every launch while the
    reference, all in site-packages, reads bytecode compiled at install. The cache lives in the benchmark's
    folder (``PYTHONPYCACHEPREFIX``), never in the checkout; each benchmark's warm-up launch fills it for both
    of its sides alike."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / "bytecode"), **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
