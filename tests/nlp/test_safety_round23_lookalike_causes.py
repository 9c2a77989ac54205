"""CheckList-style tests for the causes behind the look-alikes held-out round 23 raised (issue 14), in sentences of
our own (none is a round-23 sentence), each with near-identical guards that must stay emergencies (recall first).

- well again today or this morning (「今日は普通」「今朝はいつも通り」), home from the hospital (「帰宅済み」);
- a sign explained by a diagnosis other than a stroke (「…のは顔面神経麻痺って診断で」);
- a programme's character or one of its people (「ドラマで主人公の祖母が胸を押さえて」), a news item closing the clause
  with no verb (「テレビで行方不明の高齢者のニュース、」);
- a device that does not respond (「スマホが反応しない」「パソコンが動かなくなった」);
- an alarm or a detector to be fitted (「一酸化炭素の警報器をつけたい」); one sounding still counts;
- medicine said to be left over after the word (「薬が大量に残ってる」);
- an attack said to come, in a plan (「発作が起きたらどうするか」).

What only the learned model raised (a resident unsure whether they took their pills, an English fall read as a crisis,
a grandparent who will not bathe) is taught by nlp/corpus/safety/lookalikes_round23_causes.jsonl; here the rules are
held to stay quiet on those and to keep the real emergencies beside them.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency
from tests.nlp.checklist import (
    assert_emergency,
    assert_emergency_however_written,
    assert_no_crisis_by_rules,
    assert_no_emergency,
    assert_no_emergency_however_written,
)

# --- well again today, home from the hospital -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨日の晩、父がお酒のあとでろれつが回らなかったけど、今日は普通です。念のため相談です",
        "昨夜、母の口が少しゆがんで見えた。今朝はいつも通りで、かかりつけに行くべきか迷う",
        "ゆうべ祖母が胸が苦しいと言ったが、今日は元気。受診の目安を教えてほしい",
        "昨夜呼吸が苦しくなった祖父、救急外来で点滴して帰宅済みです。介護サービスの相談をしたい",
    ],
)
def test_well_again_today_or_home_from_hospital_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, kinds=("as written", "no punctuation"))


@pytest.mark.parametrize(
    "text",
    [
        "昨日から父のろれつが回らない。今日は普通じゃない",
        "祖母が胸が苦しいと言う。今日は元気がない",
        "今朝は普通だったのに、父が急にろれつが回らなくなった",
        "救急外来から帰宅済みの父が、また息苦しいと言ってる",
    ],
)
def test_not_well_today_or_just_home_still_raises(text: str) -> None:
    assert_emergency(text)


# --- explained by a diagnosis that is not a stroke --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母の口が片方下がってるのはベル麻痺との診断で、今は耳鼻科に通っています",
        "父の顔の左側が垂れているのは顔面神経麻痺と言われて、2週間薬を飲んでいます",
    ],
)
def test_sign_with_a_diagnosis_other_than_a_stroke_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "母の顔の片側が急に下がった",
        "父の口が片方下がってるのは脳梗塞って言われて、今救急車を待ってます",
        "祖母の顔の右側が下がっている。どうしたらいい",
    ],
)
def test_face_drooping_without_a_harmless_diagnosis_still_raises(text: str) -> None:
    assert_emergency(text, family="stroke")


# --- a programme's people, a news item ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "映画で主人公の母親が胸を押さえて倒れる場面があって、つい自分の親と重ねてしまった",
        "ドラマで登場人物のおばあさんがぐったりしてて、泣けた",
        "ニュースで徘徊して行方不明の高齢者の特集、うちの祖父も夜に出ていくので不安",
        "ラジオで認知症の人が行方不明になった事件、母のこともあって他人事じゃない",
    ],
)
def test_a_programme_or_its_news_item_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "テレビを見ていた祖父が急に胸を押さえて倒れた",
        "ドラマを見ていたら母がぐったりして返事がない",
        "ニュースを見てたら、隣の部屋で父が倒れる音がした。動かない",
        "認知症の母が行方不明です。テレビの前にいたのに",
    ],
)
def test_ones_own_person_in_front_of_the_television_still_raises(text: str) -> None:
    assert_emergency(text)


# --- a device that does not respond ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母の携帯が反応しないので、使い方を教えてくれる教室はありますか",
        "祖父のタブレットの画面が反応ない。機械の相談ってできる？",
        "見守りのボタンが反応しないって父が言う。交換はどこに頼めば",
    ],
)
def test_a_device_that_does_not_respond_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, kinds=("as written", "no punctuation"))


@pytest.mark.parametrize(
    "text",
    [
        "母が呼んでも反応がない",
        "父の携帯に出ないので行ったら、父が反応ない",
        "スマホを見ていた祖母が急に倒れて反応がない",
        "パソコンの前で父が動かなくなった",
    ],
)
def test_a_person_who_does_not_respond_still_raises(text: str) -> None:
    assert_emergency(text)


# --- an alarm to be fitted ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "石油ファンヒーターを使うので一酸化炭素の警報機を設置したい。補助はありますか",
        "一酸化炭素のセンサーってどこで買えますか",
        "母の部屋に一酸化炭素チェッカーを付けたい",
    ],
)
def test_an_alarm_to_be_fitted_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "一酸化炭素の警報機が鳴ってて、母が頭が痛いと言ってぐったりしてる",
        "一酸化炭素中毒かもしれない、祖父がストーブの部屋で倒れてる",
        "練炭の一酸化炭素で父の様子がおかしい",
    ],
)
def test_carbon_monoxide_now_still_raises(text: str) -> None:
    assert_emergency(text)


# --- leftover medicine -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "施設に入った母の薬が大量に余ってる。薬局で引き取ってもらえる？",
        "祖父の睡眠薬が大量に残っていて、処分の仕方が分からない",
    ],
)
def test_medicine_left_over_is_no_emergency(text: str) -> None:
    assert_no_emergency_however_written(text, kinds=("as written", "no punctuation"))


@pytest.mark.parametrize(
    "text",
    [
        "父が薬を大量に飲んでしまった",
        "母の睡眠薬が大量になくなってる。ぼーっとしてる",
        "祖母が残ってた薬を全部飲んだみたい",
    ],
)
def test_medicine_taken_still_raises(text: str) -> None:
    assert_emergency(text)


# --- an attack said to come, in a plan ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "てんかんの父、発作が起きたら誰に連絡するか決めておきたい",
        "退院した母にけいれんが出たらどうすればいいか、先に知っておきたい",
    ],
)
def test_an_attack_in_a_plan_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "父がけいれんを起こして止まらない",
        "母がけいれんしてる、どうしたらいい",
        "祖父がさっきからけいれんしていて呼んでも返事がない",
    ],
)
def test_a_seizure_now_still_raises(text: str) -> None:
    assert_emergency(text)


# --- only the learned model raised these: the rules stay quiet, the real ones stay ------------------


@pytest.mark.parametrize(
    "text",
    [
        "薬を飲んだかどうか、夕方にはもう覚えていない",
        "朝の薬 飲んだか飲んでないか 分からなくなる",
        "飲み忘れたのか飲んだのか、自分でも分からん",
        "お薬を服用したか失念することがあります",
    ],
)
def test_not_remembering_whether_one_took_pills_is_routine_by_rules(text: str) -> None:
    assert_no_emergency_however_written(text)
    assert_no_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "薬を全部飲んでしまった",
        "母が一週間分の薬を全部飲んだ",
        "眠剤を何錠飲んだか分からない、十錠くらい飲んだかも",
    ],
)
def test_medicine_all_taken_still_raises(text: str) -> None:
    assert_emergency(text, family="poisoning", call="119")


@pytest.mark.parametrize(
    "text",
    ["父が転んで起き上がれない", "祖母が風呂場で転んで立ち上がれない", "母が転んで動けない、腰が痛いって"],
)
def test_a_fall_is_an_emergency_without_crisis(text: str) -> None:
    assert_emergency_however_written(text, call="119", kinds=("as written", "no punctuation"))
    assert_no_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    ["祖父が何週間も風呂に入らない。勧めると怒る", "母が着替えを嫌がって、言うと怒鳴る"],
)
def test_refusing_a_bath_is_no_emergency_by_rules(text: str) -> None:
    assert_no_emergency(text)


# --- not sure whether one took a dose: the model alone may only ask, and no crisis --------------------


@pytest.mark.parametrize(
    "text",
    [
        "朝の薬を飲んだかどうか、昼にはもう覚えてない",
        "くすり のんだか のんでないか わからん",
        "血圧の薬、飲み忘れたのか分からなくなる",
        "夜の薬を服用したか失念することがあります",
        "薬飲んだか飲んでねえか覚えてねえ",
    ],
)
def test_unsure_whether_a_dose_was_taken_is_settled_for_the_model(text: str) -> None:
    result = assess_urgency(text)
    assert result.urgency != "emergency" and not result.crisis, (text, result)
    assert result.settled and result.crisis_dismissed, (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "眠剤を何錠飲んだか分からない、十錠くらい飲んだかも",
        "母が薬を全部飲んだかどうか分からない、ぼーっとしてる",
        "父が一週間分の薬を飲んだか分からない。袋が空",
    ],
)
def test_how_much_was_taken_is_not_settled(text: str) -> None:
    result = assess_urgency(text)
    assert not result.settled, (text, result)


def test_how_much_was_taken_still_raises() -> None:
    assert_emergency("眠剤を何錠飲んだか分からない、十錠くらい飲んだかも", family="poisoning")
    assert_emergency("母が薬を全部飲んだかどうか分からない、ぼーっとしてる", family="poisoning")


# --- a fall told in English is a fall, not self-harm --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my grandmother fell in the hallway and cannot get up",
        "Dad slipped in the shower and can't stand up",
        "My wife tripped on the stairs and is unable to move",
        "grandpa fell off his chair and couldnt get up, he is on the floor",
        "Mom fell and is stuck on the floor",
    ],
)
def test_an_english_fall_is_an_emergency_without_crisis(text: str) -> None:
    assert_emergency(text, family="unresponsive", call="119")
    assert_no_crisis_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "What should I do if my mother fell and cannot get up?",
        "How to prevent falls, in case grandpa fell and couldn't get up",
        "My father fell 3 years ago and couldn't get up, now he is fine",
    ],
)
def test_an_english_fall_asked_about_or_long_past_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


def test_a_device_is_a_sign_set_aside_for_the_model() -> None:
    result = assess_urgency("母のスマホが反応しない。修理はどこで")
    assert result.urgency != "emergency"
    result = assess_urgency("祖父のタブレットの画面が反応ない")
    assert result.urgency != "emergency" and result.dismissed
