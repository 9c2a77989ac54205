"""CheckList-style tests for the causes behind held-out round 11's missed emergencies and crises.

Each cause is tested as a behaviour over phrasings of our own (none is a round-11 sentence):
- minimum: breathing itself said to be hard (「息をするのがつらい」, a translation's 「呼吸するのが困難」), the chest
  or the lips with は (「胸はひどく痛みます」「唇は紫色です」), one's own person's sign told in a sentence of its own
  before a request for a method; heat signs in short sentences next to each other, confusion, no sweat with
  を/ません, panting, a hoarse voice, 「体温が高い」; a past word inside a quotation (「「昔はこれで治った」って」);
  「先週の火曜から」 (since, not past); 「…ても しかたない」 in kana run together is no もし; the honorific
  「お飲みになる」 and 「お薬」; an exception told of an earlier episode (「先月も…切った。今日は…」); 「戻ってきた
  はずの」 and 「犬だけ帰ってきた」 are no return; out for hours; cash packed in an envelope, 「来るって」; a stranger
  who 「います」 and 「帰ることを拒否しています」; wanting to stop living, sorry to have woken; 「去年より」 and
  「去年から」 are no past for a crisis; sudden numbness with no side named asks the safety question;
- invariance: the same in hiragana, without punctuation, with a name;
- direction: the same words as a real condition, in the past, dealt with, a general question, negated
  (「座り込んではいません」「死にたいなどとは思っておりません」), a foot gone to sleep — no alarm.
"""

from __future__ import annotations

import pytest

from nlp.rules import RULES
from nlp.safety import RISK_SIGN_RULES, decide_safety
from nlp.urgency import assess_urgency, explain
from tests.nlp.checklist import assert_crisis_by_rules as _crisis
from tests.nlp.checklist import assert_emergency as _emergency
from tests.nlp.checklist import assert_emergency_however_written as _emergency_however_written
from tests.nlp.checklist import assert_no_crisis_by_rules as _no_crisis
from tests.nlp.checklist import assert_no_emergency as _no_emergency
from tests.nlp.checklist import variants

# --- heart and breathing: breathing itself hard; the chest and the lips with は ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父は息をするのがつらいです。唇は紫色です",
        "祖母は呼吸するのが難しいと言っています",
        "母の胸はひどく痛みます。冷や汗をかいています",
        "おじいちゃんが息を吸うのも苦しいって、唇は真っ青",
    ],
)
def test_breathing_hard_and_a_chest_or_lips_with_wa_are_an_emergency(text):
    _emergency(text, "heart_breathing", "119")


def test_breathing_hard_is_an_emergency_however_written():
    _emergency_however_written("父は息をするのがつらいです。唇は紫色です", "heart_breathing")


@pytest.mark.parametrize(
    "text",
    [
        "私の父は息を吸うのが苦しいです。対処法を教えてください",
        "うちの母は呼吸するのが困難です。救急の方法を教えてください。",
    ],
)
def test_ones_own_persons_sign_before_a_request_for_a_method_is_an_emergency(text):
    _emergency(text, "heart_breathing")


def test_ones_own_persons_sign_before_a_request_for_a_method_is_an_emergency_however_written():
    # without punctuation the clauses are told apart by their polite endings (「…苦しいです対処法を…」)
    _emergency_however_written("私の父は息を吸うのが苦しいです。対処法を教えてください", "heart_breathing")


@pytest.mark.parametrize(
    "text",
    [
        "高齢者の呼吸困難の見分け方を教えてください",
        "呼吸困難の見分け方を教えてください。唇が紫色になる、など",
        "息をするのが苦しくなったときの対処法を教えてください",
        "去年、父は息をするのがつらい時期がありました",
    ],
)
def test_breathing_hard_in_general_or_in_the_past_raises_no_alarm(text):
    _no_emergency(text)


# --- heat: short sentences next to each other, confusion, no sweat, panting, a hoarse voice ---------------


@pytest.mark.parametrize(
    "text",
    [
        "祖父の部屋はとても暑いです。祖父は混乱しています",
        "父は汗をかいていません。体温はとても高いです",
        "母が暑いと言ってハアハアしている",
        "電話したら父が「あつい」ってかすれた声で言うだけ",
    ],
)
def test_heat_signs_said_plainly_or_in_short_sentences_are_an_emergency(text):
    _emergency(text, "heat_cold", "119")


def test_heat_signs_in_short_sentences_are_an_emergency_however_written():
    _emergency_however_written("祖父の部屋はとても暑いです。祖父は混乱しています", "heat_cold")


@pytest.mark.parametrize(
    "text",
    [
        "去年の夏、暑い部屋で祖母が混乱したことがあります",
        "暑い日に父が混乱しないよう、エアコンの使い方を書いて貼りました",
    ],
)
def test_heat_signs_in_the_past_or_prevented_raise_no_alarm(text):
    _no_emergency(text)


