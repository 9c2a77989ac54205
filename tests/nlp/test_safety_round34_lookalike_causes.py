"""CheckList-style tests for the causes behind look-alikes the rules raised in held-out round 34, in sentences of
our own (none is a held-out sentence), each next to a near-identical message that must still fire.

- かわいく read as 川 + 行く by the at-the-water rule (「ひ孫がかわいくて死にそう」);
- a death word as the title of a book, a song or a sticker (「『死にたい日曜日』って本」「消えたい…ってスタンプ」);
- the heat or the cold as the subject of a death word (「この暑さは死ぬわ」, dialect 死ぬる);
- death words once said, now like a lie (「死にたいなんて言ってたのが嘘みたい」);
- death words said and taken seriously by the listener (「…なんて言ったら本気にされた」);
- a fear that someone may take medicine all at once, asking how to manage it;
- found, if ever: which to call first; swallowed, if ever: which number to ask;
- an episode of a drama, a news item seen (「…ってニュース見た」);
- a person who kindly brought someone home (「近所の人が連れて帰ってくれた」), not an intruder who will not leave.
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


@pytest.mark.parametrize(
    "text",
    [
        "ひ孫がかわいくて死にそうだよ",
        "うちの子猫がかわいくて死にそう。毎日癒やされてます",
        "孫がかわいくてかわいくて、もう死にそうだわ",
    ],
)
def test_cute_is_not_going_to_the_river(text: str) -> None:
    assert_no_emergency_however_written(text, ("as written", "no punctuation", "with a name"))


@pytest.mark.parametrize(
    "text", ["もう死にたい、今から川に行く", "しにたい かわにいく", "もう終わりにする。川に来てる"]
)
def test_going_to_the_river_still_fires(text: str) -> None:
    assert_emergency(text, call="119")


@pytest.mark.parametrize(
    "text",
    [
        "『死にたい日曜日』って本、すごく良かったので友達にすすめたい",
        "「消えたい夜に」という小説を読みました",
        "消えたい…って書いてあるうさぎのスタンプ、娘がよく送ってくる",
        "「死にたい」っていう歌が昔流行ったよね",
    ],
)
def test_a_title_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "母が死にたいって本気で言ってます",
        "死にたいって本人が何度も言うんです",
        "消えたい…って母からLINEが来た",
        "死にたい",
    ],
)
def test_words_of_a_person_stay_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    ["今日の暑さは死ぬわ。かき氷で生き返った", "この寒さはほんとに死ぬる", "今日の暑さ、死ぬわ〜"],
)
def test_heat_as_a_death_word_is_speech(text: str) -> None:
    assert_no_emergency(text)
    assert_no_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text", ["今日、死ぬわ。もう決めた", "今夜死ぬ。さようなら", "今日の暑さで母が倒れて意識がない"]
)
def test_death_or_heat_now_still_fires(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "若い時に死にたいなんて言ってたのが嘘みたい、今は毎日楽しいです",
        "消えたいって思ってた頃が嘘のよう。畑仕事が楽しい",
    ],
)
def test_once_said_now_like_a_lie_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize("text", ["死にたいなんて言ってたのに、今日また死にたいって", "父がずっと死にたいって言ってた"])
def test_said_again_stays_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "将棋で負けて、川に飛び込みたいなんて言ったら息子に本気にされた(笑)",
        "死にたいとか言ったら嫁に真に受けられちゃった",
    ],
)
def test_taken_seriously_by_mistake_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize("text", ["今から屋上から飛び降りる", "本当に死にたいって言ったら本気にされなかった"])
def test_said_for_real_still_fires(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "物忘れのある母が薬を一度に飲んでしまわないか心配です",
        "父が睡眠薬を全部飲んでしまわないか不安で、管理の仕方を知りたい",
    ],
)
def test_fear_of_taking_it_all_is_worry(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize("text", ["母が薬を一度に飲んでしまった", "父が睡眠薬を全部飲んでしまいました"])
def test_taken_all_still_fires(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "倒れて反応がない人を見つけたら、救急車とこのチャットとどっちが先？",
        "子どもが誤って何か飲み込んだとき、相談できる窓口はどこですか",
    ],
)
def test_asked_what_to_do_if_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text", ["父が倒れて反応がない、どっちに電話したらいい", "孫が誤って何か飲み込んだ、今ぐったりしてる"]
)
def test_found_now_still_fires(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "ドラマで一人暮らしの家に泥棒が入る回を見てから、父が戸締まりにうるさい",
        "スーパーで人が倒れたときAEDで助かったってニュース見たよ。講習を受けたい",
    ],
)
def test_seen_on_screen_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize("text", ["今、家に泥棒が入ってきた", "スーパーで人が倒れた、息をしてない"])
def test_seen_here_still_fires(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text", ["母が道に迷ったけど、近所の人が連れて帰ってくれました", "交番の人が送って帰ってくれた。もう家にいます"]
)
def test_brought_home_kindly_is_no_intruder(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize("text", ["知らない人が家に上がり込んで帰ってくれない", "訪問販売の人が居座って帰らない"])
def test_intruder_who_will_not_leave_still_fires(text: str) -> None:
    assert_emergency(text, call="110")


@pytest.mark.parametrize("text", ["うさぎのスタンプ、娘がよく送ってくる", "うさぎの置物を孫が送ってきてくれた"])
def test_a_rabbit_is_no_fraud(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize("text", ["さぎの電話で言われてお金を送ってくる", "さぎの人の指示で今コンビニに向かってる"])
def test_fraud_in_kana_still_fires(text: str) -> None:
    assert_emergency(text, call="110")


@pytest.mark.parametrize(
    "text",
    ["訪看より。希死念慮の既往あり、現在は安定しています。共有のみ", "希死念慮の既往ある方、今は落ち着いて通所中"],
)
def test_history_stable_now_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "希死念慮の既往あり、昨日から再燃している",
        "希死念慮あり、現在は安定していない",
        "希死念慮の既往あり、今も死にたいと話す",
    ],
)
def test_history_flared_or_unstable_stays_crisis(text: str) -> None:
    assert_crisis_by_rules(text)
