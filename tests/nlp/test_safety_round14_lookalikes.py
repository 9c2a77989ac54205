"""CheckList-style tests for the causes behind the look-alikes held-out round 14 raised wrongly by the rules.

Each cause is tested as a behaviour in sentences of our own (none is a round-14 sentence):
- direction (no alarm): the sign said to be someone's habit (「…のは父の癖で」); a stroke-like sign explained by a
  dental anaesthetic, after it or in an aside (「(麻酔のせい)」); formal and epistolary words of the past (先年, 過日,
  先般, 昨秋); the sign said to be as usual after it is made a noun (「息苦しさはいつもと同じ」); a visit booked for
  a sign of the night before; something in the throat come out or gone down (「咳で出て」「取れた」); a location
  shoot seen in the street (「ロケ」「撮影」「シーンを撮って」); a statement put down to a medium (「…とテレビで見て」);
  medicine set out in a pill organiser (「お薬カレンダーに全部セット」); brought home by someone (「連れてきて
  くれました」); a false alarm told in an aside (「(と思ったら庭にいた)」);
- invariance: the same in hiragana, without punctuation and with a name, where the words allow;
- guards (recall first): the same words doubted, denied, said as happening now, or a worse discovery still raise.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written

_NO_KANA = ("as written", "no punctuation", "with a name")
_NO_VOICE = ("as written", "hiragana", "with a name")

# --- a habit; a harmless cause told in an aside ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ろれつが回らないのは祖父の昔からの癖で、お酒を飲むと毎回こうです",
        "口がもつれるっていうか、ろれつが怪しいのは叔父のくせです",
    ],
)
def test_a_sign_said_to_be_someones_habit_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "母の口元が下がって見えるのは麻酔が残ってるからです",
        "父の顔がゆがんでる(歯科の麻酔のため)。夕方には戻るそうです",
    ],
)
def test_a_face_sign_explained_by_a_dental_anaesthetic_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "ろれつが回らないのは父の癖だと思っていたけど、今朝から急に言葉が出ない",
        "ろれつが回らない。いつもの癖じゃない、急にこうなった",
        "父の顔がゆがんでる。歯医者の麻酔のせいかなと思ったけど、もう半日たってる",
        "顔がゆがんでる(さっきから)",
    ],
)
def test_guard_a_habit_or_an_anaesthetic_doubted_or_denied_still_raises(text):
    _emergency_however_written(text, "stroke")


def test_a_dental_anaesthetic_does_not_explain_a_breathing_sign():
    _emergency_however_written(
        "歯医者の麻酔のあと、母が息苦しいと言って唇が紫(麻酔のせい)", "heart_breathing", kinds=_NO_KANA
    )


# --- formal words of the past ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "先般、母が自宅で倒れましたが、今はリハビリに通っています",
        "過日、父が脳梗塞で倒れ候ところ、今は自宅にて療養致し候",
        "昨秋に倒れた祖父の介護認定の更新について伺いたい",
    ],
)
def test_a_fall_told_with_a_formal_word_of_the_past_raises_no_alarm(text):
    _no_emergency_however_written(text, kinds=_NO_KANA)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("先年倒れた父が、今また倒れて動きません", "unresponsive"),
        ("昨秋に脳梗塞をした母が、今ろれつが回っていません", "stroke"),
    ],
)
def test_guard_a_formal_past_then_now_still_raises(text, family):
    _emergency_however_written(text, family)


# --- as usual -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["息苦しさはいつもと同じです。酸素の業者さんの連絡先を教えて", "在宅酸素の母、息苦しさは普段通りで食欲もあります"],
)
def test_a_breathing_sign_said_to_be_as_usual_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text", ["息苦しさはいつもと違う、今すごく苦しそう", "息苦しさはいつも通りじゃない。唇が紫になってる"]
)
def test_guard_a_breathing_sign_unlike_usual_still_raises(text):
    _emergency_however_written(text, "heart_breathing")


# --- a visit booked for a sign of the night before ------------------------------------------------------


def test_a_visit_booked_for_a_sign_of_the_night_before_raises_no_alarm():
    _no_emergency_however_written("ゆうべ母の寝息が止まったように聞こえたので、来週の受診を予約しました")


@pytest.mark.parametrize(
    "text",
    [
        "昨夜から息が苦しいと言っていて、今日の検査を予約しましたが、今も息ができないと言っています",
        "父がいびきをかいたまま呼んでも起きない。息が止まってるみたい",
        "昨日から息が苦しいので病院を予約しました",
    ],
)
def test_guard_a_visit_booked_with_the_sign_still_going_on_still_raises(text):
    _emergency_however_written(text, kinds=_NO_KANA)


# --- something in the throat come out ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "さっき夫がもちをのどにつまらせかけたけど、せきで出てきて今はピンピンしています",
        "祖母が飴を喉に詰まらせそうになったけど、すぐ咳で出ました。今は普通に話してます",
        "父の喉に魚の骨が刺さったみたいだったけど、ご飯を飲み込んだら取れました",
    ],
)
def test_something_in_the_throat_come_out_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "餅をのどに詰まらせて、少し出てきたけどまだ息ができない",
        "のどに肉が詰まって、咳で出そうとしてるけど出てこない",
        "魚の骨がのどに刺さって取れない、血が出てる",
        "おじいちゃんがパンを喉に詰まらせた！顔が紫",
    ],
)
def test_guard_something_in_the_throat_not_out_yet_still_raises(text):
    _emergency_however_written(text, "choking")


# --- a location shoot, a statement seen on television ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "撮影で倒れてるシーンを撮ってたのを見ました",
        "駅前でドラマのロケがあって、俳優さんが倒れるシーンを撮影してた",
        "徘徊で行方不明になるお年寄りが増えていると新聞で読みました",
    ],
)
def test_a_scene_shot_or_a_statement_seen_in_the_media_raises_no_alarm(text):
    _no_emergency_however_written(text, kinds=_NO_KANA)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("ロケじゃなくて本当に人が倒れてる", "unresponsive"),
        ("ドラマのロケかと思ったら本当におじいさんが道で倒れてて動かない", "unresponsive"),
        ("テレビを見ていた父が急に倒れて動かない", "unresponsive"),
        ("認知症の母が行方不明だとテレビで呼びかけてもらえますか、まだ見つかりません", "missing_dementia"),
        ("父が行方不明になったと防災無線で流してもらった、まだ見つからない。認知症です", "missing_dementia"),
    ],
)
def test_guard_a_real_person_or_ones_own_person_in_the_media_still_raises(text, family):
    _emergency_however_written(text, family, kinds=_NO_KANA)


# --- medicine set out in a pill organiser ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["薬を全部お薬ボックスに入れておきました", "父の薬、ピルケースに全部仕分けしといたよ"])
def test_medicine_set_out_in_a_pill_organiser_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text",
    [
        "母が薬を全部飲んでしまった",
        "お薬カレンダーの薬を全部飲んでしまったみたい",
        "父が一週間分の薬を全部飲んで、空き箱に入れてあった",
    ],
)
def test_guard_medicine_all_swallowed_still_raises(text):
    _emergency_however_written(text, "poisoning")


# --- brought home; a false alarm told in an aside ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母がいなくなったけど、近所の方が連れてきてくださいました。怪我はありません",
        "父が帰ってこなくて焦ったけど、お巡りさんが送り届けてくれました",
        "母がいない！(と思ったらトイレにいた)",
    ],
)
def test_brought_home_or_found_in_an_aside_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("夫がいない！どこにもいない(認知症)", ("as written", "hiragana", "no punctuation", "with a name")),
        ("夫がいない！と思ったら、靴もなくなってる。認知症です", _NO_VOICE),
        ("認知症の母がいない！(さっきまでいたのに)", _NO_VOICE),
        ("去年も警察の方が連れてきてくれたことがあるが、今日また認知症の父が帰ってこない", _NO_KANA),
    ],
)
def test_guard_gone_with_a_worse_discovery_or_an_earlier_return_still_raises(text, kinds):
    _emergency_however_written(text, "missing_dementia", call="110", kinds=kinds)


def test_an_aside_is_read_as_part_of_its_sentence():
    """The trace of a false alarm in an aside names it resolved, not a sign of now."""
    traces = explain("夫がいない！(と思ったら庭にいた)(認知症あり)")
    assert traces and all(t.verdict is None and t.why == "resolved" for t in traces), traces
    assert assess_urgency("夫がいない！(と思ったら庭にいた)(認知症あり)").urgency != "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "パンを喉に詰まらせて、よだれが出てきてる",
        "餅がのどに詰まって、飲み込めてないみたい",
        "喉に詰まらせて吐いて、血が出てきた",
    ],
)
def test_guard_something_not_out_of_the_throat_is_not_read_as_cleared(text):
    _emergency_however_written(text, "choking", kinds=_NO_KANA)


def test_guard_asked_whether_it_came_out_is_not_read_as_cleared():
    # without its question mark (voice input) 「取れた」 reads as told, so only the written forms
    _emergency_however_written("こんにゃくをのどに詰まらせた、取れた？", "choking", kinds=("as written", "with a name"))
