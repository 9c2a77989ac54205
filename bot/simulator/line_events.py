"""Webhook bodies exactly as LINE sends them, and their signature: for the simulator and tests."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time


def sign(channel_secret: str, body: bytes) -> str:
    """X-Line-Signature: Base64(HMAC-SHA256(channel secret, raw body))."""
    return base64.b64encode(hmac.new(channel_secret.encode(), body, hashlib.sha256).digest()).decode()


def new_event_id() -> str:
    # LINE's ids are 26-character ULIDs; uniqueness is what matters here.
    return "01" + secrets.token_hex(12).upper()


def _base(
    kind: str,
    user_id: str,
    *,
    reply_token: str | None,
    source: dict | None = None,
    timestamp_ms: int | None = None,
    redelivery: bool = False,
    event_id: str | None = None,
) -> dict:
    event = {
        "type": kind,
        "mode": "active",
        "timestamp": timestamp_ms if timestamp_ms is not None else int(time.time() * 1000),
        "source": source or {"type": "user", "userId": user_id},
        "webhookEventId": event_id or new_event_id(),
        "deliveryContext": {"isRedelivery": redelivery},
    }
    if reply_token:
        event["replyToken"] = reply_token
    return event


def text_event(user_id: str, text: str, reply_token: str | None = None, **kw) -> dict:
    event = _base("message", user_id, reply_token=reply_token, **kw)
    event["message"] = {
        "id": str(secrets.randbelow(10**17)),
        "type": "text",
        "quoteToken": secrets.token_urlsafe(16),
        "text": text,
    }
    return event


def location_event(
    user_id: str, latitude: float, longitude: float, address: str = "", reply_token: str | None = None, **kw
) -> dict:
    event = _base("message", user_id, reply_token=reply_token, **kw)
    event["message"] = {
        "id": str(secrets.randbelow(10**17)),
        "type": "location",
        "title": "位置情報",
        "address": address,
        "latitude": latitude,
        "longitude": longitude,
    }
    return event


def sticker_event(user_id: str, reply_token: str | None = None, **kw) -> dict:
    event = _base("message", user_id, reply_token=reply_token, **kw)
    event["message"] = {
        "id": str(secrets.randbelow(10**17)),
        "type": "sticker",
        "quoteToken": secrets.token_urlsafe(16),
        "packageId": "446",
        "stickerId": "1988",
        "stickerResourceType": "STATIC",
        "keywords": ["ok"],
    }
    return event


def image_event(user_id: str, reply_token: str | None = None, **kw) -> dict:
    event = _base("message", user_id, reply_token=reply_token, **kw)
    event["message"] = {
        "id": str(secrets.randbelow(10**17)),
        "type": "image",
        "quoteToken": secrets.token_urlsafe(16),
        "contentProvider": {"type": "line"},
    }
    return event


def postback_event(user_id: str, data: str, reply_token: str | None = None, **kw) -> dict:
    event = _base("postback", user_id, reply_token=reply_token, **kw)
    event["postback"] = {"data": data}
    return event


def follow_event(user_id: str, reply_token: str | None = None, **kw) -> dict:
    event = _base("follow", user_id, reply_token=reply_token, **kw)
    event["follow"] = {"isUnblocked": False}
    return event


def unfollow_event(user_id: str, **kw) -> dict:
    return _base("unfollow", user_id, reply_token=None, **kw)


def unsend_event(user_id: str, message_id: str, **kw) -> dict:
    event = _base("unsend", user_id, reply_token=None, **kw)
    event["unsend"] = {"messageId": message_id}
    return event


def group_text_event(group_id: str, user_id: str, text: str, reply_token: str | None = None, **kw) -> dict:
    return text_event(
        user_id, text, reply_token, source={"type": "group", "groupId": group_id, "userId": user_id}, **kw
    )


def body(*events: dict, destination: str = "Uchannelbot0000000000000000000000") -> bytes:
    return json.dumps({"destination": destination, "events": list(events)}, ensure_ascii=False).encode()
