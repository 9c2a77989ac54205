"""CheckList-style tests for the causes behind the look-alikes held-out round 12 raised wrongly.

Each cause is tested as a behaviour in sentences of our own (none is a round-12 sentence):
- direction (no alarm): help already called and on the scene (「救急車を呼び、今救急隊の方が…」); spat out at
  once (「すぐ吐き出し、」); told by a professional there is nothing to fear
  (「心配ないと言われました」), by someone that the person is well (「元気だと連絡がありました」), by the police
  that they found the person (「保護したと連絡」); prevention (「〜を防ぐ工夫」); the sign explained by what was
  just said (「家にいないのはそのためです」); a long-standing complaint under a doctor's care (「いつもの症状で、
  〜で診てもらっています」); a sensation told in the plain present (「喉に引っかかる感じがする」); a habit
  (「帰ると、ベッドに倒れ込んで起き上がれません」); 練炭 named with its appliance (「練炭コンロで」);
- invariance: the same in hiragana, without punctuation and with a name, where the words allow;
- guards: the same words said as happening now still raise the alarm.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written

# --- help already called and on the scene ------------------------------------------------------------

HELP_ON_SCENE = (
    "祖母が台所で倒れていたので救急車を呼び、いま救急隊員が来て診てくれています。保険証はどこにしまったか",
    "父が脚立から落ちて救急車を呼びました。救急隊の方が到着して運ぶ準備をしています",
)


@pytest.mark.parametrize("text", HELP_ON_SCENE)
def test_an_ambulance_already_called_and_on_the_scene_raises_no_alarm(text):
    _no_emergency_however_written(text, kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("祖母が台所で倒れていて動きません", "unresponsive"),
        ("父が脚立から落ちて頭を打ちました、血が出ています", "seizure_bleeding_fall"),
    ],
)
def test_guard_the_same_fall_with_no_help_called_still_raises(text, family):
    _emergency_however_written(text, family, kinds=("as written", "no punctuation", "with a name"))


# --- spat out, nothing wrong; told there is nothing to fear ------------------------------------------

DEALT_WITH = (
    "母が麦茶と間違えてめんつゆを一口飲んだけど、すぐ吐き出し、けろっとしています",
    "祖父が入れ歯洗浄剤をなめたので中毒110番に電話したら、その量なら心配ないと言われました",
)


@pytest.mark.parametrize("text", DEALT_WITH)
def test_spat_out_at_once_or_told_there_is_nothing_to_fear_raises_no_alarm(text):
    _no_emergency_however_written(text, kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    "text",
    ["母が麦茶と間違えて漂白剤を一口飲んでしまいました", "祖父が入れ歯洗浄剤をなめて、ぐったりしています"],
)
def test_guard_the_same_swallowing_with_nothing_done_still_raises(text):
    _emergency_however_written(text, "poisoning", kinds=("as written", "no punctuation", "with a name"))


# --- told by someone that the person is well or was found ---------------------------------------------

TOLD_WELL = (
    "一人暮らしの父が温泉に行くと出かけて四日、携帯に出ませんが、宿の方から元気だと電話がありました",
    "認知症の祖母が戻らないので警察に相談したら、さきほど駅で保護したと連絡が来ました",
)


@pytest.mark.parametrize("text", TOLD_WELL)
def test_someone_telling_that_the_person_is_well_or_found_raises_no_alarm(text):
    _no_emergency_however_written(text, kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("一人暮らしの父が四日も電話に出ません", "unanswered"),
        ("認知症の祖母が朝から戻らないんです", "missing_dementia"),
    ],
)
def test_guard_the_same_silence_or_absence_with_no_news_still_raises(text, family):
    _emergency_however_written(text, family, kinds=("as written", "no punctuation", "with a name"))


# --- prevention; explained; long-standing under a doctor; a sensation; a habit -------------------------

NOT_NOW = (
    "祖父が漂白剤をお酢と取り違えないか不安です。誤飲を防ぐ置き方を教えてください",
    "認知症の父は今週は病院に検査入院しています。家にいないのはそのためなので、見守り訪問はお休みで",
    "父が「左足が冷たくて震える」というのはいつもの症状で、循環器内科で診てもらっています。靴下の工夫はありますか",
    "カプセルが喉に引っかかる感じがすると父が言うので、粉薬に変えてもらえるか相談しました",
    "祖父は釣りが趣味で、練炭コンロで魚を焼くのが好きです。火の始末だけ心配です",
)


@pytest.mark.parametrize("text", NOT_NOW)
def test_prevention_an_explained_absence_a_complaint_under_a_doctor_or_a_sensation_raises_no_alarm(text):
    _no_emergency_however_written(text, kinds=("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("祖父が漂白剤をお酢と間違えて飲みました", "poisoning"),
        ("認知症の父が家にいないんです、どこにもいません", "missing_dementia"),
        ("父が寒い部屋で左足が冷たくて震えていて、話しかけても反応がありません", "heat_cold"),
        ("父がカプセルが喉に引っかかって、声が出ず苦しそうです", "choking"),
        ("母がベッドに倒れ込んで、呼んでも起き上がりません", "unresponsive"),
        ("祖父が車の中で練炭をたいています、今から死ぬと電話がありました", "self_harm_now"),
    ],
)
def test_guard_the_same_signs_told_as_happening_now_still_raise(text, family):
    _emergency_however_written(text, family, kinds=("as written", "no punctuation", "with a name"))


def test_a_habit_of_the_writers_own_after_whenever_raises_no_alarm():
    # 「〜と、」 with its comma: run together without one (「帰るとベッドに」) it stays raised (recall first)
    _no_emergency_however_written(
        "夜勤から帰ると、ベッドに倒れ込んで起き上がれません。父の介護との両立がしんどいです",
        ("as written", "hiragana", "with a name"),
    )


def test_guard_a_sensation_with_distress_still_raises():
    text = "父が喉に何か引っかかる感じがするって、顔が紫になって息ができない"
    assert assess_urgency(text).urgency == "emergency", explain(text)


@pytest.mark.parametrize(
    "text",
    ["仕事から帰ると、母が廊下に倒れていました", "部屋に入ると倒れています", "声をかけた。すると、倒れて動かない"],
)
def test_guard_coming_home_to_find_someone_collapsed_still_raises(text):
    assert assess_urgency(text).urgency == "emergency", explain(text)


def test_guard_a_complaint_under_a_doctor_that_came_on_suddenly_now_still_raises():
    text = "父が急に胸が苦しいと言っています。心臓はずっと大学病院で診てもらっています"
    assert assess_urgency(text).urgency == "emergency", explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が息をしていない。救急隊がまだ来ていません",
        "救急隊が到着していない、父が倒れて動かない",
        "薬を飲みすぎた。意識がないのはそのためかも",
        "母が倒れて動きません。心臓で通院中です",
        "誤嚥を防げず、むせて息ができない",
    ],
)
def test_guard_help_not_yet_there_a_cause_of_a_sign_or_a_doctor_named_does_not_set_an_emergency_aside(text):
    assert assess_urgency(text).urgency == "emergency", explain(text)
