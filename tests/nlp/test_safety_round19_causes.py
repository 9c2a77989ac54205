"""CheckList-style tests for the cause behind the crisis held-out round 19 missed outright.

A farewell note is a crisis sign, tested in sentences of our own (none is a round-19 sentence): a letter, a note
or a message that says the writer will be gone by the time it is read (「これを読むころには、私はもうこの世に
いません」「このメモを見る時にはわしはもうおらん」), or that thanks and bids goodbye (置き手紙に「今までありがとう。
さようなら」). Guards: a letter about a move or a trip, an old letter from the war, fiction, a retirement card.

Also the causes behind four emergencies that got only the safety question:
- a manner told with 「〜るようにして、」 (「のどをかきむしるようにして、」) is not a purpose or a condition;
- the eyes opening at a call and closing at once, said with 「呼ぶと」 as well as 「呼んでも」;
- an animal come back alone (「犬だけリードを引きずって帰ってきた」) is not the person back home;
- gas let into a closed car or room with words of death, also in learner's Japanese with spaces.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)


@pytest.mark.parametrize(
    "text",
    [
        "母の机に「これを読むころには、私はもうこの世にいません」という手紙がありました",
        "父から届いたハガキに、このハガキが着く頃にはもういないと思う、と書いてあった",
        "隣のおじいさんが、このメモを見る時にはわしはもうおらん、と書いて郵便受けに入れていった",
        "祖母のノートに「この文を読んでいるころには、私は生きていないでしょう」とあった",
        "施設に入っている母から、この手紙が届くころにはもういないでしょう、と便りが来ました",
        "おばから封書が届いて、この手紙が着くころには私はいないかもしれません、とありました",
    ],
)
def test_gone_by_the_time_it_is_read_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "夫の置き手紙に「今までありがとう。さようなら」と書いてあって、姿が見えません",
        "母からのLINEで「長い間お世話になりました。みんな元気でね、さようなら」と届いた",
        "おじから手紙が来て、今まで本当にありがとう、さよなら、とだけ書いてあった",
    ],
)
def test_thanks_and_goodbye_in_a_note_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "この手紙が届くころには、私はもう新しい家に引っ越しています",
        "この葉書が着くころには私はもういないと思います、ヨーロッパに旅行に出ているので",
        "このメールを見るころにはもういないかも。もう出発するので、鍵はポストに入れておきます",
        "昔の手紙を整理していたら、祖父が戦地から「この手紙が届くころには私はもういないだろう」と書いたものが出てきた",
        "小説の中で主人公が「これを読むころには私はもういない」と手紙を残す場面に母が泣いていました",
        "この手紙が届くころには母は退院して家にいると思います",
        "職場の寄せ書きに「今までありがとう、さようなら」と書いて退職する同僚に渡しました",
        "引っ越しの挨拶状に「今までありがとうございました、さようなら」と書きました",
        "手紙が届いたら電話をください",
    ],
)
def test_lookalikes_of_a_farewell_note_are_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text)


# --- emergencies that got only the safety question ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昼ごはんの途中で母がのどを押さえるようにして、声も出せずにもがいています",
        "団子を食べていた父が、のどをかきむしるようにして、顔が真っ赤です",
    ],
)
def test_a_manner_told_with_youni_shite_is_now(text: str) -> None:
    assert_emergency(text, call="119")


def test_a_purpose_with_youni_stays_a_condition() -> None:
    assert_no_emergency("倒れないようにして、見守っています")


@pytest.mark.parametrize(
    "text",
    [
        "祖母は呼ぶと目をうっすら開けるが、すぐ閉じてしまう",
        "夫に声をかけると一瞬目をあけてすぐつぶる。汗がひどい",
    ],
)
def test_eyes_open_at_a_call_and_close_at_once_is_an_emergency(text: str) -> None:
    assert_emergency(text, call="119")


def test_a_call_answered_is_no_emergency() -> None:
    assert_no_emergency("呼ぶと返事をして、目を開けてこちらを見ます")


@pytest.mark.parametrize(
    "text",
    [
        "認知症の祖父が犬の散歩に行ったきり、犬だけが先に戻ってきた。祖父が見つからない",
        "物忘れのひどい母と散歩に出たワンちゃんだけ、家に帰ってきました。母はまだ見つかりません",
    ],
)
def test_an_animal_back_alone_is_not_the_person_back(text: str) -> None:
    assert_emergency(text, call="110")


def test_the_person_back_with_the_dog_is_no_emergency() -> None:
    assert_no_emergency("認知症の父が見つからないと思ったら、犬と一緒に帰ってきました")


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃん くるま の なか ガス いれる いってる、しにたい って",
        "母が部屋の中に排気ガスを引き込んで、死にたいと言っています",
    ],
)
def test_gas_into_a_car_or_room_with_words_of_death_is_an_emergency(text: str) -> None:
    assert_emergency(text, call="119")


def test_gas_for_the_car_is_no_emergency() -> None:
    assert_no_emergency("父の車にガスを入れてから、病院に送っていきます")
