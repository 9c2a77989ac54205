"""CheckList-style tests for the causes behind the emergencies and crises held-out round 23 missed, in sentences
of our own (none is a round-23 sentence), with their look-alikes.

- a person with dementia who vanished (「消えた」), said of the person, not of a thing;
- on a roof or a height, the jump stated as now in the first person (「もう飛びます」);
- the gas opened with the person cared for, worn out by care, asking whether it is still in time;
- the means made ready (縄・ロープ 用意) and the act announced for now (「今からやります」);
- the mouth not forming words (「口がまわらず」) and drool from one side, against yesterday's good health;
- panting (ハアハア) with no strength to answer;
- a lethal dose known and dwelt on (crisis);
- a katakana message where only the reading is read by the rules: the rules' family and number win a tie.
"""

from __future__ import annotations

import pytest

from nlp.safety import SafetyDecision
from nlp.triage import alarm_rank
from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_no_emergency_however_written,
)


@pytest.mark.parametrize(
    "text",
    [
        "デイサービスの送迎のあと、母が家の前から消えました。認知症があります",
        "認知症の祖父が、買い物の途中でスーパーから消えた",
        "父がトイレに行くと言って消えてしまった。物忘れがひどい人です",
        "にんちしょうの ははが えきで きえた",
    ],
)
def test_an_older_person_with_dementia_who_vanished_is_missing(text: str) -> None:
    assert_emergency(text, "missing_dementia", "110")


def test_vanished_however_written() -> None:
    assert_emergency_however_written("認知症の祖母が駅の改札から消えた", "missing_dementia", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "財布が消えた。認知症の母がしまったのかも",
        "認知症の父の不安が消えたようで、よく笑うようになりました",
        "母の認知症の症状が薬で消えたわけではありません",
        "画面から父の写真が消えた",
    ],
)
def test_a_thing_or_a_feeling_gone_is_no_missing_person(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "マンションの屋上に来ています。もう飛びます",
        "ビルの屋上にいる。いまから飛び降ります",
        "橋の上にいます。もう飛ぶ。ごめん",
        "おくじょうに いる もう とびます",
    ],
)
def test_on_a_height_with_the_jump_stated_as_now_is_self_harm_now(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")
    assert assess_urgency(text).crisis


def test_the_jump_now_however_written() -> None:
    assert_emergency_however_written("会社の屋上にいます。もう飛びます", "self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "屋上でビール飲みます",
        "屋上にいます。もう飛行機が見えます",
        "屋上にいます。もうすぐ花火が始まります",
        "屋上にいます。飛ぶ鳥がきれい",
    ],
)
def test_a_roof_without_a_jump_now_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "介護に疲れました。父と一緒にガスの栓を開けました",
        "もう限界。ガスの元栓をひねった。夫も横で寝てる",
        "妻と一緒にガスのコックをまわした。まだ間に合うのかな",
        "かいごづかれで ははと いっしょに がすの もとせん ひねった",
    ],
)
def test_the_gas_opened_worn_out_or_with_the_one_cared_for_is_self_harm_now(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


def test_the_gas_opened_however_written() -> None:
    assert_emergency_however_written("介護疲れた。父と一緒にガスの元栓をひねった", "self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "ガスの元栓ひねったか心配で見に行った",
        "母と一緒にガスの元栓をひねって鍋の準備をしました",
        "引っ越しの日にガス屋さんと一緒に元栓を開けました",
        "ガスの元栓をひねったか、毎回わからなくなります",
    ],
)
def test_the_gas_opened_to_cook_or_checked_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "ロープはもう用意した。今からやります",
        "縄を準備しました。これから裏の小屋でやる",
        "練炭を買ってある。今夜決行します",
        "なわを よういした いまから やります",
    ],
)
def test_the_means_ready_and_the_act_now_is_self_harm_now(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


def test_the_means_ready_however_written() -> None:
    assert_emergency_however_written("ロープを用意しました。いまから納屋でやります", "self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "キャンプ用にロープを用意しました。今から設営やります",
        "縄を用意しました。今から物置の片付けをやります",
        "防災用に紐を準備した。これからやること多い",
        "ロープを買ってきた。今度荷物をまとめる",
    ],
)
def test_a_rope_for_a_job_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "訪問先のおばあさん、口がまわらず、右の口からよだれが垂れています。昨日まではお元気でした",
        "父が急に口がまわらない感じで、聞き取れません",
        "母がよだれが左側から出ていて、昨日は普通だったのに",
        "おっとが きゅうに くちが まわらない",
    ],
)
def test_a_mouth_not_forming_words_or_drool_on_one_side_is_a_stroke(text: str) -> None:
    assert_emergency(text, "stroke", "119")


