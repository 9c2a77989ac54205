"""The welcome on follow, and the privacy notice shown before anything personal is asked.

On follow: two bubbles, who we are with 119/110 for emergencies, then the question; the rich
menu does the rest. The privacy notice comes when the resident chooses to
consult a center, before the first thing is collected for the case (the address, or consent),
once per conversation.
"""

from __future__ import annotations

from bot.conversation import copy
from bot.conversation.messages import text
from bot.conversation.turn import Turn


def first_bubbles() -> list[dict]:
    """What goes before the question (the engine adds the question itself)."""
    return [text(copy.WELCOME)]


def privacy_notice_once(turn: Turn) -> list[str]:
    """The notice to say now (for a Reply), or nothing when it was said in this conversation."""
    if turn.state.get("privacy_shown"):
        return []
    turn.state["privacy_shown"] = True
    return [copy.PRIVACY_NOTICE]
