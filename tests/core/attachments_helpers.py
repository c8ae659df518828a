"""Files to attach in tests, made here (never a real person's papers): PDFs with ReportLab, images with Pillow."""

from __future__ import annotations

import io
import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def pdf(pages: int = 1, *, text: str = "Tờ khai", password: str = "", scan: bool = False, seed: int = 1) -> bytes:
    """A small PDF of ``pages`` pages; ``scan`` puts a noisy 150-dpi page image on each (a scanned paper,
    ~300 KB a page); ``password`` protects it."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, encrypt=password or None)
    for number in range(pages):
        if scan:
            page.drawImage(ImageReader(scanned_page(seed + number)), 0, 0, *A4)
        page.drawString(72, 760, f"{text} — trang {number + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def scanned_page(seed: int = 1, dpi: int = 150):
    """An A4 page as a scanner gives it: greyish paper, noise, lines of "text"."""
    from PIL import Image, ImageDraw

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    rng = random.Random(seed)
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    paper = Image.new("L", (width, height), 235)
    image = Image.blend(paper, noise, 0.12).convert("RGB")
    draw = ImageDraw.Draw(image)
    for line in range(40):
        y = 120 + line * 38
        x = 100
        while x < width - 150:
            word = rng.randint(20, 90)
            draw.rectangle((x, y, x + word, y + 14), fill=(40, 40, 45))
            x += word + rng.randint(10, 20)
    return image


def image(fmt: str = "JPEG", size: tuple[int, int] = (600, 800), *, mode: str = "RGB", seed: int = 2) -> bytes:
    from PIL import Image, ImageDraw

    picture = Image.new(mode, size, "white" if mode != "1" else 1)
    if mode == "RGB":
        draw = ImageDraw.Draw(picture)
        draw.rectangle((50, 50, size[0] - 50, 120 + seed), fill=(20, 30, 200))
    out = io.BytesIO()
    picture.save(out, fmt)
    return out.getvalue()