def test_the_mouth_not_forming_words_however_written() -> None:
    assert_emergency_however_written(
        "配達先の男性が口がまわらず、よだれが片側から出ていました。昨日は元気でした", "stroke", call="119"
    )


@pytest.mark.parametrize(
    "text",
    [
        "孫はよく口が回るので困ります",
        "赤ちゃんのよだれが多くて心配です",
        "緊張すると口がまわらなくなる性格です",
        "昔から右の口からよだれが出やすいと言われています",
    ],
)
def test_a_talkative_mouth_or_a_babys_drool_is_no_stroke(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "酸素をしている父がハアハアして返事もできない",
        "祖母がはあはあして答えるのもしんどそう",
        "夫がハァハァしてぐったりしています",
    ],
)
def test_panting_without_strength_to_answer_is_breathing(text: str) -> None:
    assert_emergency(text, "heart_breathing", "119")


def test_panting_however_written() -> None:
    assert_emergency_however_written("在宅酸素の祖父がハアハアして返事もしんどそう", "heart_breathing", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "階段をのぼったらハアハアしたけど、すぐ治って返事もできました",
        "犬がハアハアしてぐったりしています",
    ],
)
def test_panting_that_passed_or_of_a_dog_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "薬剤師だったので、何錠飲めば足りるか分かっています。毎日そればかり考えてしまう",
        "睡眠薬をどれくらい飲めばいいか調べてしまう。頭から離れない",
        "くすりを どれだけ のめば いいか しってる そればかり かんがえる",
    ],
)
def test_a_lethal_dose_known_and_dwelt_on_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "薬をどれだけ飲めばいいか分からないので教えてください",
        "この薬は何錠飲めばいいか、主治医に確認しました",
        "母が薬をどれくらい飲めばいいか忘れてしまうので、薬剤師に相談したい",
    ],
)
def test_a_question_about_ones_dose_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


def test_past_events_stay_no_emergency() -> None:
    for text in (
        "去年、認知症の父が駅から消えたことがありました。今は施設にいます",
        "昔、屋上から飛ぶ夢をよく見ました",
    ):
        assert_no_emergency_however_written(text, kinds=("as written", "no punctuation"))


def _decision(family: str, call: str, by_rules: bool) -> SafetyDecision:
    return SafetyDecision("emergency", None, call, False, family, False, None, by_rules, not by_rules)


def test_an_emergency_found_by_a_rule_wins_a_tie_with_one_the_model_alone_found() -> None:
    typed_rules = assess_urgency("チチガ サッキカラ ゼンゼン ウゴカナイ")  # whatever the rules read, no emergency here
    read_rules = assess_urgency("ちちがいきをしていない")
    assert read_rules.urgency == "emergency" and read_rules.family == "heart_breathing"
    typed = _decision("missing_dementia", "110", by_rules=False)
    read = _decision("heart_breathing", "119", by_rules=True)
    if typed_rules.urgency != "emergency":
        assert alarm_rank(read, read_rules) > alarm_rank(typed, typed_rules)
    # both found by rules, or both by the model alone: the typed text stands (a tie, not greater)
    assert not alarm_rank(read, read_rules) > alarm_rank(read, read_rules)
    assert not alarm_rank(typed, typed_rules) > alarm_rank(typed, typed_rules)


@pytest.mark.parametrize("typed", ["チチガイキヲシテイナイ", "ﾁﾁｶﾞ ｲｷｵ ｼﾃｲﾅｲ", "ハハガ イキヲ シテナイ"])
def test_not_breathing_typed_in_katakana_is_119_breathing(safe_triager, typed: str) -> None:
    result = safe_triager.triage(typed)
    assert result.urgency == "emergency" and result.call == "119", (typed, result.urgency_reason)
    assert result.safety_family == "heart_breathing", (typed, result.safety_family)


@pytest.mark.parametrize(
    "text",
    [
        "父が鍵をどこかにしまって「消えた」と騒ぎます。物忘れの相談をしたい",
        "祖母が「口がまわらない」と言います。さっき歯医者で麻酔をしてもらったところです",
    ],
)
def test_a_thing_said_to_vanish_or_a_numbed_mouth_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)
