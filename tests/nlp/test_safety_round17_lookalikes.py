"""CheckList-style tests for the causes behind the look-alikes held-out round 17 raised wrongly.

Each cause is tested as a behaviour in sentences of our own (none is a round-17 sentence):
- direction (no alarm): a log's clipped words of care already given (「救急搬送 入院 今朝 落ち着いたと連絡」), someone
  who helped the person up (「ヘルパーさんが起こしてくれた」), a time long gone said of it (「一昨年の話で」), found and
  looked after in a log (「駅で保護」), a drama where it happens (「行方不明になったドラマ見て」), asking what one should do
  if one ever found it (「倒れとるのを見つけたらどがしたらええ」), a warning given in general (「一度に飲むと危ない」);
- crisis look-alikes: dying content in a dream come true or doing what one loves (「ホールインワン出したら死んでもいい」
  「畑で死ねたら本望」), too much left undone to die (「死んでも死にきれない」);
- guards (recall first): the same words with the sign now, help asked for, a wish to die outright.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

_NO_KANA = ("as written", "no punctuation", "with a name")


@pytest.mark.parametrize(
    "text",
    [
        "おととい 父 息苦しさで救急搬送 肺炎で入院 昨日 落ち着いたと連絡 今後の介護の相談",
        "夜中 祖母 転んで起き上がれず→隣の人が来て起こしてくれた→痛みなし 転倒予防を相談したい",
        "母が転んで起き上がれなかったけど、息子が抱き起こしてくれました。相談は来週で",
    ],
)
def test_care_already_given_in_a_logs_clipped_words_raises_no_alarm(text):
    _no_emergency(text)


def _no_emergency(text):
    assert_no_emergency_however_written(text, kinds=_NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "祖母が訪問販売の男に居座られたのは一昨年の話で、それからはチェーンをかけています",
        "父が居座られたのは何年か前のことで、今は防犯カメラを付けました",
        "先週 母 行方不明→夕方 交番で保護 見守りシールの申請をしたい",
        "じいちゃんが行方不明になるドラマを見て、うちも心配になったっぺ",
        "父が倒れる映画を観てから母が不安がってます",
        "倒れてる人を見つけたらどうしたらいいのか、老人会で教わりたい",
        "道で倒れとる人を見かけたらどげんしたらよか？ 知っときたいだけです",
        "母がたくさん薬をもらってて、まとめて飲むと危ないよねって話したけど、ちゃんと一回分ずつ飲んでます",
    ],
)
def test_told_of_the_past_a_drama_a_question_or_a_warning_raises_no_alarm(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "孫の結婚式を見られたら死んでもいいって祖母が笑ってた",
        "ハーフで70切れたら死んでもいいって父が言う",
        "釣り竿を握って海で死ねたら本望だと祖父は言う",
        "一度でいいから大当たり来ないと死んでも死にきれないって常連さん",
        # a hope for a quick, late end (ぴんぴんころり), or for dying at home
        "ぽっくり逝きたいねってデイの仲間と笑ってます",
        "最期は住み慣れた家で逝きたいと父は言ってます",
    ],
)
def test_dying_content_after_a_dream_is_no_crisis(text):
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "もう死ねたらいいのにって母が言う",
        "生きてても仕方ない、死んでもいいって父が言う",
        "畑仕事もできんし、死ねたら楽なのにって祖父が",
    ],
)
def test_guard_a_wish_to_die_outright_is_still_a_crisis(text):
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text, call",
    [
        ("今 母が息苦しそう 救急搬送してほしい", "119"),
        ("母が倒れているのを見つけた、どうしたらいい", "119"),
        ("いま父が倒れてるのを見つけたらどうしたらいいの 息してない", "119"),
        ("認知症の父が行方不明、駅で保護してほしいと警察に頼みたい", "110"),
        ("父が薬を一度に全部飲んだ", "119"),
        ("一昨年の話ですが今また押し売りが居座って帰らない", "110"),
    ],
)
def test_guard_the_sign_now_still_raises(text, call):
    assert_emergency(text, call=call)


def test_guard_a_drama_of_a_missing_person_with_ones_own_missing_now_raises():
    assert_emergency("認知症の母が朝からいなくなった。ドラマみたいなことが本当に起きた", call="110")
    assert_no_emergency("祖母が行方不明になったドラマを見た")
