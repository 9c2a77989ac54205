"""Safety in the conversation (issue 14, items 4-7): the safety question, crisis, alarms after handoff, counts.

The detector's new fields (crisis, safety_family, safety_uncertain, uncertain_call) are being
taught to nlp.triage on another branch. Until they arrive, `detector` below stands in for it: the
real triage of every message, with those fields set for the phrases of these tests. Emergencies
the rules already know (「倒れて息をしていません」) go through the real triage untouched.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from bot.conversation import copy
from bot.conversation.engine import Conversation
from cases.models import Case
from core.db import transaction
from routing.models import Destination
from tests.bot.conversation.chat import Chat
from workspace.notifications.models import EmailNotification
from workspace.stats.models import SafetyStat

CRISIS = "介護に疲れて、もう死にたいです"
ATTEMPT = "さっき薬をたくさん飲みました。もう死にたい"
UNSURE_STROKE = "母の顔の片方が、なんだか下がっている気がします"
TAKASU = "美浜区高洲3丁目に住む母のことです。"

STAND_IN = {
    CRISIS: dict(crisis=True, safety_family="crisis", urgency="urgent", call=None),
    ATTEMPT: dict(crisis=True, safety_family="self_harm_now", urgency="emergency", call="119", call_number="119"),
    UNSURE_STROKE: dict(
        safety_uncertain=True,
        uncertain_call="119",
        safety_family="stroke",
        urgency="routine",
        call=None,
        call_number=None,
    ),
}


@pytest.fixture(scope="module")
def detector(conversation_deps):
    real = conversation_deps.triage

    def triage(text: str):
        result = real(text)
        for phrase, fields in STAND_IN.items():
            if phrase in text:
                return dataclasses.replace(result, **fields)
        return result

    return Conversation(dataclasses.replace(conversation_deps, triage=triage))


@pytest.fixture
def resident(detector, session_factory) -> Chat:
    return Chat(detector, session_factory)


def safety_counts(session_factory) -> dict[tuple[str, str], int]:
    with session_factory() as session:
        rows = session.execute(
            select(SafetyStat.family, SafetyStat.level, func.count()).group_by(SafetyStat.family, SafetyStat.level)
        ).all()
    return {(f, lv): n for f, lv, n in rows}


# ---- the safety question when the detector is unsure ----------------------------------------------
# It costs no message of its own: 「いいえ、センターに相談したい」 is also the connect answer.

UNSURE_INTRUDER = "母の家の窓ガラスが割れていて、知らない人の声がするそうです"
STAND_IN[UNSURE_INTRUDER] = dict(
    safety_uncertain=True,
    uncertain_call="110",
    safety_family="intruder_violence",
    urgency="routine",
    call=None,
    call_number=None,
)


def test_an_unsure_risk_sign_is_asked_about_first_and_yes_gets_the_number_at_once(resident):
    resident.say(UNSURE_STROKE)
    assert resident.question() == copy.SAFETY_QUESTION
    assert resident.texts()[0] == copy.SAFETY_QUESTION  # nothing before it
    assert resident.buttons() == [copy.SAFETY_YES, copy.SAFETY_NO_CONNECT, copy.SAFETY_NO]
    texts = resident.texts(resident.tap(copy.SAFETY_YES))
    assert texts[0] == copy.EMERGENCY_119
    assert resident.question() in copy.OFFER_HANDOFF.values()
    assert resident.user().state["urgency"] == "emergency"


def test_yes_to_the_safety_question_gives_110_when_the_sign_is_of_a_crime(resident):
    resident.say(UNSURE_INTRUDER)
    assert resident.question() == copy.SAFETY_QUESTION
    assert resident.texts(resident.tap(copy.SAFETY_YES))[0] == copy.EMERGENCY_110


def test_yes_to_the_safety_question_makes_the_case_an_emergency_with_the_answer_on_its_timeline(resident):
    resident.say(TAKASU + UNSURE_STROKE)
    resident.tap(copy.SAFETY_YES)
    resident.tap(copy.CONNECT)
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    case = resident.case()
    assert case.urgency == "emergency" and case.triage["safety"]["family"] == "stroke"
    choices = [e.body for e in resident.entries() if e.kind == "intake_choice"]
    assert f"{copy.SAFETY_QUESTION} → {copy.SAFETY_YES}" in choices


def test_no_with_the_center_reaches_consent_without_an_extra_message(resident):
    resident.say(TAKASU + UNSURE_STROKE)
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


def test_no_with_the_center_asks_the_address_next_when_the_worry_has_none(resident):
    texts = resident.texts(resident.say(UNSURE_STROKE))
    assert texts == [copy.SAFETY_QUESTION]
    texts = resident.texts(resident.tap(copy.SAFETY_NO_CONNECT))
    assert resident.question() == copy.ASK_ADDRESS
    assert texts[0] in copy.HEARD.values()  # heard before asked


def test_no_to_the_safety_question_goes_on_with_the_worry(resident):
    resident.say(UNSURE_STROKE)
    texts = resident.texts(resident.tap(copy.SAFETY_NO))
    assert texts[0] == copy.SAFETY_NO_THANKS and copy.EMERGENCY_119 not in texts
    assert resident.question() != copy.SAFETY_QUESTION


# A direct question carrying a risk sign the detector is unsure of: the FAQ's sure answer and the
# safety question in one reply (round 9: where to report bruises, 7119, carer's leave).
UNSURE_ASKING = "近所の奥さんが夫に殴られているみたい。通報はどこにすればいいですか"
STAND_IN[UNSURE_ASKING] = dict(
    safety_uncertain=True,
    uncertain_call="110",
    safety_family=None,
    urgency="urgent",
    call=None,
    call_number=None,
    crisis=False,
)


def answer_head(session_factory, slug: str) -> str:
    from knowledge.service import get_by_slug

    with session_factory() as session:
        return get_by_slug(session, slug).answer[:20]


def test_a_question_with_an_unsure_risk_sign_gets_its_sure_faq_answer_and_the_safety_question_in_one_reply(
    resident, session_factory
):
    texts = resident.texts(resident.say(UNSURE_ASKING))
    assert resident.user().state["faq_slug"] == "abuse-report"
    assert any(t.startswith(answer_head(session_factory, "abuse-report")) for t in texts)
    assert texts[-1] == resident.question() == copy.SAFETY_QUESTION  # the question is still asked, last
    assert resident.buttons() == [copy.SAFETY_YES, copy.SAFETY_NO_CONNECT, copy.SAFETY_NO]


def test_no_to_the_safety_question_after_the_faq_answer_goes_to_the_connect_question_without_repeating_it(
    resident, session_factory
):
    resident.say(UNSURE_ASKING)
    texts = resident.texts(resident.tap(copy.SAFETY_NO))
    assert texts[0] == copy.SAFETY_NO_THANKS
    assert resident.question() in copy.OFFER_HANDOFF.values()
    head = answer_head(session_factory, "abuse-report")
    assert sum(t.startswith(head) for t in resident.texts(resident.history)) == 1


def test_yes_to_the_safety_question_after_the_faq_answer_gives_the_number_at_once(resident):
    resident.say(UNSURE_ASKING)
    texts = resident.texts(resident.tap(copy.SAFETY_YES))
    assert texts[0] == copy.EMERGENCY_110
    assert resident.user().state["urgency"] == "emergency"


def test_a_described_risk_sign_gets_the_safety_question_alone_though_the_faq_could_answer(resident):
    # 「顔の片方が下がっている」 asks nothing: minutes may count, so nothing comes before the question
    # (the FAQ would be sure of its 119 entry).
    texts = resident.texts(resident.say(UNSURE_STROKE))
    assert texts == [copy.SAFETY_QUESTION]
    assert not resident.user().state.get("faq_slug")


def test_the_center_is_not_offered_with_the_safety_question_to_someone_outside_the_city(resident):
    resident.say("船橋市本町1丁目に住む" + UNSURE_STROKE)
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
def test_the_safety_question_accepts_typed_yes(resident, typed):
    resident.say(UNSURE_STROKE)
    assert resident.texts(resident.say(typed))[0] == copy.EMERGENCY_119


def test_a_denial_that_still_tells_of_danger_gets_the_number(resident):
    resident.say(UNSURE_STROKE)
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
def test_a_typed_no_with_the_center_reaches_consent(resident, typed):
    resident.say(TAKASU + UNSURE_STROKE)
    texts = resident.texts(resident.say(typed))
    assert copy.EMERGENCY_119 not in texts and copy.EMERGENCY_REMINDER not in texts
    assert resident.question().startswith(copy.ASK_CONSENT.split("{")[0])


@pytest.mark.parametrize("typed", ["センターに相談したい", "相談したいです", "つないでください"])
def test_asking_for_the_center_without_a_no_connects_and_reminds_of_119_and_110(resident, typed):
    resident.say(TAKASU + UNSURE_STROKE)
    texts = resident.texts(resident.say(typed))
    assert copy.EMERGENCY_REMINDER in texts and copy.EMERGENCY_119 not in texts
    assert resident.question().startswith(copy.ASK_CONSENT.split("{")[0])


@pytest.mark.parametrize(
    "typed",
    ["いいえ", "いいえ。", "いえ、ちがいます", "大丈夫です", "だいじょうぶ", "危なくないです", "今すぐではありません"],
)
def test_a_typed_no_goes_on_with_the_worry(resident, typed):
    resident.say(UNSURE_STROKE)
    texts = resident.texts(resident.say(typed))
    assert texts[0] == copy.SAFETY_NO_THANKS and copy.EMERGENCY_119 not in texts


@pytest.mark.parametrize("typed", ["わからない", "わかりません"])
def test_not_knowing_whether_a_life_is_in_danger_gets_the_number_and_goes_on(resident, typed):
    resident.say(UNSURE_STROKE)
    texts = resident.texts(resident.say(typed))
    assert texts[0] == copy.EMERGENCY_119 and copy.EMERGENCY_7119 in texts
    assert resident.question() != copy.SAFETY_QUESTION
    assert resident.user().state["urgency"] == "urgent"


def test_a_crisis_told_in_answer_to_the_safety_question_gets_the_crisis_lines(resident):
    resident.say(UNSURE_STROKE)
    texts = resident.texts(resident.say(CRISIS))
    assert any("0120-279-338" in t for t in texts)
    assert resident.question() == copy.CRISIS_OFFER


# ---- crisis -----------------------------------------------------------------------------------------


def test_a_wish_to_die_gets_warmth_the_crisis_lines_and_a_person_never_a_feedback_question(resident, session_factory):
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


def test_an_attempt_in_progress_is_an_emergency_with_119_and_the_crisis_lines(resident):
    texts = resident.texts(resident.say(ATTEMPT))
    assert texts[0] == copy.EMERGENCY_119
    assert any("0120-279-338" in t for t in texts)
    assert resident.question() == copy.CRISIS_OFFER


def test_a_crisis_is_counted_once_per_conversation(resident, session_factory):
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


def test_a_crisis_after_the_handoff_gets_the_lines_and_alerts_staff(resident, session_factory, takasu_notified):
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
    resident.say("実は、兄が母を叩いているのを見ました。腕にあざがあります")
    case = resident.case()
    assert case.restricted and "abuse" in case.topics and case.urgency in ("urgent", "emergency")
    with session_factory() as session:
        oversight = session.get(Destination, case.oversight_destination_id)
    assert oversight.kind == "ward_office" and oversight.ward == "美浜区"


# ---- statistics ------------------------------------------------------------------------------------


def test_emergencies_are_counted_by_family_without_personal_data(resident, session_factory):
    from datetime import date

    from workspace.stats import service as stats

    resident.say(UNSURE_STROKE)
    resident.tap(copy.SAFETY_YES)
    with session_factory() as session:
        report = stats.build_report(
            session, stats.Scope("千葉市全体"), stats.Period(date(2026, 12, 1), date(2026, 12, 1))
        )
        row = session.scalars(select(SafetyStat).order_by(SafetyStat.id.desc())).first()
    assert report.safety_totals()[("stroke", "emergency")] >= 1
    assert {c.name for c in SafetyStat.__table__.columns} == {"id", "day", "family", "level", "ward"}
    assert row.family == "stroke" and row.level == "emergency"


def test_the_safety_counts_export_as_csv_with_labels_only(resident, session_factory):
    from datetime import date

    from workspace.stats import service as stats

    resident.say(UNSURE_STROKE)
    resident.tap(copy.SAFETY_YES)
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
