"""CheckList-style tests for the causes behind look-alikes raised wrongly (look37, issue 14).

Each cause is tested as a behaviour in sentences of our own (none is a held-out sentence):
- English, which the rules barely read: nothing now or a question asked ahead (「Nothing now」「just want to
  know」「someday」「in case」), or a past event said to be over (「last month … a neighbour found her」「yesterday …
  he hung up」), with no English word of here and now: read as settled, so the learned detector alone may only
  ask the safety question;
- nobody came in, in so many words (「誰も入ってきてない」): settled the same way;
- a drill of the event named as a clause (「倒れたことを想定した訓練」): a general question;
- a stroke sign's harmless cause named and being seen to (「…のは入れ歯のせいで、作り直してもらってる」): explained;
- prevention in the dialect negative (「つまらせんように切る」): not what happened;
- this time last year (「去年の今ごろ」) and that day (「あの日」): past, though 今 is in it;
- 「ピンピンコロリで逝きたい」 in katakana: the well-known wish for a healthy old age, not a wish to die;
- content to go whenever, said with a laughing emoji: its crisis flag set aside for the model alone;
- guards (twins): the same words said as happening now still raise the alarm or stay unsettled.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_settled_so_the_model_alone_only_asks,
    assert_unsettled_so_the_model_alone_alarms,
)

# --- English: nothing now, asked ahead, or over ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If my father ever feels faint someday, who should we phone? Nothing now, I just want to know.",
        "My aunt wandered off last month but a neighbour found her within an hour. Are GPS shoes any good?",
        "Someone phoned my dad pretending to be his grandson last week; he hung up. Any advice?",
        "Dad stores his pills in a biscuit box. Nothing happened, but is there a dosette service?",
        "What should we keep at home in case grandma chokes on mochi?",
    ],
)
def test_english_said_to_be_nothing_now_or_over_only_asks_when_the_model_alone_is_sure(text: str) -> None:
    assert_settled_so_the_model_alone_only_asks(text)


@pytest.mark.parametrize(
    "text",
    [
        "My father collapsed and he is not breathing now, please help",
        "My aunt got lost yesterday and she still has not come home",
        "Nothing happened last week, but my mom can't breathe and her lips are blue",
        "Someone is at the door right now saying he is from the bank, what do I do",
        "Just want to know: my dad fainted and is unconscious",
    ],
)
def test_english_said_to_be_happening_now_keeps_the_model_alarm(text: str) -> None:
    assert_unsettled_so_the_model_alone_alarms(text)


# --- nobody came in, in so many words --------------------------------------------------------


def test_nobody_came_in_said_in_so_many_words_is_settled() -> None:
    assert assess_urgency("サスペンスを見てた母が大声を出したけど、誰も入ってきてないから安心して").settled


@pytest.mark.parametrize(
    "text",
    ["誰も入ってないはずなのに、二階で足音がする", "誰も入ってきてないけど、窓ガラスが割られてる"],
)
def test_nobody_came_in_taken_back_is_not_settled(text: str) -> None:
    assert not assess_urgency(text).settled, (text, explain(text))


# --- a drill of the event named as a clause ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "民生委員です。一人暮らしの方が倒れたことを想定した見守り訓練をしたいです",
        "認知症の方が行方不明になったことを想定して、声かけの練習を町内でやります",
    ],
)
def test_a_drill_of_the_event_named_as_a_clause_raises_no_alarm(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    ["一人暮らしの父が倒れたことに今気づいた、動かない", "母が行方不明になったので警察に届けた、まだ見つからない"],
)
def test_the_event_itself_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- a stroke sign's harmless cause being seen to ----------------------------------------------


def test_a_stroke_sign_with_its_cause_being_treated_raises_no_alarm() -> None:
    assert_no_emergency("父のろれつが怪しいのは新しい入れ歯のせいで、今作り直してもらってます")


@pytest.mark.parametrize(
    "text",
    [
        "父のろれつが怪しいのは入れ歯のせいかと思ったけど、急に右手も上がらない",
        "夫のろれつが悪いのは入れ歯のせいで、と思っていたら顔の片側が下がってきた",
    ],
)
def test_a_stroke_sign_with_its_cause_doubted_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text, family="stroke")


# --- prevention in the dialect negative -------------------------------------------------------


def test_prevention_in_the_dialect_negative_raises_no_alarm() -> None:
    assert_no_emergency("年寄りが団子をのどにつまらせんように、半分に切って出しとる")


@pytest.mark.parametrize(
    "text",
    ["じいちゃんが団子をのどにつまらせて息ができんようになっとる", "ばあちゃんが餅をのどにつまらせた、息ができん"],
)
def test_choking_in_the_dialect_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- this time last year, that day -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "去年の今頃は父が倒れて大変でした",
        "あの日は母が風呂で倒れて、本当に焦りました",
        "あの日、父が餅を詰まらせて本当に怖かった",
    ],
)
def test_this_time_last_year_or_that_day_is_past(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "去年の今ごろも倒れたけど、さっきまた倒れて動かない",
        "あの日から寝たきりの父が、今餅を詰まらせて息ができない",
        "あの日と同じで、母がまた倒れて動かない",
    ],
)
def test_a_past_day_then_now_still_raises_the_alarm(text: str) -> None:
    assert_emergency(text)


# --- a healthy old age wished for, content to go laughing -----------------------------------------


def test_the_healthy_old_age_saying_in_katakana_is_no_wish_to_die() -> None:
    assert_no_crisis_by_rules("ピンピンコロリで逝きたいが母の口ぐせで、毎日散歩してる")


def test_a_wish_to_go_said_plainly_is_still_a_crisis() -> None:
    assert_crisis_by_rules("もう逝きたい、毎日つらい")


def test_content_to_go_with_a_laughing_emoji_sets_the_crisis_flag_aside() -> None:
    assert assess_urgency("旅行が楽しすぎて「もう死んでもいい」🤣って父が言ってた").crisis_dismissed


def test_content_to_go_with_a_laughing_emoji_but_meant_is_not_set_aside() -> None:
    assert not assess_urgency("「もう死んでもいい」🤣って父が言うけど、実は本気みたいでつらい").crisis_dismissed
