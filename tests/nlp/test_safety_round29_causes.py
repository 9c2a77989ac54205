"""CheckList-style tests for the causes behind what held-out round 29 missed, in sentences of our own (none is a
round-29 sentence), with their must-not-fire look-alikes.

- death as the one who comes to fetch an old person (お迎え) wished to come, a life lived too long, the next world
  wished for, were read only in kanji (「お迎えが来て」) or not at all (「長く生きすぎた」, 「あのよに いきたい」): now in
  kanji, hiragana, spaced hiragana, katakana, dialect and of the person concerned; a pick-up (「デイのお迎え」
  「お迎えが来てほしい時間」), a long life counted in money, laughed off or of a pet is not a wish to die;
- a return told as the time of the going (「デイから帰ってきたあと…母がいなくなって」「一度戻ってきましたが、また
  出て行ったきり」) was read as the person back home and set the missing-person rules aside.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    to_hiragana,
    to_katakana,
)

# ---- crisis: お迎え wished, a life lived too long, the next world wished for --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "九十六になりました。長く生きすぎました。早くお迎えが来てほしいと本気で思っています",
        "ながいき しすぎました。おむかえ まだ こないかな",
        "もう じゅうぶん ながく いきすぎた はやく おむかえが きてほしい まじめに",
        "もう十分生き過ぎました",
        "早くお迎えが来ないかなあと毎日思っています",
        "おむかえが きてくれたら らくなのに",
        "早くあの世へ行けたらいいのに、と最近よく思います",
        "あのよに いきたい",
        "仏様が早く迎えに来てくれたらいいのに。足も目も悪くなるばかりで",
    ],
)
def test_a_wish_for_death_to_come_or_a_life_lived_too_long_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)
    result = assess_urgency(text)
    assert result.urgency == "urgent", (text, result.reason)


@pytest.mark.parametrize(
    "text",
    [
        "もう長く生きすぎました。早くお迎えが来てほしい。",
        "母が「早くお迎えが来てほしい」と毎日のように言います",
        "父が「もう長く生きすぎた、あの世に行きたい」と言います",
    ],
)
def test_the_wish_is_read_in_hiragana_and_katakana_too(text: str) -> None:
    for form in (text, to_hiragana(text), " ".join(to_hiragana(text)), to_katakana(text)):
        assert_crisis_by_rules(form)


@pytest.mark.parametrize(
    "text",
    [
        "わしゃ長う生きすぎた、はよお迎え来んかのう",
        "もう十分だ、お迎えさ来ねえかな",
        "ばあちゃんが「長生きしすぎた、はよおむかえきてほしか」と言うとです",
        "父が「あのよに はよう いきてえ」と言って食事もあまりとりません",
        "祖父が最近、おむかえが こないかなあ って ずっと つぶやいてる",
        "義母が「もう生き過ぎた、冗談じゃなくて」と真顔で言います",
    ],
)
def test_the_wish_in_dialect_or_said_of_the_person_concerned_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "デイのお迎えが来ないんですが、今日はお休みでしょうか",
        "孫の保育園のお迎えがあるので、面談は3時までにしてください",
        "送迎のお迎えが来てほしい時間は朝8時半です。変更できますか",
        "デイサービスのお迎えが早く来てほしいです。母が待ちくたびれてしまうので",
        "明日は8時にお迎えが来てほしいのですが、送迎の時間を変えられますか",
        "ヘルパーさんのお迎えが来ないかと心配で、何度も電話してしまいます",
        "お迎えに来てほしいので、迎車をお願いできますか",
        "長生きしすぎて年金が足りなくなりそうで、家計の相談をしたいです",
        "長生きしすぎたかなと母は笑っていました。九十でも畑仕事をしています",
        "うちの猫は二十二歳、長生きしすぎたくらいです",
        "親戚に長生きしすぎだと言われた",
        "母は「お迎えが来てほしいなんて思ってない、まだまだ生きる」と言っています",
        "いつお迎えが来てもいいように、少しずつ身の回りを片付けています。元気です",
        "祖母は生前よく「早くお迎えが来てほしい」と言っていました。懐かしいです",
        "駅をいきすぎてしまったので、迎えに来てもらいました",
        "いきすぎた指導が問題になっています",
    ],
)
def test_a_pick_up_money_a_joke_a_pet_or_a_negation_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


# ---- missing_dementia: a return before the going ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "いつもお世話になっております。先月のケアマネさんとの面談では大変助かりました。実は、買い物から帰ってきた後、"
        "認知症の父がいなくなって、3時間たっても見つかりません。",
        "こんにちは、町内会の者です。先日の配食の件はありがとうございました。散歩から戻ってきた時は普通だったのに、"
        "夕飯の支度中に祖母が出て行ったきり戻りません。もう暗いです。",
        "ショートステイから帰ってきた途端、物忘れのある義母が家を出て行ったまま1時間半帰ってきません。",
        "病院から帰ってきたばかりの祖父が、目を離したすきにいなくなりました。近所を探しましたが見つかりません。",
        "先週の見学ではお世話になりました。今日は母が一度散歩から戻ってきましたが、また出て行ったきりもう2時間に"
        "なります。認知症です。",
    ],
)
def test_a_return_told_before_the_going_does_not_set_the_missing_person_aside(text: str) -> None:
    # (not without punctuation: a run-on message reads the preamble's 「先月」「先日」 as the time of the sign, another cause)
    assert_emergency_however_written(
        text, family="missing_dementia", call="110", kinds=("as written", "hiragana", "with a name")
    )


def test_a_return_before_the_going_in_hiragana_with_a_preamble() -> None:
    assert_emergency(
        "おせわになってます。きのうの でんわ ありがとう。きょう でいから かえってきたあと ははが いなくなって 2じかん みつかりません",
        family="missing_dementia",
        call="110",
    )


@pytest.mark.parametrize(
    "text",
    [
        "母が散歩から帰ってきました。ご心配おかけしました。",
        "いなくなった母がさっき帰ってきました、ありがとうございました。",
        "父がいなくなって2時間、さっき近所の方が連れて帰ってきてくれました。",
        "認知症の父が朝から出て行ったきりでしたが、夕方に自分で戻ってきました。",
        "デイから帰ってきた後の母が落ち着かず、夕方になると「家に帰る」と言います。どう接すれば",
    ],
)
def test_back_home_after_the_going_is_still_no_emergency(text: str) -> None:
    assert_no_emergency(text)
