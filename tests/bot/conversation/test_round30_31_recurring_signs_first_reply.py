"""Held-out rounds 30 and 31's families through the whole conversation, with the real triage (own sentences):

- a risk sign a rule reads, told as one that recurs (each visit, every day, every month) in a worry that asks
  nothing, gets the FAQ's sure answer in the first reply with the safety question still its last word: a pattern
  told over time is no moment to act in (`steps.tells_recurring`);
- a sign found once, or one told with a moment of its own (今, さっき, 急に), keeps the safety question first and
  alone, as before (a mark found on someone in care, once or recurring, gets no safety question since round 33);
- a shop's or a seller's line that does not answer (「解約の電話がつながらない」) is no sign about anyone's wellbeing.
"""

from __future__ import annotations

import pytest

from bot.conversation import copy
from bot.conversation.steps import tells_recurring
from tests.bot.conversation.readings import asks_something, faq_sure_of, read_as
from tests.nlp.checklist import without_punctuation


def faq_slug(chat) -> str | None:
    return chat.user().state.get("faq_slug")


# A mark found on someone in care, recurring or not, gets no safety question at all since round 33
# (test_round33_marks_in_care_harm_received_and_missed_doses_first_reply.py): the recurring sign here is at home.
RECURRING = ["実家に帰るたびに母の腕にあざが増えている"]


@pytest.mark.parametrize("typed", RECURRING)
def test_a_recurring_sign_told_without_a_question_is_answered_with_the_safety_question_last(
    new_chat, conversation_deps, typed
):
    read_as(conversation_deps, typed, "an unsure risk sign", safety_uncertain=True, safety_by_model_alone=False)
    asks_something(typed, False)
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    # (the ranker answers abuse-in-facility here, not abuse-report: reported, not pinned)
    assert faq_slug(chat) is not None
    assert texts[-1] == chat.question() == copy.SAFETY_QUESTION


@pytest.mark.parametrize(
    "typed",
    [
        "祖父が入所しているホームに行くたびに、腕に青あざが増えている。職員さんは知らないと言う",
        "施設に入っている叔母に会うたびに、すねに新しい青あざができている",
        # found once (round 22's reading, reversed in round 33)
        "叔母の入っている施設で、すねに青あざがあった。職員さんに聞いても答えがあいまい",
    ],
)
def test_a_mark_found_in_care_recurring_or_once_is_answered_with_no_safety_question(new_chat, conversation_deps, typed):
    read_as(conversation_deps, typed, "an unsure risk sign", safety_uncertain=True, safety_by_model_alone=False)
    faq_sure_of(conversation_deps, typed, "abuse-in-facility")
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "abuse-in-facility"
    assert copy.SAFETY_QUESTION not in texts


@pytest.mark.parametrize(
    "typed",
    [
        # found once, at home
        "母の腕に青あざがあった。本人に聞いても答えがあいまい",
        # recurring, but told with a moment of its own
        "施設に入っている叔母に会うたびにあざがあったが、今日は急に腕に大きなあざができている",
    ],
)
def test_a_sign_found_once_or_told_with_a_moment_keeps_the_safety_question_first_and_alone(
    new_chat, conversation_deps, typed
):
    read_as(conversation_deps, typed, "an unsure risk sign", safety_uncertain=True, safety_by_model_alone=False)
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert texts[-1] == chat.question() == copy.SAFETY_QUESTION
    assert faq_slug(chat) is None


@pytest.mark.parametrize(
    "typed",
    [
        "会うたびに腕にあざがある",
        "面会のたびにあざが増えている",
        "毎日どなり声が聞こえる",
        "毎月同じ商品が届く",
        "しょっちゅう同じことを聞かれる",
        "会う度に痩せていく",
    ],
)
def test_recurring_is_read_in_each_visit_every_day_and_again_and_again(typed):
    assert tells_recurring(typed)
    assert tells_recurring(without_punctuation(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "腕にあざがあった",
        "さっき転んで頭を打った。毎日散歩している",
        "急に胸が痛いと言い出した。いつもは元気です",
        "ずっと胸が痛いと言っている",
        "今、毎日飲む薬を二回飲んでしまった",
        "いつもと様子が違う",
        "何度も吐いている",
    ],
)
def test_one_moment_or_a_sign_of_now_is_not_recurring(typed):
    assert not tells_recurring(typed)


def test_a_sellers_line_that_does_not_answer_is_no_wellbeing_sign(new_chat, conversation_deps):
    typed = "お試しで頼んだ青汁が毎回届いてしまう。解約の電話がつながらないのですが"
    read_as(conversation_deps, typed, "no risk sign", safety_uncertain=False)
    chat = new_chat()
    texts = chat.texts(chat.say(typed))
    assert faq_slug(chat) == "consumer-subscription-trap"
    assert copy.SAFETY_QUESTION not in texts
