"""Held-out round 23's families through the whole conversation, with the real triage (own sentences):
- a professional quoted as the one who advised the writer, a stay asked for so the carer can rest, getting
  lost told by the wrong stop, a doctor refused on the day, a telephone line asked about in the evening, a name
  compared with another town's and a procedure asked with 「流れは」 get the FAQ's answer in the first reply;
- a professional writing as themself keeps the professionals' answer;
- a carer who speaks of ending their life while asking for a stay gets the crisis lines first, not the
  answer about stays.
"""

from __future__ import annotations

import pytest

from bot.conversation import copy


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        (
            "退院前に看護師さんから「要介護認定を申請しておいて」と言われました。申請はどこでするんですか",
            "care-cert-apply",
        ),
        ("主治医に「そろそろ介護認定を」と勧められた。どこに申し込めばいい？", "care-cert-apply"),
        ("介護疲れで、父をどこかに預けて少し休みたい", "care-short-stay"),
        ("看病疲れで、数日だけ父を預かってもらって休みたい", "care-short-stay"),
        ("母が電車を乗り間違えて遠くの駅で保護された。次に備えて何かできることは", "dementia-getting-lost-prepare"),
        ("受診の予約を入れても、当日になると父が行かないと言い出す", "dementia-refuses-doctor"),
        ("仕事終わりに認知症のことを相談したい。相談電話は夜もやってますか", "dementia-call-center"),
        ("福岡から引っ越してきました。こちらのあんしんケアセンターは、福岡でいうと何ですか", "center-about"),
        ("後見人をつけるよう銀行に言われた。手続きの流れは", "guardianship-how-to-apply"),
    ],
)
def test_round23_families_are_answered_in_the_first_reply(new_chat, typed, slug):
    chat = new_chat()
    chat.say(typed)
    assert faq_slug(chat) == slug


def test_a_professional_writing_as_themself_keeps_the_professionals_answer(new_chat):
    chat = new_chat()
    chat.say("病院の医療ソーシャルワーカーです。退院する方のことで包括と連携したい")
    assert faq_slug(chat) == "professional-contact-center"


@pytest.mark.parametrize(
    "typed",
    [
        "介護に疲れて、もう死にたい。二、三日でいいから母を預けて休みたい",
        "もう消えてしまいたい。数日だけ父を預けて休みたいです",
    ],
)
def test_a_carer_speaking_of_ending_their_life_gets_the_crisis_lines_not_the_stay(new_chat, typed):
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert chat.user().state.get("crisis")
    assert copy.CRISIS_LINES_INTRO in "".join(texts)
    assert faq_slug(chat) is None
