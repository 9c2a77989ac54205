"""CheckList-style tests for the causes behind the emergencies held-out round 38 showed missed (issue 14), in
sentences of our own, with their must-not-fire twins:

- locked in and shut away told in the continuative (「鍵を閉めて閉じこもり、」), with a wish to die or a blade, is an
  attempt under way (119 + crisis), not a habit of staying in one's room;
- the gas turned on with ending it told as a resolve (「今晩で終わりにしよう」) is an attempt (119 + crisis), not a
  task ended for the day;
- heatstroke named or weeding outdoors, with a sign of it (a headache, about to collapse), is heatstroke (119),
  also in hiragana only.
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

# ---- shut in behind a lock, told in the continuative ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "息子がトイレに鍵を閉めて閉じこもり、「死にたい」と繰り返しています",
        "母が寝室にカギをかけてこもり、包丁を持って入ったきりです。生きていても仕方ないと言っていました",
    ],
)
def test_locked_in_told_in_the_continuative_with_intent_is_an_attempt(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # a habit, no wish to die, no means
        "中学生の娘が部屋に鍵をかけて閉じこもりがちで、会話がありません",
        # locked in to sulk, no wish to die, no means
        "孫が鍵をかけて閉じこもり、ゲームばかりしています。どう接したらいいですか",
        # a story
        "映画で主人公が鍵をかけて閉じこもり、朝まで出てこない場面がありました",
    ],
)
def test_locked_in_without_intent_or_means_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)
    assert_no_crisis_by_rules(text)


# ---- the gas turned on, ending it told as a resolve ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "もう疲れました。今晩で終わりにしようと思って、台所のガスの元栓をひねりました",
        "父から電話。「もう終わりにしよう」と言ってガスの栓を開けたそうです",
    ],
)
def test_gas_turned_on_with_ending_it_as_a_resolve_is_an_attempt(text: str) -> None:
    assert_emergency(text, family="self_harm_now", call="119")
    assert_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # a task ended, the gas opened to cook
        "今日で大掃除を終わりにしようと決めて、ガスの栓をひねって鍋をかけました",
        # ending the use of the gas: closing it, not opening it
        "もう古いコンロは終わりにしようと思い、ガスの元栓を閉めました",
        # a meeting ended
        "会議はこれで終わりにしましょう。帰りにガス代を払ってきます",
    ],
)
def test_ending_a_task_near_the_gas_is_no_attempt(text: str) -> None:
    assert_no_emergency(text)
    assert_no_crisis_by_rules(text)


# ---- heatstroke named, or weeding outdoors, with a sign --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母が畑の草むしりをしていて、頭が痛いと言ってふらふらしています",
        "祖父が庭仕事のあと、ぐったりして返事が弱いです。熱中症だと思います",
    ],
)
def test_heat_signs_after_weeding_or_named_heatstroke_are_an_emergency_however_written(text: str) -> None:
    assert_emergency_however_written(text, family="heat_cold", call="119", kinds=("as written", "hiragana"))


@pytest.mark.parametrize(
    "text",
    [
        # prevention, no one unwell
        "熱中症にならないよう、草むしりは朝のうちにすませています",
        # in the past, recovered
        "去年の夏、庭仕事で熱中症になりかけたことがあります。今年の対策を教えてください",
        # a pamphlet
        "町内会で熱中症予防のチラシを配りました",
    ],
)
def test_heatstroke_words_without_a_person_unwell_now_are_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- 「がち」 the tendency suffix, not the subject's が before ちぐはぐ ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母が炎天下の散歩から帰って、ぼーっとして返事がちぐはぐです",
        "夫が草取りのあと、ぼーっとして受け答えがちぐはぐです",
    ],
)
def test_answers_not_hanging_together_after_a_heat_sign_are_no_habit(text: str) -> None:
    assert_emergency(text, family="heat_cold", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "祖母は暑い日になると、ぼーっとしがちです",
        "父は夏場、草むしりのあとは頭が痛くなりがちで、昔からそうです",
    ],
)
def test_a_heat_sign_told_as_a_tendency_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)
