"""The welcome on follow, and the privacy notice shown before anything personal is asked.

On follow: two bubbles, who we are with 119/110 for emergencies, then the question; the rich
menu does the rest. The privacy notice comes with the first question about the person
concerned (who, where, how to be contacted), once per conversation.
"""

from __future__ import annotations

from bot.conversation import copy
from bot.conversation.messages import text
from bot.conversation.turn import Turn


def first_bubbles() -> list[dict]:
    """What goes before the question (the engine adds the question itself)."""
    return [text(copy.WELCOME)]


def privacy_notice_once(turn: Turn) -> None:
    if not turn.state.get("privacy_shown"):
        turn.state["privacy_shown"] = True
        turn.say(copy.PRIVACY_NOTICE)
