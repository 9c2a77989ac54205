"""CheckList-style tests for the causes behind the look-alikes held-out round 19 raised, in sentences of our own
(none is a round-19 sentence), and three emergencies from the last session's notes.

- the weakness a past stroke left, told in a later sentence (sign-language word order too);
- a message written as questions and answers: the answer's past time or denial is the sign's;
- days without an answer told as a recurring habit (「年に何回か…ことがある」);
- the case named as the occasion of a way to act (「…買おうとした時の声かけのコツ」): a general question;
- 練炭 as the fire food is grilled over;
- a wish for once more before one dies (「死ぬ前にもう一回…したい」), near death as the measure of a full stomach;
- emergencies: pills in hand with words of death, 「飲もうとしてる」; Kansai 「詰めてもた」「息でけへん」; 「ロープ手に」.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)


@pytest.mark.parametrize(
    "text",
    [
        "母は三年前に脳梗塞をしました。退院して家にいます。左足が動かないので手すりをつけたい",
        "父は去年脳梗塞で倒れた。右半身が動かない。デイサービスを探しています",
        "夫 おととし 脳出血。家 いる。左 足 動かない。車いす 借りたい",
        "祖母は昨年脳卒中をしまして、右手が動かないため食事の介助をお願いしたい",
    ],
)
def test_weakness_left_by_a_past_stroke_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父は去年脳梗塞。今朝から右手が動かない",
        "父は三年前に脳梗塞。さっき急に左足が動かなくなった",
        "去年脳梗塞。また右手が動かない",
        "右手が動かない。去年脳梗塞をした",
        "父 去年 脳梗塞。今 右手 動かない",
    ],
)
def test_a_new_weakness_after_a_past_stroke_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "stroke", "119")


@pytest.mark.parametrize(
    "text",
    [
        "Q 意識なくした？ A 先週、父がお風呂で Q 今は？ A 普通 Q 相談？ A 入浴の見守り",
        "Q 倒れた？ A 去年の春に祖母が Q 今は？ A 元気 Q 相談？ A 転倒予防",
        "Q 空き巣？ A 何もない Q 相談？ A 防犯グッズ",
        "Q 押し入られた？ A 先月、近所の家が Q うちは？ A 大丈夫 Q 相談？ A 鍵",
    ],
)
def test_a_sign_asked_and_answered_as_past_or_denied_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Q 倒れた？ A 今 父が台所で", "119"),
        ("Q 倒れた？ A はい さっき", "119"),
        ("Q 泥棒？ A いま家の中にいる", "110"),
    ],
)
def test_a_sign_answered_as_now_stays_an_emergency(text: str, call: str) -> None:
    assert_emergency(text, call=call)


@pytest.mark.parametrize(
    "text",
    [
        "兄は釣りに出ると年に何回か4日ほど連絡がつかないこともあります。いつものことなので見守りの相談です",
        "父は山歩きが趣味で、たまに二、三日電話に出ないことがあります。登山計画は聞いています",
        "叔母は月に一度は一週間くらい連絡が取れないことがある、気ままな人です",
    ],
)
def test_days_without_an_answer_as_a_habit_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


def test_this_time_after_the_habit_stays_an_emergency() -> None:
    assert_emergency("月に一度は電話に出ないことがあるけど、今回は一週間も電話に出ない", "unanswered", "119")
    assert_emergency("母と三日前から連絡が取れない。新聞もたまっている", "unanswered", "119")


@pytest.mark.parametrize(
    "text",
    [
        "高齢のお客様が電子マネーカードを大量に買おうとした時の対応マニュアルを作りたい",
        "お年寄りがギフトカードを買いに来た時の声かけの仕方を、職員研修で教えてほしい",
    ],
)
def test_the_case_as_the_occasion_of_a_way_to_act_is_a_general_question(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が今、電子マネーカードを大量に買おうとしてる。止め方を教えて",
        "父が電子マネーカードを大量に買おうとした時の対応を教えて",
    ],
)
def test_ones_own_person_or_now_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "fraud_in_progress", "110")


@pytest.mark.parametrize(
    "text",
    [
        "練炭で干物をあぶるのが冬の楽しみでね",
        "七輪に練炭入れて焼き鳥焼いた、うまかった",
        "じいちゃんは練炭でさつまいもを焼くのが得意",
        "七輪に練炭おこして、庭で干物を焼くのが秋の楽しみ",
    ],
)
def test_rentan_for_cooking_is_no_plan(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "練炭を車に積んで出ていった。今夜死ぬつもりらしい",
        "部屋に練炭がある。もう終わりにする。さようなら",
        "練炭で焼き肉して部屋で死ぬ、さようなら",
        "練炭を買ってきた、部屋で焼くつもりらしい、もう終わりにすると書き置き",
    ],
)
def test_rentan_with_a_plan_stays_an_emergency(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


@pytest.mark.parametrize(
    "text",
    [
        "死ぬ前にもう一度、北海道でカニを食べたいと母が笑う",
        "近所のおばあちゃん、死ぬ前に一回は飛行機に乗ってみたいって楽しそう",
        "じいちゃんが「死にそうなくらいお腹いっぱい」って、よう食べた",
        "死ぬくらいうまいラーメンやったと父が喜んでた",
    ],
)
def test_a_wish_for_once_more_or_a_full_stomach_is_no_crisis(safe_triager, text: str) -> None:
    t = safe_triager.triage(text)
    assert not t.crisis and t.urgency != "emergency", (text, t.urgency_reason)


def test_a_wish_before_dying_with_words_of_death_stays_a_crisis() -> None:
    assert_crisis_by_rules("死ぬ前にもう一度だけ娘に会いたい。もう生きていたくない")
    assert_crisis_by_rules("お腹いっぱい食べたし、もう死にたい")


@pytest.mark.parametrize(
    "text",
    [
        "父が睡眠薬を握って死ぬと言って飲もうとしている",
        "妻が薬の袋を手に取って、もう消えたいと飲もうとしてます",
        "母が薬をつかんで死にたいと言いながら飲もうとしてる",
    ],
)
def test_pills_in_hand_about_to_be_taken_with_death_words_is_an_emergency(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")
    assert_crisis_by_rules(text)


def test_pills_in_hand_without_death_words_is_no_emergency_by_the_rules() -> None:
    assert_no_emergency("母が薬をつかんで飲もうとしてる、食後の薬です")


@pytest.mark.parametrize(
    "text", ["じいちゃん飴詰めてもた、息できひん", "餅詰めてもた 息でけへん", "息がでけへん 苦しい"]
)
def test_kansai_choking_and_breathing_are_emergencies(text: str) -> None:
    assert_emergency_however_written(text, call="119", kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize("text", ["もう無理 ロープ手に", "死にたい。縄を手に、", "もうだめ、紐を手にしてる"])
def test_a_rope_in_hand_with_words_of_despair_is_an_emergency(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


def test_a_rope_got_is_not_in_hand() -> None:
    assert_no_emergency("キャンプ用にロープを手に入れた")
