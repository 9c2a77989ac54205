"""The rules alone raise each emergency family however an older resident types it: all in hiragana, without
punctuation, with spaces or speech-pause commas for punctuation; and the kana readers raise no look-alike.

Sentences of our own, ~5 per family, rules only (nlp.urgency.assess_urgency)."""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency, assert_emergency_however_written, assert_no_emergency

WRITTEN_WITHOUT_KANJI_OR_PUNCTUATION = ("as written", "hiragana", "no punctuation")


def _family_cases(family: str, sentences: list[str]) -> list:
    return [pytest.param(family, s, id=f"{family}-{i}") for i, s in enumerate(sentences)]


# (family, canonical sentence): the rules raise it as written, converted to hiragana and without punctuation.
# The family is checked where this family's rules come first in precedence (others call the same number).
CANONICAL = [
    *_family_cases(
        "stroke",
        [
            "母の口が急に曲がっています。",
            "父のろれつが回らなくなりました。",
            "夫の右手が急に動かなくなりました。",
            "祖母が急に言葉が出なくなりました。",
            "母の顔の片側が下がっています。",
        ],
    ),
    *_family_cases(
        "heart_breathing",
        [
            "父が胸を押さえてとても苦しそうです。",
            "母が息ができないと言っています。",
            "祖父が胸が痛いと言って冷や汗をかいています。",
            "母の唇が紫色になって息が苦しそうです。",
        ],
    ),
    *_family_cases(
        "choking",
        [
            "父がお餅をのどに詰まらせました。",
            "母が食べ物を詰まらせて息ができません。",
            "祖母が飴玉を飲み込んで苦しがっています。",
            "夫がご飯を喉に詰まらせて顔が真っ青です。",
            "父が入れ歯を飲み込んでしまいました。",
        ],
    ),
    *_family_cases(
        "unresponsive",
        [
            "母が倒れて意識がありません。",
            "父を呼んでも返事をしません。",
            "夫が床に倒れて動きません。",
            "祖母が揺すっても目を覚ましません。",
            "母がお風呂で倒れています。",
        ],
    ),
    *_family_cases(
        "heat_cold",
        [
            "父が熱中症で倒れました。",
            "母が暑さでぐったりして意識がもうろうとしています。",
            "祖父が外で体が冷たくなって震えています。",
            "母が寒い外で倒れていて体が冷え切っています。",
            "夫がエアコンのない部屋でぐったりしています。",
        ],
    ),
    *_family_cases(
        "poisoning",
        [
            "母が薬を全部飲んでしまいました。",
            "父が洗剤を飲んでしまいました。",
            "祖母が漂白剤を飲みました。",
            "夫が睡眠薬を大量に飲みました。",
            "母が灯油を飲んでしまいました。",
        ],
    ),
    *_family_cases(
        "seizure_bleeding_fall",
        [
            "父がけいれんしています。",
            "母が頭から血を流しています。",
            "祖父が階段から落ちて頭を打ちました。",
            "夫の血が止まりません。",
        ],
    ),
    *_family_cases(
        "unanswered",
        [
            "一人暮らしの母と三日連絡が取れません。",
            "隣のおばあさんが何日も姿を見せず、新聞がたまっています。",
        ],
    ),
    *_family_cases(
        "fraud_in_progress",
        [
            "息子を名乗る電話があって、今から母が銀行にお金を下ろしに行っています。",
            "父が電話の指示でATMに行っています。",
            "これから母の家にお金を受け取りに人が来ます。",
            "市役所を名乗る人に言われて祖母が今ATMを操作しています。",
            "警察を名乗る人がキャッシュカードを取りに来ると言っています。",
        ],
    ),
    *_family_cases(
        "intruder_violence",
        [
            "知らない男が家に入ってきました。",
            "夫が暴れて母を殴っています。",
            "誰かが家の中にいます。",
            "知らない人がドアを叩いて帰りません。",
            "男が包丁を持って暴れています。",
        ],
    ),
    *_family_cases(
        "missing_dementia",
        [
            "認知症の父が家からいなくなりました。",
            "母が朝から行方不明です。",
            "認知症の祖母が出て行ったまま帰ってきません。",
            "夫がいないと思ったら靴もありません。",
            "認知症の母がいません。さっきまでいたのに。",
        ],
    ),
    *_family_cases(
        "self_harm_now",
        [
            "母が手首を切りました。",
            "父が首を吊ろうとしています。",
            "夫が屋上から飛び降りようとしています。",
            "母が練炭をたいています。",
        ],
    ),
]

# Canonical sentences that another family's rule takes first (same number to call).
CANONICAL_OTHER_FAMILY_FIRST = [
    "母が転んで頭を打って動けません。",  # unresponsive before seizure_bleeding_fall
    "叔父の部屋のドアを叩いても応答がありません。",  # unresponsive before unanswered
    "息子が薬を大量に飲んで死のうとしています。",  # poisoning before self_harm_now
]


@pytest.mark.parametrize(("family", "text"), CANONICAL)
def test_each_family_is_raised_as_written_in_hiragana_and_without_punctuation(family: str, text: str) -> None:
    assert_emergency_however_written(text, family, kinds=WRITTEN_WITHOUT_KANJI_OR_PUNCTUATION)


