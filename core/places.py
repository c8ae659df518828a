"""Where the office's own files live on this PC: the user's data folder.

Kept apart from `core.storage` (which loads SQLAlchemy) so that the command line can find the data
folder, e.g. for its log, without loading the database layer.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_data_dir", "database_url"]


def default_data_dir() -> Path:
    """The user's data folder (``MOTCUA_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("MOTCUA_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("motcua", appauthor=False))


def database_url(target: str | os.PathLike[str] | None = None) -> str:
    """An SQLAlchemy URL for ``target``: a URL as is, a path as a SQLite file, None as the default.

    Here rather than in `core.storage` so that the window can name its database (its one-copy lock) before
    SQLAlchemy is loaded; `core.storage` re-exports it."""
    target = target or os.environ.get("MOTCUA_DB") or default_data_dir() / "motcua.db"
    text = os.fspath(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"
