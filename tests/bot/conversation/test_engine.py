"""The conversation engine directly: real triage, router, FAQ and database; an injected clock."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.conversation import copy
from core.db import transaction
from knowledge.models import FaqFeedback
from knowledge.service import get_by_slug
from routing.models import Destination
from tests.bot.conversation.chat import AFTER_HOURS, Chat, Clock
from workspace.stats.models import InquiryStat

TAKASU_WORRY = "美浜区高洲3丁目に住む母の物忘れがひどくて心配です"


def to_confirmation(chat: Chat, worry: str = TAKASU_WORRY) -> None:
    chat.say(worry)
    chat.tap(copy.CONNECT)
    chat.tap(copy.AGREE)
    assert chat.question().startswith(copy.CARD_CONFIRM_TITLE)


# ---- FAQ first -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, slug",
    [
        ("成年後見制度ってなんですか", "guardianship-"),
        ("夜中に父が熱を出したけど、救急車を呼ぶほどでもない気がする。どこに聞けばいい", None),
        ("介護保険の申請のしかたを教えてください", None),
    ],
)
def test_a_direct_question_is_answered_in_the_first_reply(chat, question, slug):
    chat.say(question)
    state = chat.user().state
    assert state.get("faq_slug"), chat.texts()
    if slug:
        assert state["faq_slug"].startswith(slug)
    assert chat.question() in copy.OFFER_HANDOFF.values()
    assert chat.buttons() == [copy.CONNECT, copy.NO_NEED]


def faq_answer_starts(session_factory, slug: str) -> str:
    with session_factory() as session:
        return get_by_slug(session, slug).answer[:20]


def test_a_question_about_someone_in_another_municipality_gets_the_outside_the_city_answer(chat, session_factory):
    texts = chat.texts(chat.say("佐倉の祖母のことも、話を聞いてもらえますか"))
    assert texts[0] == copy.OUTSIDE_CITY.format(place="佐倉市")
    assert texts[1].startswith(faq_answer_starts(session_factory, "outside-chiba-city")), texts


def test_a_question_naming_another_municipality_keeps_its_own_answer_when_it_asks_something_else(chat, session_factory):
    texts = chat.texts(chat.say("船橋の母が認知症なのに病院に行きたがらない。どうしたらいい"))
    assert texts[0] == copy.OUTSIDE_CITY.format(place="船橋市")
    assert texts[1].startswith(faq_answer_starts(session_factory, "dementia-refuses-doctor")), texts


def test_a_message_the_bot_cannot_place_is_said_to_be_not_understood_and_asked_again(chat):
    chat.say("あいうえお")
    texts = chat.texts()
    assert copy.DID_NOT_UNDERSTAND_WORRY in texts
    assert chat.question() == copy.ASK_WORRY


# ---- heard before asked -------------------------------------------------------------------------


# Two worries the merged safety detector reads otherwise than this test was written for: known,
# listed in docs/conversation.md, to be settled with the detector (strict: a fix makes them fail).
DETECTOR_DISAGREES = pytest.mark.xfail(
    strict=True,
    reason=(
        "the safety detector reads it as a risk (abuse heard of: the safety question, a person may be in "
        "danger) and answers that first"
    ),
)


@pytest.mark.parametrize(
    "worry, key",
    [
        pytest.param(
            "隣の家のおばあさんが息子に叩かれているようで、腕にあざがあります", "abuse", marks=DETECTOR_DISAGREES
        ),
        ("母の介護でもう限界です。夜も眠れず、疲れ果てました", "carer_exhausted"),
        ("介護保険の申請に必要な書類を教えてください", "form"),
    ],
)
def test_the_first_answer_starts_with_a_sentence_chosen_for_the_worry(chat, worry, key):
    chat.say(worry)
    assert chat.texts()[0] == copy.HEARD[key]


def test_the_heard_sentence_is_said_once_per_conversation(chat):
    chat.say("母の物忘れが心配です")
    chat.say("最近、同じことを何度も聞いてきます")
    assert sum(t in copy.HEARD.values() for t in chat.texts(chat.history)) == 1


# ---- typed answers ----------------------------------------------------------------------------------


def test_typed_send_at_the_confirmation_is_accepted(chat):
    to_confirmation(chat)
    chat.say("この内容で送ってください")
    assert chat.case() is not None and chat.case().destination_id == "takasu"


def test_free_text_at_the_confirmation_is_added_to_the_case(chat):
    to_confirmation(chat)
    chat.say("母は耳が遠いので、ゆっくり話してください")
    assert chat.texts()[0] == copy.DETAIL_ADDED
    assert chat.question().startswith(copy.CARD_CONFIRM_TITLE)
    chat.tap(copy.SEND)
    bodies = [e.body for e in chat.entries() if e.kind == "resident_message"]
    assert bodies == [TAKASU_WORRY, "母は耳が遠いので、ゆっくり話してください"]


def test_a_phone_number_typed_at_the_confirmation_becomes_the_contact(chat):
    to_confirmation(chat)
    chat.say("０９０－１２３４－５６７８に電話ください")
    assert chat.texts()[0] == copy.PHONE_ADDED.format(phone="090-1234-5678")
    chat.say("はい")
    case = chat.case()
    assert case.contact_method == "phone" and case.contact_phone == "090-1234-5678"


def test_phone_asked_with_the_button_then_back_to_the_confirmation(chat):
    to_confirmation(chat)
    chat.tap(copy.WANT_PHONE)
    assert chat.question() == copy.ASK_PHONE
    assert chat.texts(chat.say("123"))[-1] == copy.BAD_PHONE
    chat.say("043-270-1234 夕方なら大丈夫です")
    assert "電話 043-270-1234" in chat.question()
    chat.tap(copy.SEND)
    assert chat.case().contact_times == "夕方なら大丈夫です"


def test_an_unreadable_answer_to_consent_is_said_and_asked_again(chat):
    chat.say(TAKASU_WORRY)
    chat.tap(copy.CONNECT)
    texts = chat.texts(chat.say("えっと"))
    assert texts[0] == copy.NOT_UNDERSTOOD and texts[-1].startswith(copy.ASK_CONSENT.split("{")[0])


def test_who_the_worry_is_about_is_shown_on_the_confirmation_not_asked(chat):
    to_confirmation(chat)
    assert "どなたのこと：ご家族" in chat.question()


# ---- feedback folded into the connect question ---------------------------------------------------


def votes(session_factory, entry_id: int) -> tuple[int, int]:
    with session_factory() as session:
        rows = session.execute(
            select(FaqFeedback.helpful, func.count())
            .where(FaqFeedback.entry_id == entry_id)
            .group_by(FaqFeedback.helpful)
        ).all()
    counted = dict(rows)
    return counted.get(True, 0), counted.get(False, 0)


def test_resolved_counts_as_helpful_and_connecting_is_no_vote(chat, new_chat, session_factory):
    chat.say("介護保険の申請のしかたを教えてください")
    entry_id = chat.user().state["faq_entry_id"]
    before = votes(session_factory, entry_id)
    chat.tap(copy.NO_NEED)
    assert copy.GOODBYE in chat.texts()
    assert votes(session_factory, entry_id) == (before[0] + 1, before[1])
    other = new_chat()
    other.say("介護保険の申請のしかたを教えてください")
    other.tap(copy.CONNECT)
    assert votes(session_factory, entry_id) == (before[0] + 1, before[1])


# ---- the timeline carries the whole intake ---------------------------------------------------------


def test_the_case_timeline_carries_the_faq_answer_the_choices_and_consent_in_order(chat):
    chat.say("稲毛区小仲台2丁目に住む母の物忘れがひどくて心配です")
    chat.tap(copy.CONNECT)
    chat.tap(copy.AGREE)
    chat.tap(copy.SEND)
    kinds = [e.kind for e in chat.entries()]
    assert kinds[:4] == ["resident_message", "bot_message", "intake_choice", "consent"]
    faq_entry = chat.entries()[1]
    assert faq_entry.data.get("faq") and faq_entry.body
    assert copy.CONNECT in chat.entries()[2].body


# ---- copy that keeps its promises ----------------------------------------------------------------


def test_after_hours_without_verified_hours_no_date_is_promised_and_the_call_center_is_given(
    session_factory, conversation
):
    chat = Chat(conversation, session_factory, Clock(AFTER_HOURS))
    to_confirmation(chat)
    texts = chat.texts(chat.tap(copy.SEND))
    assert copy.WHEN_CLOSED_UNKNOWN in texts
    assert copy.MEANWHILE.format(callcenter_name="千葉市役所コールセンター", callcenter_phone="043-245-4894") in texts
    assert not any("月" in t and "日(" in t for t in texts)


def test_after_hours_with_verified_hours_the_day_is_named(session_factory, conversation):
    with transaction(session_factory) as session:
        session.get(Destination, "takasu").hours = "月～金 9:00～17:00"
    try:
        chat = Chat(conversation, session_factory, Clock(AFTER_HOURS))
        to_confirmation(chat)
        texts = chat.texts(chat.tap(copy.SEND))
        assert copy.WHEN_CLOSED.format(when="12月14日(月)") in [t.removesuffix(copy.PRIORITY) for t in texts]
    finally:
        with transaction(session_factory) as session:
            session.get(Destination, "takasu").hours = None


def test_the_fallback_contact_is_the_city_call_center_never_a_ward_desk(chat):
    chat.say(TAKASU_WORRY)
    chat.tap(copy.CONNECT)
    texts = chat.texts(chat.tap(copy.DISAGREE))
    assert copy.CONTACT_UNKNOWN.format(fallback_name="千葉市役所コールセンター", fallback_phone="043-245-4894") in texts
    assert not any("043-270-4073" in t for t in texts)  # 美浜区 介護保険室


def test_a_conversation_resumed_after_the_idle_time_says_nothing_was_sent(chat, clock, conversation_deps):
    chat.say(TAKASU_WORRY)
    chat.tap(copy.CONNECT)
    clock.advance(seconds=conversation_deps.idle.total_seconds() + 1)
    texts = chat.texts(chat.say("はい"))
    assert texts[0] == copy.EXPIRED_ON_RETURN and "何も送っていません" in texts[0]
    assert chat.case() is None


def test_an_idle_conversation_is_closed_with_a_note_that_nothing_was_sent(chat, clock, conversation, session_factory):
    chat.say(TAKASU_WORRY)
    clock.advance(hours=5)
    with transaction(session_factory) as session:
        before = session.scalar(select(func.count()).select_from(InquiryStat).where(InquiryStat.outcome == "expired"))
        notes = dict(conversation.expire_idle(session, clock.now))
    assert notes[chat.user_id][0]["text"] == copy.EXPIRED and "何も送っていません" in copy.EXPIRED
    user = chat.user()
    assert user.step == "start" and "messages" not in user.state
    with session_factory() as session:
        after = session.scalar(select(func.count()).select_from(InquiryStat).where(InquiryStat.outcome == "expired"))
    assert after - before == len(notes)  # one count per conversation closed (others of the shared database too)


# ---- anywhere ---------------------------------------------------------------------------------------


def test_cancel_in_plain_words_at_consent_forgets_everything(chat):
    chat.say(TAKASU_WORRY)
    chat.tap(copy.CONNECT)
    assert chat.texts(chat.say("やめます"))[0] == copy.CANCELLED
    user = chat.user()
    assert user.step == "start" and "messages" not in user.state and chat.case() is None


def test_an_old_button_is_refused_and_the_current_question_asked_again(chat):
    chat.say(TAKASU_WORRY)
    old = chat.button(copy.CONNECT)["data"]
    chat.tap(copy.CONNECT)
    texts = chat.texts(chat.tap_postback_data(old))
    assert texts[0] == copy.STALE_BUTTON and texts[-1].startswith(copy.ASK_CONSENT.split("{")[0])


def test_a_forged_button_is_not_understood(chat):
    chat.say(TAKASU_WORRY)
    assert chat.texts(chat.tap_postback_data("offer_handoff|1|yes.forged"))[0] == copy.NOT_UNDERSTOOD


def test_a_sticker_is_said_to_be_unreadable_and_the_question_asked_again(chat):
    chat.say(TAKASU_WORRY)
    texts = chat.texts(chat.sticker())
    assert texts[0] == copy.MEDIA_NOT_READ and texts[-1] in copy.OFFER_HANDOFF.values()


def test_an_unsent_message_is_forgotten_from_the_intake(chat, conversation, session_factory):
    chat.say("美浜区高洲3丁目に住む母のことです", message_id="m-keep")
    chat.say("母の物忘れが心配です。実はこれは取り消します", message_id="m-gone")
    with transaction(session_factory) as session:
        from bot.models import LineUser

        conversation.forget_message(session, session.get(LineUser, chat.user_id), "m-gone")
    state = chat.user().state
    assert [m["id"] for m in state["messages"]] == ["m-keep"]
    assert all((e.get("data") or {}).get("id") != "m-gone" for e in state["log"])


def test_while_staff_own_the_case_messages_are_passed_on(chat):
    to_confirmation(chat)
    chat.tap(copy.SEND)
    assert chat.texts(chat.say("母のことで、もうひとつ相談があります")) == [copy.FORWARDED]
    assert chat.entries()[-1].body == "母のことで、もうひとつ相談があります"


def test_the_engine_answers_a_step_without_sleeping(chat, clock):
    """The clock is injected: an hour passes for the conversation in no time for the test."""
    chat.say(TAKASU_WORRY)
    clock.advance(minutes=20)
    chat.tap(copy.CONNECT)
    assert chat.user().last_activity_at.replace(tzinfo=None) == clock.now.replace(tzinfo=None)


def test_a_long_yes_at_the_connect_question_keeps_its_words_with_the_worry(chat):
    chat.say(TAKASU_WORRY)
    chat.say("はい、お願いします。母は夜中に何度も起きて、外に出ようとします")
    assert chat.question().startswith(copy.ASK_CONSENT.split("{")[0])
    assert "夜中に何度も起きて" in chat.user().state["worry"]


def test_a_long_yes_at_the_confirmation_is_more_detail_not_a_send(chat):
    to_confirmation(chat)
    chat.say("はい、それでいいです。あと、母は昼間はデイサービスに行っています")
    assert chat.case() is None and chat.texts()[0] == copy.DETAIL_ADDED


# ---- a typed answer at every step that offers buttons ------------------------------------------------

KONAKADAI_2 = (35.637111, 140.096136)


@pytest.mark.parametrize("typed", ["そうです", "はい、あってます", "うん"])
def test_typed_yes_at_confirm_town(chat, typed):
    chat.say("母の物忘れが心配です")
    chat.tap(copy.CONNECT)
    chat.send_location(*KONAKADAI_2)
    chat.say(typed)
    assert chat.question().startswith(copy.ASK_CONSENT.split("{")[0]) and "小仲台" in chat.question()


def test_typed_no_at_confirm_town_asks_the_address(chat):
    chat.say("母の物忘れが心配です")
    chat.tap(copy.CONNECT)
    chat.send_location(*KONAKADAI_2)
    chat.say("ちがいます")
    assert chat.question() == copy.ASK_ADDRESS


@pytest.mark.parametrize(
    "typed, next_question",
    [
        ("連絡方法を変えたい", copy.ASK_PHONE),
        ("やっぱりそのままで", None),
        ("最初からやりなおす", copy.ASK_WORRY),
    ],
)
def test_typed_answers_at_the_edit_question(chat, typed, next_question):
    to_confirmation(chat)
    chat.tap(copy.EDIT)
    assert chat.question() == copy.ASK_WHAT_TO_EDIT
    chat.say(typed)
    if next_question:
        assert chat.question() == next_question
    else:
        assert chat.question().startswith(copy.CARD_CONFIRM_TITLE)


@pytest.mark.parametrize("typed", ["LINEでいいです", "らいんで"])
def test_typed_line_at_the_phone_question_goes_back_to_the_confirmation(chat, typed):
    to_confirmation(chat)
    chat.tap(copy.WANT_PHONE)
    chat.say(typed)
    assert chat.question().startswith(copy.CARD_CONFIRM_TITLE) and "連絡：このLINEで" in chat.question()


def test_a_typed_town_at_the_town_question(chat):
    chat.say("母の物忘れが心配です")
    chat.tap(copy.CONNECT)
    chat.say("稲毛区")
    chat.say("小仲台です")
    assert "小仲台" in chat.question()


@pytest.mark.parametrize("typed", ["わかりません", "しらない"])
def test_typed_dont_know_at_the_address_gives_the_call_center(chat, typed):
    chat.say("母の物忘れが心配です")
    chat.tap(copy.CONNECT)
    texts = chat.texts(chat.say(typed))
    assert copy.ADDRESS_GIVE_UP.format(phone="043-245-4894") in texts and chat.case() is None


@pytest.mark.parametrize("typed", ["いいえ、けっこうです", "今はいいです"])
def test_typed_no_at_the_connect_question_ends_without_a_case(chat, typed):
    chat.say("母の物忘れが心配です")
    texts = chat.texts(chat.say(typed))
    assert (copy.NOT_NOW in texts or copy.GOODBYE in texts) and chat.user().step == "start"
