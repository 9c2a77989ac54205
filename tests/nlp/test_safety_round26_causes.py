"""CheckList-style tests for the causes behind the emergencies and crises held-out round 26 missed, in sentences
of our own (none is a round-26 sentence), with their must-not-fire look-alikes.

- heading now toward the tracks, a bridge or the water after words of ending it (「…の方に歩いてった」);
- standing on a railing, an edge or the end of a platform with a wish to die;
- a note left and the pills' box or sheet found empty, also as a bullet memo (no verb);
- what is said not hanging together (ちぐはぐ), one hand dropping what it holds, a name that does not come
  (the negation is the sign itself): a stroke's signs today;
- a will drawn up with a lawyer or a notary is no suicide note.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)


@pytest.mark.parametrize(
    "text",
    [
        "兄が「もう終わりにする」と言って、さっき踏切の方へ歩いてった",
        "祖父が死ぬって言い残して、いま海の方に歩いていきました",
        "夫が「もう生きていたくない」と言って、川のほうへ向かってった。追いかけています",
    ],
)
def test_heading_to_a_lethal_place_after_words_of_ending_it_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が歩道橋の手すりの上に立っている。死にたいと言っている",
        "友人が屋上の縁に立ってて、もう生きていたくないって電話で言ってる",
        "父が駅のホームの端に立っていて、さよならとLINEが来た",
        "弟が橋の欄干に座っています。もう死ぬと言って",
    ],
)
def test_standing_on_an_edge_with_a_wish_to_die_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "・父 ・置き手紙あり ・睡眠薬の空き箱 ・1時間前",
        "遺書が机の上にあって、安定剤の空き瓶が床に転がっている",
        "書き置きがあった。眠剤のシートが空になっている",
    ],
)
def test_a_note_and_the_pills_found_empty_is_an_overdose(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "叔母が今朝から言ってることがちぐはぐで、左手で箸を持とうとしても落としてしまう",
        "さっきまで普通だった祖母が、急に言っていることがちぐはぐになりました",
        "父がいま右手で湯のみを持とうとしても落としてしまう",
        "朝は元気だった母が、私の名前が出てこないと言って困っている",
    ],
)
def test_incoherent_speech_or_one_hand_dropping_things_today_is_a_stroke(text: str) -> None:
    assert_emergency_however_written(text, "stroke", call="119")


@pytest.mark.parametrize(
    "text",
    [
        # a walk along the railway, a railing being painted
        "父は毎朝、線路沿いの道を散歩しています",
        "父は散歩が好きで、今線路の方に歩いていった",
        "業者さんが橋の欄干をペンキで塗り直しています",
        "孫が公園の手すりに乗って遊んでいて危ない",
        # a will with a lawyer, an empty medicine box thrown away
        "弁護士さんと相談して遺書を書きました",
        "公証役場で遺言書を作りました",
        "薬の空き箱を捨てておいた",
        # a past stroke, long-standing muddle
        "三年前に脳梗塞をして、それ以来右手で箸を落としやすい",
        "祖母は認知症で、前から言っていることがちぐはぐです",
        "会議での部長の発言がちぐはぐだと言われた",
    ],
)
def test_look_alikes_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "弁護士さんと相談して遺書を書きました",
        "司法書士に頼んで遺言書を公正証書にした",
        "薬の空き箱を捨てておいた",
        "父は散歩が好きで、今線路の方に歩いていった",
    ],
)
def test_look_alikes_are_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


def test_a_will_with_a_lawyer_does_not_hide_a_wish_to_die() -> None:
    text = "弁護士に遺書を預けた。今夜死ぬ"
    assert_emergency(text, family="self_harm_now", call="119")
