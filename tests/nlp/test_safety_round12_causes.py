"""CheckList-style tests for the causes behind held-out round 12's missed emergencies and crises.

Each cause is tested as a behaviour over phrasings of our own (none is a round-12 sentence):
- minimum: a past or a habit told in a clause on the person (「先週退院したばかりの、毎晩薬を飲んでいる父が」)
  is the clause's, not the sign's; a case named beforehand as a condition, then said to be here now (「…ときは
  救急車と言われていました。今まさにその状態です」); the gas opened or smelt with words of death (ひねる,
  回す, 臭い); standing in front of a crossing waiting for the train; hurting oneself (「自分を傷つけてる」,
  English words mixed in); astride the railing of a bridge, in dialect too;
- invariance: the same in hiragana, without punctuation, with a name;
- direction: the same words in a sentence told in the past, as a wish, a condition, cooking with gas, a child
  playing on a railing, the train waited for to go out — no emergency.
"""

from __future__ import annotations

import pytest

from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_emergency as _no_emergency


def _self_harm_now(text: str) -> None:
    result = assess_urgency(text)
    assert result.urgency == "emergency", (text, explain(text))
    assert result.family == "self_harm_now", (text, result.family, explain(text))
    assert result.crisis, (text, explain(text))
    assert result.call_number == "119", (text, result.call_number)


# --- a past or a habit in a clause on the person is not the sign's ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "先週退院したばかりの父が、トイレから出たところで息ができないと言って座り込んでいます",
        "去年手術した、毎晩血圧の薬を飲んでいる母が、急に胸が苦しいと言ってうずくまっています",
        "先月施設から戻った祖母が息が吸えないと言って、ずっとヒューヒューいっています",
    ],
)
def test_a_past_or_a_habit_in_a_clause_on_the_person_leaves_the_sign_now(text):
    _emergency_however_written(text, "heart_breathing")


@pytest.mark.parametrize(
    "text",
    [
        # the sentence itself told in the past
        "先週退院したばかりの父が、息ができないと言っていました",
        "先月退院した母が、息が苦しいと言ったことがあります",
        # the sign itself habitual, not a clause on the person
        "父は毎晩息が苦しくなります",
    ],
)
def test_a_sign_told_in_the_past_or_as_a_habit_is_no_emergency(text):
    _no_emergency(text)


# --- a case named beforehand, then said to be here now ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ケアマネさんに、声をかけても起きないときはすぐ救急車と言われていました。今、父がまさにそうです",
        "先生から、呼んでも反応がない時は119番だと聞いていました。いま母がちょうどその状態です",
        "看護師さんに、呼びかけても目を開けない場合は救急車をと言われてます。今祖父がそうなってます",
    ],
)
def test_a_case_named_beforehand_then_here_now_is_an_emergency(text):
    _emergency(text, "unresponsive", "119")


@pytest.mark.parametrize(
    "text",
    [
        "先生に、呼んでも起きないときは救急車と言われていました。今はそうではありません",
        "呼んでも起きないときはどうしたらいいですか",
        "呼んでも起きないときは救急車と言われました。今は普通に話しています",
    ],
)
def test_a_case_named_beforehand_and_not_here_is_no_emergency(text):
    _no_emergency(text)


# --- the gas opened with words of death ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今、妻が「もう死にたい」と言ってガスの元栓をひねっています",
        "母が一緒に死のうと言ってガスのコックを回しました。台所がガスの臭いでいっぱいです",
        "夫が死んでやると言って台所でガスの栓を全開にしました",
        "祖父が「心中する」と言い出して、家の中にガスの臭いがしています",
    ],
)
def test_the_gas_opened_with_words_of_death_is_self_harm_now(text):
    _self_harm_now(text)


def test_the_gas_opened_with_words_of_death_however_written():
    _emergency_however_written("夫が一緒に死のうと言ってガス栓をひねりました", "self_harm_now")


@pytest.mark.parametrize(
    "text",
    [
        "母がガス栓をひねってお湯を沸かしています",
        "ガスの臭いがしたのでガス会社に連絡しました",
        "ガスの元栓をひねったら火がつきません",
    ],
)
def test_the_gas_without_words_of_death_is_no_self_harm(text):
    result = assess_urgency(text)
    assert result.family != "self_harm_now", (text, explain(text))
    assert not result.crisis, (text, explain(text))


