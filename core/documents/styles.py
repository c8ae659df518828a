"""Paragraph styles and page geometry of NĐ 30/2020 (docs/domain.md §6), in one place."""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from core.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

__all__ = ["cell_styles", "page_geometry", "styles"]


def page_geometry(is_landscape: bool) -> tuple[tuple[float, float], dict[str, float]]:
    """Page size and margins: portrait 20/20/30/15 mm (NĐ 30); the landscape register 15/15/20/15 mm."""
    if is_landscape:
        return landscape(A4), {
            "topMargin": 15 * mm,
            "bottomMargin": 15 * mm,
            "leftMargin": 20 * mm,
            "rightMargin": 15 * mm,
        }
    return A4, {"topMargin": 20 * mm, "bottomMargin": 20 * mm, "leftMargin": 30 * mm, "rightMargin": 15 * mm}


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Named styles: body text 13 pt, header lines 12–13 pt, notes 10–11 pt."""
    register_fonts()

    def style(name: str, font: str = REGULAR, size: float = 13, align: int = TA_LEFT, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=extra.pop("leading", size * 1.3), alignment=align, **extra
        )

    return {
        "form_note": style("form_note", ITALIC, 9.5, TA_RIGHT, leading=11.5),
        "parent": style("parent", REGULAR, 12.5, TA_CENTER),
        "issuer": style("issuer", BOLD, 12.5, TA_CENTER),
        "national": style("national", BOLD, 12, TA_CENTER),
        "motto": style("motto", BOLD, 13, TA_CENTER),
        "number": style("number", REGULAR, 13, TA_CENTER),
        "place_date": style("place_date", ITALIC, 13, TA_CENTER),
        "title": style("title", BOLD, 14, TA_CENTER, spaceBefore=11, spaceAfter=2),
        "subtitle": style("subtitle", REGULAR, 13, TA_CENTER, spaceAfter=2),
        "body": style("body", REGULAR, 13, TA_JUSTIFY, firstLineIndent=10 * mm, spaceBefore=3, spaceAfter=3),
        "plain": style("plain", REGULAR, 13, TA_LEFT, leading=15.6, spaceBefore=2, spaceAfter=2),
        "center": style("center", REGULAR, 13, TA_CENTER, spaceAfter=3),
        "italic": style("italic", ITALIC, 13, TA_JUSTIFY, spaceAfter=3),
        "note": style("note", ITALIC, 11, TA_JUSTIFY, spaceBefore=4, spaceAfter=3),
        "strong": style("strong", BOLD, 13, TA_JUSTIFY, firstLineIndent=10 * mm, spaceBefore=3, spaceAfter=3),
        "address": style("address", REGULAR, 13, TA_CENTER, spaceBefore=6, spaceAfter=6),
        "field": style("field", REGULAR, 13, TA_JUSTIFY, leading=15.6, spaceAfter=2),
        "sig_title": style("sig_title", BOLD, 13, TA_CENTER, leading=16),
        "sig_hint": style("sig_hint", ITALIC, 12, TA_CENTER),
        "sig_name": style("sig_name", BOLD, 13, TA_CENTER),
        "recipients_head": style("recipients_head", BOLD_ITALIC, 12, TA_LEFT),
        "recipients": style("recipients", REGULAR, 11, TA_LEFT, leading=13),
        "page": style("page", REGULAR, 11, TA_CENTER),
    }


def cell_styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Heading, text, centred text and caption styles of a table whose body is ``size`` points."""
    register_fonts()
    leading = size * 1.15
    return (
        ParagraphStyle("th", fontName=BOLD, fontSize=size, leading=leading, alignment=TA_CENTER),
        ParagraphStyle("td", fontName=REGULAR, fontSize=size, leading=leading, alignment=TA_LEFT),
        ParagraphStyle("tdc", fontName=REGULAR, fontSize=size, leading=leading, alignment=TA_CENTER),
        ParagraphStyle("cap", fontName=ITALIC, fontSize=size - 1, leading=leading, alignment=TA_CENTER),
    )
