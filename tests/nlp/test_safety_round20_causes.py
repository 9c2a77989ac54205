"""CheckList-style tests for the causes behind the emergencies and crises held-out round 20 missed, in sentences
of our own (none is a round-20 sentence), with their look-alikes.

- a cleaning agent swallowed, named by what it does (「入れ歯を洗う薬」「トイレを掃除する薬」) or by its kind (クリーナー);
- leaning out over a bridge, a railing or a cliff with words of ending it;
- going to a place of death, said in the polite form (「線路に行きます」), with a farewell to everyone;
- shut in a room, not opening when called, after words of no point in living or with a blade taken in;
- a wish to be let into the grave with the one who died (「私も一緒に入れてほしい」);
- life told as a game lost (「人生詰んだ」「あとは投了するだけ」) while the affairs are put in order.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)


@pytest.mark.parametrize(
    "text",
    [
        "父が トイレを 掃除する薬 のんだ。くるしいと言ってる",
        "母が入れ歯を洗う薬を飲み込んでしまって、吐いています",
        "子どもがお風呂を洗う液を飲んでしまいました",
        "夫が台所のクリーナーを飲みました。喉が痛いそうです",
    ],
)
def test_a_cleaning_agent_swallowed_is_a_poisoning(text: str) -> None:
    assert_emergency(text, "poisoning", "119")


def test_a_cleaning_agent_swallowed_however_written() -> None:
    assert_emergency_however_written("祖父が入れ歯を洗う薬を飲みました", "poisoning", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "入れ歯を洗う薬はどこで買えますか",
        "トイレを掃除する薬を新しいのに変えました",
        "入れ歯の洗浄剤を使うようになってから口の中がすっきりしています",
    ],
)
def test_a_cleaning_agent_bought_or_used_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が橋の手すりから身を乗り出して「もう死ぬ」と言っています",
        "友達が屋上の柵から身を乗り出してる。さよならってLINEが来た",
        "母が崖の上から身を乗り出していて、もう終わりにすると泣いてる",
    ],
)
def test_leaning_out_over_a_height_with_words_of_ending_is_an_attempt(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "孫が橋の欄干から身を乗り出して鯉を見ていて、ひやっとしました",
        "橋から身を乗り出して釣りをしている人がいて危ないです",
        "映画で主人公が橋の欄干から身を乗り出して「もう終わりにする」と叫ぶ場面が怖かった",
    ],
)
def test_leaning_out_without_words_of_ending_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母からさっき「これから海に行きます。今までありがとう」とメールが来て、電話に出ません",
        "弟から「踏切に向かいます、みんなお世話になった」とLINE。既読にならない",
        "利用者さんが「今から崖に行きます。皆様お世話になりました」と書き置きを残していなくなった",
    ],
)
def test_going_to_a_place_of_death_with_a_farewell_is_an_attempt(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "姉から「これから線路に行きます。みなさんお世話になりました」と来ました",
        "母が橋の欄干から身を乗り出して、もう終わりにすると言っています",
        "夫が「生きてても仕方ない」と言って風呂場にこもり、呼んでも開けません",
    ],
)
def test_attempts_however_written(text: str) -> None:
    assert_emergency_however_written(text, "self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "退職のご挨拶です。皆さんお世話になりました。来月から海の近くに住みます",
        "明日は家族で川に行きます。バーベキューの予定です",
        "皆さんお世話になりました。これから橋に行きますか、と運転手さんに聞かれました",
        "来週海に行く。みんなお世話になった、また会おう",
    ],
)
def test_a_farewell_or_an_outing_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "夫が「生きてる意味がない」と言ってトイレにこもった。ノックしても返事しない",
        "兄が物置にこもって、呼んでも出てこない。さっき「もう生きていたくない」とLINEがあった",
        "父がカッターを持って部屋に入っていった。声をかけても開けてくれない",
    ],
)
def test_shut_in_and_not_answering_after_despair_or_with_a_blade_is_an_attempt(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


@pytest.mark.parametrize(
    "text",
    [
        "孫が部屋にこもってゲームばかり。呼んでも出てこない",
        "息子が反抗期で部屋にこもって、ノックしても開けない。「死ぬほどうざい」と言われた",
        "認知症の母がトイレにこもって、呼んでも出てこないことがよくあります",
    ],
)
def test_shut_in_without_despair_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が父の仏壇に向かって「私も早く一緒に入れてほしい」と毎日言っていて、ご飯も食べない",
        "妻を亡くした父が墓前で「わしも一緒に入りたい」とつぶやいていた",
        "夫が亡くなってから、母は早くお墓に入りたいとばかり言っています",
    ],
)
def test_a_wish_to_be_let_into_the_grave_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "夫と一緒に入りたいので、永代供養のお墓の費用を教えてください",
        "亡くなった両親と同じ墓に私も一緒に入れてほしいので、納骨の手続きを知りたいです",
        "友達のグループに私も一緒に入れてもらえたら嬉しいです",
    ],
)
def test_a_grave_planned_for_or_a_group_joined_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "隣のおじいさんが「人生もう終わりだ」と言って、持ち物を近所に配り始めています",
        "父が「俺の人生ゲームオーバーだ、世話になったな」と言ってきた",
        "兄が「あとは死ぬだけ」と言って身辺整理をしている",
    ],
)
def test_life_over_with_affairs_put_in_order_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "テストで赤点とって人生終わったって娘が言いながら部屋を片付けてる",
        "母は終活中で「あとは死ぬだけ」と笑いながら家の片付けをしています",
        "将棋で詰んだと言って、盤を片付けていました",
        "人生終わったと思うほど落ち込んだ時期もあったけど、今は元気です",
        "小説の中で老人が「あとは投了するだけ」と言って身辺整理をする",
    ],
)
def test_life_over_as_hyperbole_or_a_plan_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)
