"""The topic menu 「ご相談は、どれに近いですか？」: only for a vague worry, never for a person's situation in a
known place (issue 17 item 2: every question costs a resident).

Everything here is real: triage, FAQ, router and database. The worries below are ones neither the FAQ
nor the topic model is sure of, as each test first checks (tests/bot/conversation/readings.py): what
decides is then what the worry says, a place in the city and someone's situation in it, or not. A
retrained model or an edited knowledge base that is sure of one fails the test by name: pick another
sentence of the same kind.
"""

from __future__ import annotations

import pytest

from bot.conversation import copy
from tests.bot.conversation.chat import Chat
from tests.bot.conversation.readings import faq_sure_of, read_as

# Whose (父) and a situation (sleepless nights), in a town of the city.
SAIWAICHO_WORRY = "美浜区幸町1丁目の父が、このごろ夜あまり眠れていないようです"
# A place and a situation, but not whose (no 母・父, nor 私).
SAIWAICHO_ALONE = "美浜区幸町1丁目に一人で住んでいて、最近なんだか落ち着きません"


def placeless(deps, text: str, *, situation: bool):
    """The precondition: the topic model is not confident and the FAQ has no sure answer; with
    `situation`, the model still reads some topic in it (the worry tells of something)."""
    r = read_as(deps, text, "not confident, no alarm", confident=False, urgency="routine", safety_uncertain=False)
    faq_sure_of(deps, text, None)
    if situation:
        assert r.topics and "other" not in r.topics, f"precondition: {text!r} is read as {r.topics}; pick another"
    return r


@pytest.fixture
def resident(conversation, session_factory) -> Chat:
    return Chat(conversation, session_factory)


def test_a_worry_naming_the_place_and_the_person_goes_to_the_connect_question_without_the_menu(
    conversation_deps, resident
):
    placeless(conversation_deps, SAIWAICHO_WORRY, situation=True)
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


def test_the_topic_models_guesses_stay_on_the_case_for_staff_and_statistics(conversation_deps, resident):
    read = placeless(conversation_deps, SAIWAICHO_WORRY, situation=True)
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


def test_a_worry_naming_the_place_and_a_situation_but_not_whose_also_skips_the_menu(conversation_deps, resident):
    # A place with what the topic model reads as a situation (no 母・父, nor 私) is bound for a person too.
    placeless(conversation_deps, SAIWAICHO_ALONE, situation=True)
    resident.say(SAIWAICHO_ALONE)
    assert resident.question() == copy.OFFER_HANDOFF["center"]


@pytest.mark.parametrize(
    "vague",
    [
        "最近ちょっと困っています",  # nothing but trouble
        "父のことで困っています",  # whose worry, but no place and no situation
        "住所は若葉区です",  # a place, but no worry in it
    ],
)
def test_a_vague_message_still_gets_the_topic_menu(conversation_deps, resident, vague):
    placeless(conversation_deps, vague, situation=False)
    resident.say(vague)
    assert resident.question() == copy.CLARIFY_TOPIC
    assert copy.NONE_OF_THESE in resident.buttons()
