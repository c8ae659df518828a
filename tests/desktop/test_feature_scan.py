"""PySide6's per-import question ("does this module mention PySide6?") gets the same answers, faster."""

from __future__ import annotations

import inspect
import json
import sqlite3
import subprocess
import sys

import core.models
import desktop.app
import desktop.feature_scan
from desktop.feature_scan import install, uses_pyside


def _upstream(module) -> bool:  # PySide6's own answer, as its feature module computes it
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_answers_are_pyside6s_own() -> None:
    asked = []

    def upstream(module) -> bool:
        asked.append(module.__name__)
        return _upstream(module)

    for module in (desktop.app, desktop.feature_scan, core.models, json, inspect, sqlite3, sys):
        assert uses_pyside(module, upstream) == _upstream(module), module.__name__
    assert uses_pyside(desktop.app, upstream) is True and uses_pyside(core.models, upstream) is False
    assert "sys" in asked and "core.models" not in asked  # a module without a .py file: asked the upstream way


def test_installed_once_in_a_fresh_interpreter_and_modules_are_still_classified() -> None:
    code = (
        "import desktop, sys, json\n"
        "from desktop.feature_scan import install\n"
        "feature = sys.modules['PySide6.support.feature']\n"
        "first = feature._mod_uses_pyside\n"
        "assert install() and feature._mod_uses_pyside is first and getattr(first, 'quick', False)\n"
        "from core.text import clean\nfrom desktop.qt_typed import named\n"
        "print(json.dumps([feature.pyside_feature_dict.get('core.text'),"
        " feature.pyside_feature_dict.get('desktop.qt_typed')]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text_mark, qt_typed_mark = json.loads(done.stdout.strip().splitlines()[-1])
    assert text_mark == -1  # no PySide6 in core/text.py: "ignore this module", as upstream says
    assert qt_typed_mark == 0  # uses PySide6: "no feature", never "ignore"


def test_install_is_harmless_when_pyside6_moves_its_module(monkeypatch) -> None:
    monkeypatch.delitem(sys.modules, "PySide6.support.feature", raising=False)
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    assert install() is False
