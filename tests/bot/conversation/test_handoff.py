"""Abuse on the case (bot/conversation/handoff.py): possible abuse restricts the case; only abuse told
(the topic model's abuse score cleared its threshold, or the resident chose the topic) makes it urgent
and brings in the ward's 高齢障害支援課, at intake and after the handoff alike.

The topic model's reading of each message is set by a stand-in over the real triage, so that these
tests are about the rule, not about what a retrained model says of a sentence. The sentences raise no
alarm of their own: what urgency the case gets comes from the abuse rule alone.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.conversation import copy
from bot.conversation.engine import Conversation
from tests.bot.conversation.chat import Chat

TAKASU = "美浜区高洲3丁目に住む父のことです。"
# Read as abuse only because every topic fell short and abuse came first.
VAGUE_FAMILY = "このごろ、父と兄のあいだの空気がどうも気になっています"
# Read as abuse (the score cleared the threshold), though not confidently: another topic is a near miss.
MONEY_TAKEN = "同居している兄が、父の年金を勝手に引き出して使っているようです"
ORDINARY = "父は介護サービスを使ってみたいと言っています"
LATER_GUESSED = "兄のことでも、また相談させてください"
LATER_TOLD = "兄が父の通帳を預かったまま返してくれないと、父がこぼしています"
LATER_GUESSED_DEMENTIA = "父は最近、同じことを何度も聞いてきます"

GUESSED_ABUSE = dict(
    topics=["abuse"], topics_guessed=True, confident=False, candidates=["abuse", "caregiver_support", "dementia"]
)
TOLD_ABUSE = dict(
    topics=["abuse"], topics_guessed=False, confident=False, candidates=["abuse", "guardianship", "consumer_fraud"]
)
STAND_IN = {
    VAGUE_FAMILY: GUESSED_ABUSE,
    MONEY_TAKEN: TOLD_ABUSE,
    ORDINARY: dict(topics=["care_services"], topics_guessed=False, confident=True),
    LATER_GUESSED: GUESSED_ABUSE,
    LATER_TOLD: TOLD_ABUSE,
    LATER_GUESSED_DEMENTIA: dict(topics=["dementia"], topics_guessed=True, confident=False),
}


class NoFaqAnswer:
    def best(self, text, topics=None):
        return None


@pytest.fixture(scope="module")
def stand_in(conversation_deps):
    real = conversation_deps.triage

    def triage(text: str):
        result = real(text)
        # The newest phrase decides (the intake reads the whole worry so far).
        found = [(text.rfind(phrase), fields) for phrase, fields in STAND_IN.items() if phrase in text]
        return dataclasses.replace(result, **max(found, key=lambda f: f[0])[1]) if found else result

    return Conversation(dataclasses.replace(conversation_deps, triage=triage, faq=NoFaqAnswer()))


@pytest.fixture
def resident(stand_in, session_factory) -> Chat:
    return Chat(stand_in, session_factory)


def hand_off(chat: Chat, worry: str):
    chat.say(TAKASU + worry)
    chat.tap(copy.CONNECT)
    chat.tap(copy.AGREE)
    chat.tap(copy.SEND)
    return chat.case()


def restriction_entries(chat: Chat) -> int:
    return sum(1 for e in chat.entries() if e.kind == "safety" and (e.data or {}).get("restricted"))


# ---- at intake ----------------------------------------------------------------------------------


def test_abuse_guessed_at_intake_restricts_the_case_but_neither_raises_it_nor_brings_in_the_ward(resident):
    case = hand_off(resident, VAGUE_FAMILY)
    assert case.topics == ["abuse"] and case.restricted
    assert case.urgency == "routine" and case.oversight_destination_id is None


def test_abuse_over_its_threshold_but_not_confident_is_told_urgent_and_seen_by_the_ward(resident):
    case = hand_off(resident, MONEY_TAKEN)
    assert case.restricted and case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"


def test_abuse_the_resident_chose_from_the_topic_menu_is_told_though_the_model_only_guessed_it(resident):
    resident.say(VAGUE_FAMILY)  # no place: the topic menu is asked
    assert resident.question() == copy.CLARIFY_TOPIC
    resident.tap(copy.TOPIC_NAMES["abuse"])
    resident.tap(copy.CONNECT)
    assert resident.question() == copy.ASK_ADDRESS
    resident.say("美浜区高洲3丁目です")
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    case = resident.case()
    assert case.topics == ["abuse"] and case.restricted
    assert case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"


def test_a_case_with_no_abuse_topic_stays_open_to_the_whole_center(resident):
    case = hand_off(resident, ORDINARY)
    assert not case.restricted and case.urgency == "routine" and case.oversight_destination_id is None


# ---- after the handoff --------------------------------------------------------------------------


def test_abuse_guessed_after_the_handoff_restricts_the_case_without_labelling_or_raising_it(resident):
    hand_off(resident, ORDINARY)
    resident.say(LATER_GUESSED)
    case = resident.case()
    assert case.restricted and "abuse" not in case.topics
    assert case.urgency == "routine" and case.oversight_destination_id is None
    assert restriction_entries(resident) == 1


def test_abuse_told_after_the_handoff_completes_a_case_restricted_for_possible_abuse(resident):
    hand_off(resident, VAGUE_FAMILY)
    resident.say(LATER_TOLD)
    case = resident.case()
    assert case.restricted and case.topics == ["abuse"]
    assert case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"
    assert restriction_entries(resident) == 1


def test_abuse_told_again_after_the_handoff_changes_nothing_more(resident):
    hand_off(resident, MONEY_TAKEN)
    resident.say(LATER_TOLD)
    resident.say(LATER_GUESSED)
    case = resident.case()
    assert case.topics == ["abuse"] and case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"
    assert restriction_entries(resident) == 0  # restricted at intake; nothing to add


def test_another_topic_guessed_after_the_handoff_does_not_restrict_the_case(resident):
    hand_off(resident, ORDINARY)
    resident.say(LATER_GUESSED_DEMENTIA)
    case = resident.case()
    assert not case.restricted and case.urgency == "routine"
