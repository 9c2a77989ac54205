"""CheckList-style tests for the causes behind the look-alikes held-out round 21 raised (issue 14), in sentences of
our own (none is a round-21 sentence), each with guards that must stay emergencies (recall first).

- talking normally again (「もう普通に話してます」), a harmless cause found at the doctor's (「…だったと受診で分かり
  ました」), well after all (「…飲んだかも。でも元気」);
- a way of doing it, or a course in it (「窒息したときの背中のたたき方」「…ときの講習」);
- a sign one may come to, feared (「動けなくなる心配から」);
- a substance set aside as not the topic (「フグ毒の話じゃなくて」);
- an accident drawn in a comic (「ミステリー漫画で…誤飲事故を描く」);
- a death word as the writer's own habit of speech (「いつも「死ぬ」って言ってる私ですが」);
- 中 of a time (「夜中に」「日中に」): no sign of inside the home for an intruder.
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
        "祖父のろれつがおかしかったのは、寝ぼけていただけでした。もう普通に話してます",
        "夫が朝ろれつが回らなかったけど、もう普通にしゃべれてます。念のため相談先を知りたい",
        "先週の息苦しさはぜんそくだったと受診で分かりました。吸入器の補助はありますか",
        "父の胸の痛みは肋間神経痛だったと診察でわかりました。通院の送迎を頼めますか",
        "祖母が血圧の薬を二回飲んだかもしれない。でも元気。主治医にはもう確認しました",
    ],
)
def test_well_again_or_explained_at_the_doctors_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "公民館で「喉に詰まったときの吐かせ方」を教えてほしいという声があります。講師は頼めますか",
        "老人会で「倒れたときの起こし方」の講座を開きたいです",
        "動けなくなる心配から、母に見守りセンサーを付けたい。補助はありますか",
        "足腰が弱って起き上がれなくなるのが不安なので、緊急通報装置を申し込みたい",
        "毒キノコの話じゃなくて、祖母が薬を飲んだかどうか忘れてしまう。管理のコツは?",
        "漫画で高齢者が洗剤を飲む事故を描きたいので、よくある例を教えてください",
    ],
)
def test_ways_fears_and_stories_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父のろれつが回らない。さっきから普通に話せない",
        "母の息が苦しそうで、胸を押さえています。前に受診で分かった持病はありません",
        "喉に詰まった!吐かせ方を教えて",
        "父が倒れて起き上がれなくなっています",
        "祖母が薬を二回飲んだかもしれない。ぐったりしている",
        "毒の入った洗剤を父が飲んでしまった",
        "祖母が洗剤を飲んだ!今すぐどうすれば",
    ],
)
def test_guards_stay_emergencies(text: str) -> None:
    assert_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "仕事の締め切りの前はいつも「死ぬ」って言ってる私ですが、今日は父の要介護認定の相談です",
        "口癖で「死にたい」って言う自分ですが、本題は母のデイサービスのことです",
    ],
)
def test_a_death_word_as_ones_habit_of_speech_is_no_crisis(text: str) -> None:
    assert_no_crisis_by_rules(text, nor_emergency=True)


@pytest.mark.parametrize(
    "text",
    [
        "いつも「死にたい」って言ってる母が、今日は包丁を持ち出しました",
        "本当に死にたい。もう限界です",
        "いつも「死にたい」と思ってる私です",
    ],
)
def test_a_death_word_not_a_habit_of_speech_stays_a_crisis(text: str) -> None:
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "日中に不審者がうろついていたと近所の人が話していました。防犯の講座はありますか",
        "夜中に不審者がうろうろしていたと管理人さんから聞きました。見守りを増やしたい",
    ],
)
def test_a_time_word_is_not_inside_the_home(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "夜中に不審者が家の中をうろうろしている",
        "不審者が家の前をうろうろしている",
        "夜中に知らない男が家に入ってきた",
    ],
)
def test_a_stranger_at_home_stays_an_emergency(text: str) -> None:
    assert_emergency(text)
