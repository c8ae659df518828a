"""Both catalogues (Vietnamese, English) are complete, up to date with the sources, and compiled;
the language is chosen per desk; Qt's own words and core's words follow it."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from core.errors import UserError
from core.resources import resource_path
from desktop.core_words import CONTEXT, label_tables, word
from desktop.i18n import (
    LANGUAGES,
    SETTINGS_KEY,
    TS_NAME,
    choose_language,
    current_language,
    install_translator,
    save_language,
    saved_language,
    tool,
    ts_path,
    update_ts,
)

#: Plural forms of each language (Vietnamese has one, English two).
FORMS = {"vi": 1, "en": 2}
_PLACEHOLDER = re.compile(r"%L?n|%\d")
_MNEMONIC = re.compile(r"(?<!&)&(?![&#\w]+;)(.)")  # "&&" is a plain "&", "&nbsp;" an entity


class Message:
    def __init__(self, context: str, element: ET.Element) -> None:
        self.context, self.source = context, element.findtext("source") or ""
        self.numerus = element.get("numerus") == "yes"
        self.translation = element.find("translation")
        forms = [f.text or "" for f in self.translation.iter("numerusform")]
        self.forms = forms if self.numerus else [self.translation.text or ""]


def _messages(path: Path) -> dict[tuple[str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for element in context.iter("message"):
            message = Message(name, element)
            messages[(name, message.source)] = message
    return messages


def _vietnamese(text: str) -> bool:
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in text)


@pytest.fixture(scope="module", params=LANGUAGES)
def catalogue(request) -> tuple[str, dict[tuple[str, str], Message]]:
    return request.param, _messages(ts_path(request.param))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> set[tuple[str, str]]:
    """What ``pyside6-lupdate`` finds in the sources now."""
    if tool("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    path = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    update_ts(path, language="vi")
    return set(_messages(path))


# -- the catalogues ---------------------------------------------------------------------------
def test_every_string_is_translated(catalogue) -> None:
    language, messages = catalogue
    assert len(messages) > 600
    for key, message in messages.items():
        assert message.translation.get("type") not in ("unfinished", "obsolete", "vanished"), (language, key)
        assert len(message.forms) == (FORMS[language] if message.numerus else 1), (language, key)
        for text in message.forms:
            assert text.strip(), (language, key)
            assert unicodedata.normalize("NFC", text) == text, (language, key)


def test_translations_keep_placeholders_and_mnemonics(catalogue) -> None:
    language, messages = catalogue
    for key, message in messages.items():
        wanted = sorted(set(_PLACEHOLDER.findall(message.source)))
        for text in message.forms:
            assert sorted(set(_PLACEHOLDER.findall(text))) == wanted, (language, key, text)
            if _MNEMONIC.search(message.source) and not message.context.startswith("Q"):
                letter = _MNEMONIC.search(text)
                assert letter and re.fullmatch(r"[A-Za-z0-9]", letter.group(1)), (language, key, text)


def test_the_catalogue_holds_every_source_string(catalogue, fresh) -> None:
    language, messages = catalogue
    missing, stale = fresh - set(messages), set(messages) - fresh
    assert not missing, f"run `python -m desktop.i18n` and translate ({language}): {sorted(missing)}"
    assert not stale, f"run `python -m desktop.i18n` ({language}: no longer in the sources): {sorted(stale)}"


def test_the_compiled_catalogue_matches_the_ts(catalogue) -> None:
    language, messages = catalogue
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", f"motcua_{language}.qm")))
    for (context, source), message in messages.items():
        if message.numerus:
            for n, form in zip((1, 2), message.forms * 2):
                assert translator.translate(context, source, "", n) == form, (language, context, source)
        else:
            assert translator.translate(context, source) == message.forms[0], (language, context, source)


def test_english_is_english() -> None:
    """No Vietnamese pasted into the English catalogue, and core's Vietnamese words really translated."""
    for (context, source), message in _messages(ts_path("en")).items():
        for text in message.forms:
            assert not _vietnamese(text) or _vietnamese(source), (context, source, text)
        if context == CONTEXT:
            assert message.forms[0] != source, source


