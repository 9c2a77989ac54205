"""A stroke sign told with a pause or a word of doubt between the part and how it is
(「顔の片方が、なんだか下がっている」): doubt is no reason to wait, so it is the same sign as without them.
A degree word of a lasting after-effect (「少し動かない」 beside a stroke years ago) stays set aside."""

from __future__ import annotations

import pytest

from tests.nlp.checklist import assert_emergency, assert_no_emergency


@pytest.mark.parametrize(
    "text",
    [
        "母の顔の片方が、下がっている",
        "母の顔の片方が、なんだか下がっている気がします",
        "美浜区高洲3丁目に住む父のことです。父の顔の片側がどうも下がってるみたい",
        "ばあちゃんの くちの かたほうが なんか さがってる",
        "夫の右の手が、なんとなく動かない",
        "父の左足が心なしか動かない",
    ],
)
def test_pause_or_doubt_between_part_and_sign_still_raises_a_stroke(text: str) -> None:
    assert_emergency(text, family="stroke")


@pytest.mark.parametrize(
    "text",
    [
        "夫は3年前の脳梗塞のあと、左手が少し動かないままです。デイサービスを探しています",
        "祖母は口が少しゆがんでいますが、若い頃の顔面まひの名残で、今は何ともありません",
    ],
)
def test_degree_of_a_lasting_after_effect_is_no_alarm(text: str) -> None:
    assert_no_emergency(text)
