"""Draws the rich menu image from the menu's own words: large plain labels, high contrast.

The font is Noto Sans CJK JP Bold from the `noto-cjk-sans-jp-bold` wheel (a dependency in
pyproject.toml), so the release phase can draw the image with nothing installed by hand.
The committed rendering is docs/richmenu.png (`intake line richmenu render docs/richmenu.png`).
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from bot.richmenu.layout import HEIGHT, WIDTH, Area, areas

INK = (17, 17, 17)  # near black on white: contrast about 18:1
PAPER = (255, 255, 255)
URGENT_PAPER = (176, 0, 32)  # dark red with white: contrast about 7:1 (WCAG AAA for large text)
URGENT_INK = (255, 255, 255)
RULE = (90, 90, 90)
RULE_WIDTH = 12
MAX_FONT_PX = 190
MARGIN = 0.06  # of an area's width, on each side


@lru_cache(maxsize=1)
def font_path() -> str:
    from noto_cjk_sans_jp_bold import FONT_PATH

    return str(FONT_PATH)


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), size)


def label_size(items: list[Area]) -> int:
    """One type size for every label: the largest at which the longest label fits its area."""
    size = MAX_FONT_PX
    for area in items:
        room = area.width * (1 - 2 * MARGIN)
        while size > 40 and font(size).getlength(area.label) > room:
            size -= 5
    return size


def render_image(items: list[Area] | None = None) -> Image.Image:
    """The menu image of `items` (default: the menu's areas, labelled from the bot's copy)."""
    items = areas() if items is None else items
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    type_face = font(label_size(items))
    for area in items:
        box = (area.x, area.y, area.x + area.width - 1, area.y + area.height - 1)
        draw.rectangle(box, fill=URGENT_PAPER if area.urgent else PAPER, outline=RULE, width=RULE_WIDTH)
        centre = (area.x + area.width / 2, area.y + area.height / 2)
        draw.text(centre, area.label, font=type_face, fill=URGENT_INK if area.urgent else INK, anchor="mm")
    return image


def render_png() -> bytes:
    buffer = io.BytesIO()
    render_image().save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
