"""Held-out round 33's families through the whole conversation, with the real triage (own sentences):

- a mark (あざ, 傷) found on someone at, or back from, a care facility or service (施設, ホーム, デイ, ショート,
  面会), with no injury or state under way, is a suspicion of abuse to report, not a life at risk: the FAQ's answer
  in the first reply and no safety question (`steps.tells_mark_seen_in_care`). A serious injury now (血, 骨, 意識)
  or a fall keeps the alarm or the question; a mark at home keeps the question as before;
- hurtful words or blows received (「息子にひどいことを言われてつらい」) are never answered with the carer's entry
  (abuse-caregiver-at-limit), and the heard line is not the carer's;
- a dose missed or not known to be taken is the medicine question, with no safety question; a dose taken twice or
  all at once keeps the alarm or the question (`steps.tells_missed_dose`).
"""

from __future__ import annotations

import pytest

from bot.conversation import copy
from tests.bot.conversation.readings import faq_sure_of, read_as
from tests.nlp.checklist import without_punctuation


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


MARKS_IN_CARE = [
    "老人ホームに面会に行ったら、父の腕にあざがあった。職員さんの説明もはっきりしない",
    "デイサービスで母の腕にあざができていた。職員の説明があいまい",
    "ショートステイから戻った祖母のすねにアザがあった。施設は知らないと言う",
    "しせつに めんかいに いったら ははの うでに あざが あった",
    "今日施設に面会に行ったら、祖父の顔にあざがありました",
    # recurring (round 30): now with no safety question at all
    "祖父が入所しているホームに行くたびに、腕に青あざが増えている。職員さんは知らないと言う",
]


@pytest.mark.parametrize("typed", MARKS_IN_CARE)
def test_a_mark_found_in_care_is_answered_without_the_safety_question(new_chat, conversation_deps, typed):
    read_as(
        conversation_deps, typed, "an unsure risk sign a rule read", safety_uncertain=True, safety_by_model_alone=False
    )
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-in-facility"
    assert copy.SAFETY_QUESTION not in texts


def test_a_mark_found_in_care_however_punctuated(new_chat, conversation_deps):
    typed = without_punctuation(MARKS_IN_CARE[0])
    read_as(conversation_deps, typed, "an unsure risk sign a rule read", safety_uncertain=True)
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-in-facility"
    assert copy.SAFETY_QUESTION not in texts


@pytest.mark.parametrize(
    "typed",
    [
        # an injury or a state under way, a fall, a moment of its own: the question stands
        "施設で父の腕にあざがあって、転んで頭を打ったらしい",
        "ホームに面会に行ったら母の腕にあざがあり、ぐったりしている",
        pytest.param(
            "デイから帰った父の足にあざがあって、痛がって歩けない",
            marks=pytest.mark.xfail(
                reason="the rounds 1-36 model alone raises it (0.59) with a weak family guess, a missing person, and an "
                "alarm's number follows its family since safety36: 110, not 119",
                strict=True,
            ),
        ),
        # a bone that seems broken (fall_injury reads it since round 33)
        "ホームに面会に行ったら、父の腕の骨が折れているみたい",
        "しせつで ははの ほねが おれてる みたい",
        "施設に入っている叔母に会うたびにあざがあったが、今日は急に腕に大きなあざができている",
        # a mark at home, not in care: as before
        "母の腕にあざがある",
        "近所のおばあさんの腕にあざがあった",
    ],
)
def test_a_mark_with_an_injury_under_way_or_at_home_keeps_the_alarm_or_the_safety_question(
    new_chat, conversation_deps, typed
):
    r = read_as(conversation_deps, typed, "a risk sign", urgency=lambda u: u != "routine")
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    if r.urgency == "emergency":
        assert any("119" in t for t in texts)
    else:
        assert r.safety_uncertain
        assert texts[-1] == chat.question() == copy.SAFETY_QUESTION


@pytest.mark.parametrize(
    "typed",
    ["施設に面会に行ったら母が頭から血を出していた", "デイから帰ってきた母の意識がない"],
)
def test_a_serious_injury_now_in_care_still_raises_the_alarm(new_chat, conversation_deps, typed):
    read_as(conversation_deps, typed, "an emergency", urgency="emergency")
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert any("119" in t for t in texts)


HARM_RECEIVED = [
    "息子にひどいことを言われてつらい",
    "むすこに ひどいこと いわれて つらい",
    "娘からきつい言葉を言われて悲しい",
    "夫にひどいことを言われてつらいです",
]


@pytest.mark.parametrize("typed", HARM_RECEIVED)
def test_harm_received_is_not_answered_with_the_carers_entry(new_chat, conversation_deps, typed):
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) != "abuse-caregiver-at-limit"
    assert copy.HEARD["carer_exhausted"] not in texts


def test_harm_received_told_as_abuse_is_still_answered(new_chat, conversation_deps):
    typed = "息子に毎日どなられてつらいです。虐待ですか"
    faq_sure_of(conversation_deps, typed, "abuse-report")
    chat = new_chat()
    chat.say(typed)
    assert faq_slug(chat) == "abuse-report"


def test_the_carers_own_harsh_act_still_gets_the_carers_entry(new_chat):
    chat = new_chat()
    chat.say("母にきつく当たってしまう")
    assert faq_slug(chat) == "abuse-caregiver-at-limit"


MISSED_DOSES = [
    "朝の薬を飲み忘れた",
    "血圧の薬飲み忘れたけど大丈夫？",
    "あさの くすりを のみわすれた",
    "父が朝の薬を飲んだか飲んでないか分からない。袋が余っている",
    "母が薬を飲んだかどうか分からない",
]


@pytest.mark.parametrize("typed", MISSED_DOSES)
def test_a_missed_dose_is_answered_without_the_safety_question(new_chat, conversation_deps, typed):
    read_as(conversation_deps, typed, "no rule sign", urgency_reason=None, urgency="routine")
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "medical-medicine-management"
    assert copy.SAFETY_QUESTION not in texts


@pytest.mark.parametrize(
    "typed",
    [
        "薬を2回飲んでしまった",
        "まとめて飲んだ",
        "朝の薬を飲み忘れて昼にまとめて飲んだ",
        "朝の薬を飲んだか忘れて、もう一回飲んでしまった",
        # not known to be taken, with a count or a sign in the body
        "睡眠薬を何錠飲んだか分からなくなった。頭がぼうっとしてきた",
        "父が薬を飲んだか分からなくて、ふらふらしている",
    ],
)
def test_a_dose_taken_twice_or_at_once_keeps_the_alarm_or_the_question(new_chat, conversation_deps, typed):
    r = conversation_deps.triage(typed)
    assert r.urgency == "emergency" or r.safety_uncertain, f"precondition: {typed!r} is read with no risk sign"
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    if r.urgency == "emergency":
        assert any("119" in t for t in texts)
    else:
        assert texts[-1] == chat.question() == copy.SAFETY_QUESTION


def test_whom_alone_is_still_not_answered(new_chat):
    chat = new_chat()
    chat.say("父のことで困っています")
    assert faq_slug(chat) is None
