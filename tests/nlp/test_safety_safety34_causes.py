"""CheckList-style tests for issue 14's safety misses on fresh text (engineer safety34), in sentences of our own,
with their must-not-fire look-alikes.

- a wish to die (any script) with the gas opened or charcoal lit now (「しのうと おもって いま ガス あけた」
  「ガス、へや。しにたい」) was only a crisis: the gas rule wanted 元栓/栓 and charcoal had to be in a sealed room;
- an empty pill box with words of ending it (no 遺書), and the means 「買ってた」 remembered with a farewell, were only a
  crisis;
- seizures that come back (「収まったと思えばまた」) were set aside by 収まった, and consciousness not back
  (「意識が戻りませぬ」「いしきがもどらん」) was read as someone not coming home (missing_now) or not at all;
  ませぬ/ぬ now read as negatives wherever the rules' NEG is read;
- self-harm urges (「切りたい衝動」「リストカットしたくなる」) were not read, and 「自分を傷つけたい」 was set aside by
  「今は大丈夫」; 「気持ちが止まらない」 was read as bleeding (「ちが止まらない」).
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

# ---- a wish to die with the gas opened or charcoal lit now ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "死にたい。ガスを開けた",  # the minimum
        "介護している母と一緒に死のうと思って、今ガスを開けました",
        "夫が道連れにすると言ってガスの栓をひねった",
        "もう生きていたくない。部屋で練炭に火をつけた",
        "息子が心中するって、ガスを出してる",
    ],
)
def test_a_wish_to_die_with_gas_or_charcoal_now_is_an_emergency_however_written(text: str) -> None:
    assert_emergency_however_written(text, "self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "ははと　いっしょに　しのうと　おもって　いま　がす　あけた",  # spaced hiragana
        "しにたい　れんたん　つけた",
        "シニタイ　ガス　アケタ",  # katakana only
        "じいちゃん、いま、ガス、へや。しぬって、いった。ドア、あかない",  # broken Japanese, fragments
        "母が一緒に死ぬって言ってて、ガスの匂いがする",
    ],
)
def test_the_same_in_kana_spaces_and_fragments(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


def test_direction_the_wish_makes_the_gas_an_attempt() -> None:
    assert_no_emergency("今ガスを開けた")
    assert_emergency("今ガスを開けた。もう死にたい", "self_harm_now", "119")


@pytest.mark.parametrize(
    "text",
    [
        "ガスを開けたら火がつかない。コンロの故障でしょうか",
        "ガスをあけても火がつかない、死ぬほど寒い",
        "練炭でバーベキューをしました、死ぬほど楽しかった",
        "10年前、死のうと思ってガスを開けたことがあります。今は元気に暮らしています",
        "若い頃に一度、死にたくて練炭に火をつけたことがある。もう30年も前の話です",
        "死にたいくらいガス代が高い",
    ],
)
def test_stove_trouble_cooking_a_past_attempt_or_a_bill_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


# ---- empty pills with words of ending it; the means bought, remembered ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "・母 ・「もう終わりにする」と書いたメモ ・睡眠薬の空き箱",
        "父が死にたいと言っていて、睡眠薬の瓶が空になってる",
        "20:05 夫から「さよなら」とメール 20:10 電話に出ない ロープを買ってたのを思い出した",
        "祖母が今までありがとうって。練炭を買っていたみたい",
    ],
)
def test_empty_pills_or_means_bought_with_words_of_ending_it(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


def test_empty_pills_and_asleep_without_such_words_is_no_attempt() -> None:
    text = "祖父の睡眠薬の瓶が空になってて、揺すっても起きない"
    assert assess_urgency(text).family != "self_harm_now", explain(text)
    assert_no_crisis_by_rules(text)


# ---- seizures that come back, consciousness not back ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父のけいれんが止まったと思ったらまた始まった",  # the minimum
        "母がけいれんを何度も繰り返しています",
        "祖父、ひきつけが収まったかと思えばまたひきつけて、いまだ意識が戻りません",
        "夫がけいれんしたあと、まだ目を覚まさない",
    ],
)
def test_repeated_seizures_or_not_coming_round_is_a_seizure_emergency(text: str) -> None:
    assert_emergency_however_written(text, "seizure_bleeding_fall", call="119", kinds=("as written", "with a name"))
    assert_emergency(text.replace("、", "").replace("。", ""), "seizure_bleeding_fall", "119")


@pytest.mark.parametrize(
    "text",
    [
        "義母、けいれんが収まったと思えばまた始まり、いまだ意識が戻りませぬ",  # archaic negative
        "ぎぼ　けいれんが　おさまったと　おもえば　また　はじまり　いしきが　もどらん",  # dialect, spaced kana
        "おやじが発作のあと意識が戻らへん",
        "父のけいれん、まだ目を覚まさねえ",
    ],
)
def test_old_and_dialect_negatives_read_as_negatives(text: str) -> None:
    assert_emergency(text, "seizure_bleeding_fall", "119")


@pytest.mark.parametrize("text", ["母の意識が戻りません", "いしきが　もどらない", "父の意識が戻りませぬ"])
def test_consciousness_not_back_is_unresponsive_not_missing(text: str) -> None:
    assert_emergency(text, "unresponsive", "119")


@pytest.mark.parametrize(
    "text",
    [
        "けいれんの後、意識が戻って今は話せています",
        "父がけいれん、いしきがもどって　はなしもできる",
        "けいれんは5年前です。今は薬で落ち着いています",
        "けいれんが収まって、意識も戻りました",
    ],
)
def test_consciousness_back_or_a_seizure_years_ago_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- self-harm urges: a crisis, not an emergency ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "自分を傷つけたい",  # the minimum
        "自分を傷つけたい気持ちがおさまらない。今は大丈夫です",
        "切りたい衝動が止まらない、今は平気",
        "夜になるとリストカットしたくなる",
        "手首を切りたくなることがある",
        "じぶんを　きずつけたい　きもちが　とまらない　いまは　だいじょうぶ",
    ],
)
def test_self_harm_urges_are_a_crisis_even_when_calm_now(text: str) -> None:
    assert_crisis_by_rules(text)
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "人を傷つけたくない",
        "母を傷つけたくないので言い方に気をつけています",
        "自分を傷つけたくはない、でもつらい",
        "髪を切りたい",
        "昔は自分を傷つけたくなることがあったが、今は大丈夫です",
    ],
)
def test_not_hurting_others_a_haircut_or_a_past_urge_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


def test_feelings_that_do_not_stop_are_not_bleeding() -> None:
    assert "bleeding" not in assess_urgency("悲しい気持ちが止まらない").rule_ids
    assert "bleeding" in assess_urgency("手の傷から血が止まらない").rule_ids


# ---- found while writing the training messages -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母と死のうと思い、先ほどガスを全開にしました",  # 全開にしました
        "もう生きとうない言うて、じいちゃんが七輪に火ぃつけとる",  # 火ぃ, 生きとうない (western dialect)
        "娘、へや、れんたん、けむり。しにたい、いってた",  # charcoal named with its smoke, in fragments
    ],
)
def test_more_ways_of_telling_the_gas_or_charcoal(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


@pytest.mark.parametrize("text", ["てくびを　きりたく　なる", "ハサミを見ると手首を切りたくなると打ち明けられました"])
def test_wanting_to_cut_the_wrist_is_a_crisis_not_an_act(text: str) -> None:
    assert_crisis_by_rules(text)
    assert_no_emergency(text)


def test_a_sign_as_the_topic_dated_years_back_is_past_but_since_then_is_not() -> None:
    assert_no_emergency("母のけいれんは三年前に一度きりです")
    assert_emergency("けいれんは5年前からあって、今また手足がけいれんしている", "seizure_bleeding_fall", "119")


@pytest.mark.parametrize("text", ["父は倒れてはおらぬ", "父は倒れておりませぬ", "死にたいとは思いませぬ"])
def test_the_old_negative_sets_a_sign_aside_like_nai(text: str) -> None:
    assert_no_emergency(text)
    assert_no_crisis_by_rules(text)


def test_direction_without_the_negative_the_sign_counts() -> None:
    assert_emergency("父が倒れております")
