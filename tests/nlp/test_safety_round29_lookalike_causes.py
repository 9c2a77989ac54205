"""CheckList-style tests for the causes behind the look-alikes held-out round 29 raised as emergencies, in sentences
of our own (none is a held-out sentence; the same sentences are in nlp/corpus/safety/look30_causes.jsonl), each next
to near-identical emergencies that must still be raised (recall first).

- long-standing under care: 息切れ (breathlessness) is no oxygen supply run out (`life_support`'s 切れ), nor 「以前から」
  (since) an empty cylinder (its から); the sign made a topic and said to be of long standing (「息苦しさは以前からです」)
  is advice, not an emergency, unless something is now, worse or sudden;
- a device or a prevention asked about: a device that would tell someone of a fall (「倒れたとき知らせてくれる機械って
  ありますか」), a letter's "lest" (「誤って口にしてはと」「口にしては大変なので」), a means so that it cannot happen
  (「一度に飲めない仕組み」);
- already over, found and home: back home and well (「帰ってきて元気に」), told it came to nothing (「大丈夫だったと
  のこと」), a near miss told (「倒れかけたと」), brought back by the writer (「連れて帰りました」), and the fear that
  someone goes out again (「また出て行かないか心配」, read by "won't leave");
- a fraud call told as past in dialect (「先週、孫ば名乗る電話がきたどん…切ったち」): no rule reads a sign there, the
  model alone raised it; the look-alikes in the corpus file are for the retrain, the rules must keep the dialect
  fraud of now.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import (
    assert_emergency,
    assert_emergency_however_written,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

# --- long-standing under care ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父は在宅酸素を使っていて、息切れは前からです。酸素の機械の業者を変える手続きを知りたい",
        "在宅酸素の母、息切れは昔からです。ボンベの配達日を変えたい",
        "在宅酸素のボンベの業者さんを変えたいです。母の息切れは前からなので急ぎではありません",
    ],
)
def test_breathlessness_of_a_patient_on_oxygen_is_no_supply_run_out(text: str) -> None:
    assert_no_emergency_however_written(text)
    assert "life_support" not in assess_urgency(text).rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "母は在宅酸素中で息苦しさは以前からなんですが、訪問入浴は使えますか",
        "祖母の息苦しさはもともとで、主治医にも診てもらっています。デイサービスの回数を増やしたいです",
        "夫の息が苦しいのは何年も前からで、医者には肺気腫と言われています。ヘルパーさんを頼みたい",
    ],
)
def test_sign_said_to_be_of_long_standing_is_advice(text: str) -> None:
    assert_no_emergency_however_written(text)
    result = assess_urgency(text)
    assert result.call_number == "#7119", (text, explain(text))
    assert result.dismissed, "the model may only ask the safety question"


@pytest.mark.parametrize(
    "text",
    [
        "在宅酸素の母、息切れは前からですが、今日は急に苦しそうで唇が紫色です",
        "父の息苦しさは以前からだけど、さっきから息ができないと言ってぐったりしています",
        "母の息苦しさは前からですが、いつもより強くて冷や汗をかいています",
        "在宅酸素のボンベが空になって、母が息ができないと苦しんでいます",
        "停電で在宅酸素の機械が止まった、父の息が苦しそう",
    ],
)
def test_long_standing_then_worse_now_or_supply_gone_still_fires(text: str) -> None:
    assert_emergency_however_written(text, "heart_breathing", call="119")


@pytest.mark.parametrize(
    "text", ["酸素ボンベがからになってる", "在宅酸素のボンベが切れそう", "在宅酸素のボンベが空です"]
)
def test_oxygen_supply_empty_or_running_out_still_fires(text: str) -> None:
    # (the device's name read in hiragana, 「ざいたくさんそ」, is known to no rule on main either)
    assert_emergency_however_written(
        text, "heart_breathing", call="119", kinds=("as written", "no punctuation", "with a name")
    )


# --- a device or a prevention asked about -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父が倒れたとき知らせてくれる機械ってありますか",
        "母が家で転んで動けないとき通報してくれるセンサーを付けたいです",
        "独り暮らしで倒れたとき家族に連絡してくれる見守りサービスはどこで申し込めますか",
        "祖父が倒れたとき駆けつけてくれるサービスってありますか",
    ],
)
def test_device_that_would_tell_of_a_fall_asked_about_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの母が倒れたとき知らせてくれる機械が鳴りました。電話しても出ません",
        "父が倒れたとき押すボタンを押して、今センターから電話がきました",
        "倒れたとき知らせてくれるペンダントが今鳴ってる",
        "母が倒れた。知らせてくれる機械はありますか",
    ],
)
def test_device_gone_off_or_a_fall_told_first_still_fires(text: str) -> None:
    assert_emergency(text, "unresponsive", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父が洗剤を誤って飲んではと心配で、棚に鍵を付けようと考えています。良い方法はありますか",
        "祖母が灯油を間違えて口にしては大変なので、ポリタンクを物置に移しました。他に気をつけることはありますか",
        "義父の薬が一度に飲めない仕組みを作りたいです。お薬カレンダー以外に何かありますか",
        "母が薬をまとめて飲めない仕掛けの薬箱を探しています",
    ],
)
def test_lest_it_happen_or_a_means_so_it_cannot_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("父が洗剤を誤って飲んでしまいました。口から泡が出ています", None),
        ("祖母が薬を一度に飲めないようにしたいのですが、さっき一週間分の薬を全部飲んでしまいました", None),
        # (the hiragana reading of 「口にしてはいけない…今飲んでしまった」 is read by no rule on main either)
        (
            "漂白剤を口にしてはいけないと言っていたのに、母が今飲んでしまった",
            ("as written", "no punctuation", "with a name"),
        ),
    ],
)
def test_swallowed_now_after_the_same_words_still_fires(text: str, kinds: tuple[str, ...] | None) -> None:
    if kinds is None:
        assert_emergency_however_written(text, "poisoning", call="119")
    else:
        assert_emergency_however_written(text, "poisoning", call="119", kinds=kinds)


# --- already over, found and home ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "先日、隣のおばあさんが庭で倒れていたけど、病院に行って戻ってきて普通に話しています。念のためご報告です",
        "昨日父が倒れたのですが、病院から帰ってきて元気にご飯を食べています。今後の見守りについて相談したい",
        "施設から、父が廊下で倒れかけたと電話がありました。職員さんが支えてくれて大丈夫だったとのことです",
        "デイで母がふらついて倒れかけたそうです。手すりの設置について聞きたいです",
    ],
)
def test_back_home_and_well_or_a_near_miss_reported_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "母がさっき20分ほどいなくなったけど、近くの公園にいたので連れて帰りました。GPSの靴について知りたいです",
        "夫が夕方いなくなって、商店街で見つけて連れ戻しました。次に備えて何をしておけばいいですか",
        "昨日、母が買い物から戻らなくて警察に相談し、夜に保護されました。今は家にいます。また出ていかないか不安です",
        "父が先週いなくなって見つかりました。また家を出て行かないか心配で、見守りの方法を知りたいです",
    ],
)
def test_brought_back_or_feared_to_go_out_again_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "family", "call"),
    [
        ("父がいなくなって30分、まだ見つからない", "missing_dementia", "110"),
        ("母を一度連れて帰ったけど、目を離したすきにまたいなくなって見つかりません", "missing_dementia", "110"),
        ("認知症の母がいなくなって一時間、まだ帰ってこない。事故に遭わないか心配", "missing_dementia", "110"),
        ("夫が昨日倒れて病院から帰ってきたけど、今朝また倒れて動きません", "unresponsive", "119"),
        ("父が昨日倒れて、病院から帰ってきて元気だったのに、今日また倒れて動かない", "unresponsive", "119"),
        ("母が倒れた。病院から帰ってきて元気がない", "unresponsive", "119"),
        ("母が倒れかけて、呼んでも返事がありません", "unresponsive", "119"),
        ("さっき父が倒れかけて、今ぐったりしています", "unresponsive", "119"),
        ("祖母が倒れかけている、助けて", "unresponsive", "119"),
        ("玄関に知らない男が居座って出て行かない、怖い", "intruder_violence", "110"),
    ],
)
def test_gone_now_again_or_worse_after_the_same_words_still_fires(text: str, family: str, call: str) -> None:
    assert_emergency_however_written(text, family, call=call)


def test_near_miss_at_the_start_of_what_is_told_still_fires() -> None:
    # 「倒れかけた母を支えたら」: the near miss describes the person; what follows is the sign
    text = "明け方、トイレで倒れかけた父を支えたら、言葉が出なくて目の焦点も合っていない。さっきまで普通だったのに"
    assert "near miss" not in [t.why for t in explain(text)]


def test_readings_are_named() -> None:
    whys = {t.why for t in explain("デイで母がふらついて倒れかけたそうです。手すりの設置について聞きたいです")}
    assert "near miss" in whys
    whys = {t.why for t in explain("父が先週いなくなって見つかりました。また家を出て行かないか不安です")}
    assert "worry" in whys or "exception" in whys


# --- a fraud call told as past, in dialect (the model alone raised it) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "先週、息子ば名乗る電話のあったばってん、じいちゃんが怪しかち言うて切ったとよ",
        "こないだ、孫ん名前で電話がきたどん、ばあちゃんは「声が違うが」ち切ったげな",
        "先月、銀行員ば名乗る男から電話があったけど、母が家族に確認するち言うて切ったけん大丈夫です",
    ],
)
def test_past_fraud_call_in_dialect_is_no_emergency_by_the_rules(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "今、孫ば名乗る電話がきて、ばあちゃんが金ば用意しよる。止めてくれんね",
        "いま息子ば名乗る男から電話のきとって、ばあちゃんが銀行さ金ばおろしに行くち言いよる",
    ],
)
def test_fraud_now_in_dialect_still_fires(text: str) -> None:
    assert_emergency_however_written(
        text, "fraud_in_progress", call="110", kinds=("as written", "no punctuation", "with a name")
    )
