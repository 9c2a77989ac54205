"""Held-out rounds 26 and 27's families through the whole conversation, with the real triage (own sentences):
an amount asked in northern speech, forgetfulness (in kanji, or in kana word by word), a former spouse's care
and answering the same question again and again, transport said as "legs", and a guarantor typed in kana get the
FAQ's answer in the first reply; a stay asked for because of a trip far away is not answered with care from afar."""

from __future__ import annotations

import pytest


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("デイサービスに週2回行くと、ひと月なんぼくれえかかんだ", "care-cost-share"),
        ("夫が忘れっぽくなってきた。どこに相談すればいいですか", "dementia-first-worry"),
        ("わすれっぽく なった おや の こと どこに そうだん", "dementia-first-worry"),
        ("元妻の介護をしています。認知症で同じ質問ばかりされて、受け答えに困っています", "dementia-how-to-respond"),
        ("病院までタクシー代がきつい。ほかに足になるもんないか", "living-transport"),
        ("わたし ひとり。ほしょうにん いない。にゅういん どうする", "eol-no-relatives"),
    ],
)
def test_round26_27_families_are_answered_in_the_first_reply(new_chat, typed, slug):
    chat = new_chat()
    chat.say(typed)
    assert faq_slug(chat) == slug


def test_a_stay_asked_for_a_trip_far_away_is_not_answered_with_care_from_afar(new_chat):
    chat = new_chat()
    chat.say("法事で遠方へ行くので、3日ほど父を泊まりで預かってほしい")
    assert faq_slug(chat) != "caregiver-long-distance"
