"""Driving the real intake conversation to a case, as a resident would, by reading the bot's buttons."""

from __future__ import annotations

from bot.conversation import copy
from tests.support import LineUserSim


def last_text(answers: list[dict]) -> str:
    texts = [m.get("text", "") for m in answers if m.get("type") == "text"]
    return texts[-1] if texts else ""


def chat_to_a_case(resident: LineUserSim, worry: str, address: str, max_turns: int = 20) -> list[str]:
    """Tell the worry, then answer every question until the bot says the case was accepted."""
    answers = resident.say(worry)
    for _ in range(max_turns):
        if any(m.get("altText", "").startswith(copy.CARD_RECEIPT_TITLE) for m in answers):  # the receipt card
            return resident.texts()
        question = last_text(answers)
        labels = [item["action"].get("label") for item in resident.quick_replies()]
        if question == copy.SAFETY_QUESTION:
            # A worry with a sign the detector is unsure of; nobody's life is in danger right now,
            # and the resident wants the center: one tap answers both.
            answers = resident.tap(copy.SAFETY_NO_CONNECT if copy.SAFETY_NO_CONNECT in labels else copy.SAFETY_NO)
        elif question.startswith(copy.CONFIRM_TOWN.split("「")[0]):
            answers = resident.tap(copy.YES)
        elif question == copy.ASK_ADDRESS or question == copy.ADDRESS_NOT_FOUND:
            answers = resident.say(address)
        elif copy.SEND in labels:
            answers = resident.tap(copy.SEND)
        elif copy.AGREE in labels:
            answers = resident.tap(copy.AGREE)
        elif copy.CONNECT in labels:
            answers = resident.tap(copy.CONNECT)
        elif copy.TOPIC_NAMES["dementia"] in labels:
            answers = resident.tap(copy.TOPIC_NAMES["dementia"])
        elif any(label and label.endswith("丁目") for label in labels):
            answers = resident.tap(next(label for label in labels if label.endswith("丁目")))
        else:
            raise AssertionError(f"the test does not know how to answer {question!r} with buttons {labels}")
    raise AssertionError(f"no case after {max_turns} turns: {resident.texts()}")
