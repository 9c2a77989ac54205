"""The FAQ's answer to a worry, as the conversation says it, and the one sentence that shows the worry
was heard: used by the steps (bot/conversation/steps.py) and by the alarms (bot/conversation/safety.py),
which both import this module (neither imports the other for it).
"""

from __future__ import annotations

import re

from bot.conversation import cards, copy
from bot.conversation.turn import Reply, Turn
from knowledge.retrieval import harm_received

# The newest characters of a worry that are read (triage, retrieval).
READ_CHARS = 1000


def heard(turn: Turn) -> list[str]:
    """One short sentence that shows the worry was heard, said once per conversation."""
    if turn.state.get("heard"):
        return []
    turn.state["heard"] = True
    return [copy.HEARD[heard_key(turn.state)]]


FORM_WORDS = re.compile(r"申請|手続|てつづき|書類|しょるい|書き方|かきかた|用紙|届け出|届出|必要なもの|何が必要")
EXHAUSTED_WORDS = re.compile(
    r"限界|げんかい|疲れ|つかれ|もう無理|むり|眠れ|ねむれ|つらい|辛い|しんどい|きつい|イライラ|いらいら|倒れそう"
)


def heard_key(state: dict) -> str:
    worry = state.get("worry", "")
    topics = state.get("topics", [])
    if state.get("crisis"):
        return "crisis"
    if state.get("urgency") == "emergency":
        return "emergency"
    if "abuse" in topics or harm_received(worry):
        # Hurtful words or blows received (「息子にひどいことを言われてつらい」): told by the one hurt, or for them,
        # not by a carer at the end of their tether, whatever topic the model guessed.
        return "abuse"
    if "caregiver_support" in topics and EXHAUSTED_WORDS.search(worry):
        return "carer_exhausted"
    if state.get("urgency") == "urgent":
        return "urgent"
    if FORM_WORDS.search(worry) and set(topics) & {"care_services", "guardianship", "end_of_life", "other"}:
        return "form"
    return topics[0] if topics and topics[0] in copy.HEARD else "other"


def answer_from_faq(turn: Turn, worry: str, topics: list[str]) -> Reply | None:
    match = turn.deps.faq.best(worry[-READ_CHARS:], topics)
    if match is None:
        return None
    turn.state["faq_entry_id"] = match.entry_id
    turn.state["faq_slug"] = match.slug
    bubbles = bubbles_of(match.answer)
    turn.note(
        "bot_message",
        "\n".join(bubbles + ([match.link] if match.link else [])),
        faq=match.slug,
        question=match.question,
    )
    turn.faq_shown.append(match.slug)
    link = [cards.link_card(match.question, match.link)] if match.link else []  # the FAQ's link as a button
    return Reply(say=[*heard(turn), *bubbles, *link], next="offer_handoff")


def bubbles_of(answer: str, limit: int = 120) -> list[str]:
    """An FAQ answer (up to ~300 characters) as bubbles of at most `limit`, cut between sentences."""
    sentences = [s for s in re.split(r"(?<=[。！？\n])", answer) if s.strip()]
    bubbles: list[str] = []
    for sentence in sentences:
        sentence = sentence.strip()
        if bubbles and len(bubbles[-1]) + len(sentence) <= limit:
            bubbles[-1] += sentence
        else:
            bubbles.extend(sentence[i : i + limit] for i in range(0, len(sentence), limit))
    return bubbles
