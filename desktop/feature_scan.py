"""A quicker answer to PySide6's question about every module imported after it.

PySide6 hooks the import statement for its ``__feature__`` switches: each module imported once Qt is loaded
is asked whether it mentions "PySide6" (``PySide6.support.feature._mod_uses_pyside``), and the answer is found
with ``inspect.getsource`` — linecache, tokenize and a search for the module's frame, for every module of
SQLAlchemy, SQLModel, pydantic and the program that load after the login window has painted. That costs about
100 ms of each start on this machine (issue 17; ``bench startup``). `install` answers the same question from the
file's bytes; a module without a ``.py`` file is still asked the upstream way. The program never uses the
``__feature__`` switches, so the answers only need to stay the same, and they do (tests/desktop/test_feature_scan.py).

PySide6's module is internal: when a release moves or renames it, `install` does nothing and the start is only
slower.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

__all__ = ["install", "uses_pyside"]

_MARK = b"PySide6"


def install() -> bool:
    """Answer PySide6's per-import question from the file's bytes; True when installed (or already)."""
    import PySide6  # noqa: F401 — loads the feature module this replaces a function of

    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if getattr(upstream, "quick", False):
        return True

    def quick(module: ModuleType) -> bool:
        return uses_pyside(module, upstream)

    quick.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = quick  # type: ignore[attr-defined]
    return True


def uses_pyside(module: ModuleType, upstream: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source mentions PySide6, read as bytes; ``upstream`` for a module without a file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return upstream(module)
    try:
        with open(path, "rb") as source:
            return _MARK in source.read()
    except OSError:
        return upstream(module)
