"""CheckList-style tests for the causes behind the crises and the emergency held-out round 17 missed.

Each cause is tested as a behaviour in sentences of our own (none is a round-17 sentence):
- a wish to have died with someone, or to follow them (「一緒に逝けばよかった」「逝きたい」「あとを追いたい」 after a
  death seen through, 看取って), also in question-and-answer form; pills saved up with such a wish;
- better off gone, in dialect (「おらんようになった方がええ」「いなくなったほうがいい」): a crisis, not a missing person;
- how easy it would be to sink or vanish (「このまま沈んじまえたら楽なのに」「消えてしまえたら楽やのに」): a crisis,
  not a drowning now;
- the pills grabbed and about to be taken with words of death (「くすりつかんで のむという しにたいといい」), in
  hiragana and in a verse's rhythm too: an attempt now (119);
- guards: a death told (「母が逝った」), when someone dies (「逝ったら」), pills merely hoarded without a wish,
  someone missing now, someone sinking in the bath now, a dose taken as prescribed, a figure of speech.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    variants,
)

# --- a wish to have died with someone, to follow them ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "妻を見送ってから、あのとき一緒に逝けばよかったと毎晩思う",
        "Q だれの話 A わたし Q どんな A 母を看取ってから一緒に逝きたかったと思うようになった",
        "主人が逝ってしまって、私も逝きたいとばかり考えてます",
        "兄を看取ってから、あとを追いたいって父が言う",
        "夫を看取った。いっそ一緒に死ねばよかった",
        "妻が亡くなってから、あいつのとこへ行きたいと父が言う",
    ],
)
def test_a_wish_to_have_died_with_someone_is_a_crisis(text):
    for kind in ("as written", "no punctuation", "with a name"):
        assert_crisis_by_rules(variants(text)[kind])


@pytest.mark.parametrize(
    "text",
    [
        "Q 誰 A 母 Q 心配なこと A 父が逝けばよかったと言い出して、睡眠薬を飲まずにためてる",
        "夫を看取ってから、あとを追いたいと言って薬をためこんでいる",
        "ばあちゃん、消えた方がええって言うて 薬もためとるみたい",
    ],
)
def test_pills_saved_up_with_a_wish_to_be_gone_is_a_crisis(text):
    assert_crisis_by_rules(text)


# --- better off gone, in dialect: a crisis, not a missing person --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが わしはおらんようになった方がええんじゃ ってずっと言うとる",
        "母が、私なんかいなくなったほうがいいって泣くんです",
        "おやじが おらんようになった方がええって毎晩言いよる",
        "祖母が 自分は消えた方がええんよって言う",
    ],
)
def test_better_off_gone_is_a_crisis_not_a_missing_person(text):
    assert_crisis_by_rules(text)
    result = assess_urgency(text)
    assert result.family != "missing_dementia", (text, result.family)
    assert result.call_number != "110", (text, result.call_number)


# --- how easy it would be to sink or vanish ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父が風呂に入るたび、このまま沈んじまえたら楽なのにってつぶやく",
        "母が 海に沈んでしまえたら楽なのにと言う",
        "叔母が、消えてしまえたら楽やのにってよう言うてる",
        "祖父が このまま逝けたらいいって言う",
    ],
)
def test_a_wish_to_sink_or_vanish_is_a_crisis_not_a_drowning(text):
    assert_crisis_by_rules(text)
    assert assess_urgency(text).urgency != "emergency", text


# --- the pills grabbed, about to be taken, with words of death ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "いま ちちが くすりのふくろ つかんで のむといい しにたいと さけぶ",
        "母が睡眠薬の瓶を握りしめて、全部飲むって。死にたいって言って止めても聞かない",
        "祖母が薬を手に取って飲むと言う、もう死ぬって",
        "くすりもって のむといいだし しにたいと ちちがなく",
    ],
)
def test_pills_grabbed_to_be_taken_with_words_of_death_is_an_attempt_now(text):
    assert_emergency(text, call="119")
    assert assess_urgency(text).crisis, text


def test_pills_grabbed_to_die_however_written():
    assert_emergency_however_written(
        "母が薬を握りしめて飲むと言っています。死にたいと言って止めても聞きません", call="119"
    )


# --- guards -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母が先月逝きました。相続の手続きを相談したい",
        "父が逝ったら家をどうするか兄弟で話し合いたい",
        "祖父の薬の飲み忘れが多くて、薬局の袋にためてある",
        "薬を手に取って飲むと言うけど、死ぬほど苦いらしい",
        "母は毎朝薬を手に取って飲むのが習慣です",
        # a symptom gone, or someone wished to live on
        "母が、この痛みが消えたら楽なのにって言う",
        "熱が落ちたらいいのにね",
        "このまま父が死なずにいてくれたらいい",
    ],
)
def test_guard_a_death_told_or_pills_alone_are_no_crisis(text):
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text, call",
    [
        ("認知症の祖母が朝からおらんようになった。どこにもおらん", "110"),
        ("父がお風呂で沈んでる、顔が湯船に", "119"),
        ("母が湯船に沈んでいて返事がない", "119"),
    ],
)
def test_guard_missing_or_sinking_now_still_raises(text, call):
    assert_emergency(text, call=call)
