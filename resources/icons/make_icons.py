"""Draw the application icon: ``motcua.svg`` and, with Pillow, ``motcua-48.png``, ``motcua-256.png``, ``motcua.ico``.

The mark: a red tile with a yellow seal ring; inside it an arched doorway ("cửa") standing on a
counter, with the figure "1" in it: one door for every procedure. The SVG and the bitmaps are drawn from
the same numbers below (a 256-unit square), so they match. Run it again after changing a number:

    .venv/bin/python resources/icons/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
RED = "#C62828"
YELLOW = "#FFCA28"

TILE = (8, 8, 248, 248, 52)  # x0, y0, x1, y1, corner radius
RING = (128, 128, 101, 9)  # cx, cy, radius (centre line), width
INNER_RING = (128, 128, 88, 3)
DOOR = (84, 76, 172, 186, 10)  # x0, top of the arch, x1, bottom, line width (outer edges);
# the arch is a half circle
COUNTER = (66, 186, 190, 198)  # the counter the door stands on
ONE = [  # the figure 1 in the doorway
    (121, 106),
    (137, 106),
    (137, 164),
    (149, 164),
    (149, 175),
    (109, 175),
    (109, 164),
    (121, 164),
    (121, 124),
    (108, 131),
    (108, 120),
]


def svg() -> str:
    x0, y0, x1, y1, r = TILE
    dx0, dtop, dx1, dbottom, w = DOOR
    radius = (dx1 - dx0 - w) / 2  # the stroke runs along the middle of the line
    arch_y = dtop + w / 2 + radius
    left, right = dx0 + w / 2, dx1 - w / 2
    cx0, cy0, cx1, cy1 = COUNTER
    one = " ".join(f"{x},{y}" for x, y in ONE)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Một Cửa</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{RED}"/>
  <circle cx="{RING[0]}" cy="{RING[1]}" r="{RING[2]}" fill="none" stroke="{YELLOW}" stroke-width="{RING[3]}"/>
  <circle cx="{INNER_RING[0]}" cy="{INNER_RING[1]}" r="{INNER_RING[2]}" fill="none" stroke="{YELLOW}" \
stroke-width="{INNER_RING[3]}"/>
  <path d="M{left},{dbottom} V{arch_y} A{radius},{radius} 0 0 1 {right},{arch_y} V{dbottom}" fill="none" \
stroke="{YELLOW}" stroke-width="{w}"/>
  <rect x="{cx0}" y="{cy0}" width="{cx1 - cx0}" height="{cy1 - cy0}" rx="3" fill="{YELLOW}"/>
  <polygon points="{one}" fill="{YELLOW}"/>
</svg>
"""


def bitmap(size: int) -> Image.Image:
    """The icon at ``size`` pixels: drawn 8 times larger, then reduced (smooth edges)."""
    k = size * 8 / 256
    big = Image.new("RGBA", (size * 8, size * 8), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)

    def box(x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [x0 * k, y0 * k, x1 * k, y1 * k]

    x0, y0, x1, y1, r = TILE
    draw.rounded_rectangle(box(x0, y0, x1, y1), radius=r * k, fill=RED)
    for cx, cy, radius, width in (RING, INNER_RING):
        outer = radius + width / 2
        draw.ellipse(box(cx - outer, cy - outer, cx + outer, cy + outer), outline=YELLOW, width=round(width * k))
    dx0, dtop, dx1, dbottom, w = DOOR
    half = (dx1 - dx0) / 2
    draw.arc(box(dx0, dtop, dx1, dtop + 2 * half), 180, 360, fill=YELLOW, width=round(w * k))
    draw.rectangle(box(dx0, dtop + half, dx0 + w, dbottom), fill=YELLOW)
    draw.rectangle(box(dx1 - w, dtop + half, dx1, dbottom), fill=YELLOW)
    cx0, cy0, cx1, cy1 = COUNTER
    draw.rounded_rectangle(box(cx0, cy0, cx1, cy1), radius=3 * k, fill=YELLOW)
    draw.polygon([(x * k, y * k) for x, y in ONE], fill=YELLOW)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    (HERE / "motcua.svg").write_text(svg(), encoding="utf-8")
    for size in (48, 256):
        bitmap(size).save(HERE / f"motcua-{size}.png", optimize=True)
    sizes = [16, 24, 32, 48, 64, 128, 256]
    bitmap(256).save(HERE / "motcua.ico", sizes=[(s, s) for s in sizes], append_images=[bitmap(s) for s in sizes[:-1]])
    print("motcua.svg, motcua-48.png, motcua-256.png, motcua.ico")


if __name__ == "__main__":
    main()
