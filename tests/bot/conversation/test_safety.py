"""Safety in the conversation (issue 14, items 4-7): the safety question, crisis, alarms after handoff, counts.

Everything here is real: triage, FAQ, router and database. Each test first checks how the real
triage reads its sentences (tests/bot/conversation/readings.py), so that a retrained model reading
one differently fails the test by name instead of testing nothing; then pick another sentence of the
same kind. The sentences are this test's own.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.conversation import copy
from cases.models import Case
from core.db import transaction
from routing.models import Destination
from tests.bot.conversation.chat import Chat
from tests.bot.conversation.readings import asks_something, faq_sure_of, read_as
from workspace.notifications.models import EmailNotification
from workspace.stats.models import SafetyStat

# Thoughts of death in words a rule knows: a crisis, urgent, no emergency.
CRISIS = "介護に疲れて、もう死にたいです"
# An attempt happening now: an emergency with 119, and a crisis.
ATTEMPT = "さっき薬をたくさん飲みました。もう死にたい"
# Falls with a knock told, nothing more: a rule reads a sign it is unsure of (119), the worry asks nothing.
UNSURE_FALL = "父が最近よく転んで、膝を打ったと言っています"
TAKASU = "美浜区高洲3丁目に住む父のことです。"
# Slow answers and a need told: a sign only the learned detector doubts, read as routine.
UNSURE_SLOW = "父が今朝から反応がにぶいです。要介護認定の申請のこと"
# A hand suddenly numb and weak on one side: a stroke the rules are sure of (119 at once).
STROKE = "父の右手が急にしびれて力が入らないそうです"


@pytest.fixture
def resident(conversation, session_factory) -> Chat:
    return Chat(conversation, session_factory)


def unsure(deps, text: str, call: str, **more):
    """The precondition: an unsure risk sign (the safety question, `call` on 「はい」), no alarm of its own."""
    return read_as(
        deps, text, f"an unsure risk sign, {call}", safety_uncertain=True, uncertain_call=call, crisis=False, **more
    )


def safety_counts(session_factory) -> dict[tuple[str, str], int]:
    with session_factory() as session:
        rows = session.execute(
            select(SafetyStat.family, SafetyStat.level, func.count()).group_by(SafetyStat.family, SafetyStat.level)
        ).all()
    return {(f, lv): n for f, lv, n in rows}


# ---- the safety question when the detector is unsure ----------------------------------------------
# It costs no message of its own: 「いいえ、センターに相談したい」 is also the connect answer.

# Violence heard of, with its marks: a rule reads a sign it is unsure of (110).
UNSURE_HIT = "母が兄に叩かれているようで、腕にあざがあります"


def test_an_unsure_risk_sign_is_asked_about_first_and_yes_gets_the_number_at_once(conversation_deps, resident):
    unsure(conversation_deps, UNSURE_FALL, "119")
    resident.say(UNSURE_FALL)
    assert resident.question() == copy.SAFETY_QUESTION
    assert resident.texts()[0] == copy.SAFETY_QUESTION  # nothing before it
    assert resident.buttons() == [copy.SAFETY_YES, copy.SAFETY_NO_CONNECT, copy.SAFETY_NO]
    texts = resident.texts(resident.tap(copy.SAFETY_YES))
    assert texts[0] == copy.EMERGENCY_119
    assert resident.question() in copy.OFFER_HANDOFF.values()
    assert resident.user().state["urgency"] == "emergency"


def test_yes_to_the_safety_question_gives_110_when_the_sign_is_of_a_crime(conversation_deps, resident):
    unsure(conversation_deps, UNSURE_HIT, "110")
    resident.say(UNSURE_HIT)
    assert resident.question() == copy.SAFETY_QUESTION
    assert resident.texts(resident.tap(copy.SAFETY_YES))[0] == copy.EMERGENCY_110


def test_yes_to_the_safety_question_makes_the_case_an_emergency_with_the_answer_on_its_timeline(
    conversation_deps, resident
):
    unsure(conversation_deps, TAKASU + UNSURE_FALL, "119")
    resident.say(TAKASU + UNSURE_FALL)
    resident.tap(copy.SAFETY_YES)
    resident.tap(copy.CONNECT)
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    case = resident.case()
    # The triage names no family for a sign it is unsure of: the case holds the emergency the answer made.
    assert case.urgency == "emergency" and case.triage["safety"]["level"] == "emergency"
    choices = [e.body for e in resident.entries() if e.kind == "intake_choice"]
    assert f"{copy.SAFETY_QUESTION} → {copy.SAFETY_YES}" in choices


# Unsteady since the evening, told with the address: read as a routine unsure sign (a face drooping, told so
# with a word of doubt, is a stroke's emergency by the rules: nlp/rules/stroke.py).
UNSTEADY_AT_TAKASU = "美浜区高洲3丁目に住む母のことです。母が夕方から少しふらついています"


def test_no_with_the_center_reaches_consent_without_an_extra_message(conversation_deps, resident):
    unsure(conversation_deps, UNSTEADY_AT_TAKASU, "119", urgency="routine")
    resident.say(UNSTEADY_AT_TAKASU)
    texts = resident.texts(resident.tap(copy.SAFETY_NO_CONNECT))
    assert copy.EMERGENCY_119 not in texts and copy.EMERGENCY_110 not in texts
    assert resident.question().startswith(copy.ASK_CONSENT.split("{")[0])  # the connect question is not asked
    assert copy.PRIVACY_NOTICE in texts
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    case = resident.case()
    assert resident.sent == 4  # worry → 「いいえ、センターに相談したい」 → consent → send
    assert case.destination_id == "takasu" and case.urgency == "routine"
    choices = [e for e in resident.entries() if e.kind == "intake_choice"]
    assert [c.body for c in choices] == [f"{copy.SAFETY_QUESTION} → {copy.SAFETY_NO_CONNECT}"]
    assert choices[0].data.get("feedback") == "connect"


def test_no_with_the_center_asks_the_address_next_when_the_worry_has_none(conversation_deps, resident):
    # (A worry with no #7119 advice of its own: that advice would come first.)
    unsure(conversation_deps, UNSURE_HIT, "110", call_number=None)
    texts = resident.texts(resident.say(UNSURE_HIT))
    assert texts == [copy.SAFETY_QUESTION]
    texts = resident.texts(resident.tap(copy.SAFETY_NO_CONNECT))
    assert resident.question() == copy.ASK_ADDRESS
    assert texts[0] in copy.HEARD.values()  # heard before asked


def test_no_to_the_safety_question_goes_on_with_the_worry(conversation_deps, resident):
    unsure(conversation_deps, UNSURE_FALL, "119")
    resident.say(UNSURE_FALL)
    texts = resident.texts(resident.tap(copy.SAFETY_NO))
    assert texts[0] == copy.SAFETY_NO_THANKS and copy.EMERGENCY_119 not in texts
    assert resident.question() != copy.SAFETY_QUESTION


# A direct question carrying a risk sign a rule is unsure of: the FAQ's sure answer and the safety
# question in one reply (round 9: where to report bruises, 7119, carer's leave).
UNSURE_ASKING = "近所の奥さんが夫に殴られているみたい。通報はどこにすればいいですか"


def answer_head(session_factory, slug: str) -> str:
    from knowledge.service import get_by_slug

    with session_factory() as session:
        return get_by_slug(session, slug).answer[:20]


def unsure_asking(deps) -> None:
    unsure(deps, UNSURE_ASKING, "110", safety_by_model_alone=False)
    asks_something(UNSURE_ASKING, True)
    faq_sure_of(deps, UNSURE_ASKING, "abuse-report")


def test_a_question_with_an_unsure_risk_sign_gets_its_sure_faq_answer_and_the_safety_question_in_one_reply(
    conversation_deps, resident, session_factory
):
    unsure_asking(conversation_deps)
    texts = resident.texts(resident.say(UNSURE_ASKING))
    assert resident.user().state["faq_slug"] == "abuse-report"
    assert any(t.startswith(answer_head(session_factory, "abuse-report")) for t in texts)
    assert texts[-1] == resident.question() == copy.SAFETY_QUESTION  # the question is still asked, last
    assert resident.buttons() == [copy.SAFETY_YES, copy.SAFETY_NO_CONNECT, copy.SAFETY_NO]


def test_no_to_the_safety_question_after_the_faq_answer_goes_to_the_connect_question_without_repeating_it(
    conversation_deps, resident, session_factory
):
    unsure_asking(conversation_deps)
    resident.say(UNSURE_ASKING)
    texts = resident.texts(resident.tap(copy.SAFETY_NO))
    assert texts[0] == copy.SAFETY_NO_THANKS
    assert resident.question() in copy.OFFER_HANDOFF.values()
    head = answer_head(session_factory, "abuse-report")
    assert sum(t.startswith(head) for t in resident.texts(resident.history)) == 1


def test_yes_to_the_safety_question_after_the_faq_answer_gives_the_number_at_once(conversation_deps, resident):
    unsure_asking(conversation_deps)
    resident.say(UNSURE_ASKING)
    texts = resident.texts(resident.tap(copy.SAFETY_YES))
    assert texts[0] == copy.EMERGENCY_110
    assert resident.user().state["urgency"] == "emergency"


# Told, not asked: the same need as a question the FAQ is sure of, with a fall a rule is unsure of.
UNSURE_TOLD = UNSURE_FALL + "。要介護認定を受けるための申請の仕方がわかりません"


def test_a_described_risk_sign_gets_the_safety_question_alone_though_the_faq_could_answer(conversation_deps, resident):
    # A sign a rule read in a worry that asks nothing: minutes may count, so nothing comes before the
    # question, though the FAQ is sure of an answer.
    unsure(conversation_deps, UNSURE_TOLD, "119", safety_by_model_alone=False)
    asks_something(UNSURE_TOLD, False)
    faq_sure_of(conversation_deps, UNSURE_TOLD, "care-cert-apply")
    texts = resident.texts(resident.say(UNSURE_TOLD))
    assert texts == [copy.SAFETY_QUESTION]
    assert not resident.user().state.get("faq_slug")


def test_the_center_is_not_offered_with_the_safety_question_to_someone_outside_the_city(conversation_deps, resident):
    worry = "船橋市本町1丁目に住む父のことです。" + UNSURE_FALL
    unsure(conversation_deps, worry, "119")
    resident.say(worry)
    assert resident.question() == copy.SAFETY_QUESTION
    assert resident.buttons() == [copy.SAFETY_YES, copy.SAFETY_NO]
    texts = resident.texts(resident.say("いいえ、相談したいです"))
    assert copy.OUTSIDE_CITY.format(place="船橋市") in texts


@pytest.mark.parametrize(
    "typed",
    [
        "はい",
        "はい。",
        "ハイ",
        "うん",
        "いますぐ",
        "今すぐです",
        "危ないです",
        "あぶない",
        "たすけて",
        "大丈夫じゃないです",
    ],
)
def test_the_safety_question_accepts_typed_yes(conversation_deps, resident, typed):
    unsure(conversation_deps, UNSURE_FALL, "119")
    resident.say(UNSURE_FALL)
    assert resident.texts(resident.say(typed))[0] == copy.EMERGENCY_119


def test_a_denial_that_still_tells_of_danger_gets_the_number(conversation_deps, resident):
    unsure(conversation_deps, UNSURE_FALL, "119")
    resident.say(UNSURE_FALL)
    assert resident.texts(resident.say("いいえ、でも息が苦しそうです"))[0] == copy.EMERGENCY_119


@pytest.mark.parametrize(
    "typed",
    [
        "いいえ、センターに相談したい",
        "いいえ。相談したいです",
        "いいえ そうだんしたい",
        "イイエ、センターにつないでください",
        "大丈夫です。センターに相談したいです",
        "ちがいます、話したいだけです",
        "危なくないです。相談したい",
    ],
)
def test_a_typed_no_with_the_center_reaches_consent(conversation_deps, resident, typed):
    unsure(conversation_deps, TAKASU + UNSURE_FALL, "119")
    resident.say(TAKASU + UNSURE_FALL)
    texts = resident.texts(resident.say(typed))
    assert copy.EMERGENCY_119 not in texts and copy.EMERGENCY_REMINDER not in texts
    assert resident.question().startswith(copy.ASK_CONSENT.split("{")[0])


@pytest.mark.parametrize("typed", ["センターに相談したい", "相談したいです", "つないでください"])
def test_asking_for_the_center_without_a_no_connects_and_reminds_of_119_and_110(conversation_deps, resident, typed):
    unsure(conversation_deps, TAKASU + UNSURE_FALL, "119")
    resident.say(TAKASU + UNSURE_FALL)
    texts = resident.texts(resident.say(typed))
    assert copy.EMERGENCY_REMINDER in texts and copy.EMERGENCY_119 not in texts
    assert resident.question().startswith(copy.ASK_CONSENT.split("{")[0])


@pytest.mark.parametrize(
    "typed",
    ["いいえ", "いいえ。", "いえ、ちがいます", "大丈夫です", "だいじょうぶ", "危なくないです", "今すぐではありません"],
)
def test_a_typed_no_goes_on_with_the_worry(conversation_deps, resident, typed):
    unsure(conversation_deps, UNSURE_FALL, "119")
    resident.say(UNSURE_FALL)
    texts = resident.texts(resident.say(typed))
    assert texts[0] == copy.SAFETY_NO_THANKS and copy.EMERGENCY_119 not in texts


@pytest.mark.parametrize("typed", ["わからない", "わかりません"])
def test_not_knowing_whether_a_life_is_in_danger_gets_the_number_and_goes_on(conversation_deps, resident, typed):
    # A routine reading of a worry the bot can place: not knowing is what makes it urgent.
    unsure(conversation_deps, UNSURE_SLOW, "119", urgency="routine", topics=["care_services"])
    resident.say(UNSURE_SLOW)
    texts = resident.texts(resident.say(typed))
    assert texts[0] == copy.EMERGENCY_119 and copy.EMERGENCY_7119 in texts
    assert resident.question() != copy.SAFETY_QUESTION
    assert resident.user().state["urgency"] == "urgent"


def test_a_crisis_told_in_answer_to_the_safety_question_gets_the_crisis_lines(conversation_deps, resident):
    unsure(conversation_deps, UNSURE_FALL, "119")
    read_as(conversation_deps, CRISIS, "a crisis", crisis=True)
    resident.say(UNSURE_FALL)
    texts = resident.texts(resident.say(CRISIS))
    assert any("0120-279-338" in t for t in texts)
    assert resident.question() == copy.CRISIS_OFFER


# ---- crisis -----------------------------------------------------------------------------------------


def crisis(deps, text: str = CRISIS) -> None:
    """The precondition: a crisis in words a rule knows, urgent, no emergency."""
    read_as(deps, text, "a crisis a rule read", crisis=True, urgency="urgent", safety_by_model_alone=False)


def test_a_wish_to_die_gets_warmth_the_crisis_lines_and_a_person_never_a_feedback_question(
    conversation_deps, resident, session_factory
):
    crisis(conversation_deps)
    before = safety_counts(session_factory)
    texts = resident.texts(resident.say(CRISIS))
    assert texts[0] == copy.HEARD["crisis"]
    assert any("0120-279-338" in t for t in texts) and any("0570-064-556" in t for t in texts)  # yorisoi, kokoro_dial
    assert resident.question() == copy.CRISIS_OFFER
    assert copy.NO_NEED not in resident.buttons()
    assert copy.EMERGENCY_119 not in texts
    resident.tap(copy.CONNECT)
    resident.say("美浜区高洲3丁目です")
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    case = resident.case()
    assert case.urgency == "urgent" and case.triage["safety"]["family"] == "crisis"
    assert any(e.kind == "safety" and "死にたい気持ち" in e.body for e in resident.entries())
    after = safety_counts(session_factory)
    assert after.get(("crisis", "crisis"), 0) == before.get(("crisis", "crisis"), 0) + 1


def test_an_attempt_in_progress_is_an_emergency_with_119_and_the_crisis_lines(conversation_deps, resident):
    read_as(conversation_deps, ATTEMPT, "an attempt now", urgency="emergency", call="119", crisis=True)
    texts = resident.texts(resident.say(ATTEMPT))
    assert texts[0] == copy.EMERGENCY_119
    assert any("0120-279-338" in t for t in texts)
    assert resident.question() == copy.CRISIS_OFFER


def test_a_crisis_is_counted_once_per_conversation(conversation_deps, resident, session_factory):
    crisis(conversation_deps)
    crisis(conversation_deps, CRISIS + "。本当につらい")
    before = safety_counts(session_factory)
    resident.say(CRISIS)
    resident.say(CRISIS + "。本当につらい")
    after = safety_counts(session_factory)
    assert after.get(("crisis", "crisis"), 0) - before.get(("crisis", "crisis"), 0) == 1


# ---- after the handoff ------------------------------------------------------------------------------


@pytest.fixture
def takasu_notified(session_factory):
    with transaction(session_factory) as session:
        session.get(Destination, "takasu").notify_emails = "takasu-staff@example.jp"
    yield
    with transaction(session_factory) as session:
        session.get(Destination, "takasu").notify_emails = None


def handed_off(chat: Chat) -> Case:
    chat.say(TAKASU + "最近、介護サービスを使いたいと言っています")
    chat.tap(copy.CONNECT)
    chat.tap(copy.AGREE)
    chat.tap(copy.SEND)
    return chat.case()


def urgent_mails(session_factory, number: str) -> int:
    with session_factory() as session:
        return session.scalar(
            select(func.count())
            .select_from(EmailNotification)
            .where(EmailNotification.subject.contains("至急"), EmailNotification.subject.contains(number))
        )


def test_an_emergency_after_the_handoff_gets_the_number_and_alerts_staff_at_once(
    resident, session_factory, takasu_notified
):
    case = handed_off(resident)
    assert case.urgency == "routine"
    texts = resident.texts(resident.say("今、母が倒れて息をしていません"))
    assert texts[0] == copy.EMERGENCY_119 and texts[-1] == copy.FORWARDED_URGENT
    case = resident.case()
    assert case.urgency == "emergency"
    assert urgent_mails(session_factory, case.number) == 1
    assert "safety" in [e.kind for e in resident.entries()[-3:]]  # then the notification entry


def test_a_crisis_after_the_handoff_gets_the_lines_and_alerts_staff(
    conversation_deps, resident, session_factory, takasu_notified
):
    crisis(conversation_deps)
    handed_off(resident)
    texts = resident.texts(resident.say(CRISIS))
    assert any("0120-279-338" in t for t in texts) and texts[-1] == copy.FORWARDED_URGENT
    case = resident.case()
    assert case.urgency == "urgent" and urgent_mails(session_factory, case.number) == 1


def test_an_ordinary_message_after_the_handoff_raises_no_alarm(resident, session_factory, takasu_notified):
    handed_off(resident)
    # The learned detector's low band may add the 119/110 reminder; nothing more.
    assert resident.texts(resident.say("明日の午前中なら家にいます"))[0] == copy.FORWARDED
    case = resident.case()
    assert case.urgency == "routine" and urgent_mails(session_factory, case.number) == 0


def test_abuse_told_after_the_handoff_restricts_the_case(resident, session_factory):
    handed_off(resident)
    resident.say("実は、兄が父を叩いているのを見ました。腕にあざがあります")
    case = resident.case()
    assert case.restricted and "abuse" in case.topics and case.urgency in ("urgent", "emergency")
    with session_factory() as session:
        oversight = session.get(Destination, case.oversight_destination_id)
    assert oversight.kind == "ward_office" and oversight.ward == "美浜区"


# ---- statistics ------------------------------------------------------------------------------------


def stroke(deps) -> None:
    read_as(deps, STROKE, "a stroke, 119 at once", urgency="emergency", call="119", safety_family="stroke")


def test_emergencies_are_counted_by_family_without_personal_data(conversation_deps, resident, session_factory):
    from datetime import date

    from workspace.stats import service as stats

    stroke(conversation_deps)
    resident.say(STROKE)
    with session_factory() as session:
        report = stats.build_report(
            session, stats.Scope("千葉市全体"), stats.Period(date(2026, 12, 1), date(2026, 12, 1))
        )
        row = session.scalars(select(SafetyStat).order_by(SafetyStat.id.desc())).first()
    assert report.safety_totals()[("stroke", "emergency")] >= 1
    assert {c.name for c in SafetyStat.__table__.columns} == {"id", "day", "family", "level", "ward"}
    assert row.family == "stroke" and row.level == "emergency"


def test_the_safety_counts_export_as_csv_with_labels_only(conversation_deps, resident, session_factory):
    from datetime import date

    from workspace.stats import service as stats

    stroke(conversation_deps)
    resident.say(STROKE)
    with session_factory() as session:
        report = stats.build_report(
            session, stats.Scope("千葉市全体"), stats.Period(date(2026, 12, 1), date(2026, 12, 1))
        )
    rows = stats.csv_rows(report, "safety")
    assert rows[0] == ["月", "種類ID", "種類", "区分ID", "区分", "件数"]
    assert any(r[:3] == ["2026-12", "stroke", "脳卒中の疑い"] and r[5] >= 1 for r in rows[1:])


@pytest.mark.parametrize(
    "step_answers",
    [
        [copy.CONNECT],  # at the consent question
        [],  # at the connect question
    ],
)
def test_danger_told_in_answer_to_another_question_gets_the_number_first(resident, step_answers):
    resident.say(TAKASU + "最近、介護サービスを使いたいと言っています")
    for label in step_answers:
        resident.tap(label)
    question = resident.question()
    texts = resident.texts(resident.say("それより今、母が倒れて息をしていません"))
    assert texts[0] == copy.EMERGENCY_119
    if step_answers:
        assert texts[-1] == question  # then the same question again
    assert resident.user().state["urgency"] == "emergency"


def test_an_address_answer_is_not_taken_for_danger(resident):
    resident.say("母の物忘れのことで相談です")
    resident.tap(copy.CONNECT)
    texts = resident.texts(resident.say("美浜区高洲3丁目です"))
    assert copy.EMERGENCY_119 not in texts and texts[-1].startswith(copy.ASK_CONSENT.split("{")[0])
