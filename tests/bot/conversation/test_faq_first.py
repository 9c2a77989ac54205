"""A direct question is answered in the first reply (held-out rounds 7 and 8, fixed at their causes):
- when the only doubt about safety is the learned detector's alone (no readable rule saw a sign), a sure
  FAQ answer comes first and the safety question is still asked in the same reply; a sign a rule read
  gets the same when the worry asks something (round 9), and keeps the question first and alone when
  the worry asks nothing;
- a crisis only the learned detector read keeps its warm words, crisis lines and urgent offer, and the
  sure FAQ answer follows the lines;
- 「担当のセンターはどこ？」 without a full address gets the FAQ's answer before the lookup asks;
- a question that names only the city (「千葉市の…窓口」) is no center lookup.

Everything here is real: triage, FAQ, router and database. Which messages the learned detector alone
doubts is the model's business: each test first checks how the real triage and FAQ read its sentences
(tests/bot/conversation/readings.py), so that a retrained model reading one differently fails the test
by name instead of testing nothing; then pick another sentence of the same kind. The sentences are
this test's own.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.conversation import copy
from bot.conversation.engine import Conversation
from bot.conversation.faq_answer import bubbles_of
from core.db import make_read_session_factory, transaction
from knowledge import service as knowledge
from knowledge.cache import IndexCache
from knowledge.service import get_by_slug
from tests.bot.conversation.chat import Chat
from tests.bot.conversation.readings import asks_something, faq_sure_of, read_as

# Slow answers since the morning, and the need for care certification: the learned detector alone
# doubts (119); asked, and told.
MODEL_DOUBT_ASKING = "父が今朝から返事がにぶいです。要介護認定の申請窓口を教えてください"
MODEL_DOUBT_TOLD = "父が今朝から反応がにぶいです。要介護認定の申請のこと"
# Not himself since the morning, nothing more: the learned detector alone doubts, the FAQ is sure of nothing.
MODEL_DOUBT_ONLY = "父が今朝からどことなく様子がちがいます"
# Falls with a knock: a rule reads a sign it is unsure of (119); with the same need, asked and told.
FALLS = "父が最近よく転んで、膝を打ったと言っています。"
RULE_SIGN_ASKING = FALLS + "要介護認定を受けるには、どこに申請すればいいですか"
RULE_SIGN_TOLD = FALLS + "要介護認定を受けるための申請の仕方がわかりません"
# Worn out by caring: a crisis only the learned detector reads; and one in words a rule knows.
MODEL_CRISIS = "介護にもう疲れました"
RULE_CRISIS = "介護に疲れて、もう死にたいです。少し休ませてもらう方法はありますか"


def doubted(deps, text: str, *, by_model_alone: bool, answer: str | None, asking: bool | None = None) -> None:
    """The precondition: an unsure risk sign (no alarm), doubted by the learned detector alone or read by a
    rule, that the FAQ answers with `answer` (None: with nothing); `asking`: whether it asks something."""
    why = "the learned detector's doubt alone" if by_model_alone else "a sign a rule read"
    read_as(
        deps,
        text,
        why,
        safety_uncertain=True,
        safety_by_model_alone=by_model_alone,
        crisis=False,
    )
    assert deps.triage(text).urgency != "emergency", f"precondition: {text!r} is an emergency; pick another"
    faq_sure_of(deps, text, answer)
    if asking is not None:
        asks_something(text, asking)


@pytest.fixture
def resident(conversation, session_factory) -> Chat:
    return Chat(conversation, session_factory)


def first_bubble(session_factory, slug: str) -> str:
    with session_factory() as session:
        return bubbles_of(get_by_slug(session, slug).answer)[0]


def test_a_sure_answer_comes_before_the_safety_question_when_only_the_learned_detector_doubts(
    conversation_deps, resident, session_factory
):
    doubted(conversation_deps, MODEL_DOUBT_ASKING, by_model_alone=True, answer="care-cert-apply")
    texts = resident.texts(resident.say(MODEL_DOUBT_ASKING))
    answer = first_bubble(session_factory, "care-cert-apply")
    assert answer in texts
    assert resident.question() == copy.SAFETY_QUESTION  # still asked, in the same reply
    assert texts.index(answer) < texts.index(copy.SAFETY_QUESTION)
    assert resident.buttons() == [copy.SAFETY_YES, copy.SAFETY_NO_CONNECT, copy.SAFETY_NO]


def test_yes_to_the_safety_question_after_an_early_answer_still_gets_the_number_at_once(conversation_deps, resident):
    doubted(conversation_deps, MODEL_DOUBT_ASKING, by_model_alone=True, answer="care-cert-apply")
    resident.say(MODEL_DOUBT_ASKING)
    texts = resident.texts(resident.tap(copy.SAFETY_YES))
    assert texts[0] == copy.EMERGENCY_119
    assert resident.user().state["urgency"] == "emergency"


def test_no_to_the_safety_question_after_an_early_answer_does_not_repeat_it(
    conversation_deps, resident, session_factory
):
    doubted(conversation_deps, MODEL_DOUBT_ASKING, by_model_alone=True, answer="care-cert-apply")
    resident.say(MODEL_DOUBT_ASKING)
    texts = resident.texts(resident.tap(copy.SAFETY_NO))
    assert first_bubble(session_factory, "care-cert-apply") not in texts
    assert resident.question() in copy.OFFER_HANDOFF.values()


EDITED = "（この回答は、相談の途中で職員が書き直しました。）"


@pytest.fixture
def edited_between_replies(session_factory):
    """Staff rewrite an entry's answer between the resident's first message and the next (the index is a
    real one, rebuilt as soon as the knowledge base changes); the answer is put back after the test."""
    before: dict[int, str] = {}

    def edit(slug: str) -> None:
        with transaction(session_factory) as session:
            entry = get_by_slug(session, slug)
            before[entry.id] = entry.answer
            knowledge.update(session, entry.id, {"answer": EDITED + entry.answer}, actor="test")

    yield edit
    with transaction(session_factory) as session:
        for entry_id, answer in before.items():
            knowledge.update(session, entry_id, {"answer": answer}, actor="test")


def test_no_to_the_safety_question_trusts_the_early_answer_and_gives_no_second_one(
    conversation_deps, session_factory, edited_between_replies
):
    doubted(conversation_deps, MODEL_DOUBT_ASKING, by_model_alone=True, answer="care-cert-apply")
    faq = IndexCache(make_read_session_factory(session_factory.kw["bind"]), check_every_seconds=0)
    resident = Chat(Conversation(dataclasses.replace(conversation_deps, faq=faq)), session_factory)
    first = resident.texts(resident.say(MODEL_DOUBT_ASKING))
    answer = first_bubble(session_factory, "care-cert-apply")
    assert answer in first
    # Read again now, the worry would get the rewritten answer: a second answer to the same worry.
    edited_between_replies("care-cert-apply")
    reread = faq.best(MODEL_DOUBT_ASKING, [])
    assert reread is not None and reread.slug == "care-cert-apply" and reread.answer.startswith(EDITED)
    texts = resident.texts(resident.tap(copy.SAFETY_NO))
    assert not any(EDITED in t for t in texts)  # the stored answer stands: retrieval is not asked again
    assert answer not in texts
    assert resident.question() in copy.OFFER_HANDOFF.values()
    assert resident.user().state["faq_slug"] == "care-cert-apply"


def test_a_sign_a_rule_read_in_a_worry_that_asks_nothing_keeps_the_safety_question_first_and_alone(
    conversation_deps, resident, session_factory
):
    doubted(conversation_deps, RULE_SIGN_TOLD, by_model_alone=False, answer="care-cert-apply", asking=False)
    texts = resident.texts(resident.say(RULE_SIGN_TOLD))
    assert texts == [copy.SAFETY_QUESTION]
    # After 「いいえ」 the answer follows, as before.
    texts = resident.texts(resident.tap(copy.SAFETY_NO))
    assert first_bubble(session_factory, "care-cert-apply") in texts


def test_a_sign_a_rule_read_in_a_worry_that_asks_gets_the_sure_answer_then_the_safety_question_last(
    conversation_deps, resident, session_factory
):
    # The merged rule (round 9's answer_with_safety_question): a question asked, an answer retrieval is
    # sure of; the question is still asked, last, with its buttons.
    doubted(conversation_deps, RULE_SIGN_ASKING, by_model_alone=False, answer="care-cert-apply", asking=True)
    texts = resident.texts(resident.say(RULE_SIGN_ASKING))
    assert texts.index(first_bubble(session_factory, "care-cert-apply")) < texts.index(copy.SAFETY_QUESTION)
    assert texts[-1] == resident.question() == copy.SAFETY_QUESTION


def test_the_learned_detectors_doubt_alone_answers_first_though_the_worry_asks_nothing(
    conversation_deps, resident, session_factory
):
    doubted(conversation_deps, MODEL_DOUBT_TOLD, by_model_alone=True, answer="care-cert-apply", asking=False)
    texts = resident.texts(resident.say(MODEL_DOUBT_TOLD))
    assert texts.index(first_bubble(session_factory, "care-cert-apply")) < texts.index(copy.SAFETY_QUESTION)


def test_the_learned_detectors_doubt_without_a_sure_answer_asks_the_safety_question_alone(conversation_deps, resident):
    doubted(conversation_deps, MODEL_DOUBT_ONLY, by_model_alone=True, answer=None)
    assert resident.texts(resident.say(MODEL_DOUBT_ONLY)) == [copy.SAFETY_QUESTION]


def test_a_crisis_only_the_learned_detector_read_gets_the_crisis_lines_then_the_sure_answer(
    conversation_deps, resident, session_factory
):
    read_as(
        conversation_deps,
        MODEL_CRISIS,
        "a crisis the learned detector alone read",
        crisis=True,
        safety_by_model_alone=True,
        urgency="urgent",
    )
    faq_sure_of(conversation_deps, MODEL_CRISIS, "caregiver-exhausted")
    texts = resident.texts(resident.say(MODEL_CRISIS))
    answer = first_bubble(session_factory, "caregiver-exhausted")
    assert copy.CRISIS_NOT_ALONE in texts and answer in texts
    lines = next(i for i, t in enumerate(texts) if t.startswith(copy.CRISIS_LINES_INTRO))
    assert texts.index(copy.CRISIS_NOT_ALONE) < lines < texts.index(answer)
    assert resident.question() == copy.CRISIS_OFFER
    assert resident.user().state["crisis"] is True


def test_a_crisis_a_rule_read_gets_no_faq_answer(conversation_deps, resident, session_factory):
    read_as(
        conversation_deps,
        RULE_CRISIS,
        "a crisis a rule read",
        crisis=True,
        safety_by_model_alone=False,
        urgency="urgent",
    )
    faq_sure_of(conversation_deps, RULE_CRISIS, "caregiver-exhausted")  # the FAQ could answer
    texts = resident.texts(resident.say(RULE_CRISIS))
    assert copy.CRISIS_NOT_ALONE in texts
    assert first_bubble(session_factory, "caregiver-exhausted") not in texts
    assert resident.question() == copy.CRISIS_OFFER


# ---- the center lookup and the FAQ ----------------------------------------------------------------


def test_asking_for_ones_center_without_an_address_gets_the_faq_answer_then_the_address_question(chat, session_factory):
    texts = chat.texts(chat.say("うちの担当のあんしんケアセンターはどこか知りたい"))
    answer = first_bubble(session_factory, "center-find-mine")
    assert answer in texts
    assert chat.question() == copy.FIND_ASK
    assert texts.index(answer) < texts.index(copy.FIND_ASK)


def test_asking_for_ones_center_with_only_the_ward_gets_the_faq_answer_then_the_town_question(chat, session_factory):
    texts = chat.texts(chat.say("美浜区に住んでいます。担当の包括センターはどこ？"))
    assert first_bubble(session_factory, "center-find-mine") in texts
    assert chat.question() == copy.FIND_ASK_TOWN.format(ward="美浜区")


def test_asking_for_the_center_of_a_full_address_gets_the_center_and_no_faq_answer(chat, session_factory):
    texts = chat.texts(chat.say("高洲3丁目の担当センターはどこ？"))
    assert first_bubble(session_factory, "center-find-mine") not in texts
    assert any("の担当は「" in t for t in texts)


def test_a_question_naming_only_the_city_is_answered_by_the_faq_not_the_lookup(chat, session_factory):
    texts = chat.texts(chat.say("千葉市の成年後見の相談窓口を教えてください"))
    assert first_bubble(session_factory, "guardianship-support-center") in texts
    assert copy.FIND_ASK_WARD not in texts and copy.FIND_ASK not in texts


def test_a_question_naming_a_ward_still_starts_the_lookup(chat):
    chat.say("花見川区の成年後見の相談窓口を教えてください")
    assert chat.question() == copy.FIND_ASK_TOWN.format(ward="花見川区")


def test_a_question_about_the_prefectures_window_is_answered_by_the_faq_not_the_lookup(chat, session_factory):
    # 「県の窓口」 reads as outside the city but names no municipality: nothing for a lookup to go on.
    texts = chat.texts(chat.say("認知症の妻の介護のことで、家族が電話で話を聞いてもらえる県の窓口はどこですか"))
    assert first_bubble(session_factory, "dementia-call-center") in texts
    assert copy.FIND_THEN not in texts


def test_a_center_question_naming_another_municipality_still_gets_the_lookups_answer(chat):
    texts = chat.texts(chat.say("船橋市に住んでいる父の担当の包括センターはどこですか"))
    assert any("船橋市" in t for t in texts)


@pytest.mark.parametrize("old_style", ["要介護認定の申請の仕方、承りたく候", "要介護認定を受くる手立て、これありや"])
def test_a_question_in_the_old_style_of_letters_asks_and_gets_the_sure_answer_before_the_safety_question(
    conversation_deps, resident, session_factory, old_style
):
    # 「これありや」「承りたく候」 ask as 「ありますか」「知りたいです」 do (round 14: a rule-read sign in an
    # old-style letter got the safety question alone, the answer held back).
    worry = FALLS + old_style
    doubted(conversation_deps, worry, by_model_alone=False, answer="care-cert-apply")
    texts = resident.texts(resident.say(worry))
    assert texts.index(first_bubble(session_factory, "care-cert-apply")) < texts.index(copy.SAFETY_QUESTION)