# --- a past word inside a quotation is the speaker's, not the sign's -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "祖母が「昔から効く」って漂白剤をなめた。今吐いてる",
        "父が「以前これで治った」と言って灯油を飲んだ",
    ],
)
def test_a_past_word_quoted_before_the_sign_does_not_make_it_past(text):
    _emergency(text, "poisoning", "119")


def test_a_quoted_past_word_with_a_name_or_in_hiragana_does_not_make_it_past():
    # Without the quotation marks (voice input) the quote cannot be told from the writer's own words.
    text = "祖母が「昔から効く」って漂白剤をなめた。今吐いてる"
    for kind in ("hiragana", "with a name"):
        variant = variants(text)[kind]
        assert assess_urgency(variant).urgency == "emergency", (kind, variant, explain(variant))


def test_a_sign_told_in_the_past_raises_no_alarm():
    _no_emergency("昔、祖母が漂白剤をなめたことがあります")


# --- 「先週の火曜から」: since, not past ---------------------------------------------------------------


def test_since_a_day_last_week_is_for_days_not_in_the_past():
    _emergency("先週の火曜から隣のおじいさんを見かけず、新聞がたまって、インターホンにも応答がない", "unanswered")


def test_since_a_day_last_week_is_an_emergency_however_written():
    _emergency_however_written(
        "先週の火曜から隣のおじいさんを見かけず、新聞がたまって、インターホンにも応答がない", "unanswered"
    )


def test_no_answer_said_in_honorifics_and_kana_is_an_emergency():
    _emergency_however_written(
        "お隣のおじい様が先週の月曜からお見えにならず、新聞がたまって、ノックしてもご返事がございません",
        "unanswered",
    )


def test_a_day_last_week_then_dealt_with_raises_no_alarm():
    _no_emergency("先週の金曜に父が倒れましたが、今は入院中です")


def test_a_sign_since_a_day_last_week_is_long_standing_not_an_emergency():
    result = assess_urgency("先週の金曜から時々胸が苦しいと父が言います")
    assert result.urgency != "emergency", explain("先週の金曜から時々胸が苦しいと父が言います")


# --- 「…ても しかたない」 in kana is no もし ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "もう いきて いても しかたない いま くすりを ぜんぶ のんだ",
        "生きててもしかたない。さっき睡眠薬を全部飲んだ。さようなら",
    ],
)
def test_nothing_left_to_live_for_then_an_overdose_is_an_attempt(text):
    _emergency(text, "self_harm_now", "119")
    assert assess_urgency(text).crisis


def test_a_real_if_is_still_a_hypothetical():
    _no_emergency("もし母が薬を全部飲んでしまったらどうすればいいですか")


# --- the honorific 「お飲みになる」 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "お父様が先ほど睡眠薬を大量にお飲みになりました",
        "お祖母様が洗剤をお飲みになってしまいました",
    ],
)
def test_swallowing_said_with_the_honorific_is_an_emergency(text):
    _emergency(text, "poisoning", "119")


def test_an_overdose_with_the_honorific_and_death_words_is_an_attempt():
    text = "お母様がいま大量のお薬をお飲みになって、死にたいと申しております"
    _emergency(text, "self_harm_now", "119")
    assert assess_urgency(text).crisis


def test_swallowing_said_with_the_honorific_is_an_emergency_however_written():
    _emergency_however_written("お父様が先ほど睡眠薬を大量にお飲みになりました", "poisoning")


def test_medicine_taken_as_prescribed_with_the_honorific_raises_no_alarm():
    _no_emergency("お薬は毎食後に一錠ずつお飲みになってください")


# --- an exception told of an earlier episode, and today's is going on --------------------------------


@pytest.mark.parametrize(
    "text,family",
    [
        (
            "先月も還付金の電話があったけど母はすぐ切った。でも今日のは違って、今から銀行の人が家に来るって",
            "fraud_in_progress",
        ),
        ("去年も父が出ていったが自分で帰ってきました。今日は朝からまだ戻らない。認知症です", "missing_dementia"),
    ],
)
def test_an_earlier_episode_that_ended_well_does_not_settle_todays(text, family):
    _emergency(text, family)


@pytest.mark.parametrize(
    "text",
    [
        "今日も還付金の電話があったけど、母はすぐに電話を切りました",
        "認知症の父が朝から戻らなかったが、さっき帰ってきました",
    ],
)
def test_todays_episode_that_ended_well_raises_no_alarm(text):
    _no_emergency(text)


# --- missing: 「戻ってきたはずの」, 「犬だけ帰ってきた」, out for hours ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "施設から戻ってきたはずの祖母が部屋にいない。認知症があります",
        "母が買い物に出てから5時間、自転車だけ戻ってきた。認知症です",
        "認知症のおじいちゃん、散歩に出てから三時間たつ",
    ],
)
def test_someone_with_dementia_not_back_is_a_missing_person(text):
    _emergency(text, "missing_dementia", "110")


def test_only_the_dog_came_back_is_a_missing_person_however_written():
    _emergency_however_written("認知症の父が犬の散歩に出て、犬だけ帰ってきた", "missing_dementia")


