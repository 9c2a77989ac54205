"""CheckList-style tests for the causes behind the emergencies and crises held-out round 21 missed, in sentences
of our own (none is a round-21 sentence), with their look-alikes.

- choking: eating, then looking in distress and beating the chest, or not even a cough coming;
- heatstroke: a room measured at 35 度 or more, with a sign (cannot get up, a hoarse voice) even after 「電話したら」;
- unanswered: knocked at the door and nobody comes, with leaflets piling up in the mailbox;
- missing_dementia: gone off alone, said of someone who cannot say their address or repeats the same thing;
- self_harm_now: in the water up to the waist or the chest, with words of death;
- crisis: one's own funeral arranged with only the timing left; a wish to jump from a bridge or a height.
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
        "デイサービスでおはぎを食べていた利用者さんが、苦しそうに胸をどんどん叩いています",
        "父が団子を食べてから苦しそうで、咳も出ない様子です",
        "法事の席でおじいちゃんが饅頭を食べたあと苦しそうにしています。咳すら出ません",
    ],
)
def test_eating_then_distress_without_a_cough_is_choking(text: str) -> None:
    assert_emergency(text, "choking", "119")


@pytest.mark.parametrize(
    "text",
    [
        "風邪かと思ったけど咳も出ないし、ご飯もよく食べています",
        "母はご飯を食べたあと胸を軽くたたく癖があります",
        "苦しそうな顔で笑ってたけど、咳も出ないしただの食べ過ぎみたいです",
    ],
)
def test_no_cough_or_a_habit_is_no_choking(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "見守りカメラで見たら父の部屋が37度になってる。電話したら起き上がれないって言ってます",
        "室温が36度になってる。祖父に電話したら声がかすれてて返事も弱い",
    ],
)
def test_a_hot_room_with_a_sign_is_heatstroke(text: str) -> None:
    assert_emergency(text, "heat_cold", "119")


@pytest.mark.parametrize(
    "text",
    [
        "部屋が36度もあったのでエアコンをつけました。母は元気です",
        "もし部屋が35度を超えたら、どうすればいいですか",
    ],
)
def test_a_hot_room_without_a_sign_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "回覧板を届けに来たら、ポストにチラシがたまってて、玄関を叩いても誰も出ない",
        "何日も雨戸が閉まったまま。チャイムを鳴らしても誰も出ません",
    ],
)
def test_days_of_signs_and_no_one_at_the_door_is_unanswered(text: str) -> None:
    assert_emergency(text, "unanswered", "119")


@pytest.mark.parametrize(
    "text",
    [
        "ポストにチラシを入れないでほしいです",
        "詐欺のチラシが配られていると聞きました。対処法を教えてください",
    ],
)
def test_leaflets_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "買い物の途中で、祖母が一人でどこかへ行ってしまいました。自分の家がわからない人なんです",
        "お迎えを待っていた利用者さんが一人で出て行ってしまった。同じ話ばかりする方です",
    ],
)
def test_gone_off_alone_with_memory_signs_is_missing(text: str) -> None:
    assert_emergency(text, "missing_dementia", "110")


@pytest.mark.parametrize(
    "text",
    [
        "母は同じことばかり言うようになりました。病院は何科に行けばいいですか",
        "祖母が一人でどこかへ行ってしまったけど、見つかりました。同じことばかり言う人なので心配でした",
    ],
)
def test_memory_signs_without_going_missing_now_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "川で父が胸まで水に浸かって、もう死ぬって言ってる",
        "海で母が腰まで入っていって、死なせてって叫んでます",
    ],
)
def test_in_the_water_with_words_of_death_is_self_harm_now(text: str) -> None:
    assert_emergency(text, "self_harm_now", "119")


@pytest.mark.parametrize(
    "text",
    [
        "田んぼで腰まで水に浸かって作業しました",
        "海水浴で腰まで入って泳ぎました",
    ],
)
def test_in_the_water_for_work_or_play_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父が、自分の葬式はもう頼んであるから、あとはいつにするか決めるだけだと言います",
        "私の葬儀の手配は済みました。あとは時期を選ぶだけです",
        "お客さんがいつも「あの鉄橋から飛べたらなあ」と言うんです",
        "夫が「屋上から飛び降りられたら楽なのに」とつぶやいた",
    ],
)
def test_a_funeral_with_only_the_timing_left_or_a_wish_to_jump_is_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "父の葬儀の手配は済みました。あとは日取りを決めるだけです",
        "終活で自分の葬儀を予約しました。あとは遺影の写真を決めるだけです",
        "バンジージャンプで橋から飛べたら最高だろうな",
        "鳥みたいに屋上から飛べたらいいのに",
    ],
)
def test_a_funeral_told_or_a_jump_for_fun_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text)
