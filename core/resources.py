"""The one place that finds ``resources/`` (fonts, catalog, holiday tables, translations).

In a checkout (or an editable install) it is the folder beside ``core/``; in the frozen app
PyInstaller unpacks it under ``sys._MEIPASS``. ``MOTCUA_RESOURCES`` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["resource_dir", "resource_path"]


def resource_dir() -> Path:
    override = os.environ.get("MOTCUA_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("catalog", "procedures.json")``."""
    path = resource_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Thiếu tệp tài nguyên của chương trình: {path}")
    return path
