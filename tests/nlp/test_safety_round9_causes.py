"""CheckList-style tests for the causes behind held-out round 9's misses and raised look-alikes.

Each cause is tested as a behaviour over several people and phrasings of our own (none is a round-9
sentence):
- minimum: a dialect progressive (「座り込んどる」) is no negation; a bump on the head with a warning sign
  anywhere in the message (vomiting, the same question again and again, a blood thinner); pills
  already taken with a secret kept from the family or "going over there"; asking the one who died
  whether one may come to them;
- invariance: the same in hiragana, without punctuation, with a name;
- direction: the sign denied as a whole (「倒れたわけじゃない」), said to be as usual (「ろれつもいつも
  通り」), a mild degree of breathlessness, over now (「今は平気」「休んだら元気です」「普通に寝てます」「自分
  で立ち上がって今はご飯を食べています」「普通に話せてます」), a story heard on television or NHK, a
  what-if (「入ってきたら」), pills packed dose by dose or thrown away, a scab, a fraud reported to the
  police, kerosene spilt while filling a stove, a fear of falling, a fall denied as a wish — no
  alarm (at most the safety question); and the same words said as happening now still raise it.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import variants

WHO = ("母", "父", "祖母", "おじいちゃん")


# --- heat_cold: a dialect progressive is no negation ------------------------------------------------

SHUT_OUT_DIALECT = (
    "{who}が雪の降る外に座り込んどる。震えがひどい",
    "寒いのに{who}が玄関の外に座り込んどるんじゃ、ふるえとる",
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template", SHUT_OUT_DIALECT)
def test_sitting_outside_in_the_cold_said_in_dialect_is_an_emergency(template, who):
    _emergency(template.format(who=who), "heat_cold")


def test_sitting_outside_in_the_cold_in_dialect_is_an_emergency_however_written():
    for kind, text in variants(SHUT_OUT_DIALECT[0].format(who="母")).items():
        assert assess_urgency(text).urgency == "emergency", (kind, text, explain(text))


# --- seizure_bleeding_fall: a bump on the head with a warning sign ----------------------------------

HEAD_BUMP_SIGNS = (
    "{who}がこけておでこにこぶができた。さっきから二度もどしている",
    "{who}が頭をぶつけてたんこぶができました。血をサラサラにする薬を飲んでいます",
    "{who}がベッドから落ちて頭にこぶ。何度も同じことを言います",
    "{who}が頭を打った。なんだかうとうとしていて変です",
)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("template", HEAD_BUMP_SIGNS)
def test_a_bump_on_the_head_with_a_warning_sign_is_an_emergency(template, who):
    _emergency(template.format(who=who), "seizure_bleeding_fall")


@pytest.mark.parametrize("template", HEAD_BUMP_SIGNS[:2])
def test_a_bump_on_the_head_with_a_warning_sign_is_an_emergency_however_written(template):
    for kind, text in variants(template.format(who="父")).items():
        assert assess_urgency(text).urgency == "emergency", (kind, text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "父が頭をぶつけてこぶができましたが、いつも通りで、ご飯も食べています",
        "去年、母が転んで頭にこぶができて吐いたことがあります",
        "頭をぶつけたときの応急手当を習いたいです。吐き気が出たら受診ですか",
    ],
)
def test_a_bump_without_signs_past_or_a_general_question_is_no_alarm(text):
    _no_emergency(text)


# --- self_harm_now: pills taken, a secret kept or "going over there" ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "睡眠薬はさっき全部飲みました。娘には黙っていてね",
        "くすりはもうのんだ。あっちへ行くね",
        "薬は飲みました。家族には内緒にしてください。今までありがとう",
    ],
)
def test_pills_taken_with_a_secret_or_going_over_there_is_an_attempt(text):
    result = assess_urgency(text)
    assert result.urgency == "emergency" and result.crisis, (text, explain(text))
    assert result.family in ("self_harm_now", "poisoning"), (text, result.family)


@pytest.mark.parametrize(
    "text",
    ["血圧の薬はもう飲みました。明日そっちに行きます", "朝の薬は飲みました。娘が昼に来てくれます"],
)
def test_medicine_taken_as_usual_is_no_attempt(text):
    result = assess_urgency(text)
    assert result.urgency != "emergency" and not result.crisis, (text, explain(text))


# --- crisis: asking the one who died whether one may come --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "あなた、私もうそっちに行ってもいいかしら。あなたがいない毎日はつらいです",
        "おかあさん、あっちに行きたいよ。お母さんのいない家はさみしい",
        "夫が先立ってから一年。もうそっちへ行ってもいいよね",
    ],
)
def test_asking_the_dead_to_let_one_come_is_a_crisis(text):
    assert assess_urgency(text).crisis, (text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "母が亡くなったので、手続きでそっちに行ってもいいですか",
        "明日そっちに行ってもいいですか。父の介護の相談です",
        "父が亡くなって、遺品の片付けであっちに行きたいのですが",
    ],
)
def test_a_visit_after_a_death_is_no_crisis(text):
    assert not assess_urgency(text).crisis, (text, explain(text))


# --- the sign denied as a whole, or said to be as usual ----------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "{who}が倒れたわけではないのですが、最近ふらつきが多くて心配です",
        "{who}がいなくなったわけじゃありません。散歩が長いだけです",
        "寒さで震えてるわけじゃないけど、{who}の部屋は冷えます",
        "{who}が洗剤を飲んだわけじゃないんです。手に持っていただけ",
        "ろれつは普通だけど、{who}が最近疲れやすい",
        "{who}のろれつもいつも通りで、食欲もあります",
    ],
)
def test_a_sign_denied_or_as_usual_is_no_alarm(template, who):
    _no_emergency(template.format(who=who))


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れた、返事がない",
        "母のろれつが回らない",
        "祖母のろれつもいつも通りじゃない、急に変です",
        "父が倒れたわけじゃないけど、息をしていない",
    ],
)
def test_the_same_signs_said_as_now_still_raise(text):
    _emergency(text)


def test_a_wish_to_die_said_not_to_be_one_is_still_a_crisis():
    assert assess_urgency("死にたいわけじゃないけど、もう生きるのがしんどい").crisis


# --- heart_breathing: a mild degree ------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_slightly_breathless_is_advice_not_an_emergency(who):
    result = assess_urgency(f"{who}が少し息苦しいと言うけど熱はなく、来週受診します")
    assert result.urgency != "emergency", explain(f"{who}が少し息苦しい")
    assert result.call_number == "#7119"


@pytest.mark.parametrize(
    "text", ["父が急に息苦しいと言って唇が紫です", "母がすごく息苦しそう", "祖母が息苦しい、助けて"]
)
def test_breathlessness_without_a_mild_degree_still_raises(text):
    _emergency(text, "heart_breathing")


# --- over now -------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    "template",
    [
        "{who}がおもちを喉に詰まらせたけど、背中を叩いたら出てきて今は平気",
        "{who}が暑さでぐったりしていたが、水を飲んで休んだら元気です",
        "{who}がゼーゼーしていたけど、薬を吸ったら普通に寝てます",
        "{who}がトイレで倒れたけど、自分で立ち上がって今は昼ごはんを食べています",
        "{who}が暑さでふらふらしてたけど、冷やしたら普通にしゃべれてます",
    ],
)
def test_a_sign_said_to_be_over_now_is_no_alarm(template, who):
    _no_emergency(template.format(who=who))


@pytest.mark.parametrize(
    "text",
    [
        "母がおもちを喉に詰まらせた。今は平気かな",
        "父が暑さでぐったりしている。休んだら元気になるかな",
        "祖母がゼーゼーして寝られない",
        "父がトイレで倒れて、自分で立ち上がれない",
        "母が暑さでふらふら、話せていません",
    ],
)
def test_the_same_signs_not_over_still_raise(text):
    _emergency(text)


# --- seen or heard in the media, a what-if ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "テレビで一人暮らしの人が倒れて見つかる話をしていて、母が不安がっています",
        "NHKで認知症の人が行方不明になった話を聞いて、うちも気をつけたい",
        "ラジオで電池の誤飲の話をしていました",
        "誰かが家に入ってきたら怖いので、鍵を替えたいです",
        "夜中に泥棒が入ってきたら、と思うと眠れません",
    ],
)
def test_a_story_in_the_media_or_a_what_if_is_no_alarm(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "テレビを見ていたら父が倒れた、話しかけても返事がない",
        "今、家の中に誰かが入ってきた",
        "夜中に家の中に知らない人が入ってきて、今も居間にいる",
    ],
)
def test_the_same_signs_here_and_now_still_raise(text):
    _emergency(text)


# --- poisoning: packed dose by dose, thrown away ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "薬を朝昼晩ごとにまとめてもらえますか",
        "薬を一包ずつ全部まとめてくれるサービスはありますか",
        "使わない薬は全部処分しました",
        "古い農薬はまとめて回収してもらいました",
    ],
)
def test_medicine_packed_or_thrown_away_is_no_alarm(text):
    _no_emergency(text)


@pytest.mark.parametrize("text", ["父が薬を全部飲んでしまった", "母が薬を一週間分まとめて飲んだ", "祖母が農薬を飲んだ"])
def test_medicine_taken_all_at_once_still_raises(text):
    _emergency(text, "poisoning")


# --- a scab, a fraud reported to the police --------------------------------------------------------


@pytest.mark.parametrize("who", WHO)
def test_a_scab_now_is_no_violence(who):
    _no_emergency(f"{who}の膝の傷は今はかさぶたになっています")


def test_being_hit_now_still_raises():
    _emergency("今、母が息子にぶたれている", "intruder_violence")


@pytest.mark.parametrize(
    "text",
    [
        "銀行員がキャッシュカードを取りに来ると電話がありましたが、警察にも相談済みです",
        "キャッシュカードを受け取りに来ると言われたけど、結局誰も来なかった",
    ],
)
def test_a_fraud_call_reported_or_come_to_nothing_is_no_alarm(text):
    _no_emergency(text)


def test_someone_coming_for_the_card_now_still_raises():
    _emergency("キャッシュカードを取りに来ると電話があった、今から来るそうです", "fraud_in_progress")


# --- self_harm_now: kerosene spilt, a fear of falling, a fall denied as a wish ---------------------


@pytest.mark.parametrize(
    "text", ["ストーブに給油していて灯油をかぶってしまった", "ポリタンクから入れるとき、うっかり灯油をかぶった"]
)
def test_kerosene_spilt_while_filling_a_stove_is_no_attempt(text):
    result = assess_urgency(text)
    assert result.urgency != "emergency" and result.dismissed, (text, explain(text))


@pytest.mark.parametrize(
    "text",
    [
        "父が灯油をかぶった",
        "母が灯油をかぶって、もう死ぬと言っている",
        "ストーブに入れるとき灯油をかぶった、もう終わりにする",
    ],
)
def test_kerosene_poured_over_oneself_is_an_attempt(text):
    _emergency(text, "self_harm_now")


def test_a_fear_of_falling_or_a_fall_denied_as_a_wish_is_read_as_settled():
    fear = assess_urgency("祖父がはしごの上で身を乗り出すので、落ちそうで怖い")
    assert fear.settled and fear.urgency != "emergency"
    denied = assess_urgency("屋根の雪下ろしをしているだけで、飛び降りるとかじゃありません")
    assert denied.settled and denied.crisis_dismissed and not denied.crisis
    assert assess_urgency("母が今にも窓から落ちそうで怖い").settled is False


def test_a_jump_said_now_still_raises():
    _emergency("屋上から飛び降りる、もう終わりにする", "self_harm_now")


# --- the product's decision (rules and model): at most the safety question -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "洗剤を飲んだわけじゃないんです。口に入れる前に取り上げました",
        "散歩から帰るのが20分遅かっただけで、本人は寄り道したと言っています",
        "トイレでふらっとしゃがみこんだけど、自分で立ち上がって今は朝食を食べています",
        "祖父が脚立の上で身を乗り出すので、落ちそうで怖い",
    ],
)
def test_the_product_does_not_raise_the_alarm_on_a_settled_message(safe_triager, text):
    t = safe_triager.triage(text)
    assert t.urgency != "emergency" and not t.crisis, (text, t.urgency_reason)


@pytest.mark.parametrize(
    "text",
    [
        "隣のおじいさんが雪の中で外に座り込んどる、震えが止まらん",
        "あなた、いまそっちへ行きます。睡眠薬はもう全部飲んだ。子どもには内緒ね",
        "父が転んで頭にたんこぶ、そのあと二回吐いた",
    ],
)
def test_the_product_raises_the_alarm_on_the_round_9_kinds_of_emergency(safe_triager, text):
    t = safe_triager.triage(text)
    assert t.urgency == "emergency" and t.call == "119", (text, t.urgency_reason)
