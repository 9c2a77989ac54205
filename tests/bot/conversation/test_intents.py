"""Typed answers are read as a person would read them, at every step that offers buttons."""

from __future__ import annotations

import pytest

from bot.conversation import intents
from bot.conversation.intents import CANCEL, DONT_KNOW, EDIT, NO, RESOLVED, UNHELPFUL, YES

# What each step accepts (the order of the tuple does not matter: the reader has its own order).
OFFER = (CANCEL, RESOLVED, UNHELPFUL, NO, YES)
CONSENT = (CANCEL, NO, YES)
CONFIRM = (CANCEL, EDIT, NO, YES)
YES_NO = (CANCEL, NO, YES)
ADDRESS = (CANCEL, DONT_KNOW)


@pytest.mark.parametrize(
    "typed",
    [
        "はい",
        "はい。",
        "ハイ",
        "はい！",
        "うん",
        "ええ",
        "お願いします",
        "おねがいします",
        "お願い",
        "よろしくお願いします",
        "相談したい",
        "センターに相談したい",
        "つないでください",
        "つないで",
        "はい、お願いします",
        "話したいです",
    ],
)
def test_offer_yes_means_connect(typed):
    assert intents.read(typed, OFFER) == YES


@pytest.mark.parametrize(
    "typed",
    [
        "これで解決した",
        "解決しました",
        "わかりました",
        "わかりました、ありがとう",
        "ありがとうございました",
        "大丈夫です",
        "だいじょうぶ",
        "役に立ちました",
        "参考になりました",
        "もう大丈夫です",
        "十分です",
    ],
)
def test_offer_resolved_ends_the_worry(typed):
    assert intents.read(typed, OFFER) == RESOLVED


@pytest.mark.parametrize(
    "typed", ["いいえ", "いえ", "けっこうです", "結構です", "今はいいです", "いまはいい", "いらないです", "不要です"]
)
def test_offer_no_ends_without_a_case(typed):
    assert intents.read(typed, OFFER) == NO


@pytest.mark.parametrize("typed", ["よくわからない", "役に立たなかった", "答えになってない", "わかりにくい"])
def test_offer_unhelpful_is_told_apart(typed):
    assert intents.read(typed, OFFER) == UNHELPFUL


@pytest.mark.parametrize(
    "typed",
    [
        "はい",
        "伝えてよい",
        "同意します",
        "どういします",
        "それでいいです",
        "いいです",
        "かまいません",
        "構いません",
        "問題ありません",
        "大丈夫です",
        "OK",
        "ｏｋ",
        "おっけー",
        "了解",
        "お願いします",
        "よろしく",
        "はい伝えてください",
    ],
)
def test_consent_yes(typed):
    assert intents.read(typed, CONSENT) == YES


@pytest.mark.parametrize(
    "typed",
    [
        "いいえ",
        "伝えない",
        "伝えないでください",
        "同意しません",
        "同意しない",
        "いやです",
        "やめておきます",
        "遠慮します",
        "けっこうです",
        "送らないで",
    ],
)
def test_consent_no(typed):
    assert intents.read(typed, CONSENT) == NO


@pytest.mark.parametrize(
    "typed", ["やめます", "やめる", "やめて", "中止", "キャンセル", "もういいです", "相談をやめたい", "取り消し"]
)
def test_cancel_is_read_at_every_step(typed):
    for allowed in (OFFER, CONSENT, CONFIRM, YES_NO, ADDRESS):
        assert intents.read(typed, allowed) == CANCEL


@pytest.mark.parametrize(
    "typed",
    [
        "この内容で送る",
        "この内容で送ってください",
        "送ってください",
        "おくってください",
        "送信",
        "はい",
        "それでいいです",
        "それでお願いします",
        "これでお願いします",
        "お願いします",
        "はい送ってください。",
        "OKです",
        "それでええ",
        "ええよ",
        "かまへん",
        "たのむわ",
    ],
)
def test_confirm_send(typed):
    assert intents.read(typed, CONFIRM) == YES


