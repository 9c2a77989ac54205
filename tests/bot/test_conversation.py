"""The intake conversation end to end: signed webhooks in, the fake Messaging API out, in Japanese."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from bot.conversation import copy
from bot.models import LineUser
from bot.simulator import line_events
from routing.models import Destination
from tests.support import LineUserSim, wait_for
from workspace.cases.models import Case, CaseEntry

KONAKADAI_2 = (35.637111, 140.096136)  # representative point of 稲毛区小仲台二丁目 (towns.csv)


def last_text(messages: list[dict]) -> str:
    return messages[-1].get("text") or messages[-1]["altText"]  # a card reads as its altText


def reach_handoff_offer(resident: LineUserSim, worry: str | None = None, button: str | None = None) -> list[dict]:
    """Tell the worry; answer the FAQ's helpfulness question or a clarifying question if asked."""
    if button:
        resident.follow()
        answer = resident.tap(button)
    else:
        answer = resident.say(worry)
    for _ in range(3):
        question = last_text(answer)
        if question in copy.OFFER_HANDOFF.values():
            return answer
        if question == copy.ASK_HELPFUL:
            answer = resident.tap(copy.YES)
        elif question == copy.CLARIFY_TOPIC:
            answer = resident.tap(resident.quick_replies()[0]["action"]["label"])
        else:
            raise AssertionError(f"unexpected question: {question}")
    raise AssertionError("never offered the handoff")


def complete_contact_and_send(resident: LineUserSim, phone: str | None = None) -> list[dict]:
    assert last_text(resident.received()) == copy.ASK_CONTACT
    if phone:
        resident.tap(copy.BY_PHONE)
        assert last_text(resident.say(phone)) == copy.ASK_CALL_TIME
        resident.tap("午前")
    else:
        resident.tap(copy.BY_LINE)
    assert last_text(resident.received()) == copy.ASK_NAME
    confirm = resident.tap(copy.SKIP_NAME)
    assert last_text(confirm).startswith("この内容でお送りします。")
    return resident.tap(copy.SEND)


def case_of(session_factory, user_id: str) -> Case | None:
    with session_factory() as session:
        return session.scalars(select(Case).where(Case.line_user_id == user_id).order_by(Case.id.desc())).first()


def entries_of(session_factory, case_id: int) -> list[CaseEntry]:
    with session_factory() as session:
        return session.scalars(select(CaseEntry).where(CaseEntry.case_id == case_id).order_by(CaseEntry.id)).all()


def user_row(session_factory, user_id: str) -> LineUser:
    with session_factory() as session:
        return session.get(LineUser, user_id)


def test_happy_path_by_typed_address_hands_the_case_to_that_center(resident, session_factory):
    reach_handoff_offer(resident, button="物忘れ・認知症")
    assert last_text(resident.tap(copy.CONNECT)) == copy.ASK_RELATION
    assert last_text(resident.tap("家族のこと")) == copy.ASK_ADDRESS
    consent = resident.say("千葉市稲毛区小仲台２－５－３　サンハイツ101")
    assert "あんしんケアセンター小仲台" in last_text(consent)
    assert last_text(resident.tap(copy.AGREE)) == copy.ASK_CONTACT
    done = complete_contact_and_send(resident, phone="090-1234-5678")

    case = case_of(session_factory, resident.user_id)
    assert case.destination_id == "konakadai" and case.status == "new"
    assert case.topics == ["dementia"] and case.contact_phone == "090-1234-5678" and case.contact_times == "午前"
    assert case.consent_version == copy.CONSENT_VERSION and case.consent_at is not None
    assert case.address["town"] == "小仲台" and case.address["chome"] == 2
    receipt = next(m for m in done if m["type"] == "flex")
    assert receipt["altText"].startswith(f"{copy.CARD_RECEIPT_TITLE}。{copy.CARD_NUMBER}：{case.number}／")
    assert copy.EMERGENCY_REMINDER in [m.get("text") for m in done]
    assert user_row(session_factory, resident.user_id).step == "handed_off"