@pytest.mark.parametrize("text", CANONICAL_OTHER_FAMILY_FIRST)
def test_signs_another_family_takes_first_are_still_raised_however_written(text: str) -> None:
    assert_emergency_however_written(text, kinds=WRITTEN_WITHOUT_KANJI_OR_PUNCTUATION, call="119")


# Typed by hand in kana (no kanji conversion at all), words run together or apart, no punctuation.
HAND_TYPED_KANA = [
    ("stroke", "ははのくちがまがってる"),
    ("stroke", "ちちがきゅうにろれつがまわらない"),
    ("stroke", "ははのかおがかたほうさがってる"),
    ("heart_breathing", "ははがいきができない"),
    ("heart_breathing", "おっとがいきをしてない"),
    ("choking", "ちちがもちをのどにつまらせた"),
    ("choking", "ちちがいればをのみこんだ"),
    ("choking", "そぼがあめだまをのみこんでくるしがってる"),
    ("unresponsive", "ちちをよんでもへんじしない"),
    ("unresponsive", "そぼがゆすってもおきない"),
    ("heat_cold", "ちちがねっちゅうしょうでたおれた"),
    ("heat_cold", "ははがさむいそとでたおれていてからだがひえきってる"),
    ("poisoning", "ちちがせんざいをのんだ"),
    ("seizure_bleeding_fall", "ははがあたまからちをながしてる"),
    ("seizure_bleeding_fall", "おっとのちがとまらない"),
    ("unanswered", "ははにでんわしてもふつかでない"),
    ("unanswered", "となりのおばあさんがなんにちもすがたをみせない"),
    ("unanswered", "ひとりぐらしのははとみっかれんらくがとれない"),
    ("fraud_in_progress", "ちちがでんわのしじでえーてぃーえむにいってる"),
    ("fraud_in_progress", "これからははのいえにおかねをうけとりにひとがくる"),
    ("fraud_in_progress", "そぼがいまえーてぃーえむをそうさしてる でんわしながら"),
    ("intruder_violence", "しらないおとこがいえにはいってきた"),
    ("missing_dementia", "ははがあさからゆくえふめい"),
    ("missing_dementia", "にんちしょうのちちがいえからいなくなった"),
    ("missing_dementia", "ちちが ゆくえが わからない"),
    ("self_harm_now", "ちちがくびをつろうとしてる"),
]


@pytest.mark.parametrize(("family", "text"), HAND_TYPED_KANA, ids=[t for _, t in HAND_TYPED_KANA])
def test_signs_typed_in_kana_only_are_raised_in_their_family(family: str, text: str) -> None:
    assert_emergency(text, family)


# Voice input: spaces, or nothing, where the sentence ends; a smart speaker's commas at every pause.
SPOKEN = [
    ("missing_dementia", "認知症の母がいない さっきまでいたのに"),
    ("missing_dementia", "認知症の母がいないさっきまでいたのに"),
    ("missing_dementia", "にんちしょうのははがいない どこにいったか"),
    ("missing_dementia", "夫がいない と思ったら 靴もない"),
    ("missing_dementia", "おっとがいない とおもったら くつもない"),
    ("stroke", "ちちの、かおが、かたほう、まがって、しゃべれない"),
    ("seizure_bleeding_fall", "ははが、ころんで、あたまから、ちが、とまらない"),
]


@pytest.mark.parametrize(("family", "text"), SPOKEN, ids=[t for _, t in SPOKEN])
def test_spoken_messages_with_spaces_or_pause_commas_for_punctuation_are_raised(family: str, text: str) -> None:
    assert_emergency(text, family)


# Look-alikes written the same ways: the kana readers must not raise them.
KANA_LOOKALIKES = [
    "おっとがいないとおもったらにわにいた",  # a false alarm told at once
    "夫がいない と思ったら 庭にいた",
    "ちちが まえ いなく なった けど いまは しせつ に いる",  # long ago; where he is now
    "ははのくちがまがってるのはむかしから",  # long-standing
    "母が行方不明の猫を探してる",  # an animal
    "ははがゆくえふめいのねこをさがしてる",
    "ゆくえふめいのどらまをみた",
    "えーてぃーえむのつかいかたをおしえて",
    "すがたをみせないねこがいる",
    "ちちがいればをのみこんだらどうしよう",  # a worry about what may happen
    "あした、ごご、にじに、でんわ、ください",  # pause commas in an ordinary message
    "ははは いないいないばあ",  # laughter, not 母
    "ははがあさからいないけどでいさーびすにいってる",
    "母がいない さっき買い物に出かけたから",
]


@pytest.mark.parametrize("text", KANA_LOOKALIKES)
def test_lookalikes_in_kana_or_without_punctuation_stay_quiet(text: str) -> None:
    assert_no_emergency(text)


def test_kana_sign_words_are_read_as_the_lexicon_knows_them_in_the_trace() -> None:
    traces = explain("ははがあさからゆくえふめいです")
    assert any(t.matched == "行方不明" and t.verdict == "emergency" for t in traces), traces


def test_karada_the_body_in_kana_is_not_read_as_after_a_fall() -> None:
    # 「たおれていてからだが」: からだ (the body), not 「…てから」 (after falling, in the past)
    result = assess_urgency("ははがそとでたおれていてからだがつめたい")
    assert result.urgency == "emergency", explain("ははがそとでたおれていてからだがつめたい")
