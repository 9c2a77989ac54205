"""CheckList-style tests for the causes behind the emergencies and crises held-out round 25 missed, in sentences
of our own (none is a round-25 sentence), with their must-not-fire look-alikes.

- a habit that says who someone is (「毎朝体操に来てる仲間のおじいさんが」): the sign after the person is today's,
  not a habitual one;
- a self-interview of Q and A letters with no separator (「Q誰 A… Q今 A…」), read as a field list;
- ending it tonight, today or now with the means at hand;
- a jump from a bridge or a height announced with a farewell, also as a message reported;
- charcoal lit in a sealed room;
- eating refused as no longer needed, or the body left to weaken: a passive wish to die.
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
)


@pytest.mark.parametrize(
    "text",
    [
        "毎朝ラジオ体操に来てる仲間のおじいさんが、急に胸を押さえてしゃがみこんだ。冷や汗がひどい",
        "いつも犬の散歩で会う近所の人が、胸を押さえて道端で座り込んで動けない。脂汗をかいてる",
        "いつも店に来る常連の男性が、レジの前で胸が苦しいと言ってうずくまっています。冷や汗も",
    ],
)
def test_a_habit_that_names_the_person_leaves_todays_chest_pain_an_emergency(text: str) -> None:
    assert_emergency_however_written(text, "heart_breathing", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "いつも胸を押さえてる人がいて、気になっています",
        "時々胸が苦しくなる父。先週病院で診てもらった",
        "先週胸が痛いと言っていたが、病院で診てもらって異常なしでした",
        "毎朝散歩している仲間のおじいさんが、去年心筋梗塞で入院したことがあると話していました",
    ],
)
def test_habitual_or_past_chest_pain_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "Q誰 A母(81) Q今 A台所で包丁を手に持っている Q気持ち A今日で終わりにする",
        "Q誰 A私 Q場所 A寝室 Q様子 A枕元に睡眠薬を並べた Q気持ち A今夜で終わりにしたい",
        "枕元に睡眠薬を並べて、今夜で終わりにすると父が言っています",
        "手元にロープがあって、今日で終わりにしたい",
    ],
)
def test_ending_it_now_with_the_means_at_hand_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "Q誰 A母 Q様子 A最近よく眠れないみたい Q気持ち A少し疲れている",
        "Q誰 A父(80) Q今 Aデイサービスから帰って昼寝中 Q困りごと A入浴の介助",
        "今日で終わりにしたい、この片付け。手元にカッターがないので段ボールが切れない",
        "手元に薬がないので、今日中に病院に行きたい",
        "包丁を持って料理するのは今日で終わりにしたい、手が震えるので",
    ],
)
def test_ordinary_qa_forms_and_tasks_ended_today_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "兄から「歩道橋から飛び降りる。今までありがとう」とメールが来た。電話に出ない",
        "叔父から「駅前のビルの屋上から飛ぶ、世話になったな」とLINE。返信がない",
        "友人が「陸橋から飛び降ります。さようなら」と書き込んでいる",
    ],
)
def test_a_jump_announced_with_a_farewell_is_self_harm_now(text: str) -> None:
    assert_emergency_however_written(text, "self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "いつも散歩する橋から見る夕日がきれいです。ありがとう",
        "近所の子どもが川の橋から飛び込む遊びをしていて危ない。ありがとう",
        "バンジージャンプで橋から飛ぶのが夢だった父。世話になった施設の皆さんと旅行に",
        "鉄橋から飛ぶ鳥を見ていた。今までありがとう、と言われて送別会",
    ],
)
def test_bridges_walks_games_and_birds_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が窓の隙間をガムテープでふさいだ部屋で、練炭に火をつけていた",
        "弟の部屋をのぞいたら、閉め切った中で七輪に炭をおこしている。ドアも目張りしてある",
        "一人暮らしの叔母宅で、目張りをした浴室に木炭を焚いた七輪が置いてあった",
    ],
)
def test_charcoal_lit_in_a_sealed_room_is_self_harm_now(text: str) -> None:
    assert_emergency_however_written(text, "self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "物置を片付けたらキャンプで使った炭が出てきた",
        "七輪で秋刀魚を焼くのが父の楽しみです",
        "庭で七輪に炭をおこして干物を焼いています",
        "閉め切った部屋で練炭こたつに火を入れて寝るのは危ない？",
    ],
)
def test_charcoal_for_cooking_heating_or_kept_is_no_emergency(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "母が「もうご飯なんか食べても意味がない」と言って、ここ三日ほとんど口にしません",
        "父がお弁当を断って、もう何も食べなくていいと言っている",
        "祖母が食事に手をつけず、もう食べる必要はないと言います",
        "叔父は食べ物を拒んで、体が衰えていくのを待っているようです",
    ],
)
def test_eating_refused_as_no_longer_needed_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "お腹いっぱいだから、もう食べる必要ないよと父が笑っていた",
        "明日の胃カメラの検査のため、今夜からもう食べる必要はないそうです",
        "ダイエット中の母は、夜はもう食べる必要ないと言い張る",
        "胃ろうになったので、もう口から食べる必要はないと言われました",
        "さっき食べたから、もう食べなくていいと母",
    ],
)
def test_full_dieting_fasting_or_tube_fed_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "毎朝ゴミ出しで会う向かいのおばあさんを五日見ていない。ドアを叩いても返事がない",
        "お隣の方、一週間ほど新聞がたまったままで、インターホンにも応答がありません",
    ],
)
def test_no_answer_at_the_door_after_days_is_unanswered(text: str) -> None:
    assert_emergency(text, family="unanswered", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "母が台所で倒れていて、呼んでも返事がない",
        "祖父が居間でぐったりして、声をかけても反応がありません",
    ],
)
def test_someone_seen_collapsed_stays_unresponsive(text: str) -> None:
    assert_emergency(text, family="unresponsive", call="119")
