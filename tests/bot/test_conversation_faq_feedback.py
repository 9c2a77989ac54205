"""A resident's 役に立った／立たなかった counts once per answer and conversation, end to end."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.conversation import copy
from bot.simulator import line_events
from knowledge.models import FaqEntry, FaqFeedback
from tests.bot.test_conversation import last_text, user_row

QUESTION = "介護保険の申請のしかたを教えてください"


def votes(session_factory, entry_id: int) -> tuple[int, int, int]:
    """(役に立った, 役に立たなかった, stored votes) of one FAQ entry."""
    with session_factory() as session:
        entry = session.get(FaqEntry, entry_id)
        rows = session.scalar(select(func.count()).select_from(FaqFeedback).where(FaqFeedback.entry_id == entry_id))
        return entry.helpful_count, entry.unhelpful_count, rows


def test_the_same_answer_voted_twice_in_one_conversation_counts_once_and_a_changed_mind_replaces_it(
    resident, session_factory
):
    assert last_text(resident.say(QUESTION)) == copy.ASK_HELPFUL
    entry_id = user_row(session_factory, resident.user_id).state["faq_entry_id"]
    helpful, unhelpful, rows = votes(session_factory, entry_id)

    yes = line_events.postback_event(resident.user_id, resident.button(copy.YES)["data"], resident.token())
    before = len(resident.received())
    resident.post(yes)
    assert last_text(resident._answer_after(before)) in copy.OFFER_HANDOFF.values()
    resident.post({**yes, "deliveryContext": {"isRedelivery": True}})  # LINE sends the same event again
    assert last_text(resident.say(QUESTION)) == copy.ASK_HELPFUL  # the same answer shown again
    assert user_row(session_factory, resident.user_id).state["faq_entry_id"] == entry_id
    resident.tap(copy.YES)
    assert votes(session_factory, entry_id) == (helpful + 1, unhelpful, rows + 1)

    resident.say(QUESTION)
    resident.tap(copy.NO)  # changed their mind
    assert votes(session_factory, entry_id) == (helpful, unhelpful + 1, rows + 1)


def test_a_new_conversation_votes_anew(resident, session_factory):
    assert last_text(resident.say(QUESTION)) == copy.ASK_HELPFUL
    entry_id = user_row(session_factory, resident.user_id).state["faq_entry_id"]
    helpful, unhelpful, rows = votes(session_factory, entry_id)
    resident.tap(copy.YES)
    resident.tap(copy.NO_NEED)  # the conversation ends
    assert last_text(resident.say(QUESTION)) == copy.ASK_HELPFUL
    resident.tap(copy.YES)
    assert votes(session_factory, entry_id) == (helpful + 2, unhelpful, rows + 2)
