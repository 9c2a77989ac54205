"""Building LINE message objects: text bubbles with quick-reply buttons, signed postbacks."""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, Signer


@dataclass(frozen=True)
class Button:
    label: str
    value: str = ""  # postback value; empty for message and location buttons
    text: str | None = None  # message action: sent as if typed
    location: bool = False


class PostbackCodec:
    """Postback data carries the step it belongs to and the conversation's version, signed.

    A button from an earlier step (LINE keeps old buttons tappable forever) is recognised
    as stale, and a forged one is refused.
    """

    def __init__(self, secret: str):
        self._signer = Signer(secret, salt="intake-postback", digest_method=__import__("hashlib").sha256)

    def encode(self, step: str, version: int, value: str) -> str:
        return self._signer.sign(f"{step}|{version}|{value}").decode()

    def decode(self, data: str) -> tuple[str, int, str] | None:
        try:
            raw = self._signer.unsign(data.encode()).decode()
            step, version, value = raw.split("|", 2)
            return step, int(version), value
        except (BadSignature, ValueError, UnicodeError):
            return None


def text(body: str) -> dict:
    return {"type": "text", "text": body}


def with_buttons(message: dict, buttons: list[Button], codec: PostbackCodec, step: str, version: int) -> dict:
    items = []
    for button in buttons[:13]:
        if button.location:
            action = {"type": "location", "label": button.label}
        elif button.text is not None:
            action = {"type": "message", "label": button.label, "text": button.text}
        else:
            action = {
                "type": "postback",
                "label": button.label,
                "data": codec.encode(step, version, button.value),
                "displayText": button.label,
            }
        items.append({"type": "action", "action": action})
    return {**message, "quickReply": {"items": items}} if items else message
