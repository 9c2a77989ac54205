"""CheckList-style tests for the causes behind the look-alikes held-out round 11 raised wrongly.

Each cause is tested as a behaviour in sentences of our own (none is a round-11 sentence):
- direction (no alarm): whether a general statement about the sign is true (「〜のは…って本当ですか」
  「〜ことがあるというのは本当？」); someone outside the family told of as a story (「〜って話、ぞっとした」,
  a comma after the subject, 「と聞いて怖くなった」); a condition after someone starts to say it, then a
  question (「苦しいと言い出したら、何番に」); the sign denied as a whole after a small っ (「つまったわけでは
  ない」); never happened (「飲んだことはない」「倒れたことは一度もありません」); a distant past opening the
  sentence with a comma, and a night in that past (「一昨年、…夜中に…気づかなかった」); an electric blanket
  is no light left on, a delivery that stopped coming is no one unanswered; medicine dispensed in
  quantity; taken out at once and the person fine (「すぐ出させた、本人元気」); a false alarm with か
  (「倒れてるのかと思ったら昼寝」); an instruction quoted (「まとめて飲んではいけないと言われた」); a warning
  sign read whole and negated (「頭をぶつけたけど、吐き気もなく」); a negation with an adverb (「絶対ありません」);
  nobody there (「見に行っても誰もいない」); a silence explained as only that (「旅行に行っていただけでした」);
  loud words with violence denied in so many words (「手は出していません」): read as settled, so the learned
  detector alone may only ask the safety question;
- invariance: the same in hiragana, without punctuation and with a name, where the words allow;
- guards: the same words said as happening now still raise the alarm.
"""

from __future__ import annotations

import pytest

from nlp.safety import SafetyScores, Thresholds, decide_safety
from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency_however_written as _no_emergency_however_written

# --- whether a general statement about the sign is true ------------------------------------------

IS_IT_TRUE = (
    "言葉がうまく出てこないのは脳梗塞の前ぶれって本当ですか？",
    "お年寄りが家の中で倒れて動けなくなることがあるというのは本当ですか",
    "銀行の人がキャッシュカードを取りに来ることはないって本当？祖母に教えておきたいので",
)


@pytest.mark.parametrize("text", IS_IT_TRUE)
def test_asking_whether_a_general_statement_about_the_sign_is_true_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("祖母が急にろれつが回らなくなった", "stroke"),
        ("父が家の中で倒れて動けません", "unresponsive"),
        ("銀行の人がキャッシュカードを取りに来るって電話があって、母が今待ってます", "fraud_in_progress"),
    ],
)
def test_guard_the_same_signs_told_as_happening_now_still_raise(text, family):
    _emergency_however_written(text, family)


# --- someone outside the family, told as a story --------------------------------------------------

OTHERS_STORY = (
    "知り合いのお父さんが、お風呂で倒れて一晩そのままだったって話、ぞっとしました。うちの父にも何か考えたい",
    "同僚のお母さんが、急に顔の片側が下がって入院したと聞いて怖くなった。何に気をつければいいですか",
    "友人のおじいさんが玄関で倒れているのを郵便屋さんが見つけたという話を聞いて、うちも見守りを考えています",
)


@pytest.mark.parametrize("text", OTHERS_STORY)
def test_a_story_of_someone_outside_the_family_that_frightens_the_writer_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "family"), [("父がお風呂で倒れて動かない", "unresponsive"), ("母の顔の片側が急に下がってる", "stroke")]
)
def test_guard_the_writers_own_family_with_the_sign_now_still_raises(text, family):
    _emergency_however_written(text, family)


def test_guard_the_writers_own_mother_heard_of_is_not_set_aside_by_a_fright():
    # 「怖くなった」 sets a story aside only when it is told of someone outside the family
    text = "施設から母が倒れて動けないと聞いて怖くなった、どうしよう"
    assert assess_urgency(text).urgency == "emergency", explain(text)


# --- a condition after someone starts to say it, then a question ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母が夜に息が苦しいと言い出したら、何番に電話すればいいですか",
        "父が胸が痛いと言い始めたら、どうすればいいでしょう",
    ],
)
def test_a_sign_someone_may_start_to_say_followed_by_a_question_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    "text", ["母が夜中から息が苦しいと言っています", "父が急に胸が痛いと言い始めて、顔が真っ青です"]
)
def test_guard_someone_saying_it_now_still_raises(text):
    _emergency_however_written(text, "heart_breathing")


# --- denied as a whole, never happened, a negation with an adverb ---------------------------------

NEVER = (
    "餅がのどにつまったわけではないんですが、最近飲み込みにくそうです",
    "父が薬を一度に全部飲んでしまわないか心配。まだ間違えて飲んだことはないです",
    "祖父は倒れたことは一度もありませんが、一人暮らしなので見守りを頼みたいです",
    "警察がキャッシュカードを預かりに来ることは絶対ありません、と母に伝えました",
)


@pytest.mark.parametrize("text", NEVER)
def test_a_sign_denied_as_a_whole_or_said_never_to_have_happened_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("母が餅をのどにつまらせた、息ができない", "choking"),
        ("父が薬を一度に全部飲んでしまった", "poisoning"),
        ("母が倒れた、こんなことは一度もなかった", "unresponsive"),
    ],
)
def test_guard_the_sign_told_as_happening_still_raises(text, family):
    _emergency_however_written(text, family)


