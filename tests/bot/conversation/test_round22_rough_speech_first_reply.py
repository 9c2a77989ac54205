"""Held-out round 22's families through the whole conversation, with the real triage (own sentences):
- rough speech, telegraphic 「なに できる」 and 〜すりゃいい questions get the FAQ's answer in the first reply;
- a bruise seen in a care home, with no injury under way, is a suspicion of abuse to report, not a life at risk
  (round 33 reversed round 22's reading): told or asked, the answer about abuse in a facility comes in the first
  reply with no safety question (steps.tells_mark_seen_in_care);
- an appointment or a case of one's own, said in rough speech, gets no FAQ answer.
"""

from __future__ import annotations

import pytest

from bot.conversation import copy


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("この LINE なに できる", "line-bot-about"),
        ("じいちゃんが勝手に出てっちまいそうで、前もってやっとけることってある？", "dementia-getting-lost-prepare"),
        ("物忘れのある祖母に、どんな言葉かけをすれば傷つけずに済むでしょうか", "dementia-how-to-respond"),
        ("老人会の皆さんに、フレイルとは何か説明したいんだけど", "prevention-frailty"),
    ],
)
def test_rough_and_telegraphic_questions_are_answered_in_the_first_reply(new_chat, typed, slug):
    chat = new_chat()
    chat.say(typed)
    assert faq_slug(chat) == slug


BRUISE_TOLD = "祖母が入所しているホームで、背中に大きなあざを見つけた。職員に聞いても要領を得ない"
BRUISE_ASKED = BRUISE_TOLD + "。こういうのはどこに言えばいいのか"


@pytest.mark.parametrize("typed", [BRUISE_TOLD, BRUISE_ASKED])
def test_a_bruise_seen_in_a_care_home_gets_the_answer_and_no_safety_question(new_chat, typed):
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-in-facility"
    assert copy.SAFETY_QUESTION not in texts


@pytest.mark.parametrize(
    "typed",
    [
        "酒を飲むと暴れる息子から、親父を引き離す方法はあんのか",
        "怒鳴って物を投げる夫から母を引き離すにはどうすりゃいい",
    ],
)
def test_taking_someone_from_the_one_who_harms_them_is_answered_with_the_safety_question_last(new_chat, typed):
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-protection-measures"
    if copy.SAFETY_QUESTION in texts:
        assert texts[-1] == copy.SAFETY_QUESTION


@pytest.mark.parametrize(
    "typed",
    [
        "明日の午後2時に家に来てくんねえか",
        "来週の月曜にセンターに行きてえけど予約しといてくれ",
        "先週頼んだ件、どうなってんだ。担当の人から返事がねえ",
    ],
)
def test_an_appointment_or_a_case_of_ones_own_in_rough_speech_gets_no_faq_answer(new_chat, typed):
    chat = new_chat()
    chat.say(typed)
    assert faq_slug(chat) is None
