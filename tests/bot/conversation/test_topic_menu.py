"""The topic menu 「ご相談は、どれに近いですか？」: only for a vague worry, never for a person's situation in a
known place (issue 17 item 2: every question costs a resident).

Here neither the FAQ nor the topic model is ever sure (a stand-in over the real triage), so what
decides is what the worry says: a place in the city and someone's situation in it, or not.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.conversation import copy
from bot.conversation.engine import Conversation
from tests.bot.conversation.chat import Chat

SAIWAICHO_WORRY = "美浜区幸町1丁目の父が最近ふらついて転びそうで心配です"


class NoFaqAnswer:
    def best(self, text, topics=None):
        return None


@pytest.fixture(scope="module")
def unsure(conversation_deps):
    real = conversation_deps.triage

    def triage(text: str):
        return dataclasses.replace(real(text), confident=False)

    return Conversation(dataclasses.replace(conversation_deps, triage=triage, faq=NoFaqAnswer())), real


@pytest.fixture
def resident(unsure, session_factory) -> Chat:
    return Chat(unsure[0], session_factory)


def test_a_worry_naming_the_place_and_the_person_goes_to_the_connect_question_without_the_menu(resident):
    resident.say(SAIWAICHO_WORRY)
    assert copy.CLARIFY_TOPIC not in resident.texts()
    assert resident.question() == copy.OFFER_HANDOFF["center"]
    assert resident.buttons() == [copy.CONNECT, copy.NOT_NOW_BUTTON]
    resident.tap(copy.CONNECT)
    assert resident.question().startswith(copy.ASK_CONSENT.split("{")[0])  # the place was named: no address asked
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    case = resident.case()
    assert case.destination_id == "saiwaicho" and case.relation == "family"
    assert resident.sent == 4


def test_the_topic_models_guesses_stay_on_the_case_for_staff_and_statistics(unsure, resident):
    read = unsure[1](SAIWAICHO_WORRY)
    resident.say(SAIWAICHO_WORRY)
    resident.tap(copy.CONNECT)
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    case = resident.case()
    assert case.topics == list(read.topics)
    assert case.triage["confident"] is False and case.triage["candidates"] == list(read.candidates)
    notes = [e for e in resident.entries() if e.kind == "intake_choice" and e.data.get("candidates") is not None]
    assert len(notes) == 1
    assert notes[0].data["candidates"] == [t for t in read.candidates if t != "other"]
    assert copy.TOPIC_NAMES[read.candidates[0]] in notes[0].body


def test_a_worry_naming_the_place_and_a_situation_but_not_whose_also_skips_the_menu(resident):
    # A place with what the topic model reads as a situation (no 母・父, nor 私) is bound for a person too.
    resident.say("美浜区幸町1丁目で一人暮らしをしていますが、最近ふらつきます")
    assert resident.question() == copy.OFFER_HANDOFF["center"]


@pytest.mark.parametrize(
    "vague",
    [
        "最近ちょっと困っています",  # nothing but trouble
        "父のことで困っています",  # whose worry, but no place and no situation
        "住所は若葉区です",  # a place, but no worry in it
    ],
)
def test_a_vague_message_still_gets_the_topic_menu(resident, vague):
    resident.say(vague)
    assert resident.question() == copy.CLARIFY_TOPIC
    assert copy.NONE_OF_THESE in resident.buttons()