# --- a distant past opening the sentence, and a night in that past --------------------------------


def test_a_night_in_a_distant_past_that_opens_the_sentence_raises_no_alarm():
    # without the comma the frame is not read (recall first): voice input is not tested here
    _no_emergency_however_written(
        "一昨年、母が夜中に廊下で倒れて朝まで誰も気づかなかった。今は見守りカメラを検討中です",
        kinds=("as written", "hiragana", "with a name"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "母が夜中に廊下で倒れて動けない",
        # a recent past word is no frame, and a past-tense ending can tell what just happened
        "先月、退院した父が夜中に倒れて動かなくなりました。",
        "去年、脳梗塞をした父が夜中に倒れて動けない",
    ],
)
def test_guard_a_night_that_is_last_night_still_raises(text):
    _emergency_however_written(text, "unresponsive", kinds=("as written", "with a name"))


# --- signs that are not signs: an electric blanket, a delivery, medicine dispensed -----------------


@pytest.mark.parametrize(
    "text",
    [
        "生協の配達が来なくなって、母は電気毛布で何とかしのいでいます",
        "かかりつけ医が睡眠薬を一度に大量に出すので困っています",
    ],
)
def test_an_electric_blanket_a_delivery_that_stopped_or_medicine_dispensed_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [("母が三日電話に出ない、電気もついたまま", "unanswered"), ("睡眠薬をまとめて飲んでしまった", "poisoning")],
)
def test_guard_lights_left_on_and_medicine_swallowed_still_raise(text, family):
    _emergency_however_written(text, family)


# --- taken out at once and fine; a false alarm; an instruction quoted; a warning sign negated -----

SETTLED = (
    "孫のおもちゃの電池を母が口に入れてた、すぐ出させた、本人元気です",
    "母が倒れてるのかと思ったら、床で昼寝してただけでした",
    "睡眠薬をまとめて飲んではいけないと先生に言われたけど、飲み忘れたらどうすればいいですか",
    "父が転んで頭をぶつけたけど、吐き気もなく普通に話してます",
)


@pytest.mark.parametrize("text", SETTLED)
def test_dealt_with_a_false_alarm_an_instruction_or_a_negated_warning_sign_raises_no_alarm(text):
    _no_emergency_however_written(text)


def test_a_missing_person_who_was_upstairs_after_all_raises_no_alarm():
    _no_emergency_however_written("父がいなくなったかと思ったら、庭で草むしりしてました")


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("母が電池を飲み込んだみたい", "poisoning"),
        ("母が倒れてるのかと思ったら、本当に倒れてて返事がない", "unresponsive"),
        ("睡眠薬をまとめて飲んではいけないのに、全部飲んでしまった", "poisoning"),
        ("父が転んで頭をぶつけて、吐き気がすると言ってます", "seizure_bleeding_fall"),
    ],
)
def test_guard_swallowed_really_collapsed_taken_against_advice_or_a_warning_sign_still_raise(text, family):
    _emergency_however_written(text, family)


# --- nobody there; it was only that ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が夜になると「誰か来た」と言うけど、見に行っても誰もいない。主治医には話してあります",
        "叔父と三日連絡がつかなかったけど、温泉に泊まりに行っていただけでした",
    ],
)
def test_nobody_there_or_a_silence_explained_as_only_that_raises_no_alarm(text):
    _no_emergency_however_written(text)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("帰ったら誰もいない。認知症の母がいない", "missing_dementia"),
        ("叔父と三日連絡がつかない、寝ていただけだといいけど", "unanswered"),
    ],
)
def test_guard_someone_missing_or_unanswered_now_still_raises(text, family):
    _emergency_however_written(text, family)


# --- violence denied in so many words: the learned detector alone may only ask --------------------

VIOLENCE_DENIED = (
    "父は機嫌が悪いと母を大声で責めます。手は出していません。何年もこの調子です",
    "義理の姉が祖母に毎日きつい口調で話す。暴力はないけど祖母がおびえている",
    "夫が認知症になって怒りっぽい。叩いたりはしていないが、家の中が暗い",
)


@pytest.mark.parametrize("text", VIOLENCE_DENIED)
def test_loud_words_with_violence_denied_are_read_as_settled_so_a_sure_model_only_asks(text):
    result = assess_urgency(text)
    assert result.urgency != "emergency" and result.settled, (text, explain(text))
    sure = SafetyScores(alarm=0.95, crisis=0.0, family="intruder_violence", family_probability=1.0)
    decision = decide_safety(result, sure, Thresholds(alarm=0.01, crisis=0.02, uncertain=0.1, alone=0.3))
    assert decision.urgency != "emergency" and decision.uncertain


@pytest.mark.parametrize(
    "text",
    ["兄が母を殴っている、今も怒鳴ってる", "兄が包丁を持って母を追いかけてる、まだ手は出してないけど"],
)
def test_guard_violence_now_or_not_yet_is_not_read_as_settled(text):
    result = assess_urgency(text)
    assert not result.settled, (text, explain(text))