# --- on the tracks waiting for the train --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母がいま踏切の前に立っていて、電車が来たら飛び込むと電話してきました",
        "夫が線路の脇に立っています。電車が来たら終わりにすると言っています",
        "祖父がふみきりのまえにたって、でんしゃがきたらはいるといってる",
    ],
)
def test_at_the_crossing_waiting_for_the_train_is_self_harm_now(text):
    _self_harm_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "父と踏切の前に立って、電車が来るのを待って一緒に見ました",
        "踏切の前で電車が来るまで待つのが父の楽しみです",
    ],
)
def test_watching_trains_at_a_crossing_is_no_emergency(text):
    result = assess_urgency(text)
    assert not result.crisis, (text, explain(text))


# --- hurting oneself now, also with English words -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "母が今、自分を傷つけています。血が出ています",
        "dad が自分の腕を傷つけてる、止まらない",
        "my mother is cutting herself right now",
        "祖母が knife で手首を cut してる",
    ],
)
def test_hurting_oneself_now_is_self_harm_now(text):
    _self_harm_now(text)


def test_hurting_oneself_now_however_written():
    _emergency_however_written("姉が今、自分を傷つけています", "self_harm_now")


@pytest.mark.parametrize(
    "text",
    [
        "母は若い頃に自分を傷つけたことがあると話してくれました",
        "自分を傷つけたいと思うことがある",
        "自分を傷つけないか心配です",
        "母が料理中に knife で指を少し切りましたが、もう止まりました",
        # already cared for in hospital
        "入院先で祖母が自分を傷つけようとしたと電話がありました。今は病院で見守られています",
    ],
)
def test_hurting_oneself_as_a_wish_a_worry_or_in_the_past_is_no_emergency(text):
    _no_emergency(text)


# --- astride the railing of a bridge, in dialect too --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父がいま橋の欄干にまたがって、死ぬって言ってます",
        "おばあが今、屋上の手すりに足をかけて、もう終わりにするゆうとる",
        "夫がベランダの柵を乗り越えようとしてる、死にたいって",
    ],
)
def test_astride_a_railing_with_words_of_death_is_self_harm_now(text):
    _self_harm_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "孫が公園の柵にまたがって遊んでいて危なかったです",
        "手すりにまたがるのは危ないと父に言いました",
    ],
)
def test_a_child_playing_on_a_railing_is_no_emergency(text):
    _no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "つい自分を傷つけてしまうんです、介護に疲れて",
        "じぶんを きずつけたく なる よるが ある",
    ],
)
def test_an_urge_or_a_tendency_to_hurt_oneself_is_a_crisis_not_an_emergency(text):
    result = assess_urgency(text)
    assert result.crisis, (text, explain(text))
    assert result.urgency != "emergency", (text, explain(text))


# --- gone without a trace (姿を消した), after a long description of the person -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "認知症の母が姿を消しました。いま近所を探しています",
        "去年から物忘れがひどくなって、夜中に起き出すこともあった、一人で寝ていた祖父が、朝見たら姿を消していて、まだ見つかりません",
    ],
)
def test_someone_with_dementia_gone_now_raises_110_after_a_long_description(text):
    _emergency_however_written(text, "missing_dementia")


def test_someone_gone_after_a_description_of_clauses_raises_110_as_written():
    # (without its commas the message still reads as a habit: a known gap, the model and the question remain)
    _emergency(
        "以前から認知症で通院していて、家の場所がわからなくなることもあった、留守番をしていた母が、戻ったらいなくなっていて、外はもう暗いです",
        "missing_dementia",
    )


@pytest.mark.parametrize(
    "text",
    [
        "去年、認知症の父が姿を消したことがありましたが、すぐ見つかりました",
        "昨年から認知症で、夜になると出ていこうとしていた父が、時々姿を消します。主治医に相談中です",
        "手品師が姿を消すマジックを母と一緒にテレビで見ました",
    ],
)
def test_gone_in_the_past_as_a_habit_or_on_television_raises_no_alarm(text):
    _no_emergency(text)