def test_location_leads_to_confirming_the_town_then_the_center(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    resident.tap("自分のこと")
    confirm = resident.send_location(*KONAKADAI_2)
    assert last_text(confirm) == copy.CONFIRM_TOWN.format(place="稲毛区小仲台2丁目")
    assert "あんしんケアセンター小仲台" in last_text(resident.tap(copy.YES))
    resident.tap(copy.AGREE)
    complete_contact_and_send(resident)
    case = case_of(session_factory, resident.user_id)
    assert case.destination_id == "konakadai" and case.address["method"] == "location"
    assert case.contact_method == "line"


def test_split_town_without_chome_asks_exactly_which_chome(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    resident.tap("家族のこと")
    question = resident.say("花見川区柏井")
    assert last_text(question) == copy.ASK_CHOME.format(town="柏井")
    assert [i["action"]["label"] for i in resident.quick_replies()] == ["1丁目", "4丁目"]
    consent = resident.tap("4丁目")
    assert "小深台" in last_text(consent) or "こてはし台" in last_text(consent)
    resident.tap(copy.AGREE)
    complete_contact_and_send(resident)
    assert case_of(session_factory, resident.user_id).destination_id == "kotehashidai"


def test_outside_the_city_names_that_municipality_and_keeps_nothing(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    resident.tap("家族のこと")
    answer = resident.say("船橋市本町1丁目")
    assert copy.OUTSIDE_CITY.format(place="船橋市") in [m["text"] for m in answer]
    assert case_of(session_factory, resident.user_id) is None
    row = user_row(session_factory, resident.user_id)
    assert row.step == "start" and "messages" not in row.state


def test_eight_zero_five_zero_goes_to_marugoto_without_asking_an_address(resident, session_factory):
    offer = reach_handoff_offer(resident, "80代の母と50代のひきこもりの息子が二人暮らしで、息子の将来と生活費が心配です")
    assert last_text(offer) == copy.OFFER_HANDOFF["marugoto"]
    resident.tap(copy.CONNECT)
    consent = resident.tap("家族のこと")
    assert "福祉まるごとサポートセンター" in last_text(consent)
    resident.tap(copy.AGREE)
    complete_contact_and_send(resident)
    assert case_of(session_factory, resident.user_id).destination_id == "marugoto"


def test_professional_on_home_medical_resources_goes_to_zaitaku_renkei(resident, session_factory):
    offer = reach_handoff_offer(resident, "居宅のケアマネジャーです。訪問診療をしてくれる医療機関を探しています。連携の窓口を教えてください")
    assert last_text(offer) == copy.OFFER_HANDOFF["zaitaku_renkei"]
    resident.tap(copy.CONNECT)
    resident.tap("仕事で(専門職)")
    resident.tap(copy.AGREE)
    complete_contact_and_send(resident)
    assert case_of(session_factory, resident.user_id).destination_id == "zaitaku_renkei"


def test_emergency_gets_119_before_anything_else_then_the_handoff_offer(resident):
    answer = resident.say("父が急に倒れて意識がありません")
    assert answer[0]["text"] == copy.EMERGENCY_119
    assert last_text(answer) == copy.OFFER_HANDOFF["center"]


def test_missing_person_with_dementia_now_gets_110_first(resident):
    answer = resident.say("認知症の母が朝から帰ってきません。今も見つかっていません")
    assert answer[0]["text"] == copy.EMERGENCY_110


def test_abuse_case_is_restricted_urgent_and_seen_by_the_ward_office(resident, session_factory):
    reach_handoff_offer(resident, "隣の家のおばあさんが息子に叩かれているようで、腕にあざがあります。若葉区千城台北1丁目です")
    resident.tap(copy.CONNECT)
    consent = resident.tap("近所・知人のこと")
    assert "千城台" in last_text(consent)
    resident.tap(copy.AGREE)
    done = complete_contact_and_send(resident)
    case = case_of(session_factory, resident.user_id)
    assert "abuse" in case.topics and case.restricted and case.urgency in ("urgent", "emergency")
    with session_factory() as session:
        ward_office = session.get(Destination, case.oversight_destination_id)
    assert ward_office.kind == "ward_office" and ward_office.ward == "若葉区"
    assert any(copy.PRIORITY in m.get("text", "") for m in done)


def test_declined_consent_gives_the_contact_and_stores_nothing_personal(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    resident.tap("自分のこと")
    resident.say("美浜区高洲3丁目")
    answer = resident.tap(copy.DISAGREE)
    texts = [m["text"] for m in answer]
    assert copy.DECLINED.format(destination="あんしんケアセンター高洲") in texts
    assert any("043-245-4894" in t or "043-270-4073" in t for t in texts)  # verified fallback numbers only
    assert case_of(session_factory, resident.user_id) is None
    assert user_row(session_factory, resident.user_id).state.get("messages") is None


def test_cancel_forgets_the_conversation_and_restart_begins_again(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    assert last_text(resident.say("やめる")) == copy.CANCELLED
    assert user_row(session_factory, resident.user_id).step == "start"
    assert last_text(resident.say("最初から")) == copy.ASK_WORRY


def test_an_old_button_is_refused_and_the_current_question_asked_again(resident):
    reach_handoff_offer(resident, button="介護サービス")
    old_connect = resident.button(copy.CONNECT)
    resident.tap(copy.CONNECT)
    before = len(resident.received())
    resident.post(line_events.postback_event(resident.user_id, old_connect["data"], resident.token()))
    answer = resident._answer_after(before)
    assert answer[0]["text"] == copy.STALE_BUTTON
    assert last_text(answer) == copy.ASK_RELATION


def test_a_forged_button_is_not_understood(resident):
    resident.say("こんにちは")
    before = len(resident.received())
    resident.post(line_events.postback_event(resident.user_id, "offer_handoff|1|yes.forged", resident.token()))
    assert resident._answer_after(before)[0]["text"] == copy.NOT_UNDERSTOOD


def test_typed_answers_work_wherever_a_button_is_offered(resident, session_factory):
    reach_handoff_offer(resident, button="介護サービス")
    assert last_text(resident.say("つないでほしい")) == copy.ASK_RELATION
    assert last_text(resident.say("母のことです")) == copy.ASK_ADDRESS
    resident.say("美浜区高洲3丁目")
    assert last_text(resident.say("同意します")) == copy.ASK_CONTACT
    assert last_text(resident.say("電話")) == copy.ASK_PHONE
    assert last_text(resident.say("０４３ー２７０ー１２３４")) == copy.ASK_CALL_TIME


def test_a_wrong_phone_number_is_asked_again(resident):
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    resident.tap("自分のこと")
    resident.say("美浜区高洲3丁目")
    resident.tap(copy.AGREE)
    resident.tap(copy.BY_PHONE)
    assert last_text(resident.say("123")) == copy.BAD_PHONE


def test_redelivered_events_mid_conversation_are_not_acted_on_again(resident, session_factory, fake_line):
    reach_handoff_offer(resident, button="介護サービス")
    event = line_events.postback_event(resident.user_id, resident.button(copy.CONNECT)["data"], resident.token())
    resident.post(event)
    resident.wait_for_messages(len(resident.received()) + 1)
    time.sleep(0.5)
    count = len(resident.received())
    version = user_row(session_factory, resident.user_id).state_version
    resident.post({**event, "deliveryContext": {"isRedelivery": True}})
    time.sleep(1.0)
    assert len(resident.received()) == count
    assert user_row(session_factory, resident.user_id).state_version == version


def test_two_residents_interleaved_keep_their_own_conversations(app_server, fake_line, session_factory):
    a, b = LineUserSim(app_server.url, fake_line), LineUserSim(app_server.url, fake_line)
    reach_handoff_offer(a, button="介護サービス")
    reach_handoff_offer(b, button="物忘れ・認知症")
    a.tap(copy.CONNECT)
    b.tap(copy.CONNECT)
    a.tap("自分のこと")
    b.tap("家族のこと")
    a.say("美浜区高洲3丁目")
    b.say("稲毛区小仲台2丁目")
    a.tap(copy.AGREE)
    b.tap(copy.AGREE)
    complete_contact_and_send(a)
    complete_contact_and_send(b)
    assert case_of(session_factory, a.user_id).destination_id == "takasu"
    assert case_of(session_factory, b.user_id).destination_id == "konakadai"


def handed_off(resident: LineUserSim, session_factory) -> Case:
    reach_handoff_offer(resident, button="介護サービス")
    resident.tap(copy.CONNECT)
    resident.tap("自分のこと")
    resident.say("美浜区高洲3丁目")
    resident.tap(copy.AGREE)
    complete_contact_and_send(resident)
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
    assert answer[0]["text"] == copy.EMERGENCY_119 and last_text(answer) == copy.FORWARDED


def test_a_staff_reply_reaches_the_resident_on_line(resident, session_factory, app_server):
    from bot import outbox
    from core.db import transaction

    case = handed_off(resident, session_factory)
    before = len(resident.received())
    with transaction(session_factory) as session:
        outbox.enqueue(session, resident.user_id, [{"type": "text", "text": "高洲の担当です。明日お電話します。"}],
                       origin="staff", case_id=case.id)
    app_server.app.state.ctx.wake_worker()
    assert resident._answer_after(before)[0]["text"] == "高洲の担当です。明日お電話します。"


def test_after_the_case_is_closed_a_new_worry_starts_a_new_case(resident, session_factory):
    from core.db import transaction

    first = handed_off(resident, session_factory)
    with transaction(session_factory) as session:
        session.get(Case, first.id).status = "closed"
    reach_handoff_offer(resident, button="物忘れ・認知症")
    resident.tap(copy.CONNECT)
    resident.tap("家族のこと")
    resident.say("稲毛区小仲台2丁目")
    resident.tap(copy.AGREE)
    complete_contact_and_send(resident)
    second = case_of(session_factory, resident.user_id)
    assert second.id != first.id and second.destination_id == "konakadai"


def test_unsend_deletes_the_stored_copy_of_the_message(resident, session_factory):
    case = handed_off(resident, session_factory)
    event = line_events.text_event(resident.user_id, "やっぱり今の話は取り消します", resident.token())
    resident.post(event)
    resident.wait_for_messages(len(resident.received()) + 1)
    resident.post(line_events.unsend_event(resident.user_id, event["message"]["id"]))
    time.sleep(1.0)
    bodies = [e.body for e in entries_of(session_factory, case.id)]
    assert "やっぱり今の話は取り消します" not in bodies


def test_a_ten_thousand_character_message_gets_a_polite_answer(resident):
    answer = resident.say("母の物忘れが心配です。" * 1000)
    assert answer and all(len(m["text"]) <= 5000 for m in answer)


@pytest.mark.parametrize("step_text", ["はい", "こんにちは"])
def test_greeting_reaches_a_first_time_writer_before_anything_else(resident, step_text):
    answer = resident.say(step_text)
    assert answer[0]["text"] == copy.WELCOME


def test_messages_sent_in_a_row_are_read_together(resident, session_factory):
    first = line_events.text_event(resident.user_id, "母のことで相談です。", resident.token())
    second = line_events.text_event(resident.user_id, "最近、同じ話を何度もして、財布をなくしたと騒ぎます", resident.token())
    before = len(resident.received())
    resident.post(first, second)
    answer = resident._answer_after(before)
    questions = [m for m in answer if "quickReply" in m]
    assert len(questions) == 1  # one turn, one question
    state = user_row(session_factory, resident.user_id).state
    assert [m["text"] for m in state["messages"]] == ["母のことで相談です。", "最近、同じ話を何度もして、財布をなくしたと騒ぎます"]
    assert "dementia" in state["topics"]


@pytest.fixture
def quickly_idle_app(isolated_database_url, fake_line):
    from core.app import create_app
    from tests.conftest import make_settings
    from tests.support import ServerThread

    app = create_app(make_settings(isolated_database_url, fake_line, conversation_idle_minutes=0.06))
    server = ServerThread(app).start()
    yield server, app
    server.stop()


def test_an_idle_conversation_is_closed_politely_and_forgotten(quickly_idle_app, fake_line):
    server, app = quickly_idle_app
    resident = LineUserSim(server.url, fake_line)
    reach_handoff_offer(resident, button="介護サービス")
    time.sleep(4.0)
    runtime = app.state.ctx.services["runtime"]
    expire_job = next(job for _, _, job in runtime.worker.periodic if job.__name__ == "expire_idle")
    expire_job()
    app.state.ctx.wake_worker()
    wait_for(lambda: last_text(resident.received()) == copy.EXPIRED)
    with app.state.ctx.session_factory() as session:
        user = session.get(LineUser, resident.user_id)
        assert user.step == "start" and "messages" not in user.state


def test_an_idle_conversation_resumed_late_starts_again_politely(quickly_idle_app, fake_line):
    server, app = quickly_idle_app
    resident = LineUserSim(server.url, fake_line)
    reach_handoff_offer(resident, button="介護サービス")
    time.sleep(4.0)
    answer = resident.say("つないでほしい")
    assert answer[0]["text"] == copy.EXPIRED_ON_RETURN
