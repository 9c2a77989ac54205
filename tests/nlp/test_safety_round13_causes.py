"""CheckList-style tests for the causes behind held-out round 13's missed emergencies and raised look-alikes.

Each cause is tested as a behaviour over phrasings of our own (none is a round-13 sentence):
- minimum: words said to someone who has come in (「誰ですか、出ていってください」, as a hearing aid app or voice
  input writes them) are an intruder now; food caught in the throat (つかえ, 引っかけ, 引っかかって…息) is choking;
  standing outside a railing with the person named in between (「柵の外に、父が立っています」) and words of death
  is an attempt now (119 and the crisis flag);
- invariance: the same in hiragana, without punctuation, with a name;
- direction: the ambulance crew already there before the sign, carried away, being treated, removed by a doctor;
  a hazard worried about as a noun (「一酸化炭素中毒が心配」); a sign as the topic of a programme or an old
  photograph; 「起きません」 (slow to wake) is not 「来ません」 — no emergency.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency as _no_emergency

# --- words said to someone who has come in -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "誰ですか！出ていってください！",
        "あんた誰や、出ていけ",
        "だれ? かってに はいらないで かえって ください",
        "お前は誰だ、勝手に上がらないで、帰ってくれ",
    ],
)
def test_words_said_to_someone_who_came_in_are_an_intruder_now(text):
    _emergency_however_written(text, "intruder_violence", call="110")


def test_words_said_to_an_intruder_in_katakana_are_an_intruder_now():
    _emergency("ダレ? カエッテ クダサイ", "intruder_violence", "110")


@pytest.mark.parametrize(
    "text",
    [
        # told as what was said before, and the person left
        "訪問販売の人に「帰ってください」と言ったら帰りました",
        "誰だって、出ていけと言われたら傷つきます",
        # the dementia mother says it to her own family, reported as a habit
        "認知症の母が私に、あなた誰ですか帰ってくださいと言うことがあります",
        # a lock against someone coming in
        "誰かが勝手に入らないように鍵をかけています",
        "昨日の夢で、誰だ出ていけと叫んでいました",
    ],
)
def test_words_to_leave_told_in_the_past_or_as_a_habit_are_no_intruder(text):
    _no_emergency(text)


# --- food caught in the throat -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父がおもちを喉につかえて息ができません",
        "母が魚の骨を喉に引っかけて、声が出ないです",
        "祖母にプリンを食べさせたら、パンが引っかかったみたいで息の音がしません",
        "夫が団子をのどに引っ掛けて顔が真っ青です",
    ],
)
def test_food_caught_in_the_throat_with_a_breath_sign_is_choking(text):
    _emergency_however_written(text, "choking", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "歯にご飯が引っかかって取れません",
        "昨日、おもちが喉につかえましたが、すぐ吐き出して今は元気です",
        "先週、魚の骨が喉に引っかかったけど、耳鼻科で取ってもらいました",
    ],
)
def test_food_caught_between_teeth_or_already_removed_is_no_choking(text):
    _no_emergency(text)


# --- outside the railing, the person named in between -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ベランダの手すりの外に、母が立っています。死ぬと言っています",
        "橋の欄干の向こうに、知らないおばあさんがしがみついています。もう死ぬと叫んでいます",
    ],
)
def test_outside_the_railing_with_words_of_death_is_an_attempt_now(text):
    result = assess_urgency(text)
    assert result.urgency == "emergency", (text, explain(text))
    assert result.family == "self_harm_now", (text, result.family)
    assert result.crisis, text
    assert result.call_number == "119", (text, result.call_number)


@pytest.mark.parametrize(
    "text",
    [
        "ベランダの柵の外に、洗濯物が落ちています",
        "柵の外に、猫が座っています",
    ],
)
def test_outside_the_railing_without_words_of_death_is_no_attempt(text):
    _no_emergency(text)


# --- help already there, or care already given ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "救急隊の人が到着して、倒れた母を運んでくれています。荷物は何を持てばいいですか",
        "救急車が来て、父は今運ばれていきました。鍵を預かっています",
        "息が苦しいと言った祖母、救急車で病院に着いて今は処置中です",
        "のどに骨が刺さったと騒いだ夫ですが、耳鼻科で抜いてもらいました",
    ],
)
def test_help_already_there_or_care_already_given_is_no_emergency(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        ("救急車が来ません、父の顔がゆがんで言葉が出ません", "stroke"),
        ("救急車を待っていますが、母が息をしていません", None),
    ],
)
def test_help_not_yet_there_keeps_the_emergency(text):
    sentence, family = text
    _emergency(sentence, family)


# --- a hazard worried about, a sign as a topic seen, slow to wake ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "石油ストーブを使う母、一酸化炭素中毒が心配です",
        "一酸化炭素中毒にならないか不安です",
        "認知症の父の誤飲が心配です",
    ],
)
def test_a_hazard_worried_about_as_a_noun_is_no_emergency(text):
    _no_emergency(text)


def test_a_hazard_happening_now_stays_an_emergency():
    _emergency("父が一酸化炭素中毒で倒れています", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "行方不明のお年寄りの特集を見て、母のことが心配になりました",
        "アルバムを見ていたら、脳梗塞で倒れた父の最後の旅行の写真が出てきました",
    ],
)
def test_a_sign_as_the_topic_of_a_programme_or_a_photograph_is_no_emergency(text):
    _no_emergency(text)


def test_a_sign_now_after_looking_at_photographs_stays_an_emergency():
    _emergency("写真を見ていたら、母が急に倒れて息をしていません")


def test_slow_to_wake_from_a_nap_is_not_unanswered_for_days():
    _no_emergency("父は昼寝をすると、呼んでもしばらく起きません。いつものことです")


def test_nobody_coming_for_days_stays_unanswered():
    _emergency("3日前から隣のおばあさんが見えません。新聞もたまっていて、誰も来ません", call="119")


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの母が3日前から携帯に出ません",
        "隣の独居の山本さん、何日もスマホにも出ないし新聞もたまってる",
    ],
)
def test_a_mobile_phone_unanswered_for_days_is_unanswered(text):
    _emergency(text, "unanswered", "119")


def test_caught_in_the_throat_without_food_with_a_blocked_airway_is_choking():
    _emergency_however_written("父がのどにつかえて、息ができません", "choking", call="119")


def test_words_caught_in_the_throat_are_a_figure_not_choking():
    _no_emergency("「喉につかえて苦しい」と母。聞いたら、言いそびれた愚痴のことでした")
