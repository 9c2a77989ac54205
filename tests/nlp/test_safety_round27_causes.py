"""CheckList-style tests for the causes behind what held-out round 27 showed, in sentences of our own (none is a
round-27 sentence), with their must-not-fire look-alikes.

- a break-in told briefly as it happens: a window, a door or a lock broken and someone come in, with a word of now
  or of the writer shut in with them (intruder_violence, 110); not a break-in last week, a question on preventing
  one, one on the news, the wind or rain through a broken pane, a burglary found and already reported;
- a message shown as read (LINE's 既読) and not answered is no one failing to answer a call (no 119);
- the question whether it is bad enough for an ambulance is a medical worry (#7119), also with the particle dropped,
  and the safety question it may get gives 119: the number a rule read, not the learned model's family guess.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.safety import SafetyScores, Thresholds, decide_safety
from nlp.urgency import assess_urgency
from tests.nlp.checklist import assert_emergency, assert_emergency_however_written, assert_no_emergency

T = Thresholds(alarm=0.3, crisis=0.4, uncertain=0.15)


# ---- a break-in now ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ガラス割られて男が入ってきた、今二階に隠れてる",
        "玄関のドア壊されて知らない人が入ってきた。一人です。助けて",
        "勝手口の鍵こじ開けられて誰か侵入してきた、いま",
        "窓を叩き割って誰か入ってきた。祖母と二人きり",
    ],
)
def test_a_break_in_told_as_happening_now_is_intruder_violence(text: str) -> None:
    assert_emergency(text, family="intruder_violence", call="110")


def test_someone_come_in_toward_the_writer_through_a_broken_door_is_with_them_now() -> None:
    assert_emergency("裏口のガラスを割って男の人が入ってきた", family="intruder_violence", call="110")


@pytest.mark.parametrize(
    "text",
    [
        "テレビを見てたら窓を割って男が入ってきた、今トイレにいる",
        "ニュースを見てたら、ドアを壊して誰か入ってきた。母と二人です",
    ],
)
def test_a_break_in_now_while_watching_television_is_still_one(text: str) -> None:
    assert_emergency(text, family="intruder_violence", call="110")


def test_a_break_in_now_with_the_police_called_but_not_yet_there_is_still_one() -> None:
    assert_emergency(
        "ベランダの窓を割って誰か入ってきた、警察に電話した、今クローゼットの中", family="intruder_violence"
    )


def test_a_break_in_now_is_read_however_written() -> None:
    assert_emergency_however_written(
        "雨戸を壊して誰かが入ってきた。今、父と二人で押し入れにいる", family="intruder_violence", call="110"
    )


@pytest.mark.parametrize(
    "text",
    [
        "先週、勝手口のガラスを割られて空き巣に入られました",
        "窓を割られて入られないようにするには、どんな鍵がいいですか",
        "ニュースで、窓を割って入ってきた強盗の話をやってて怖かった",
        "風で窓が割れて雨が入ってきた。今、段ボールでふさいでいます",
        "帰宅したら窓が割られて空き巣に入られていた。警察には通報しました",
        "窓を割って猫が入ってきた、いま追い出したところ",
        "子どもの投げたボールが窓を割って入ってきた",
        "旅行から戻ったら玄関の鍵が壊されて入られていた。今から警察に電話します",
        "窓を割られて男が入ってきたけど、警察の人が来てくれて、もう安心です",
        "窓を割って誰か入ってくる夢を見た。今もどきどきする",
        "玄関の鍵を壊して入られたけど、犯人はもう逃げた。今は一人で片付けてる",
    ],
)
def test_a_break_in_past_prevented_on_the_news_by_the_weather_or_reported_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


# ---- a message read and not answered -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "父にLINEしたら既読はついたのに、返事がありません",
        "既読スルーされてて反応がない",
        "きどくついたのにへんじがない",
        "娘に送ったメッセージ、既読になってるのに返信なし",
    ],
)
def test_a_message_read_and_not_answered_is_no_emergency(text: str) -> None:
    assert_no_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "夫を呼んでも返事がない",
        "母に声をかけても反応がありません",
        "既読ついたけど返事がない。見に行ったら父が床に倒れていた",
    ],
)
def test_no_answer_to_a_call_and_a_collapse_after_a_read_message_are_still_emergencies(text: str) -> None:
    assert_emergency(text, call="119")


# ---- whether it is bad enough for an ambulance ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "救急車を呼ぶほどかどうか迷っています",
        "救急車呼ぶほどなのかわからなくて",
        "きゅうきゅうしゃよぶべきかまよってる",
    ],
)
def test_asking_whether_it_is_bad_enough_for_an_ambulance_is_a_7119_worry(text: str) -> None:
    result = assess_urgency(text)
    assert result.urgency != "emergency"
    assert result.call_number == "#7119", (text, result)


@pytest.mark.parametrize("guess", ["fraud_in_progress", "intruder_violence", "missing_dementia"])
def test_the_safety_question_on_an_ambulance_worry_gives_119_whatever_the_model_guesses(guess: str) -> None:
    rules = assess_urgency("救急車呼ぶほどかわかんない時ってどうしたらいい")
    d = decide_safety(rules, SafetyScores(alarm=0.2, crisis=0.01, family=guess, family_probability=0.3), T)
    assert d.urgency != "emergency" and d.uncertain and d.uncertain_call == "119"


def test_the_model_alone_names_the_number_of_its_family_when_it_is_sure_of_it() -> None:
    """No rule read anything: the model's family gives the number when it is more likely than not (a 110
    stays 110); a family only guessed among several gives 119 (nlp.safety.model_call)."""
    rules = assess_urgency("よくわからないけど、ちょっと変なんです")
    assert not rules.findings
    sure = SafetyScores(alarm=0.45, crisis=0.01, family="intruder_violence", family_probability=0.9)
    guessed = replace(sure, family_probability=0.3)
    assert decide_safety(rules, sure, replace(T, alone=0.35)).uncertain_call == "110"
    assert decide_safety(rules, guessed, replace(T, alone=0.35)).uncertain_call == "119"


def test_a_risk_sign_a_rule_read_names_the_number_over_the_model_guess() -> None:
    rules = assess_urgency("向かいの家のおじいさん、奥さんに叩かれてるみたい")
    assert rules.urgency != "emergency" and rules.findings
    d = decide_safety(rules, SafetyScores(alarm=0.2, crisis=0.01, family="stroke", family_probability=0.3), T)
    assert d.uncertain and d.uncertain_call == "110"
