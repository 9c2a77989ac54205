"""CheckList-style tests for the causes behind what held-out round 28 showed, in sentences of our own (none is a
round-28 sentence), with their must-not-fire look-alikes.

- a sign whose polite negative is the sign itself (「動きません」「言葉が出ません」) or written 「動かず」 is not negated;
- an onset "about ten minutes ago" (「十分ほど前から」「2時間くらい前から」) is just now, in kanji numerals or digits,
  while years ago (「三年ほど前から」) stays long-standing;
- 「…しびれるとのこと」 is hearsay, not a condition;
- a heavy chest with a body sign beside it (an arm, sweat, breath, an onset minutes ago) is a heart attack's sign,
  and the numb arm beside it is then the heart's, not a stroke's;
- a pest bait (「ほう酸だんご」「ねずみの毒えさ」) eaten by a person is poisoning; eaten by the pest it is not;
- a trade named after a past clause (「先週断った工務店の営業が」) takes the past with it; the visit now is now;
- a cord put round someone's neck with death said (a murder-suicide) is self_harm_now; a towel round the neck is not;
- a plea not to be looked for (「探さないで」) is a farewell; a farewell and then a locked bathroom, no answer from
  inside or blood is an attempt under way, with the crisis flag.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import assert_emergency, assert_no_emergency

# ---- stroke: the polite negative, 「動かず」, an onset minutes ago -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖父が急に右の手が動きません。",
        "母が急に左手に力が入りません。",
        "夫がさっきから言葉が出ません。",
        "祖母が急に右の手足が動かず、困っています。",
    ],
)
def test_a_stroke_sign_in_its_polite_or_written_negative_is_an_emergency(text: str) -> None:
    assert_emergency(text, family="stroke", call="119")


@pytest.mark.parametrize(
    ("kanji", "digits"),
    [
        ("七十五歳の母、二十分ほど前から急に右の手足が動かない。", "75歳の母、20分ほど前から急に右の手足が動かない。"),
        (
            "九十歳の祖父、一時間くらい前から急に左手がしびれて動かない。",
            "90歳の祖父、1時間くらい前から急に左手がしびれて動かない。",
        ),
        (
            "父が十五分ぐらい前から急に右の手足が動かず。三時まではいつも通り。",
            "父が15分ぐらい前から急に右の手足が動かず。3時まではいつも通り。",
        ),
    ],
)
def test_an_onset_some_minutes_ago_is_now_in_kanji_numerals_and_in_digits(kanji: str, digits: str) -> None:
    assert_emergency(kanji, family="stroke", call="119")
    assert_emergency(digits, family="stroke", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "母は三年ほど前から左手がしびれています。",
        "父は2年くらい前から右の手足が動かないです。",
        "暑い日は手が動かないと困るので、右手の体操を教えてください。",
    ],
)
def test_a_one_sided_weakness_years_old_or_asked_about_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- heart: a heavy chest with a body sign; hearsay is not a condition ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母が二十分ほど前から胸が重いと言っていて、左の肩もしびれるとのことです。",
        "父が急に胸の真ん中が重たいと言い、冷や汗をかいています。",
        "夫、胸が重くて息がしにくいそうです。",
    ],
)
def test_a_heavy_chest_with_a_body_sign_is_heart_breathing(text: str) -> None:
    assert_emergency(text, family="heart_breathing", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "最近は胸が重い話ばかりで気が滅入ります。",
        "母の介護のことを考えると胸が重いです。",
        "腕がしびれると困るので、正座はしないようにしています。",
    ],
)
def test_a_heavy_heart_of_sorrow_or_a_numbness_feared_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- poisoning: a pest bait -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母がホウ酸団子を食べてしまいました",
        "じいちゃん ねずみの毒えさ かじった",
        "母が台所のゴキブリ用の団子を口に入れていた",
    ],
)
def test_a_pest_bait_eaten_by_a_person_is_poisoning(text: str) -> None:
    assert_emergency(text, family="poisoning", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "ホウ酸団子を置いたらゴキブリが食べたようで数が減りました",
        "ねずみの毒えさを置いたら、ねずみが食べた跡がありました",
        "ホウ酸団子の作り方を教えてください",
    ],
)
def test_a_pest_bait_set_out_or_eaten_by_the_pest_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- intruder: a trade named after a past clause ----------------------------------------------------------


def test_a_trade_turned_down_before_and_in_the_house_now_is_intruder_violence() -> None:
    assert_emergency(
        "いま祖母の家に、先週断った工務店の営業が上がり込んで、印鑑を押すまで帰らないと言っています。",
        family="intruder_violence",
        call="110",
    )


def test_a_trade_that_stayed_last_week_told_in_the_past_is_no_emergency() -> None:
    assert_no_emergency("先週断った工務店の営業が上がり込んで、なかなか帰らなかった。怖かったです。")


# ---- self-harm: a cord round someone's neck, a farewell and a locked door ----------------------------------


def test_a_cord_round_a_parents_neck_with_death_said_is_self_harm_now_and_crisis() -> None:
    text = "介護に疲れた兄が、母の首にロープをかけて一緒に死ぬと言っています。"
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "暑いので首にタオルを巻いて草むしりをしています。",
        "首にタオルを巻いて寝ると死ぬほど汗をかきます。",
    ],
)
def test_a_towel_round_the_neck_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "夫から「今までありがとう」とメール、帰ったらトイレに鍵がかかって中から返事がない",
        "母の置き手紙を見つけた。寝室に鍵、呼んでも中から返事なし",
        "兄から「さようなら」と電話のあと、風呂場に血の跡があります",
    ],
)
def test_a_farewell_then_a_locked_door_or_blood_is_self_harm_now_with_crisis(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


def test_a_plea_not_to_be_looked_for_and_going_to_the_tracks_is_self_harm_now_with_crisis() -> None:
    text = "母からのメール「これから踏切に行きます。探さないでください」。家にいません"
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "送別会で「さようなら」と挨拶して帰宅。部屋の鍵をなくしてしまいました。",
        "孫が「さよなら」と言って帰ったあと、トイレの鍵が壊れているのに気づきました。",
    ],
)
def test_a_goodbye_and_a_key_lost_or_broken_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)
    assert not assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が頭を打ってから吐いています",
        "祖母がころんで こうとうぶを うってから ぼーっと してる",
        "夫が転んで頭を打ってから二度吐いて、さっきまでは普通だったのに話がおかしい",
    ],
)
def test_a_danger_sign_that_followed_a_knock_on_the_head_is_now(text: str) -> None:
    assert_emergency(text, family="seizure_bleeding_fall")


def test_a_knock_and_vomiting_long_settled_is_no_emergency() -> None:
    assert_no_emergency("先週頭を打ってから吐いたけど、病院で検査して異常なしでした")