@pytest.mark.parametrize(
    "text",
    [
        "認知症の父が散歩に出てから2時間後に帰ってきました",
        "認知症の母はデイサービスから帰ってきて、今は部屋で休んでいます",
    ],
)
def test_someone_with_dementia_back_home_raises_no_alarm(text):
    _no_emergency(text)


# --- fraud: cash packed, 「来るって」 ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "息子をかたる電話があって、祖母が紙袋に現金を入れてる。取りに来る人がもうすぐ来るって",
        "孫が事故を起こしたって電話で、父は封筒にお札を詰めてる",
    ],
)
def test_cash_being_packed_for_a_caller_is_fraud_in_progress(text):
    _emergency(text, "fraud_in_progress", "110")


@pytest.mark.parametrize(
    "text",
    [
        "還付金の職員が来るって電話があったけど、母はすぐ電話を切りました",
        "孫を名乗る電話で父が封筒にお金を入れかけたけど、気づいて止めました",
    ],
)
def test_a_caller_cut_off_or_stopped_in_time_raises_no_alarm(text):
    _no_emergency(text)


# --- intruder: 「います」, refusing to leave said formally ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "知らない男性が父の部屋にいます。彼は帰ることを拒否しています",
        "見知らぬ女性が祖母の家にいます。出ていこうとしません",
    ],
)
def test_a_stranger_in_the_home_who_will_not_leave_is_an_emergency(text):
    _emergency(text, "intruder_violence", "110")


def test_a_stranger_who_will_not_leave_is_an_emergency_however_written():
    _emergency_however_written("知らない男性が父の部屋にいます。彼は帰ることを拒否しています", "intruder_violence")


def test_a_stranger_who_left_raises_no_alarm():
    _no_emergency("知らない男性が玄関に来ましたが、すぐに帰りました")


# --- crisis: wanting to stop living, sorry to have woken; 「去年より」「去年から」 ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "もう生きるのをやめたいです",
        "私は生きることを終わりにしたい",
        "毎朝、なんでまた目が覚めちゃったんだろうって思う",
        "去年より父の「死にたい」という言葉が増えました",
        "去年から母が「死にたい」と言うようになった",
    ],
)
def test_wanting_to_stop_living_or_more_death_words_than_last_year_is_a_crisis(text):
    _crisis(text)


def test_wanting_to_stop_living_is_a_crisis_however_written():
    for kind, variant in variants("もう生きるのをやめたいです").items():
        assert assess_urgency(variant).crisis, (kind, variant, explain(variant))


@pytest.mark.parametrize(
    "text",
    [
        "夜中に目が覚めてしまいます。どうしたらいいですか",
        "父は生きることを楽しんでいます",
        "去年、母が一度「死にたい」と言ったが、今はすっかり元気です",
        "母の介護で疲れておりますが、死にたいなどとは思っておりません",
    ],
)
def test_waking_at_night_a_past_word_of_death_or_a_denial_is_no_crisis(text):
    _no_crisis(text)


# --- negation after a stem ending before ん: 「座り込んではいません」 ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "寒い日ですが、父は外で座り込んではいません",
        "祖母は倒れ込んではいないです",
    ],
)
def test_a_posture_denied_after_n_is_negated(text):
    _no_emergency(text)


def test_the_same_posture_told_as_now_is_still_an_emergency():
    _emergency("雪の中、外で父が座り込んで動けない")


# --- sudden numbness with no side named: the safety question ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "テレビを見ていた母が急に手がしびれる",
        "父が突然腕に力が入らないと言っています",
        "祖母の足が急にしびれて",
    ],
)
def test_sudden_numbness_with_no_side_asks_the_safety_question(text):
    result = assess_urgency(text)
    assert result.urgency in ("urgent", "emergency"), (text, explain(text))
    decision = decide_safety(result, None, None)
    assert decision.urgency == "emergency" or (decision.uncertain and decision.uncertain_call == "119"), (
        text,
        explain(text),
    )


def test_sudden_numbness_asks_the_safety_question_however_written():
    for kind, variant in variants("テレビを見ていた母が急に手がしびれる").items():
        result = assess_urgency(variant)
        assert "sudden_numbness" in result.rule_ids, (kind, variant, explain(variant))
        assert decide_safety(result, None, None).uncertain, (kind, variant)


@pytest.mark.parametrize(
    "text",
    [
        "正座してたら急に足がしびれた",
        "母がさっき急に手がしびれると言っていましたが、今は治っています",
    ],
)
def test_a_foot_gone_to_sleep_or_numbness_gone_raises_no_question_from_the_rules(text):
    result = assess_urgency(text)
    assert "sudden_numbness" not in result.rule_ids, (text, explain(text))
    assert not decide_safety(result, None, None).uncertain


def test_sudden_numbness_is_a_risk_sign_rule():
    assert "sudden_numbness" in {rule.id for rule in RULES}
    assert RISK_SIGN_RULES["sudden_numbness"] == "119"