@pytest.mark.parametrize("typed", ["なおす", "直したい", "修正します", "住所を変更したい", "間違えました", "訂正"])
def test_confirm_edit(typed):
    assert intents.read(typed, CONFIRM) == EDIT


@pytest.mark.parametrize("typed", ["はい", "そうです", "あってます", "合ってます", "そこです", "その通りです"])
def test_confirm_town_yes(typed):
    assert intents.read(typed, YES_NO) == YES


@pytest.mark.parametrize("typed", ["いいえ", "ちがいます", "違う", "ちがう", "違います"])
def test_confirm_town_no(typed):
    assert intents.read(typed, YES_NO) == NO


@pytest.mark.parametrize("typed", ["わからない", "わかりません", "分からないです", "知らない", "不明"])
def test_address_dont_know(typed):
    assert intents.read(typed, ADDRESS) == DONT_KNOW


@pytest.mark.parametrize("typed", ["稲毛区小仲台2丁目", "母のことです", "こんにちは", "", "   "])
def test_words_that_are_no_answer_are_not_taken_for_one(typed):
    assert intents.read(typed, CONFIRM) is None


# ---- the safety question: 「今、だれかの命が危ない状態ですか？」 ---------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "はい",
        "はい、いますぐ",
        "ハイ",
        "うん",
        "そうです",
        "今すぐです",
        "いますぐ！",
        "イマスグ",
        "危ないです",
        "あぶない",
        "アブナイ",
        "危ないかもしれません",
        "たすけて",
        "助けてください",
        "すぐ来てください",
        "大丈夫じゃないです",
        "だいじょうぶではありません",
        "倒れています",
        "息をしていません",
        "意識がないです",
        "救急車を呼びたい",
        "お願いします",  # no word of danger's absence: safety first
        "はい、相談したいです",  # a yes to this question is a yes to danger
        "いいえ、でも息が苦しそうです",  # a denial that still tells of danger
        "いいえ、血が止まりません",
    ],
)
def test_safety_danger_now(typed):
    assert intents.read_safety(typed) == YES


@pytest.mark.parametrize(
    "typed",
    [
        "いいえ",
        "いいえ。",
        "イイエ",
        "いえ",
        "ちがいます",
        "違う",
        "ううん",
        "大丈夫です",
        "だいじょうぶ",
        "ダイジョウブです",
        "今は大丈夫です",
        "危なくないです",
        "あぶなくない",
        "危険はありません",
        "命に別状はありません",
        "平気です",
        "急ぎではありません",
        "そこまでではないです",
        "今すぐではありません",
        "いますぐではない",
        "救急車を呼ぶほどではないです",
        "落ち着いています",
    ],
)
def test_safety_no_danger(typed):
    assert intents.read_safety(typed) == NO


@pytest.mark.parametrize(
    "typed",
    [
        "いいえ、センターに相談したい",
        "いいえ、センターに相談したいです。",
        "いいえ そうだんしたい",
        "イイエ、センターにつないでください",
        "大丈夫です。相談したいです",
        "ちがいます、話したいだけです",
        "危なくないです、相談したい",
        "センターに相談したい",
        "相談したいです",
        "そうだんします",
        "つないでください",
        "センターにお願いします",
    ],
)
def test_safety_no_danger_and_the_center_wanted(typed):
    assert intents.read_safety(typed) == intents.CONNECT


@pytest.mark.parametrize(
    "typed",
    ["わからない", "わかりません", "分からないです", "よくわからない", "うーん、わかりません", "ええと、わからん"],
)
def test_safety_does_not_know(typed):
    assert intents.read_safety(typed) == DONT_KNOW


@pytest.mark.parametrize("typed", ["いいえ、センターに相談したい", "大丈夫です", "危なくないです。相談したい"])
def test_a_denial_of_danger_is_told_apart_from_a_bare_wish_for_the_center(typed):
    assert intents.denies_danger(typed)
    assert not intents.denies_danger("センターに相談したい")


@pytest.mark.parametrize("typed", ["母のことです", "こんにちは", "", "   ", "せんたくができない"])
def test_words_that_answer_nothing_about_danger_are_not_taken_for_an_answer(typed):
    assert intents.read_safety(typed) is None
