"""Where the office's own files live on this PC: the user's data folder.

Kept apart from `core.storage` (which loads SQLAlchemy) so that the command line can find the data
folder, e.g. for its log, without loading the database layer.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_data_dir"]


def default_data_dir() -> Path:
    """The user's data folder (``MOTCUA_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("MOTCUA_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("motcua", appauthor=False))
