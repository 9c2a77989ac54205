"""Round 37's families through the whole conversation, with the real triage (own sentences):

- a dementia programme's own name (チームオレンジ, オレンジカフェ) heard at a school is elder care, not a young
  person's affair (`vocabulary.outside_elder_care`): the FAQ answers it;
- 利用できる, the formal way to say a service can be used, is read as the phrasings' 使える: 「だれが利用できますか」 is
  who may use care insurance;
- simple Japanese asking for a service with を left out (「ヘルパーさん たのみたい」) is read with it
  (`vocabulary.helpers_apart`), however many clauses of the writer's day follow;
- a mark found on someone in care whose only account is a fall the staff gave (「転んだと言うだけ」) is a suspicion to
  report, answered with no safety question (`steps.tells_mark_seen_in_care`); a fall told as happening keeps it.
"""

from __future__ import annotations

import pytest

from bot.conversation import copy
from knowledge.vocabulary import helpers_apart, outside_elder_care, unify
from tests.bot.conversation.readings import faq_sure_of, read_as


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "チームオレンジってなんですか。野球のチーム？娘が小学校でもらったプリントに書いてあった",
            "dementia-supporter-team-orange",
        ),
        ("介護保険はだれが利用できるのでしょう。祖母は海外から来て日本に住んでいます", "care-insurance-who"),
        ("ヘルパーさん たのみたい。 ちち ひとり。 わたし しごと いそがしい。", "care-home-helper"),
    ],
)
def test_the_question_is_answered_in_the_first_reply(conversation_deps, chat, text, slug):
    read_as(conversation_deps, text, "no risk sign", urgency="routine")
    faq_sure_of(conversation_deps, text, slug)
    chat.say(text)
    assert faq_slug(chat) == slug


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("チームオレンジって何？高校の先生から聞いた", False),
        ("オレンジカフェは中学生でも参加できますか", False),
        # a school's own team, no programme named: still a young person's affair
        ("息子の高校の部活でオレンジ色のユニフォームを作りたい", True),
        ("小学校のサッカーチームに入りたい", True),
    ],
)
def test_a_dementia_programme_named_keeps_a_school_message_in_elder_care(text, outside):
    assert outside_elder_care(text) is outside


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("訪問介護はだれが利用できますか", "使えますか"),
        ("デイサービスを利用できる人", "使える人"),
        # 利用 alone, without being able to, stays as typed
        ("デイサービスを利用しています", "利用しています"),
    ],
)
def test_being_able_to_use_said_formally_is_read_as_tsukaeru(text, read):
    assert read in unify(text)


def test_a_mark_in_care_explained_as_a_fall_by_the_staff_is_answered_without_the_safety_question(
    new_chat, conversation_deps
):
    typed = "特養にいる祖母の手の甲にあざがありました。スタッフは転んだと言うだけで納得できません"
    read_as(
        conversation_deps, typed, "an unsure risk sign a rule read", safety_uncertain=True, safety_by_model_alone=False
    )
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-in-facility"
    assert copy.SAFETY_QUESTION not in texts


@pytest.mark.parametrize(
    "typed",
    [
        # a fall told as happening, by the writer: the question stands
        "施設にいる祖母が転んで、手の甲にあざができた",
        "ホームで母が転んだらしく腕にあざがあって、痛がっている",
        # the staff's account, but an injury under way too
        "特養の祖母の腕にあざ。職員は転んだと言うけど、腕が腫れて動かせない",
    ],
)
def test_a_fall_told_as_happening_or_an_injury_under_way_keeps_the_alarm_or_the_safety_question(
    new_chat, conversation_deps, typed
):
    r = read_as(conversation_deps, typed, "a risk sign", urgency=lambda u: u != "routine")
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    if r.urgency == "emergency":
        assert any("119" in t for t in texts)
    else:
        assert copy.SAFETY_QUESTION in texts


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ヘルパーさん たのみたい", "ヘルパーさんをたのみたい"),
        ("デイサービス おねがいしたい", "デイサービスをおねがいしたい"),
        # a particle already there, written together, or no request: as typed
        ("ヘルパーさんに たのみたい", "ヘルパーさんに たのみたい"),
        ("ヘルパーさんたのみたい", "ヘルパーさんたのみたい"),
        ("おかあさん たのしみに している", "おかあさん たのしみに している"),
    ],
)
def test_what_is_asked_for_written_apart_from_the_request_is_read_with_wo(text, read):
    assert helpers_apart(text) == read
