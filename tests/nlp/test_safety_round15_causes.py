"""CheckList-style tests for the causes behind held-out round 15's missed emergencies and crises.

Each cause is tested as a behaviour over phrasings of our own (none is a round-15 sentence):
- minimum: at the tracks or the water "near" it with the act stated now (「もう電車に飛び込む」), a blade used on
  the wrist (「剃刀にて」), a body burning hot with confusion though someone says it is fine, several days' pills
  taken 「一度に」 (not read as 「度に」, each time), a nosebleed not stopping for a time named — 119;
- minimum: 「飛び降りたら楽になるか」, ending it oneself (「自分でけりをつける」) while speaking of living on — a crisis;
- direction: a fever gone after cooling, a nosebleed that stopped, settling a matter of work oneself, a jump for
  fun, living near the tracks — no emergency, and no crisis where nothing says one.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_crisis_by_rules as _crisis
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_crisis_by_rules
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written


def _no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


# --- self_harm_now ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "いま踏切のそばにいる。もう電車に飛び込む",
        "今 駅のホームの近くに いる もう 飛び込む",
        "川の近くに来てる。今から飛び込みます",
    ],
)
def test_near_the_tracks_or_water_with_the_act_stated_now_is_an_attempt_now(text):
    _emergency_however_written(text, "self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "線路の近くに住んでいるので電車の音がうるさい",
        "夏は孫と川に飛び込むのが楽しみです",
        "夫が海に飛び込もうかなと冗談を言う",
    ],
)
def test_living_near_the_tracks_a_jump_for_fun_or_a_thought_is_not_an_attempt_now(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "娘がカッターで腕を傷つけて、血が出ている",
        "祖父、ナイフにて手首を切り、血止まらず",
        "かみそりで手首を切ってる 血がいっぱい",
    ],
)
def test_a_blade_used_on_the_wrist_or_arm_with_blood_is_an_attempt_now(text):
    _emergency(text, "self_harm_now", "119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize("text", ["料理中に包丁で指を切ってしまった", "カッターで段ボールを切っていたら手を少し切った"])
def test_a_cut_finger_in_the_kitchen_is_not_self_harm(text):
    _no_crisis(text)


# --- heat_cold ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "弟は水を飲ませれば平気って言うけど、母の体が燃えるように熱くて自分の名前が言えない",
        "暑い部屋にいた祖父がぼんやりして、ここがどこかわからない",
    ],
)
def test_a_body_burning_hot_with_confusion_is_heatstroke_whoever_says_it_is_fine(text):
    _emergency_however_written(text, "heat_cold", call="119")


@pytest.mark.parametrize(
    "text",
    ["冷やしたら熱が下がって元気になりました", "体が燃えるように熱かったけど、冷やしたら落ち着いて普通に話してます"],
)
def test_a_fever_gone_after_cooling_is_not_heatstroke(text):
    _no_emergency(text)


# --- poisoning ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "血圧の薬を4日分一度に飲んでしまったらしく、今ぼーっとしてる",
        "報告：本日、睡眠導入剤を1週間分一度に服用していたことがわかった。現在ふらつきあり",
    ],
)
def test_several_days_pills_taken_at_once_are_an_overdose_not_a_habit(text):
    _emergency(text, "poisoning", "119")


def test_each_time_a_pill_is_taken_is_still_a_habit():
    _no_emergency("薬を飲む度に少し胃がむかむかします")


# --- seizure_bleeding_fall ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "血をサラサラにする薬を飲んでいる母の鼻血が30分以上止まらない",
        "たいしたことないかもだけど、父の鼻血がもう1時間も止まらない",
    ],
)
def test_a_nosebleed_not_stopping_for_a_time_named_is_heavy_bleeding(text):
    _emergency_however_written(text, "seizure_bleeding_fall", call="119")


@pytest.mark.parametrize("text", ["鼻血が出たけどすぐ止まった", "鼻血が5分で止まりました"])
def test_a_nosebleed_that_stopped_is_not_an_emergency(text):
    _no_emergency_however_written(text)


# --- crisis ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父が「屋上から飛び降りたら楽になれるのかな」と真剣に聞いてきた",
        "ベランダから飛び降りたら、らくになるかな",
    ],
)
def test_asking_whether_a_jump_would_bring_relief_is_a_crisis(text):
    _crisis(text)
    assert assess_urgency(text).urgency != "emergency", explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "子どもに迷惑をかけてまで長生きしたくない。自分で始末をつけます",
        "これ以上生きて家族の負担になるなら、自分でけりをつけたい",
    ],
)
def test_ending_it_oneself_while_speaking_of_living_on_is_a_crisis(text):
    _crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "仕事のトラブルは自分でけりをつけたい",
        "この件は自分で決着をつけたいと思ってます",
        "プールに飛び降りたら楽しかった",
    ],
)
def test_settling_a_matter_oneself_or_a_jump_for_fun_is_not_a_crisis(text):
    _no_crisis(text)
