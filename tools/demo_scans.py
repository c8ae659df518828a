"""Synthetic scanned papers for the guide's screens: an A4 form photographed at 100 dpi with its Vietnamese
heading (the bundled Liberation Serif), greyish paper, ruled lines and a handwriting-like scrawl. Invented
content only; never a real person's paper."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont

from core.attachments import attach
from core.resources import resource_path

__all__ = ["attach_demo_scans", "photo_of_paper", "scanned_form"]

_DPI = 100
_A4 = (round(8.27 * _DPI), round(11.69 * _DPI))


def _page(title: str, lines: list[str], seed: int) -> Image.Image:
    rng = random.Random(seed)
    width, height = _A4
    page = Image.new("L", (width, height), 238)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype(str(resource_path("fonts", "LiberationSerif-Bold.ttf")), 19)
    regular = ImageFont.truetype(str(resource_path("fonts", "LiberationSerif-Regular.ttf")), 15)
    draw.text((width // 2, 70), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=bold, fill=30, anchor="mm")
    draw.text((width // 2, 95), "Độc lập - Tự do - Hạnh phúc", font=regular, fill=30, anchor="mm")
    draw.text((width // 2, 160), title, font=bold, fill=20, anchor="mm")
    y = 220
    for line in lines:
        draw.text((90, y), line, font=regular, fill=35)
        draw.line((90 + 8 * len(line), y + 16, width - 90, y + 16), fill=150)
        scrawl = 90 + 8 * len(line) + 10
        while scrawl < width - 120 and rng.random() < 0.9:
            step = rng.randint(8, 22)
            draw.line((scrawl, y + 12 - rng.randint(0, 8), scrawl + step, y + 12 - rng.randint(0, 8)), fill=60, width=2)
            scrawl += step
        y += 42
    for _ in range(1500):  # the scanner's dust
        x, z = rng.randrange(width), rng.randrange(height)
        draw.point((x, z), fill=rng.randint(120, 200))
    return page.rotate(rng.uniform(-0.6, 0.6), fillcolor=238)


def scanned_form(title: str, lines: list[str], pages: int = 1, seed: int = 1) -> bytes:
    """A PDF of ``pages`` scanned A4 pages (each a JPEG photo of the page, as a scanner's "scan to PDF")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for number in range(pages):
        photo = io.BytesIO()
        _page(title if number == 0 else f"{title} (tiếp theo)", lines, seed + number).save(photo, "JPEG", quality=70)
        canvas.drawImage(ImageReader(io.BytesIO(photo.getvalue())), 0, 0, *A4)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def photo_of_paper(title: str, lines: list[str], seed: int = 7) -> bytes:
    """A JPEG of one paper (a phone's photo of a copy)."""
    out = io.BytesIO()
    _page(title, lines, seed).convert("RGB").save(out, "JPEG", quality=75)
    return out.getvalue()


def attach_demo_scans(session, code: str, when) -> None:
    """A dossier's papers scanned at intake: its form (2 pages) on component 1, a photo of the old birth paper on
    component 2."""
    lines = ["Họ, chữ đệm, tên người yêu cầu:", "Nơi cư trú:", "Giấy tờ tùy thân:", "Quan hệ với người được khai sinh:"]
    attach(
        session,
        code,
        "to-khai-dang-ky-lai-khai-sinh.pdf",
        scanned_form("TỜ KHAI ĐĂNG KÝ LẠI KHAI SINH", lines, pages=2),
        component=0,
        at=when,
    )
    attach(
        session,
        code,
        "giay-khai-sinh-cu.jpg",
        photo_of_paper("GIẤY KHAI SINH (BẢN SAO)", lines[:3]),
        component=1,
        at=when,
    )
