"""CheckList-style tests for the causes behind the emergencies and the crisis held-out round 37 showed missed or
given the wrong number (issue 14), in sentences of our own, with their must-not-fire twins:

- days' worth of doses taken at once (「四日分ほど飲んだ」) is an overdose, not a measure of how much was drunk;
- a wound found worse than feared (「こぶかと思ったら血が」) is no false alarm, and blood going on
  (「血がずっと出てる」) is heavy bleeding;
- cutting oneself with a wish to die is self-harm (119), whoever holds the blade;
- a cord or a towel just taken off the neck, with a wish to die, is an attempt just stopped (119);
- trying to hang oneself told without particles, as katakana-only phones send it (「クビ ツロウト」), is self-harm;
- ending one's own person or years without meaning, in a formal hand (「この身を始末したい」), is a crisis.
"""

from __future__ import annotations

import pytest

from core.text import kana_reading
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)

# ---- poisoning: a count of doses before くらい/ほど ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "たぶん平気だと思うけど、父が睡眠薬をまとめて四日分ほど飲んだみたい。ぼーっとしてる",
        "祖母が痛み止めを一度に十錠くらい飲んだらしい。気持ち悪いと言ってます",
    ],
)
def test_a_count_of_doses_taken_at_once_is_an_overdose(text: str) -> None:
    assert_emergency(text, family="poisoning", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "昨日は父がビールを三本くらい飲んだらしい",
        "若い頃はろれつが回らないくらい飲んだものです",
        "薬はいつも一週間分ずつ薬局でまとめてもらっています",
    ],
)
def test_a_measure_of_drink_or_medicine_dispensed_is_no_overdose(text: str) -> None:
    assert_no_emergency(text)


# ---- bleeding: a wound worse than feared, blood going on ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "たぶん平気だけど、祖父が玄関で転んで頭を打って、こぶかと思ったら耳の横から血がずっと出てる",
        "父が台所で転んでおでこを打ちました。かすり傷と思ったら血がまだ出てます",
    ],
)
def test_a_head_wound_found_bleeding_after_a_bump_is_an_emergency(text: str) -> None:
    assert_emergency(text, family="seizure_bleeding_fall", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "母が転んで頭を打ったかと思ったら、しりもちをついただけでした",
        "父がいない！と思ったら、庭で草むしりをしていました",
        "祖母が頭をぶつけたけど、こぶだけで元気です",
    ],
)
def test_a_false_alarm_or_a_bump_with_the_person_well_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- self-harm: cutting oneself with a wish to die ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "姉が台所で転んだんじゃなくて、自分で腕を切ってる。消えたい、死にたいって。まだカッターを持ってる",
        "夫がじぶんで手首を刺してます。死なせてと言って包丁を離さない",
    ],
)
def test_cutting_oneself_with_a_wish_to_die_is_self_harm_119(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "母は髪を自分で切っています。美容院に行きたくないそうです",
        "父は爪を自分で切ってるけど、うまくできないみたい",
    ],
)
def test_hair_or_nails_cut_at_home_are_no_self_harm(text: str) -> None:
    assert_no_emergency(text)
    assert_no_crisis_by_rules(text)


# ---- self-harm: a ligature just removed, the wish still said ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "叔父が納戸で首にベルトをかけていたので、いま外しました。息はしてますが「もう死ぬ」と言い続けています",
        "兄の首に巻き付いていた紐をさっきほどいたところです。本人は死にたいと泣いてます",
    ],
)
def test_a_cord_just_taken_off_the_neck_with_a_wish_to_die_is_self_harm_119(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "父は畑仕事のあと首に巻いたタオルを外して、お茶を飲んでいます",
        "仕事から帰った夫がネクタイとベルトを外してすぐ寝ました",
    ],
)
def test_a_towel_or_a_belt_taken_off_with_no_wish_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)
    assert_no_crisis_by_rules(text)


# ---- self-harm: katakana without particles -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "アニ ガ クビ ツロウト シテル ヒモ モッテ シヌッテ",
        "くびつろうとしてた。いま とめた。まだ しにたいって いってる",
    ],
)
def test_trying_to_hang_oneself_without_particles_is_self_harm(text: str) -> None:
    # a katakana message is read by the rules in its hiragana reading (nlp/triage.py)
    assert_emergency(kana_reading(text) or text, family="self_harm_now", call="119")


def test_a_hand_strap_on_the_wrist_is_no_hanging() -> None:
    assert_no_emergency("てくびつろうとしてもうまくいかない、リハビリのバンドの話です")


# ---- crisis: a formal or literary hand ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "拙者、連れ合いに先立たれ、残りの人生に何の価値も見いだせず、我が身を始末したく候",
        "老い先に何らの望みもなし。自らを始末する覚悟にて候",
        "この身を処分してしまいたいと、夜ごと考えております",
    ],
)
def test_ending_ones_own_person_in_a_formal_hand_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "亡き夫の遺品を始末したいので、業者を紹介してください",
        "身の回りの物を始末して、来月施設に入ります",
        "余生に意義を見出して、毎日書道を楽しんでおります",
        "老い先短いので家を処分して娘の近くに越したい",
    ],
)
def test_belongings_disposed_of_or_a_full_old_age_are_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)
