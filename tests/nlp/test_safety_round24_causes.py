"""CheckList-style tests for the causes behind the emergencies and crises held-out round 24 missed, in sentences
of our own (none is a round-24 sentence), with their look-alikes.

- a field list (「何を:… どれだけ:… 今:…」「Q 誰→… Q いつから→…」「誰:… 今:…/手元:…」) read as one account: the
  labels are questions answered, not asked; 今 keeps "now", 手元 "at hand";
- medicine in a sheet's quantity and the person drowsy past rousing (opens the eyes when called, sleeps again);
- locked in a room and staying there, with words or means of ending it;
- going into the water now with thanks to everyone;
- an old acquaintance (「昔の同僚」) whose 昔 is the person's, not the time of the words;
- 「終わらせたい」 of a task is no wish to die;
- 「私はもういい」 once the one in one's care is provided for; 「もう来ない、最後だから」 with things given away.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_crisis_by_rules,
    assert_emergency,
    assert_no_crisis_by_rules,
    assert_no_emergency,
)


@pytest.mark.parametrize(
    "text",
    [
        "何を:安定剤 どれだけ:シート3枚分くらい いつ:30分前 誰:祖母(84) 今:呼べば目を開けるけどすぐ眠ってしまう",
        "誰:父 何を:睡眠薬 量:2シート いつ:さっき 今:声をかけると目をあけるが、またすぐ寝てしまう",
        "祖父が眠剤をシート2枚ぶん飲んだみたい。今は揺さぶると起きるけどすぐ寝てしまう",
        "何を:痛み止め どれだけ:一箱 今:呼ぶと目を開けるが、すぐに目を閉じてしまう",
    ],
)
def test_medicine_by_the_sheet_and_drowsy_past_rousing_is_poisoning(text: str) -> None:
    assert_emergency(text, family="poisoning", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "Q 誰→隣の奥さん Q いつから→おとといから見てない Q 様子→新聞がたまっている、インターホンに出ない",
        "誰:裏のおばあさん いつから:3日前から姿を見ていない 様子:郵便受けがいっぱい、チャイムを押しても出てこない",
        "Q だれ→斜め向かいのおじいさん Q いつから→先週から見かけない Q 様子→雨戸が閉まったまま、電話にも出ない",
    ],
)
def test_a_field_list_of_a_neighbour_not_seen_is_unanswered(text: str) -> None:
    assert_emergency(text, family="unanswered", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "誰:夫80 今:物置に鍵をかけてこもっている/手元:ロープ/言葉:もう終わりにする",
        "誰:母 今:トイレに鍵をかけて閉じこもってる 手元:カミソリを持って入った 言っていること:死にたい",
        "兄が「死んでやる」と言って、自分の部屋に鍵をかけてこもっています。ロープがなくなっています",
    ],
)
def test_locked_in_with_means_or_words_of_ending_it_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert assess_urgency(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "友人から電話で「これから海に入るね、みんな本当にありがとう」と。波の音が聞こえます",
        "叔父から「今から川に入ります。皆さんお世話になりました」とメッセージが",
        "知り合いが「いまから海に行く、今までありがとう」と電話で言って切れた",
    ],
)
def test_going_into_the_water_now_with_thanks_to_all_is_self_harm_now(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "昔の同僚から電話があって「もう疲れた、死にたい」と。一人暮らしです",
        "かつての教え子(70)から「全部終わらせたい」と連絡がありました",
        "以前の仕事仲間が「もう終わりにしたい」と電話で。独り身の方です",
        "この子を最後まで見てくれる人が決まったら、私はもういいのよと、猫を飼っている近所のおばあさんが",
        "犬の引き取り手が見つかれば、わしはもう思い残すことはない、とお客さんが",
        "毎朝新聞を買いに来るおじいさんが「もう来ないよ、最後だから」と言って、お釣りはいらないって",
        "常連さんが「明日からは来られないの、これで最後だし」と、形見にと言って湯のみをくれた",
    ],
)
def test_quiet_farewells_and_wishes_to_die_are_crises(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "誰:父 いつから:先週 様子:膝が痛いと言っている",
        "何を:血圧の薬 どれだけ:1錠 いつ:朝 今:元気です",
        "Q 誰→母 Q いつから→3日前 Q 様子→食欲がないけど会話はできる",
        "母が睡眠薬をシート1枚処方してもらった。夜はすぐ寝てしまう",
        "時間:10:30 場所:公民館 内容:介護保険の説明会",
    ],
)
def test_a_field_list_about_a_routine_worry_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "仕事を全部終わらせたい、今週中に",
        "全部終わらせたい、片付けを。年内に",
        "書類を早く終わらせたいので手伝ってほしい",
        "海に入るのが好きな父です。皆さんありがとう",
        "最後だからと奮発して高いお肉を買った",
        "「引っ越すからもう来ないよ、最後だから」とお釣りはいらないと",
        "「私はもういいの、お腹いっぱい」と母",
        "昔の同僚と旅行に行きました",
    ],
)
def test_look_alikes_are_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize("text", ["人生を終わらせたい", "もう全部終わらせたい", "仕事を終わらせたい。もう死にたい"])
def test_a_wish_to_end_it_all_stays_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)
