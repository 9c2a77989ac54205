"""CheckList-style tests for the causes behind the emergencies held-out round 36 showed asked about instead of
raised (issue 14), in sentences of our own, with their must-not-fire twins:

- a manner going on now (「喉をかきむしるようにしていて」) is no condition (choking, 119);
- Yamanashi and Shizuoka ずら after a negative (「帰ってこんずら」) is no second negation (missing_dementia, 110);
- the hours gone by since someone went missing (「いなくなってからもう5時間」) are evidence it goes on, not a past;
- someone hiding now from a blade or a rage (「包丁を持って怒鳴ってて、押し入れに隠れてる」) is 110, told first hand
  or relayed;
- a plea to be let die (「このまま死なせて」) with the gas opened, someone up on a bridge's railing saying they will
  jump, and scissors or a blade on one's hand with a wish to die are self-harm now (119 and crisis);
- an alarm's number follows the family it names: the learned model's police family is 110 even as a guess.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.rules import FAMILIES
from nlp.safety import SafetyScores, Thresholds, decide_safety
from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_emergency,
)

T = Thresholds(alarm=0.3, crisis=0.4, uncertain=0.15)

# ---- choking: a manner going on now ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父がお餅を食べてて、急に喉をかきむしるようにしていて、声が出ません",
        "祖母が団子を食べたあと喉を押さえるようにしてる。背中を叩いてます",
    ],
)
def test_throat_clawed_at_as_a_manner_going_on_now_is_choking(text: str) -> None:
    assert_emergency_however_written(text, family="choking", call="119", kinds=("as written", "no punctuation"))


@pytest.mark.parametrize(
    "text",
    [
        "薬は毎朝かならず飲むようにしています",
        "母は食事のとき、よく噛んでから飲み込むようにしています",
        "転ぶ前に手すりをつかむようにしている",
    ],
)
def test_a_habit_kept_on_purpose_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- missing_dementia: ずら, and the hours since ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "認知症のじいちゃんが暗くなっても帰ってこんずら",
        "ぼけとるばあちゃんが朝から戻ってこんずら、どこ探してもおらん",
    ],
)
def test_not_back_with_zura_is_a_missing_person(text: str) -> None:
    assert_emergency(text, family="missing_dementia", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "うちの母は認知症ずら、デイサービスに行ってるずら",
        "夜になっても帰ってこんずら、でもさっき電話があって友達の家にいるって",
        "認知症のじいちゃん、きのうは夜になっても帰ってこんかったずら。今朝はもう家におるよ",
    ],
)
def test_zura_said_of_a_person_known_safe_or_a_plan_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父がいなくなってからもう4時間、携帯も持っていません",
        "にんちしょうのははがいなくなってから3じかん、さいふももってない",
    ],
)
def test_the_hours_since_someone_with_dementia_went_missing_keep_it_now(text: str) -> None:
    assert_emergency(text, family="missing_dementia", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母がいなくなってから3時間後に、警察が見つけてくれました",
        "去年、認知症の祖父がいなくなってから施設を探しはじめました",
    ],
)
def test_the_hours_after_a_missing_person_was_found_or_a_past_one_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- intruder_violence: someone hiding from a blade or a rage --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "弟が包丁を持って廊下で叫んでて、母は物置に隠れてるって連絡がきた",
        "夫が酒を飲んで暴れてて、私はいまトイレに閉じこもってます",
        "おじがナイフを振り回してる、祖母と二人で寝室に逃げ込んでる",
    ],
)
def test_someone_hiding_now_from_a_blade_or_a_rage_is_110(text: str) -> None:
    assert_emergency(text, family="intruder_violence", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "孫がかくれんぼで押し入れに隠れてる、鬼が怒鳴ってて楽しそう",
        "ドラマで犯人が包丁を持ってて、主人公が物置に隠れてるシーンが怖かった",
        "もし夫が暴れたら、トイレに閉じこもってればいいですか",
        "猫が雷に驚いて押し入れに隠れてる、主人が怒鳴ったせいかも",
    ],
)
def test_hiding_in_a_game_on_television_or_asked_about_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- self_harm_now: let me die, the railing, a blade on the hand -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母がガスの元栓を全開にして「もう死なせて」と言ってる",
        "来てみたらガス栓全開、父が「このまま死なせてくれ」と。換気中",
    ],
)
def test_the_gas_opened_with_a_plea_to_be_let_die_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "ガスの元栓全開になってた、料理中に気づいて閉めた",
        "ペットの猫を死なせてしまった。ガスの元栓を閉め忘れたせいかも",
    ],
)
def test_the_gas_left_open_by_mistake_is_no_self_harm(text: str) -> None:
    assert assess_urgency(text).family != "self_harm_now", text


@pytest.mark.parametrize(
    "text",
    [
        "夫が橋の欄干に上がって、もう死ぬって叫んでる",
        "ばあちゃんが川の橋の欄干にのぼって、飛び降りるって言うとる",
    ],
)
def test_up_on_a_bridge_railing_saying_they_will_jump_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "昔、欄干にのぼって遊んで怒られた",
        "橋の欄干が低くて、子どもがのぼったら危ないと思う",
    ],
)
def test_a_railing_climbed_in_play_long_ago_or_feared_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母がはさみで手を切ってる、死にたいって言いながら。血が出てる",
        "死にたいって言いながらカッターで腕をきってる、血がとまらない",
        "にゅうきょしゃさん はさみで てくびを きってます。しにたいと いってる",
    ],
)
def test_a_blade_on_ones_hand_with_a_wish_to_die_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "工作中にはさみで手を切っちゃって、少し血が出ました",
        "母が昔、死にたいと言ってはさみで手を切っていたことがあります",
        "ドラマで主人公がはさみで手を切ってて、死にたいって言うシーンがつらかった",
    ],
)
def test_a_hand_cut_by_accident_long_ago_or_on_television_is_no_self_harm_now(text: str) -> None:
    assert_no_emergency(text)


# ---- the number follows the family -------------------------------------------------------------


@pytest.mark.parametrize("family", ["fraud_in_progress", "intruder_violence", "missing_dementia"])
def test_an_alarm_the_model_raises_as_a_police_family_is_110_even_as_a_guess(family: str) -> None:
    rules = assess_urgency("Please help, it is happening right now")
    assert rules.urgency != "emergency"
    d = decide_safety(rules, SafetyScores(alarm=0.9, crisis=0.01, family=family, family_probability=0.3), T)
    assert d.urgency == "emergency" and d.family == family and d.call == "110"


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_alarm_the_model_raises_gives_its_family_number(family: str) -> None:
    rules = assess_urgency("something is wrong")
    for probability in (0.2, 0.9):
        scores = SafetyScores(alarm=0.9, crisis=0.01, family=family, family_probability=probability)
        d = decide_safety(rules, scores, T)
        assert d.urgency == "emergency" and d.call == FAMILIES[family], (family, probability, d)


def test_a_guessed_family_on_the_safety_question_still_gives_119() -> None:
    """Only the alarm follows the family: the safety question asked on the model alone, which only guesses the
    family, keeps 119 (nlp.safety.model_call)."""
    rules = assess_urgency("something is wrong")
    assert not rules.findings
    scores = SafetyScores(alarm=0.45, crisis=0.01, family="missing_dementia", family_probability=0.3)
    d = decide_safety(rules, scores, replace(T, alone=0.35))
    assert d.urgency != "emergency" and d.uncertain and d.uncertain_call == "119"
