"""Flex Messages where a card reads better than text: the summary before sending, the receipt,
a center found for the resident, an FAQ answer's link.

Each card's altText says the same in one line, because LINE shows only the altText in
notifications, in the chat list and on devices that cannot draw the card.

LINE's limits (Messaging API reference, https://developers.line.biz/en/reference/messaging-api/#flex-message
and #bubble, #button, #uri-action): altText at most 1500 characters (kept far shorter here);
a bubble's JSON at most 30 KB; a button's label at most 40 characters (20 in quick replies);
a URI at most 1000 characters, http, https, line or tel.
"""

from __future__ import annotations

from urllib.parse import quote

from bot.conversation import copy

MAX_ALT_TEXT = 400  # LINE allows 1500; a notification shows far less
INK = "#111111"
MUTED = "#444444"
ACCENT = "#0B5394"


def row(label: str, value: str) -> dict:
    return {
        "type": "box",
        "layout": "baseline",
        "spacing": "md",
        "contents": [
            {"type": "text", "text": label, "size": "md", "color": MUTED, "flex": 3, "wrap": True},
            {
                "type": "text",
                "text": value or "―",
                "size": "lg",
                "color": INK,
                "flex": 7,
                "wrap": True,
                "weight": "bold",
            },
        ],
    }


def uri_button(label: str, uri: str, primary: bool = False) -> dict:
    return {
        "type": "button",
        "style": "primary" if primary else "secondary",
        "height": "md",
        "action": {"type": "uri", "label": label[:40], "uri": uri},
        **({"color": ACCENT} if primary else {}),
    }


def bubble(title: str, rows: list[tuple[str, str]], buttons: list[dict] = (), note: str | None = None) -> dict:
    body = [
        {"type": "text", "text": title, "weight": "bold", "size": "xl", "color": INK, "wrap": True},
        {"type": "separator", "margin": "md"},
        {"type": "box", "layout": "vertical", "spacing": "md", "margin": "lg", "contents": [row(*r) for r in rows]},
    ]
    if note:
        body.append({"type": "text", "text": note, "size": "md", "color": INK, "wrap": True, "margin": "lg"})
    out = {"type": "bubble", "size": "mega", "body": {"type": "box", "layout": "vertical", "contents": body}}
    if buttons:
        out["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": list(buttons)}
    return out


def flex(alt_text: str, contents: dict) -> dict:
    return {"type": "flex", "altText": alt_text[:MAX_ALT_TEXT], "contents": contents}


def alt_of(title: str, rows: list[tuple[str, str]]) -> str:
    """「受け付けました。受付番号：A-12／相談：認知症／…」: the card in one line."""
    return title + "。" + "／".join(f"{label}：{value}" for label, value in rows if value)


def summary_rows(*, topics: str, center: str, contact: str, who: str | None) -> list[tuple[str, str]]:
    rows = [(copy.CARD_TOPIC, topics), (copy.CARD_CENTER, center), (copy.CARD_CONTACT, contact)]
    if who:
        rows.append((copy.CARD_WHO, who))
    return rows


def confirm_card(*, topics: str, center: str, contact: str, who: str | None, note: str | None = None) -> dict:
    """The summary shown before sending (the step's quick replies are added by the caller).

    `note` (what else may be typed here) is written under the rows and ends the altText.
    """
    rows = summary_rows(topics=topics, center=center, contact=contact, who=who)
    alt = alt_of(copy.CARD_CONFIRM_TITLE, rows) + (f"\n{note}" if note else "")
    return flex(alt, bubble(copy.CARD_CONFIRM_TITLE, rows, note=note))


def receipt_card(*, number: str, topics: str, center: str, contact: str, who: str | None) -> dict:
    rows = [(copy.CARD_NUMBER, number), *summary_rows(topics=topics, center=center, contact=contact, who=who)]
    return flex(alt_of(copy.CARD_RECEIPT_TITLE, rows), bubble(copy.CARD_RECEIPT_TITLE, rows))


def link_card(title: str, link: str) -> dict:
    """An FAQ answer's link as a button (the answer itself stays plain text above it)."""
    return flex(
        f"{title}：{link}"[:MAX_ALT_TEXT],
        {
            "type": "bubble",
            "size": "kilo",
            "body": {
                "type": "box",
                "layout": "vertical",
                "contents": [{"type": "text", "text": title, "wrap": True, "size": "md", "color": INK}],
            },
            "footer": {
                "type": "box",
                "layout": "vertical",
                "contents": [uri_button(copy.CARD_OPEN_LINK, link, primary=True)],
            },
        },
    )


def map_url(query: str) -> str:
    """A Google Maps search for a place (no API key needed)."""
    return "https://www.google.com/maps/search/?api=1&query=" + quote(query)


def tel_uri(phone: str) -> str | None:
    """tel: for a plain Japanese number (「043-245-4894」); None for a number with notes in it."""
    digits = "".join(c for c in phone if c.isdigit() or c == "#")
    return f"tel:{digits}" if 3 <= len(digits) <= 12 and all(c.isdigit() or c in "-#() " for c in phone) else None


def center_card(
    *,
    title: str,
    center: str,
    area: str | None,
    phone: str,
    phone_label: str,
    hours: str | None,
    map_query: str,
    number: str | None = None,
) -> dict:
    """A center found for the resident; `number` (the bare phone number) gets a call button."""
    rows = [(copy.CARD_CENTER, center)]
    if area:
        rows.append((copy.FIND_CARD_AREA, area))
    rows.append((phone_label, phone))
    if hours:
        rows.append((copy.FIND_CARD_HOURS, hours))
    buttons = []
    if number and (uri := tel_uri(number)):
        buttons.append(uri_button(copy.FIND_CARD_CALL, uri, primary=True))
    buttons.append(uri_button(copy.FIND_CARD_MAP, map_url(map_query)))
    return flex(alt_of(title, rows), bubble(title, rows, buttons))
