"""CheckList-style tests for the causes behind the look-alikes held-out round 28 raised as emergencies, in sentences
of our own (none is a held-out sentence), each with near-identical guards that must stay emergencies or crises
(recall first).

- the sign as the name of what is prevented, drilled for or warned of (「窒息予防」「行方不明を想定した訓練」「窒息事故に注意」);
- days ago, counted (「四日前に」), as a past time word;
- a thought of death told of long ago, with now said to be well in contrast;
- a doctor's all-clear after the sign (「医者に診てもらったら病気じゃないと言われた」);
- a count of medicines (「全部で十二種類」) and medicine stored (「倉庫に大量に置いて」), not a dose;
- 「出ていません」 (has not gone out) is not 「いません」 (is not there);
- in hospital now (「入院してる」) and found well (「元気にしていました」) as resolved;
- long-standing since an illness of years ago (「五年前の脳出血からずっとこんな感じ」).
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)

# --- the sign named as what is prevented, drilled for or warned of ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "窒息事故防止を考えて、父の食事の形を変えたいです",
        "誤嚥や窒息事故防止の研修を職員向けにお願いできますか",
        "徘徊による行方不明を想定した声かけ訓練に町内会で参加したい",
        "広報に「お餅の窒息事故にご注意」とありました。祖母は入れ歯なので、やわらかい食事の宅配を知りたい",
    ],
)
def test_sign_named_as_what_is_prevented_or_drilled_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母がお餅を喉に詰まらせて窒息しています、助けて",
        "父が窒息して顔が紫色です",
        "認知症の父が昨夜から行方不明です",
    ],
)
def test_sign_of_now_next_to_those_words_still_fires(text: str) -> None:
    assert_emergency(text)


# --- days ago, counted ------------------------------------------------------------------------------------------


def test_fraud_told_four_days_ago_and_reported_is_no_emergency() -> None:
    assert_no_emergency(
        "祖父が四日前にギフトカードを三万円分買わされて、番号を伝えてしまいました。警察には相談済みです"
    )


@pytest.mark.parametrize(
    "text",
    [
        "祖父がいま電話で言われてギフトカードを三万円分買わされています",
        "母が二日前から電話に出ません。家の中で倒れているかも",
    ],
)
def test_fraud_now_or_days_since_still_fires(text: str) -> None:
    assert_emergency(text)


# --- a thought of death long ago, well now --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "五年前、母を看取ったあとは死にたいと思っていて、保健師さんに支えてもらいました。今は畑仕事が楽しくて元気にしています。",
        "「もう死んでしまいたい」と口にしてたのは、あれは二十年前の話です。今は毎日楽しく過ごしています。",
    ],
)
def test_thought_of_death_long_ago_with_well_now_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "五年前、母を看取ったあとから死にたいと思っていて、今も毎日つらいです。",
        "五年前は死にたいと思っていました。今は元気なふりをしているけど、また死にたい。",
        "死にたいと思っています。今は誰とも話したくない。",
    ],
)
def test_thought_of_death_going_on_still_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


# --- a doctor's all-clear after the sign ----------------------------------------------------------------------


def test_doctor_said_no_illness_after_the_sign_is_no_emergency() -> None:
    assert_no_emergency("祖父は一度寝たら呼んでも起きない。医者に聞いたら病気じゃないって言われた。")


@pytest.mark.parametrize(
    "text",
    [
        "祖母が呼んでも起きない。主治医に病気ではないと言われたばかりなのに",
        "今、祖母が呼んでも起きない。主治医は病気じゃないと言ってたけど",
    ],
)
def test_doctor_all_clear_doubted_or_sign_now_still_fires(text: str) -> None:
    assert_emergency(text)


# --- a count or a store of medicine, not a dose -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母は三つの病院から薬が出ていて、全部で十二種類あります。減らせるか相談したい",
        "要らない農薬を小屋にまとめて置いています。孫が口にしないか心配です",
    ],
)
def test_count_or_store_of_medicine_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が薬を全部飲んでしまいました",
        "母が睡眠薬を一度に大量に飲んだみたいです",
    ],
)
def test_medicine_taken_all_at_once_still_fires(text: str) -> None:
    assert_emergency(text, family="poisoning")


# --- not gone out, not missing ------------------------------------------------------------------------------


def test_not_gone_out_is_no_emergency() -> None:
    assert_no_emergency(
        "祖母は認知症で、夜になると「家に帰る」と言って玄関まで行きます。今のところ外には出ていません。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "認知症の祖母が部屋にいません。",
        "認知症の祖母が夜中に出ていって帰ってきません",
    ],
)
def test_person_gone_still_fires(text: str) -> None:
    assert_emergency(text, family="missing_dementia")


# --- in hospital now, found well --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが昨日の夜、胸が苦しいって言って救急車呼んで、今は病院で入院してる。これからのこと考えたい",
        "一人暮らしの父の郵便受けに新聞が三日分たまっていたので、近所の方に見てもらったら元気にしていました。",
    ],
)
def test_in_hospital_now_or_found_well_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "おじいちゃんが胸が苦しいって言ってる",
        "一人暮らしの父の郵便受けに新聞が三日分たまっています。電話にも出ません",
    ],
)
def test_sign_not_dealt_with_still_fires(text: str) -> None:
    assert_emergency(text)


# --- long-standing since an illness of years ago ------------------------------------------------------------


def test_sign_since_an_illness_years_ago_is_no_emergency() -> None:
    assert_no_emergency("母は言葉が出にくく、八年前の脳出血からずっとこんな感じ。デイサービスを探しています")


def test_sign_of_now_without_that_history_still_fires() -> None:
    assert_emergency("母が急に片麻痺になって、右手が上がらない", family="stroke")


@pytest.mark.parametrize(
    "text",
    [
        "今、祖母が呼んでも起きない。主治医は異常なしと言ってたけど",
        "祖母が呼んでも起きない、先週の検査では異常なしだったのに",
    ],
)
def test_an_all_clear_doubted_by_what_follows_sets_no_sign_aside(text: str) -> None:
    assert_emergency(text)


def test_an_all_clear_after_the_sign_sets_it_aside() -> None:
    assert_no_emergency("祖母が呼んでも起きなかったが、病院で調べて異常なしでした")
