"""CheckList-style tests for the causes behind the look-alikes held-out round 15 raised wrongly by the rules.

Each cause is tested as a behaviour in sentences of our own (none is a round-15 sentence):
- direction (no alarm): a sign as the measure of how much was drunk or sung (「ろれつが回らないほど飲んだ」); a
  stroke-like sign right after a dental anaesthetic was given (「麻酔を打ったら口元が下がって」); a sign said as a joke
  (「…なんて冗談を言ったら」); an animal's state said first, then the sign after a comma (「うちの犬が老犬で、ぜーぜー」);
  how easily a food sticks in the throat (「喉に詰まりにくいおやつ」); someone in general in a procedure asked for
  (「倒れている人を見つけたときの手順」); even if lying there (「倒れていても誰も気づかない」); a simile closing the
  sentence (「まるで泥棒に入られたみたい」); away where they are known to be (「デイサービスに行ってるので家にいない」);
- invariance: the same in hiragana, without punctuation and with a name, where the words allow;
- guards (recall first): the same words said of a person now, doubted, denied or told as a discovery still raise.
"""

from __future__ import annotations

import pytest

from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written

_NO_KANA = ("as written", "no punctuation", "with a name")

# --- a sign as a measure of degree; said as a joke ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "同窓会でろれつが回らないほど飲んだ次の日の話なんですが、会費の精算について相談です",
        "孫の結婚式でろれつが回らんくらい歌ったそうで、夫は今日は声がかすれてます",
    ],
)
def test_a_sign_as_the_measure_of_how_much_was_drunk_or_sung_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "夫が会議中に胸が苦しいなんて冗談を言ったら、上司に叱られたそうです。職場の悩み相談はできますか",
        "ろれつが回らんと冗談言ってふざけていた父ですが、今は元気に畑に出ています",
    ],
)
def test_a_sign_said_as_a_joke_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "父がろれつが回らないほど急におかしくなった、今しゃべれない",
        "母が胸が苦しいと言ってうずくまってる、冗談じゃなく本当に苦しそう",
        "冗談かと思ったら本当に夫が胸が苦しいって倒れた",
        "お酒は一滴も飲んでないのに、夫のろれつが急に回らなくなった",
        "飲み会の後、父のろれつが回らないほど飲んだのかと思ったけど、顔が片方下がってる",
    ],
)
def test_guard_a_sign_now_or_a_joke_denied_still_raises(text):
    _emergency(text)


# --- a dental anaesthetic given just before the sign ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "歯科で麻酔を打ってもらったら母の口元が片方下がって、夕方には戻ると言われました",
        "抜歯で麻酔したので父の顔がゆがんでいます。先生は数時間で治まると言っていました",
    ],
)
def test_a_face_sign_right_after_a_dental_anaesthetic_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "昨日歯医者で麻酔したけど、今朝から母の口が片方下がってよだれが出てる",
        "麻酔してから三日たつのに父の顔がゆがんでいて、ろれつも回らない",
        "麻酔したら口が片方下がってる、麻酔のせいかな、まだ戻らない",
        "歯医者で麻酔した後、父の口が片方下がって、右手に力が入らない",
    ],
)
def test_guard_a_face_sign_long_after_or_doubted_or_with_more_signs_still_raises(text):
    _emergency(text, family="stroke")


# --- an animal ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "うちの犬が老犬で、ぜーぜー息してる。夜も診てくれる獣医さんはありますか",
        "飼ってるウサギが病気で、ヒューヒュー息をしています。ペットを預かってくれる所を探してます",
    ],
)
def test_an_animals_state_then_a_breathing_sign_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "犬が吠えて、見に行ったら父がぜーぜー息してる",
        "犬が年で、散歩から帰ったら夫が息ができないと苦しんでる",
        "猫がいなくなって、探してたら母が倒れてて意識がない",
    ],
)
def test_guard_an_animal_named_then_a_person_in_trouble_still_raises(text):
    _emergency(text)


# --- a food that sticks; a procedure asked for; even if lying there ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母のために喉に詰まりにくいおやつを探してます。おすすめありますか",
        "喉に詰まりやすい食べ物の一覧が載ったパンフレットはどこでもらえますか",
    ],
)
def test_how_easily_a_food_sticks_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "父が餅を喉に詰まらせた、息ができない",
        "喉に詰まりやすいと言われてたのに、今母がパンを喉に詰まらせて苦しんでる",
    ],
)
def test_guard_something_stuck_now_still_raises(text):
    _emergency_however_written(text, "choking", kinds=_NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "町内会の防災訓練で「倒れている人を見つけたときの手順」を発表します。資料を作る手伝いをしてほしい",
        "介護教室の課題で、意識がない人を発見した場合の対応を調べています",
    ],
)
def test_someone_in_general_in_a_procedure_asked_for_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "道で意識がない人を見つけたので手順を教えてください",
        "意識がない人がいる、どうしたらいい",
    ],
)
def test_guard_someone_found_unconscious_now_still_raises(text):
    _emergency_however_written(text, "unresponsive", kinds=_NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父が家で倒れていても誰にも分からないのが心配です。見守りサービスを教えて",
        "祖母が倒れてても気づける見守りカメラを付けたいです",
    ],
)
def test_even_if_lying_there_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "父が倒れてて動かない",
        "母が倒れていて、呼んでも返事がない",
        "夫が倒れてて、もう動かない",
    ],
)
def test_guard_lying_there_now_still_raises(text):
    _emergency_however_written(text, "unresponsive", kinds=_NO_KANA)


# --- a simile closing the sentence; away where they are known to be -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "大掃除の途中で部屋じゅう物だらけ、まるで泥棒に入られたみたいです",
        "子どもたちが帰った後のリビングは、まるで空き巣に入られたかのよう",
    ],
)
def test_a_simile_closing_the_sentence_raises_no_alarm(text):
    _no_emergency_however_written(text, _NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "泥棒に入られたみたい、まだ家の中に誰かいる",
        "帰ったら窓が割られてて、強盗に入られたみたいです。怖い",
    ],
)
def test_guard_a_break_in_now_still_raises(text):
    _emergency_however_written(text, "intruder_violence", kinds=_NO_KANA)


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母は今週デイサービスに行ってるので家にいません。その間に役所へ行けます",
        "物忘れのある祖父は入院しているから家にいないけど、郵便物はどうすればいい？",
    ],
)
def test_away_where_they_are_known_to_be_raises_no_alarm(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母がデイサービスに行ったはずなのに、施設にいないと電話がありました",
        "デイサービスに行ってるから安心していたのに、認知症の父が施設にいない",
        "認知症の父が家にいません、朝から探してるけど見つからない",
    ],
)
def test_guard_missing_from_where_they_should_be_still_raises(text):
    _emergency(text, family="missing_dementia")
