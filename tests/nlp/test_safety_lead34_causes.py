"""CheckList-style tests for a cut read by the lead after held-out round 33 (in sentences of our own): a deep cut
told with the kitchen work it happened in (「料理中に包丁で手首のとこ深く切って血がぴゅーって出てる」) was read as a
self-harm act (crisis lines to a family whose husband slipped with a knife); it is a bleeding emergency, 119, no
crisis. Spurting blood (ぴゅーっと, どばどば) and a deep cut (深く切った, ざっくり, ぱっくり割れて) are read as bleeding
on their own. A wish to die, 「わざと」, or no kitchen work keeps the self-harm reading. Also read: charcoal bought
with its ordinary use said right after (「練炭を買った。冬のこたつ用」) is no means at hand, unless the use is told as a
claim or doubted; a fear that someone asleep will not wake (「このまま目が覚めなかったらどうしよう」) is no wish to die.
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

KITCHEN_ACCIDENTS = [
    "夫が料理中に包丁で手首のあたりを深く切って、血がぴゅーっと出ています",  # the minimum
    "祖母が調理中に手が滑って手首をざっくり切った。血が止まらない",
    "父が料理してて包丁で腕を深く切ってしまって出血がひどい",
]


@pytest.mark.parametrize("text", KITCHEN_ACCIDENTS)
def test_a_deep_cut_told_with_its_kitchen_work_is_a_bleeding_emergency_however_written(text):
    assert_emergency_however_written(text, family="seizure_bleeding_fall", call="119")


@pytest.mark.parametrize("text", KITCHEN_ACCIDENTS)
def test_a_deep_cut_told_with_its_kitchen_work_gets_no_crisis_lines(text):
    assert_no_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "母の手から血がぴゅーって出てる",
        "父が鎌で足を深く切った",
        "転んでおでこがぱっくり割れた",
        "ガラスで足をざっくり切りました",
        "ちが　どばどば　でてる",
    ],
)
def test_spurting_blood_or_a_deep_cut_is_a_bleeding_emergency(text):
    assert_emergency(text, family="seizure_bleeding_fall", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "料理中に手首を深く切った、もう死にたい",  # a wish to die: the act reading stays
        "料理中に包丁で手首を深く切った。わざとです",
        "母が包丁で手首を深く切っています",  # no kitchen work told
        "母が料理中に包丁を手首にあてて死ぬと言っている",
    ],
)
def test_a_cut_with_a_wish_to_die_or_no_accident_told_stays_a_self_harm_act(text):
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "去年料理中に指を深く切ったことがある",  # the past
        "料理中に指を切ったけど絆創膏で止まった",  # small and stopped
        "深く考えすぎて切り替えができない",
        "深く切れ込んだ湾の景色を見に行きたい",
    ],
)
def test_a_past_or_small_cut_or_the_word_deep_alone_raises_nothing(text):
    assert_no_emergency(text)


def test_a_kitchen_accident_is_an_emergency_in_spaced_hiragana_too():
    result = assess_urgency("ちちが　りょうりちゅうに　ほうちょうで　てくび　ふかく　きって　ちが　とまらない")
    assert (result.urgency, result.family, result.crisis) == ("emergency", "seizure_bleeding_fall", False)


# ---- charcoal or a rope bought for an ordinary use said right after ----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["練炭を買った。冬のこたつ用", "七輪を用意しました、キャンプ用です", "れんたん　かった　こたつよう"],
)
def test_charcoal_bought_for_an_ordinary_use_said_right_after_raises_nothing(text):
    assert_no_emergency(text)
    assert_no_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "練炭を買ってきた",  # no use said: the means
        "練炭を買った。もう終わりにする",
        "練炭を買った。こたつ用だと言うけど死にたいと言っていた",
        "練炭を買った。今夜使う",
    ],
)
def test_charcoal_bought_with_no_ordinary_use_or_with_a_wish_stays_an_emergency(text):
    assert_emergency(text, family="self_harm_now", call="119")


# ---- a fear that someone asleep will not wake is not a wish to die -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母がこのまま目が覚めなかったらどうしよう",
        "寝たきりの父、このまま目が覚めなかったらと思うと怖い",
        "ははが　このまま　めが　さめなかったら　どうしよう",
    ],
)
def test_a_fear_that_someone_will_not_wake_is_no_crisis(text):
    assert_no_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    ["明日の朝目が覚めなかったらいいのに", "もう目が覚めなければ楽なのに", "あさ　めが　さめなかったら　いい"],
)
def test_a_wish_not_to_wake_stays_a_crisis(text):
    assert_crisis_by_rules(text)


# ---- a programme the person does not watch is no sign of someone unseen -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父がテレビも見ないで寝てばかり",
        "てれびも　みないで　ねてばかり",
        "母が最近は新聞も見ないで、ぼんやりしています",
    ],
)
def test_not_watching_the_television_is_no_sign_of_someone_unseen(text):
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    ["隣のおばあさんを3日見ない、新聞がたまってる", "三日前から母の姿を見ないで心配"],
)
def test_someone_unseen_for_days_stays_an_emergency(text):
    assert_emergency(text, family="unanswered", call="119")


# ---- the family better off without one; a thought of taking a parent along that frightens one now ------------


@pytest.mark.parametrize(
    "text",
    [
        "自分がいなければ家族はもっと楽になるのに、と思う",
        "わたしが　いなければ　みんな　らくに　なるのに",
        "私がいなかったら家族は幸せだったのかな",
        "この前ふと、母を連れて海に行ってそのまま二人で…と考えてしまって、自分が怖いです",
    ],
)
def test_the_family_better_off_without_one_or_a_frightening_thought_is_a_crisis(text):
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    ["私がいなければ母は困ると思う", "私がいなくても回るように準備したい", "自分がいなければ店がまわらない"],
)
def test_being_needed_or_planning_for_ones_absence_is_no_crisis(text):
    assert_no_crisis_by_rules(text)
