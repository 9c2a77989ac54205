"""The rich menu: four large areas, each sending a postback the conversation understands.

LINE's limits, from the Messaging API reference, "Rich menu object" and "Upload rich menu image"
(https://developers.line.biz/en/reference/messaging-api/#rich-menu-object,
https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image) and
"Use rich menus" (https://developers.line.biz/en/docs/messaging-api/using-rich-menus/):
size 2500x1686 or 2500x843 px; image JPEG or PNG of at most 1 MB; at most 20 areas;
chatBarText at most 14 characters; name at most 300; a postback's data at most 300 characters
and its displayText at most 300 (https://developers.line.biz/en/reference/messaging-api/#postback-action).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from bot.conversation import copy

WIDTH, HEIGHT = 2500, 1686
ALLOWED_SIZES = ((2500, 1686), (2500, 843))
MAX_IMAGE_BYTES = 1024 * 1024
MAX_AREAS = 20
MAX_CHAT_BAR_TEXT = 14
MAX_NAME = 300
MAX_POSTBACK_DATA = 300

# Postback data of the menu: plain (not signed), because a rich menu is not tied to a step; the
# conversation reads it in any step (bot/conversation/menu.py).
MENU_PREFIX = "menu:"
CONSULT, FAQ, FIND, URGENT = "menu:consult", "menu:faq", "menu:find", "menu:urgent"
NAME_PREFIX = "anshin-intake"


@dataclass(frozen=True)
class Area:
    label: str
    data: str
    x: int
    y: int
    width: int
    height: int
    urgent: bool = False
    # LINE opens the keyboard after the tap where the next thing to do is to type.
    input_option: str | None = None

    @property
    def bounds(self) -> dict:
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height}


def areas() -> list[Area]:
    """A 2x2 grid: 相談する | よくある質問 / センターをさがす | 急いでいるとき."""
    w, h = WIDTH // 2, HEIGHT // 2
    return [
        Area(copy.RICHMENU_CONSULT, CONSULT, 0, 0, w, h, input_option="openKeyboard"),
        Area(copy.RICHMENU_FAQ, FAQ, w, 0, WIDTH - w, h),
        Area(copy.RICHMENU_FIND, FIND, 0, h, w, HEIGHT - h, input_option="openKeyboard"),
        Area(copy.RICHMENU_URGENT, URGENT, w, h, WIDTH - w, HEIGHT - h, urgent=True),
    ]


def menu_object(name: str) -> dict:
    """The rich menu object as LINE takes it (without the image)."""
    out = []
    for area in areas():
        action = {"type": "postback", "label": area.label, "data": area.data, "displayText": area.label}
        if area.input_option:
            action["inputOption"] = area.input_option
        out.append({"bounds": area.bounds, "action": action})
    return {
        "size": {"width": WIDTH, "height": HEIGHT},
        "selected": True,
        "name": name,
        "chatBarText": copy.RICHMENU_CHAT_BAR,
        "areas": out,
    }


def problems(menu: dict, image: bytes) -> list[str]:
    """What LINE would refuse in this menu and image; empty when both are acceptable."""
    found = []
    size = (menu["size"]["width"], menu["size"]["height"])
    if size not in ALLOWED_SIZES:
        found.append(f"size {size} is not one of {ALLOWED_SIZES}")
    if not 1 <= len(menu["chatBarText"]) <= MAX_CHAT_BAR_TEXT:
        found.append("chatBarText must be 1..14 characters")
    if len(menu["name"]) > MAX_NAME:
        found.append("name longer than 300 characters")
    if not 1 <= len(menu["areas"]) <= MAX_AREAS:
        found.append("1..20 areas")
    for area in menu["areas"]:
        b = area["bounds"]
        if b["x"] < 0 or b["y"] < 0 or b["x"] + b["width"] > size[0] or b["y"] + b["height"] > size[1]:
            found.append(f"area {b} outside the menu")
        if len(area["action"].get("data", "")) > MAX_POSTBACK_DATA:
            found.append("postback data longer than 300 characters")
    if len(image) > MAX_IMAGE_BYTES:
        found.append(f"image of {len(image)} bytes is over 1 MB")
    return found


def versioned_name(image: bytes) -> str:
    """The menu's name carries a digest of its layout and image: the same menu is never created twice."""
    digest = hashlib.sha256(json.dumps(menu_object(""), sort_keys=True, ensure_ascii=False).encode() + image)
    return f"{NAME_PREFIX} {digest.hexdigest()[:16]}"
