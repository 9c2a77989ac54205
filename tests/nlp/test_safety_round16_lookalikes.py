"""CheckList-style tests for the causes behind the look-alikes held-out round 16 raised wrongly by the rules.

Each cause is tested as a behaviour in sentences of our own (none is a round-16 sentence):
- direction (no alarm): a sign in fiction being written (「小説で…場面」「…話を書きたい」); a sign typed to try the
  bot out, with no one in trouble said (「「意識がない」と送ったらどうなるか試しています。誰も倒れていません」);
- invariance: the same without punctuation and with a name;
- guards (recall first): the same words with something happening now, one's own person in the sign's sentence, a
  test denied (「テストじゃない」), or no one answering (「誰も出ない」) still raise.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written

_NO_KANA = ("as written", "no punctuation", "with a name")

# --- fiction being written ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "短編小説を書いています。主人公の父親が心筋梗塞で倒れる場面の描写で、家族はまず何をするのが自然ですか",
        "推理小説で、老人が風呂場で意識を失っている場面があります。救急隊はどう動くものでしょう",
        "空き巣が入る場面を書いているのですが、手口のリアリティについて相談したいです",
        "熱中症で動けなくなるおじいさんの話を書きたいので、どんな症状が出るか参考に教えてください",
    ],
)
def test_a_sign_in_fiction_being_written_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "小説を書いていますが、今、祖母が本当に倒れて動きません",
        "小説の場面を考えていたら、隣の部屋で父が倒れて意識がない",
        "脚本を書いていたら、母が急に胸が苦しいと言い出しました",
    ],
)
def test_a_real_sign_beside_fiction_being_written_still_raises(text):
    _emergency(text)


# --- testing the bot ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "「意識がない」と送ったらどうなるか試しています。誰も倒れていません",
        "動作テストです。「胸が痛い」と入力したら119が出るか確認しています。誰も痛くないです",
        "「息ができない」って打ったらどう返るか見てるだけです",
    ],
)
def test_a_sign_typed_to_try_the_bot_out_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "テストじゃないです。父が倒れて意識がありません",
        "試しに何度も電話したけど誰も出ない、母が倒れて息をしていない",
        "テストです。と思ったら今、夫が本当に倒れて反応がない",
        "件名：至急 父が倒れて動かない",
    ],
)
def test_a_real_sign_near_test_words_still_raises(text):
    _emergency(text)


# --- an exam word's meaning, a newsletter article, done as told and well ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "介護の資格の勉強中です。誤嚥と窒息の違いを教えてください",
        "町内会の会報に「息子を名乗る電話でお金を振り込まないで」という注意を載せたい",
        "自治会だよりに、電話でキャッシュカードを取りに来る手口の記事を書きたいです",
        "相談窓口に電話したら水を飲ませればいいと言われて、その通りで祖父は元気です",
    ],
)
def test_an_exam_word_a_newsletter_article_or_advice_followed_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "母が洗剤を飲んでしまった。誤飲と誤嚥の違いを教えて",
        "会報の記事を書いていたら、父が急に倒れて動かない",
        "言われた通りにしたけど、母が息をしていない",
        "父が洗剤を飲んだ、その通りで元気だと思ったら急にぐったりしてきた",
    ],
)
def test_a_real_sign_near_exam_newsletter_or_advice_words_still_raises(text):
    _emergency(text)


# --- something in the throat gone ---------------------------------------------------------------------


def test_something_in_the_throat_said_gone_after_a_mouthful_raises_no_alarm():
    _no_emergency_however_written("喉に魚の骨が引っかかった感じ、水を飲んだら消えました", _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "のどに何か引っかかってる、消えたと思ったらまた苦しくて息ができない",
        "のどに餅が詰まって息ができない、声も消えた",
    ],
)
def test_a_throat_sign_with_the_word_gone_nearby_still_raises(text):
    _emergency(text)
