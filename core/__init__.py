"""Một Cửa core: the headless library behind the desktop app and the command line.

Nothing in this package imports Qt or ``desktop``/``cli`` (checked by import-linter and by
``tests/core/test_boundaries.py``).
"""

__version__ = "0.1.0"
