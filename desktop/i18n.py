"""Translations: load the Vietnamese catalogue at start; ``python -m desktop.i18n`` refreshes it.

Source strings are English (``self.tr`` / ``QCoreApplication.translate``); the translations live in
``resources/translations/motcua_vi.ts`` (edited with Qt Linguist or any editor) and are compiled to
``motcua_vi.qm``, which the app loads. The refresh runs ``pyside6-lupdate`` over ``desktop/`` (new
strings appear as unfinished, removed ones are dropped) and then ``pyside6-lrelease``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from core.resources import resource_path

__all__ = ["install_translator", "tool", "update_ts", "release", "main", "LANGUAGE", "TS_NAME"]

LANGUAGE = "vi"
TS_NAME = f"motcua_{LANGUAGE}.ts"
SOURCES = Path(__file__).resolve().parent


def install_translator(app: QCoreApplication) -> QTranslator:
    """Install the Vietnamese catalogue and Vietnamese locale (dates, numbers) on ``app``."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = QTranslator(app)
    path = resource_path("translations", f"motcua_{LANGUAGE}.qm")
    if not translator.load(str(path)):
        raise FileNotFoundError(f"Không đọc được tệp bản dịch {path}")
    app.installTranslator(translator)
    return translator


def tool(name: str) -> str | None:
    """A Qt tool (``pyside6-lupdate``…): next to the running Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def update_ts(ts_path: Path, *, sources: Path = SOURCES, keep_obsolete: bool = False) -> None:
    """Extract the source strings of ``sources`` into ``ts_path`` (merged with what is there)."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        raise FileNotFoundError("pyside6-lupdate not found")
    command = [lupdate, "-extensions", "py", "-recursive", "-locations", "relative",
               "-target-language", "vi_VN", "-silent", str(sources), "-ts", str(ts_path)]
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


def main() -> int:
    ts_path = resource_path("translations").joinpath(TS_NAME)
    update_ts(ts_path)
    qm_path = release(ts_path)
    unfinished = ts_path.read_text(encoding="utf-8").count('type="unfinished"')
    print(f"{ts_path.name}: {unfinished} unfinished translation(s); compiled {qm_path.name}.")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
