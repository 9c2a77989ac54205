"""CheckList-style tests for the causes behind the emergencies and crises held-out round 22 missed, in sentences
of our own (none is a round-22 sentence), with their look-alikes.

- self_harm_now: a farewell note left and the means (pills, a rope) taken, the person gone;
- poisoning: a button battery or a magnet swallowed, even while the person seems well;
- unresponsive: collapsed in a literary hand (くずおれ, 膝から崩れ落ち), no answer told with an honorific;
- missing_dementia: a grandparent named in Korean (ハラボジ, ハルモニ) not back;
- intruder_violence: cries or 「やめて」 with the sound of things breaking, told item by item;
- crisis: a debt to be paid with one's own life insurance.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)


@pytest.mark.parametrize(
    "text",
    [
        "父が置き手紙を残して、ロープを持って家を出た",
        "兄が遺書らしきメモを机に置いて、薬の袋を持ったままいなくなった",
        "祖母の部屋に書き置きがあって、睡眠薬を持って出ていきました",
    ],
)
def test_a_note_left_and_the_means_taken_is_self_harm_now(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "母は終活で遺言書を書き、エンディングノートも用意しています",
        "置き手紙を残して、父は薬を持って旅行に出かけました",
        "小説で、主人公が遺書を置いてロープを持って出ていく場面がつらかった",
    ],
)
def test_a_will_a_trip_or_fiction_is_no_self_harm_now(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "孫がコイン電池を口に入れて飲み込んじゃった。今は元気そうです",
        "父がボタン電池を薬と間違えて飲み込んだみたい。本人は何ともないと言ってる",
        "認知症の母が磁石をいくつか飲み込んでしまった、普段通りにしてるけど",
    ],
)
def test_a_button_battery_swallowed_is_poisoning_even_when_well(text: str) -> None:
    assert_emergency(text, "poisoning", "119")


@pytest.mark.parametrize(
    "text",
    [
        "時計のボタン電池を交換しました",
        "ボタン電池を買ってきてリモコンに入れた",
        "誤飲しないようにボタン電池は高い棚にしまっています",
        "去年、母がボタン電池を飲み込んで病院で取ってもらいました",
    ],
)
def test_batteries_bought_changed_kept_or_long_ago_are_no_poisoning(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "参拝に来られたご婦人が境内で突然くずおれ、お声がけしても応えられません",
        "ご住職が法話の途中で膝から崩れ落ちられました",
        "ご利用者様のお名前をお呼びしても、お返事なさいません",
    ],
)
def test_collapsed_in_a_literary_hand_or_no_answer_with_an_honorific_is_unresponsive(text: str) -> None:
    assert_emergency(text, "unresponsive", "119")


@pytest.mark.parametrize(
    "text",
    [
        "古い蔵の壁が崩れ落ちた",
        "計画が崩れ落ちてしまいました",
        "小説の主人公が雨の中でくずおれる場面が好きです",
        "先生はその質問には答えられません",
    ],
)
def test_a_wall_a_plan_fiction_or_a_question_is_no_collapse(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "ハルモニが散歩に出たまま、暗くなっても戻らない",
        "ハラボジの姿が見えない。最近は同じことばかり言っていた",
    ],
)
def test_a_grandparent_named_in_korean_not_back_is_missing(text: str) -> None:
    assert_emergency(text, "missing_dementia", "110")


@pytest.mark.parametrize(
    "text",
    [
        "ハラボジは先週韓国に帰りました",
        "ハルモニがキムチを漬けてくれた",
        "ハラボジが昨日いなくなったけど今は家にいます",
    ],
)
def test_a_grandparent_in_korean_gone_home_or_found_is_not_missing(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "・向かいの部屋から悲鳴 ・ガシャンという音 ・今も続いてる",
        "上の階から叫び声、それにガラスが割れる音がずっとしてる",
        "隣から「痛い」って・食器が割れる音・男の怒鳴り声",
    ],
)
def test_cries_with_things_breaking_are_violence_now(text: str) -> None:
    assert_emergency(text, "intruder_violence", "110")


@pytest.mark.parametrize(
    "text",
    [
        "昨日の夜、隣から叫び声と物が壊れる音がしたけど、今朝は静かです",
        "テレビの音量が大きくて、悲鳴やガラスが割れる音が響いてくる",
        "皿を落として割れる音がしたけど、誰もけがはなかった",
        "解体工事で物が壊れる音と作業員の叫び声が一日中聞こえる",
    ],
)
def test_a_past_night_tv_a_dish_or_works_is_no_violence_now(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が「俺の生命保険で借金は返せる」と繰り返しています",
        "ローンが払えない。もう保険金で払うしかないって母が言う",
        "利用者さんが「死亡保険が下りれば借金もチャラだ」と笑っていた",
    ],
)
def test_a_debt_paid_with_ones_own_life_insurance_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "夫が亡くなって、保険金で借金を返しました",
        "火災保険の保険金で修理代を払えます",
        "入院の保険金が出れば治療費のローンも返せるかな",
        "借金の返済について、保険金の請求手続きを教えてください",
        "満期の保険金でローンを返済できそうです",
    ],
)
def test_insurance_paperwork_or_a_deceaseds_insurance_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)
