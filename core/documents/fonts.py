"""The bundled Liberation Serif (SIL OFL 1.1, Times New Roman metrics, full Vietnamese coverage).

Loaded from ``resources/fonts`` through `core.resources.resource_path`, never from a system folder, so a
printed form looks the same on every desk and in the frozen app.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.resources import resource_path

__all__ = ["BOLD", "BOLD_ITALIC", "FAMILY", "ITALIC", "REGULAR", "register_fonts"]

FAMILY = "LiberationSerif"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@cache
def register_fonts() -> str:
    """Register the four styles with ReportLab once; return the family name for paragraph styles."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY
