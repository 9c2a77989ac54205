"""Abuse on the case (bot/conversation/handoff.py): possible abuse restricts the case; only abuse told
(the topic model's abuse score cleared its threshold, or the resident chose the topic) makes it urgent
and brings in the ward's 高齢障害支援課, at intake and after the handoff alike.

Everything here is real: triage, FAQ, router and database; the resident taps the buttons the bot
offers. Each test first checks how the real triage reads its sentences (readings.py `read_as`), so that a
retrained model reading one differently fails the test by name instead of testing nothing; then pick
another sentence of the same kind. None of the sentences raises an alarm of its own: what urgency the
case gets comes from the abuse rule alone.
"""

from __future__ import annotations

import uuid

import pytest

from bot.conversation import copy
from cases import service as cases
from cases.models import Case
from core.db import transaction
from tests.bot.conversation.chat import Chat
from tests.bot.conversation.readings import has, lacks, read_as
from workspace.staff import service as staff

TAKASU = "美浜区高洲3丁目に住む父のことです。"
# Family tension without an act: abuse comes first among topics that all fall short.
HARSH_WORDS = "兄が父にきつい言い方をするのが気になります"
# Money taken: abuse clears its threshold by far.
PENSION_TAKEN = "兄が父の年金を取り上げて、父はお金を一円も持たせてもらえません"
# Abuse clears its threshold, with guardianship a near miss: told, though the model is not confident.
PASSBOOK_KEPT = "兄が父の通帳を預かったまま返してくれないと、父がこぼしています"
ORDINARY = "父は介護サービスを使ってみたいと言っています"
# Looks like HARSH_WORDS, but the model's guess is another topic (must not restrict).
MANNER_NOTICED = "兄の父への態度が、ときどき気になります"
LATER_TOLD = "同居している兄が、父の年金を勝手に引き出して使っているようです"


# The precondition of a test: how the real triage reads a sentence (tests/bot/conversation/readings.py `read_as`), and
# never with an alarm of its own. "guessed abuse": abuse alone, as the best of topics that all fell short; "told abuse":
# abuse among topics that cleared their thresholds; "guessed other": a guess that is not abuse; "no abuse".
NO_ALARM = {"urgency": "routine", "crisis": False, "safety_uncertain": False}
GUESSED_ABUSE = {"topics": ["abuse"], "topics_guessed": True, **NO_ALARM}
TOLD_ABUSE = {"topics": has("abuse"), "topics_guessed": False, **NO_ALARM}
GUESSED_OTHER = {"topics": lacks("abuse"), "topics_guessed": True, **NO_ALARM}
NO_ABUSE = {"topics": lacks("abuse"), **NO_ALARM}


@pytest.fixture
def resident(conversation, session_factory) -> Chat:
    return Chat(conversation, session_factory)


def hand_off(chat: Chat, worry: str) -> Case:
    """A worry naming the place, then the buttons offered (the FAQ may answer first; the button stays)."""
    chat.say(TAKASU + worry)
    chat.tap(copy.CONNECT)
    chat.tap(copy.AGREE)
    chat.tap(copy.SEND)
    case = chat.case()
    assert case is not None and case.destination_id == "takasu", chat.texts(chat.history)
    return case


def restriction_entries(chat: Chat) -> int:
    return sum(1 for e in chat.entries() if e.kind == "safety" and (e.data or {}).get("restricted"))


def staff_label(session_factory, case: Case, topics: list[str], urgency: str) -> None:
    with transaction(session_factory) as session:
        member = staff.create(
            session,
            login="abuse-" + uuid.uuid4().hex[:8],
            password="correct horse battery",
            role="center_staff",
            destination_id="takasu",
        )
        cases.correct_labels(session, session.get(Case, case.id), member, topics, urgency)


# ---- at intake ----------------------------------------------------------------------------------


def test_abuse_guessed_at_intake_restricts_the_case_but_neither_raises_it_nor_brings_in_the_ward(
    conversation_deps, resident
):
    read_as(conversation_deps, TAKASU + HARSH_WORDS, "guessed abuse", **GUESSED_ABUSE)
    case = hand_off(resident, HARSH_WORDS)
    assert case.topics == ["abuse"] and case.restricted
    assert case.urgency == "routine" and case.oversight_destination_id is None


def test_abuse_told_at_intake_makes_the_case_urgent_and_seen_by_the_ward(conversation_deps, resident):
    read_as(conversation_deps, TAKASU + PENSION_TAKEN, "told abuse", **TOLD_ABUSE)
    case = hand_off(resident, PENSION_TAKEN)
    assert case.topics == ["abuse"] and case.restricted
    assert case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"


def test_abuse_over_its_threshold_but_not_confident_is_told_urgent_and_seen_by_the_ward(conversation_deps, resident):
    read_as(conversation_deps, TAKASU + PASSBOOK_KEPT, "told abuse", **TOLD_ABUSE, confident=False)
    case = hand_off(resident, PASSBOOK_KEPT)
    assert case.restricted and case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"


def test_abuse_the_resident_chose_from_the_topic_menu_is_told_though_the_model_only_guessed_it(
    conversation_deps, resident
):
    read_as(conversation_deps, HARSH_WORDS, "guessed abuse", **GUESSED_ABUSE)
    resident.say(HARSH_WORDS)  # no place: the topic menu is asked
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


def test_a_case_with_no_abuse_topic_stays_open_to_the_whole_center(conversation_deps, resident):
    read_as(conversation_deps, TAKASU + ORDINARY, "no abuse", **NO_ABUSE)
    case = hand_off(resident, ORDINARY)
    assert not case.restricted and case.urgency == "routine" and case.oversight_destination_id is None


