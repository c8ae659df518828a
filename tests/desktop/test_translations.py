"""The Vietnamese catalogue is complete, up to date with the sources, and compiled."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from core.resources import resource_path
from desktop.i18n import TS_NAME, tool, update_ts


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages[(name, message.findtext("source"))] = message.find("translation")
    return messages


@pytest.fixture(scope="module")
def committed() -> dict[tuple[str, str], ET.Element]:
    return _messages(resource_path("translations", TS_NAME))


def test_every_string_is_translated(committed) -> None:
    assert len(committed) > 100
    for key, translation in committed.items():
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), key
        text = translation.text or ""
        assert text.strip(), key
        assert unicodedata.normalize("NFC", text) == text, key


def test_the_catalogue_holds_every_source_string(tmp_path, committed) -> None:
    if tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    update_ts(fresh)
    missing = set(_messages(fresh)) - set(committed)
    assert not missing, f"run `python -m desktop.i18n` and translate: {sorted(missing)}"


def test_the_compiled_catalogue_matches_the_ts(committed) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "motcua_vi.qm")))
    for (context, source), translation in committed.items():
        assert translator.translate(context, source) == translation.text, (context, source)
