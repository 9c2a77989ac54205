"""CheckList-style tests: a vital sign said to look about to go (「…そう」「今にも…」) is read for whom it is said of.

Breath, heartbeat, consciousness or death said to look about to go (「止まりそう」「気を失いそう」「死にそう」):
- of a person described now, or of oneself in distress, it is an emergency (119; breath or suffering named with
  death: heart_breathing);
- a figure of speech (a cause of hyperbole: 疲れて, お腹すいて, 恥ずかしくて, ドキドキして, 笑いすぎて; a degree: 「…な
  くらい驚いた」) raises nothing;
- in between (the sign alone of oneself, feared in sleep, nearly, a death awaited at home) the rules ask the safety
  question themselves;
- invariance: the same in hiragana, without punctuation and with a name, where the words allow.
"""

from __future__ import annotations

import pytest

from nlp.safety import decide_safety
from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written


def _asks(text: str) -> bool:
    """The rules alone ask the safety question (no emergency)."""
    decision = decide_safety(assess_urgency(text), None, None)
    return decision.urgency != "emergency" and decision.uncertain


# --- breath, heartbeat, consciousness of a person now ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "夫の呼吸が止まりそうです",
        "父の息が止まりそう",
        "祖父の息がいまにも止まりそうで、肩で息をしてる",
        "隣のおばあさんの呼吸が止まりそうです、すぐ来てください",
        "母の様子がおかしいです。息が止まりそうです",
        "叔母の心臓が今にも止まりそうです",
    ],
)
def test_breath_or_heart_about_to_stop_of_a_person_now_is_a_breathing_emergency(text):
    _emergency_however_written(text, "heart_breathing", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "父が気を失いそうです",
        "夫の意識が遠のきそう",
        "利用者さんが今にも意識を失いそうです",
        "祖母がふらふらで気絶しそう",
    ],
)
def test_consciousness_about_to_go_of_a_person_now_is_an_unresponsive_emergency(text):
    _emergency_however_written(text, "unresponsive", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "母が死にそうなくらい苦しんでる",
        "父が死にそうな顔で胸を押さえてる",
        "夫が死にそうなくらい咳き込んでいます",
        "祖父が今にも死にそうで、息がぜーぜーしてる",
    ],
)
def test_death_near_of_a_person_suffering_or_short_of_breath_is_a_breathing_emergency(text):
    _emergency_however_written(text, "heart_breathing", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "祖母が今にも死にそうです",
        "隣のおじいさんが今にも死にそうで、どうしよう",
        "父が死にそうな声で「助けて」と電話してきた",
    ],
)
def test_death_near_of_a_person_now_is_an_emergency(text):
    _emergency_however_written(text, call="119")


@pytest.mark.parametrize(
    "text",
    [
        "息が止まりそう 苦しい 助けて",
        "苦しくて死にそう、助けて",
        "今にも息が止まりそうです",
    ],
)
def test_about_to_of_oneself_in_distress_now_is_an_emergency(text):
    _emergency_however_written(text, call="119")


# --- figures of speech -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "疲れて死にそう",
        "お腹すいて死にそう",
        "心臓が止まりそうなくらい驚いた",
        "倒れそうなくらい忙しい",
        "恥ずかしくて死にそう",
        "ドキドキして心臓が止まりそう",
        "腹が減って死にそうだ、晩ごはんまだかな",
        "笑いすぎて息が止まりそうになった",
        "孫がかわいくて心臓が止まりそう",
        "息が止まりそうなほど美しい夕焼けでした",
        "父が死にそうなほど疲れてるので、デイを増やしたい",
        "娘が受験勉強で死にそうって言ってる",
        "私、緊張して気を失いそう。明日の面談よろしくお願いします",
        "暑くて死にそう、今日の千葉どうなってるの",
        "今日は死にそうに寒いね、体操教室はお休みかな",
    ],
)
def test_a_vital_sign_about_to_go_as_a_figure_of_speech_raises_no_alarm(text):
    _no_emergency_however_written(text)
    assert not _asks(text), explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "母は死にそうにないくらい元気です",
        "もし夫の呼吸が止まりそうになったらどうすればいいですか",
        "去年、父が死にそうになったことがあります",
        "祖母が死にそうだったけど、今は元気です",
    ],
)
def test_about_to_denied_conditional_or_past_raises_no_alarm(text):
    _no_emergency_however_written(text)


# --- in between: the safety question ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "息が止まりそう",
        "気を失いそう",
        "父が死にそうです",
        "夫のいびきがひどくて、息が止まりそうで心配です",
        "さっき母の息が止まりそうになった",
        "看取り中の父が今にも息を引き取りそうです",
        "暑くて気を失いそう",
    ],
)
def test_about_to_neither_plainly_now_nor_a_figure_asks_the_safety_question(text):
    assert _asks(text), explain(text)


def test_the_safety_question_on_about_to_gives_the_rules_number():
    decision = decide_safety(assess_urgency("父が死にそうです"), None, None)
    assert decision.uncertain_call == "119"


# --- guards: the same words said of now still raise ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母の息が止まりそうでぜーぜーしてる",
        "笑ってたら急に父の息が止まりそうになって、今ぜーぜー言ってる",
        "看取り中だけど、母が今にも死にそうで苦しんでる、救急車を呼ぶべき？助けて",
        "母の介護中ですが、母の呼吸が止まりそうです",
    ],
)
def test_guard_about_to_with_distress_now_still_raises(text):
    _emergency_however_written(text, kinds=("as written", "with a name"))


def test_guard_a_cause_of_the_body_is_no_figure_of_speech_said_of_another_person():
    _emergency_however_written("父が暑くて気を失いそうです", "unresponsive", call="119")


@pytest.mark.parametrize(
    "text",
    ["母の応答がないそうです、隣の方が見に行ってくれました", "父が息苦しそうです"],
)
def test_guard_hearsay_and_looks_are_not_read_as_about_to(text):
    assert assess_urgency(text).urgency == "emergency", explain(text)