# ---- after the handoff --------------------------------------------------------------------------


def test_abuse_guessed_after_the_handoff_restricts_the_case_without_labelling_or_raising_it(
    conversation_deps, resident
):
    read_as(conversation_deps, HARSH_WORDS, "guessed abuse", **GUESSED_ABUSE)
    hand_off(resident, ORDINARY)
    resident.say(HARSH_WORDS)
    case = resident.case()
    assert case.restricted and "abuse" not in case.topics
    assert case.urgency == "routine" and case.oversight_destination_id is None
    assert restriction_entries(resident) == 1


def test_abuse_told_after_the_handoff_completes_a_case_restricted_for_possible_abuse(conversation_deps, resident):
    read_as(conversation_deps, TAKASU + HARSH_WORDS, "guessed abuse", **GUESSED_ABUSE)
    read_as(conversation_deps, LATER_TOLD, "told abuse", **TOLD_ABUSE)
    hand_off(resident, HARSH_WORDS)
    resident.say(LATER_TOLD)
    case = resident.case()
    assert case.restricted and case.topics == ["abuse"]
    assert case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"
    assert restriction_entries(resident) == 1


def test_abuse_told_again_after_the_handoff_changes_nothing_more(conversation_deps, resident):
    read_as(conversation_deps, TAKASU + PENSION_TAKEN, "told abuse", **TOLD_ABUSE)
    read_as(conversation_deps, LATER_TOLD, "told abuse", **TOLD_ABUSE)
    read_as(conversation_deps, HARSH_WORDS, "guessed abuse", **GUESSED_ABUSE)
    hand_off(resident, PENSION_TAKEN)
    resident.say(LATER_TOLD)
    resident.say(HARSH_WORDS)
    case = resident.case()
    assert case.topics == ["abuse"] and case.urgency == "urgent" and case.oversight_destination_id == "ward_mihama"
    assert restriction_entries(resident) == 0  # restricted at intake; nothing to add


def test_urgency_staff_lowered_on_an_abuse_case_stays_when_abuse_is_told_again(
    conversation_deps, resident, session_factory
):
    read_as(conversation_deps, TAKASU + PENSION_TAKEN, "told abuse", **TOLD_ABUSE)
    read_as(conversation_deps, LATER_TOLD, "told abuse", **TOLD_ABUSE)
    case = hand_off(resident, PENSION_TAKEN)
    staff_label(session_factory, case, ["abuse"], "routine")
    resident.say(LATER_TOLD)
    case = resident.case()
    assert case.topics == ["abuse"] and case.restricted and case.oversight_destination_id == "ward_mihama"
    assert case.urgency == "routine"
    assert restriction_entries(resident) == 0


def test_another_topic_guessed_after_the_handoff_does_not_restrict_the_case(conversation_deps, resident):
    read_as(conversation_deps, MANNER_NOTICED, "guessed other", **GUESSED_OTHER)
    hand_off(resident, ORDINARY)
    resident.say(MANNER_NOTICED)
    case = resident.case()
    assert not case.restricted and case.urgency == "routine" and case.oversight_destination_id is None


# ---- treated as abuse: stored on the case where abuse is told or labelled --------------------------------------


def test_abuse_told_at_intake_is_stored_on_the_case(conversation_deps, resident):
    read_as(conversation_deps, TAKASU + PENSION_TAKEN, "told abuse", **TOLD_ABUSE)
    case = hand_off(resident, PENSION_TAKEN)
    assert case.abuse_told and case.restricted and case.oversight_destination_id == "ward_mihama"


def test_abuse_guessed_restricts_without_storing_abuse_told_until_it_is_told(conversation_deps, resident):
    read_as(conversation_deps, TAKASU + HARSH_WORDS, "guessed abuse", **GUESSED_ABUSE)
    read_as(conversation_deps, LATER_TOLD, "told abuse", **TOLD_ABUSE)
    case = hand_off(resident, HARSH_WORDS)
    assert case.restricted and not case.abuse_told and case.oversight_destination_id is None
    resident.say(LATER_TOLD)
    case = resident.case()
    assert case.abuse_told and case.restricted and case.oversight_destination_id == "ward_mihama"


def test_abuse_labelled_by_staff_is_stored_and_abuse_told_later_then_changes_nothing(
    conversation_deps, resident, session_factory
):
    read_as(conversation_deps, TAKASU + HARSH_WORDS, "guessed abuse", **GUESSED_ABUSE)
    read_as(conversation_deps, LATER_TOLD, "told abuse", **TOLD_ABUSE)
    case = hand_off(resident, HARSH_WORDS)
    staff_label(session_factory, case, ["abuse", "guardianship"], "routine")
    case = resident.case()
    assert case.abuse_told and case.restricted and case.oversight_destination_id == "ward_mihama"
    resident.say(LATER_TOLD)
    case = resident.case()
    assert case.urgency == "routine" and restriction_entries(resident) == 0


def test_labels_staff_took_off_a_told_abuse_case_stay_off_when_abuse_is_told_again(
    conversation_deps, resident, session_factory
):
    read_as(conversation_deps, TAKASU + PENSION_TAKEN, "told abuse", **TOLD_ABUSE)
    read_as(conversation_deps, LATER_TOLD, "told abuse", **TOLD_ABUSE)
    case = hand_off(resident, PENSION_TAKEN)
    staff_label(session_factory, case, ["guardianship"], "routine")
    resident.say(LATER_TOLD)
    case = resident.case()
    assert case.abuse_told and case.restricted and case.oversight_destination_id == "ward_mihama"
    assert "abuse" not in case.topics and case.urgency == "routine"
    assert restriction_entries(resident) == 0
