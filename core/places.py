"""Where the office's own files live on this PC: the user's data folder.

Kept apart from `core.storage` (which loads SQLAlchemy) so that the command line can find the data
folder, e.g. for its log, without loading the database layer.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["database_file", "database_target", "database_url", "default_data_dir"]


def default_data_dir() -> Path:
    """The user's data folder (``MOTCUA_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("MOTCUA_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("motcua", appauthor=False))


def database_target(target: str | os.PathLike[str] | None = None) -> str:
    """The database a command works on, as given: ``target``, else ``MOTCUA_DB``, else motcua.db in the data folder."""
    return os.fspath(target or os.environ.get("MOTCUA_DB") or default_data_dir() / "motcua.db")


def database_file(target: str | os.PathLike[str] | None = None) -> Path | None:
    """The SQLite file ``target`` names when it is a path (what `core.storage.database_url` opens), None when it
    is a URL."""
    text = database_target(target)
    return None if "://" in text else Path(text).expanduser().resolve()


def database_url(target: str | os.PathLike[str] | None = None) -> str:
    """An SQLAlchemy URL for ``target``: a URL as is, a path as a SQLite file, None as the default.

    Here rather than in `core.storage` so that the window can name its database (its one-copy lock) and the
    command line find its file before SQLAlchemy is loaded; `core.storage` re-exports it.

    SQLAlchemy decodes a URL's database part (``%20`` is a space, ``?`` starts options) and folder names hold
    both (a copy saved from a browser, "Tải về%20mới"; ``?`` on Linux): the two are escaped, so the file opened
    is the one named, never another one the decoding makes up."""
    path = database_file(target)
    if path is None:
        return database_target(target)
    return "sqlite:///" + str(path).replace("%", "%25").replace("?", "%3F")