def test_every_word_core_shows_is_in_the_catalogues() -> None:
    for language in LANGUAGES:
        words = {source for (context, source) in _messages(ts_path(language)) if context == CONTEXT}
        for name, table in label_tables().items():
            labels = table.values() if isinstance(table, dict) else table
            missing = {label for label in labels if _vietnamese(label)} - words
            assert not missing, f"add {name} to desktop/core_words.py: {sorted(missing)}"


def test_the_default_catalogue_keeps_its_name() -> None:
    assert ts_path("vi").name == TS_NAME


# -- choosing and installing the language -----------------------------------------------------
@pytest.fixture
def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "motcua.ini"), QSettings.Format.IniFormat)


def test_the_language_is_a_preference_of_the_desk(store, monkeypatch) -> None:
    monkeypatch.delenv("MOTCUA_LANG", raising=False)
    assert saved_language(store) == "vi" and choose_language(None, store) == "vi"  # Vietnamese by default
    save_language("en", store)
    assert store.value(SETTINGS_KEY) == "en"
    assert QSettings(store.fileName(), QSettings.Format.IniFormat).value(SETTINGS_KEY) == "en"  # on disk
    assert choose_language(None, store) == "en"
    monkeypatch.setenv("MOTCUA_LANG", "vi")
    assert choose_language(None, store) == "vi"  # the environment overrides the preference
    assert choose_language("en", store) == "en"  # and --lang overrides both
    store.setValue(SETTINGS_KEY, "fr")
    monkeypatch.delenv("MOTCUA_LANG")
    assert choose_language(None, store) == "vi"  # anything unknown: Vietnamese
    with pytest.raises(ValueError):
        save_language("fr", store)


def test_english_is_installed_with_its_locale_and_core_messages(qapp) -> None:
    from desktop.messages import app_title

    error = UserError("Không tìm thấy hồ sơ.", "Dossier not found.")
    assert current_language() == "vi" and app_title() == "Một Cửa" and str(error) == "Không tìm thấy hồ sơ."
    try:
        install_translator(qapp, "en")
        assert current_language() == "en" and app_title() == "One-Stop Office"
        assert str(error) == "Dossier not found."  # what the operations layer shows in a message box
        assert QLocale().language() == QLocale.Language.English
        assert word("Đang giải quyết") == "In progress" and word("Hộ tịch") == "Hộ tịch"  # data stays data
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        install_translator(qapp, "vi")
    assert app_title() == "Một Cửa" and str(error) == "Không tìm thấy hồ sơ." and word("Trực tuyến") == "Trực tuyến"
    assert QLocale().language() == QLocale.Language.Vietnamese


def test_qt_own_words_are_vietnamese(qtbot) -> None:
    """PySide6 has no Vietnamese catalogue: ours carries the standard buttons and the edit menu."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    assert "&Hoàn tác" in texts and "&Dán" in texts and "Chọn tất cả" in texts, texts
    menu.deleteLater()


# -- the whole window -------------------------------------------------------------------------
def test_the_window_comes_up_in_english_when_asked(qapp, open_window, database) -> None:
    install_translator(qapp, "en")
    try:
        built = open_window(database)
        navigation = built.window.navigation
        assert built.window.windowTitle() == "One-Stop Office"
        assert [navigation.item(row).text() for row in range(navigation.count())][:3] == ["Intake", "Dossiers", "Late"]
        assert built.window.current_title() == "Intake"
        assert built.dossiers.filters.status.itemText(1) == "In progress"  # core's word, translated
    finally:
        install_translator(qapp, "vi")


def test_run_takes_the_language_from_lang_then_the_desk(qapp, tmp_path, monkeypatch, desk_settings) -> None:
    import desktop.app

    broken = tmp_path / "hong.db"
    broken.write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(desktop.app, "show_fatal", shown.append)
    try:
        assert desktop.app.run(db=str(broken), language="en") == 2  # motcua gui --lang en
        assert current_language() == "en" and shown[-1].startswith("Cannot open the database")
        assert desktop.app.run(db=str(broken)) == 2  # nothing asked, nothing saved: Vietnamese
        assert current_language() == "vi" and shown[-1].startswith("Không mở được cơ sở dữ liệu")
        save_language("en", desk_settings)  # the preference chosen in Settings, at the next start
        assert desktop.app.run(db=str(broken)) == 2
        assert current_language() == "en" and shown[-1].startswith("Cannot open the database")
    finally:
        install_translator(qapp, "vi")
