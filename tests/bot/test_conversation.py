"""The intake conversation end to end: signed webhooks in, the fake Messaging API out, in Japanese.

Only what needs the real edge is here (webhook, worker, outbox, redelivery, staff replies); the
conversation's steps are tested on the engine directly in tests/bot/conversation/, with a clock.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation import copy
from bot.models import LineUser
from bot.simulator import line_events
from cases.models import Case, CaseEntry
from tests.support import LineUserSim, wait_for


def last_text(messages: list[dict]) -> str:
    return messages[-1].get("text") or messages[-1]["altText"]  # a card reads as its altText


def reach_handoff_offer(resident: LineUserSim, worry: str | None = None, button: str | None = None) -> list[dict]:
    """Tell the worry; answer a clarifying question if asked, until the bot offers the center."""
    if button:
        resident.follow()
        answer = resident.tap(button)
    else:
        answer = resident.say(worry)
    for _ in range(3):
        question = last_text(answer)
        if question in copy.OFFER_HANDOFF.values():
            return answer
        if question == copy.CLARIFY_TOPIC:
            answer = resident.tap(resident.quick_replies()[0]["action"]["label"])
        else:
            raise AssertionError(f"unexpected question: {question}")
    raise AssertionError("never offered the handoff")


def case_of(session_factory, user_id: str) -> Case | None:
    with session_factory() as session:
        return session.scalars(select(Case).where(Case.line_user_id == user_id).order_by(Case.id.desc())).first()


def entries_of(session_factory, case_id: int) -> list[CaseEntry]:
    with session_factory() as session:
        return session.scalars(select(CaseEntry).where(CaseEntry.case_id == case_id).order_by(CaseEntry.id)).all()


def user_row(session_factory, user_id: str) -> LineUser:
    with session_factory() as session:
        return session.get(LineUser, user_id)


def test_a_worry_naming_the_place_reaches_its_receipt_number_in_four_messages(resident, session_factory):
    answer = resident.say("千葉市稲毛区小仲台２－５－３　サンハイツ101に住む母の物忘れがひどくて心配です")
    assert last_text(answer) in copy.OFFER_HANDOFF.values()
    assert "あんしんケアセンター小仲台" in last_text(resident.tap(copy.CONNECT))
    assert last_text(resident.say("はい")).startswith(copy.CARD_CONFIRM_TITLE)
    done = resident.say("この内容で送ってください")
    case = case_of(session_factory, resident.user_id)
    assert case.destination_id == "konakadai" and case.status == "new" and case.relation == "family"
    assert (
        case.consent_version == copy.CONSENT_VERSION and case.consent_at is not None and case.contact_method == "line"
    )
    assert case.address["town"] == "小仲台" and case.address["chome"] == 2
    receipt = next(m for m in done if m["type"] == "flex")
    assert receipt["altText"].startswith(f"{copy.CARD_RECEIPT_TITLE}。{copy.CARD_NUMBER}：{case.number}／")
    assert copy.EMERGENCY_REMINDER in [m.get("text") for m in done]
    assert user_row(session_factory, resident.user_id).step == "handed_off"


def test_emergency_gets_119_before_anything_else_then_the_handoff_offer(resident):
    answer = resident.say("父が急に倒れて意識がありません")
    assert answer[0]["text"] == copy.EMERGENCY_119
    assert last_text(answer) == copy.OFFER_HANDOFF["center"]


def test_missing_person_with_dementia_now_gets_110_first(resident):
    answer = resident.say("認知症の母が朝から帰ってきません。今も見つかっていません")
    assert answer[0]["text"] == copy.EMERGENCY_110


def test_redelivered_events_mid_conversation_are_not_acted_on_again(resident, session_factory, fake_line):
    reach_handoff_offer(resident, button="介護サービス")
    event = line_events.postback_event(resident.user_id, resident.button(copy.CONNECT)["data"], resident.token())
    resident.post(event)
    resident.wait_for_messages(len(resident.received()) + 1)
    count = len(resident.received())
    version = user_row(session_factory, resident.user_id).state_version
    resident.post({**event, "deliveryContext": {"isRedelivery": True}})
    # A later message is acted on after the redelivered one would have been.
    resident.say("やめます")
    assert len(resident.received()) == count + 1
    assert user_row(session_factory, resident.user_id).state_version == version + 1


def test_two_residents_interleaved_keep_their_own_conversations(app_server, fake_line, session_factory):
    a, b = LineUserSim(app_server.url, fake_line), LineUserSim(app_server.url, fake_line)
    a.say("美浜区高洲3丁目に住む母が、介護サービスを使いたいと言っています")
    b.say("稲毛区小仲台2丁目に住む父の物忘れが心配です")
    a.tap(copy.CONNECT)
    b.tap(copy.CONNECT)
    a.tap(copy.AGREE)
    b.tap(copy.AGREE)
    a.tap(copy.SEND)
    b.tap(copy.SEND)
    assert case_of(session_factory, a.user_id).destination_id == "takasu"
    assert case_of(session_factory, b.user_id).destination_id == "konakadai"


def handed_off(resident: LineUserSim, session_factory) -> Case:
    resident.say("美浜区高洲3丁目に住む母が、介護サービスを使いたいと言っています")
    resident.tap(copy.CONNECT)
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    return case_of(session_factory, resident.user_id)


def test_while_staff_own_the_case_the_bot_only_passes_messages_on(resident, session_factory):
    case = handed_off(resident, session_factory)
    answer = resident.say("認知症かもしれない母のことも相談したいです")
    assert [m["text"] for m in answer] == [copy.FORWARDED]
    bodies = [e.body for e in entries_of(session_factory, case.id) if e.kind == "resident_message"]
    assert "認知症かもしれない母のことも相談したいです" in bodies


def test_an_emergency_during_human_ownership_still_gets_the_numbers(resident, session_factory):
    handed_off(resident, session_factory)
    answer = resident.say("今、母が倒れて息をしていません")
    assert answer[0]["text"] == copy.EMERGENCY_119 and last_text(answer) == copy.FORWARDED_URGENT


def test_a_staff_reply_reaches_the_resident_on_line(resident, session_factory, app_server):
    from bot import outbox
    from core.db import transaction

    case = handed_off(resident, session_factory)
    before = len(resident.received())
    with transaction(session_factory) as session:
        outbox.enqueue(
            session,
            resident.user_id,
            [{"type": "text", "text": "高洲の担当です。明日お電話します。"}],
            origin="staff",
            case_id=case.id,
        )
    app_server.app.state.ctx.wake_worker()
    assert resident._answer_after(before)[0]["text"] == "高洲の担当です。明日お電話します。"


def test_after_the_case_is_closed_a_new_worry_starts_a_new_case(resident, session_factory):
    from core.db import transaction

    first = handed_off(resident, session_factory)
    with transaction(session_factory) as session:
        session.get(Case, first.id).status = "closed"
    resident.say("稲毛区小仲台2丁目に住む父の物忘れが心配です")
    resident.tap(copy.CONNECT)
    resident.tap(copy.AGREE)
    resident.tap(copy.SEND)
    second = case_of(session_factory, resident.user_id)
    assert second.id != first.id and second.destination_id == "konakadai"


def test_unsend_deletes_the_stored_copy_of_the_message(resident, session_factory):
    case = handed_off(resident, session_factory)
    event = line_events.text_event(resident.user_id, "やっぱり今の話は取り消します", resident.token())
    resident.post(event)
    resident.wait_for_messages(len(resident.received()) + 1)
    resident.post(line_events.unsend_event(resident.user_id, event["message"]["id"]))
    wait_for(lambda: "やっぱり今の話は取り消します" not in [e.body for e in entries_of(session_factory, case.id)])


def test_a_ten_thousand_character_message_gets_a_polite_answer(resident):
    answer = resident.say("母の物忘れが心配です。" * 1000)
    assert answer and all(len(m["text"]) <= 5000 for m in answer)


@pytest.mark.parametrize("step_text", ["はい", "こんにちは"])
def test_greeting_reaches_a_first_time_writer_before_anything_else(resident, step_text):
    answer = resident.say(step_text)
    assert answer[0]["text"] == copy.WELCOME


def test_messages_sent_in_a_row_are_read_together(resident, session_factory):
    first = line_events.text_event(resident.user_id, "母のことで相談です。", resident.token())
    second = line_events.text_event(
        resident.user_id, "最近、同じ話を何度もして、財布をなくしたと騒ぎます", resident.token()
    )
    before = len(resident.received())
    resident.post(first, second)
    answer = resident._answer_after(before)
    questions = [m for m in answer if "quickReply" in m]
    assert len(questions) == 1  # one turn, one question
    state = user_row(session_factory, resident.user_id).state
    assert [m["text"] for m in state["messages"]] == [
        "母のことで相談です。",
        "最近、同じ話を何度もして、財布をなくしたと騒ぎます",
    ]
    assert "dementia" in state["topics"]
