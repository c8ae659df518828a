"""Translations: Vietnamese (the default) or English, chosen per desk; ``python -m desktop.i18n`` refreshes both.

Source strings are English (``self.tr`` / ``QCoreApplication.translate``); the catalogues live in
``resources/translations/motcua_vi.ts`` and ``motcua_en.ts`` (edited with Qt Linguist or any editor) and
are compiled to ``motcua_vi.qm`` / ``motcua_en.qm``, which the app loads. The refresh runs
``pyside6-lupdate`` over ``desktop/`` for each language (new strings appear as unfinished, removed ones
are dropped) and then ``pyside6-lrelease``. ``--fill-english`` copies the source of each unfinished
English message that is plain English (no plural form, no Vietnamese letter) into its translation: the
plural forms and the Vietnamese sources (`desktop.core_words`) are still translated by hand.

The language: ``--lang`` on ``motcua gui``, else the environment variable ``MOTCUA_LANG``, else the
desk's preference (``QSettings("motcua", "motcua")``, key ``ui/language``, set in Settings), else
Vietnamese. `install_translator` loads the catalogue, Qt's own one when PySide6 ships it, the locale
(dates, numbers), and the language of core's error messages (`core.errors.set_language`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core import errors
from core.resources import resource_path

__all__ = [
    "DEFAULT_LANGUAGE",
    "ENVIRONMENT",
    "LANGUAGE",
    "LANGUAGES",
    "SETTINGS_KEY",
    "TS_NAME",
    "choose_language",
    "current_language",
    "fill_english",
    "install_translator",
    "language_settings",
    "main",
    "release",
    "save_language",
    "saved_language",
    "tool",
    "ts_path",
    "unfinished",
    "update_ts",
]

#: The languages of the interface, the default first.
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = LANGUAGE = "vi"
TS_NAME = f"motcua_{DEFAULT_LANGUAGE}.ts"
SETTINGS_KEY = "ui/language"
ENVIRONMENT = "MOTCUA_LANG"
SOURCES = Path(__file__).resolve().parent
#: ``-target-language`` of each catalogue (it sets the plural forms: one in Vietnamese, two in English).
_TARGETS = {"vi": "vi_VN", "en": "en_GB"}
_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}  # dd/MM/yyyy, weeks from Monday

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def _known(language: object) -> str | None:
    text = str(language or "").strip().lower()[:2]
    return text if text in LANGUAGES else None


def current_language() -> str:
    """The language `install_translator` installed last (``"vi"`` before that)."""
    return _current


def language_settings() -> QSettings:
    """Where the desk's preference is kept (the registry on Windows, a file elsewhere)."""
    return QSettings("motcua", "motcua")


def saved_language(store: QSettings | None = None) -> str:
    """The desk's preference, or Vietnamese."""
    store = store if store is not None else language_settings()
    return _known(store.value(SETTINGS_KEY, DEFAULT_LANGUAGE)) or DEFAULT_LANGUAGE


def save_language(language: str, store: QSettings | None = None) -> None:
    """Keep ``language`` as the desk's preference (it takes effect at the next start)."""
    chosen = _known(language)
    if chosen is None:
        raise ValueError(f"unknown language {language!r}")
    store = store if store is not None else language_settings()
    store.setValue(SETTINGS_KEY, chosen)
    store.sync()


def choose_language(explicit: str | None = None, store: QSettings | None = None) -> str:
    """``explicit`` (``--lang``), else ``MOTCUA_LANG``, else the desk's preference, else Vietnamese."""
    return _known(explicit) or _known(os.environ.get(ENVIRONMENT)) or saved_language(store)


def _qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own strings (dialog buttons, context menus) when PySide6 ships them (it has no Vietnamese)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    return translator if folder and translator.load(f"qtbase_{language}", folder) else None


def install_translator(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> QTranslator:
    """Install ``language``'s catalogue (replacing one installed before), its locale and core's messages.

    Returns the app's own translator. Qt's strings that PySide6 does not translate into Vietnamese
    (the buttons of standard dialogs, the edit menus) are in our catalogue (`desktop.qt_words`).
    """
    global _current
    chosen = _known(language) or DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(*_LOCALES[chosen]))
    translator = QTranslator(app)
    path = resource_path("translations", f"motcua_{chosen}.qm")
    if not translator.load(str(path)):
        raise FileNotFoundError(f"Không đọc được tệp bản dịch {path}")
    qt = _qt_catalogue(chosen)
    if qt is not None:  # installed first, so ours (searched first: installed last) wins
        qt.setParent(translator)
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(translator)
    _installed.append(translator)
    _current = chosen
    errors.set_language(chosen)
    return translator


# -- refreshing the catalogues -----------------------------------------------------------------
def ts_path(language: str) -> Path:
    return resource_path("translations") / f"motcua_{language}.ts"


def tool(name: str) -> str | None:
    """A Qt tool (``pyside6-lupdate``…): next to the running Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def update_ts(
    ts_path: Path, *, sources: Path = SOURCES, keep_obsolete: bool = False, language: str | None = None
) -> None:
    """Extract the source strings of ``sources`` into ``ts_path`` (merged with what is there).

    ``language`` defaults to the one in the file name (``motcua_en.ts``), else Vietnamese.
    """
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        raise FileNotFoundError("pyside6-lupdate not found")
    language = language or _known(Path(ts_path).stem.rpartition("_")[2]) or DEFAULT_LANGUAGE
    command = [
        lupdate,
        "-extensions",
        "py",
        "-recursive",
        "-locations",
        "relative",
        "-target-language",
        _TARGETS[language],
        "-silent",
        str(sources),
        "-ts",
        str(ts_path),
    ]
    if not keep_obsolete:
        command.insert(1, "-no-obsolete")
    subprocess.run(command, check=True)


def release(ts_path: Path) -> Path:
    """Compile ``ts_path`` to the ``.qm`` beside it."""
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        raise FileNotFoundError("pyside6-lrelease not found")
    qm_path = ts_path.with_suffix(".qm")
    subprocess.run([lrelease, "-silent", str(ts_path), "-qm", str(qm_path)], check=True)
    return qm_path


def _vietnamese(text: str) -> bool:
    """True when ``text`` has a Vietnamese letter (a source that needs a real English translation)."""
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in text)


def fill_english(path: Path) -> int:
    """Finish the unfinished plain messages of the English catalogue ``path`` with their source; returns how many."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation, source = message.find("translation"), message.findtext("source") or ""
        if (
            translation is None
            or translation.get("type") != "unfinished"
            or message.get("numerus") == "yes"
            or _vietnamese(source)
            or (translation.text or "").strip() not in ("", source)
        ):
            continue
        translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


def unfinished(path: Path) -> int:
    return path.read_text(encoding="utf-8").count('type="unfinished"')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.i18n",
        description="Refresh the Vietnamese and English catalogues from desktop/ and compile them.",
    )
    parser.add_argument(
        "--fill-english",
        action="store_true",
        help="copy the source of plain unfinished English messages into their translation",
    )
    args = parser.parse_args(argv)
    missing = 0
    for language in LANGUAGES:
        path = ts_path(language)
        update_ts(path, language=language)
        if language == "en" and args.fill_english:
            print(f"{path.name}: {fill_english(path)} message(s) filled from the source.")
            update_ts(path, language=language)  # back to lupdate's own layout
        qm_path = release(path)
        count = unfinished(path)
        missing += count
        print(f"{path.name}: {count} unfinished translation(s); compiled {qm_path.name}.")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
