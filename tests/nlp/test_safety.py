"""How the two safety detectors decide together: either raises the alarm; the safety question when unsure."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.rules import FAMILIES, FAMILY_LABELS, RULES_BY_FAMILY
from nlp.safety import CALL_OF, MODEL_FAMILIES, SafetyScores, Thresholds, decide_safety
from nlp.urgency import UrgencyResult, assess_urgency

T = Thresholds(alarm=0.3, crisis=0.4, uncertain=0.15)
QUIET = SafetyScores(alarm=0.01, crisis=0.01, family="stroke", family_probability=0.5)
NOTHING = UrgencyResult("routine", None, None, ())


def test_every_family_has_rules_a_number_and_a_staff_label():
    for family, call in FAMILIES.items():
        assert RULES_BY_FAMILY[family], family
        assert call in ("119", "110")
        assert FAMILY_LABELS[family]
    assert set(MODEL_FAMILIES) <= set(CALL_OF)


def test_the_rules_alone_raise_the_alarm_with_their_family_and_number():
    d = decide_safety(assess_urgency("母が餅をのどに詰まらせて息ができない"), QUIET, T)
    assert (d.urgency, d.call, d.family, d.by_rules, d.by_model) == ("emergency", "119", "choking", True, False)


def test_the_model_alone_raises_the_alarm_naming_its_family_and_number():
    scores = SafetyScores(alarm=0.9, crisis=0.01, family="fraud_in_progress", family_probability=0.8)
    d = decide_safety(NOTHING, scores, T)
    assert (d.urgency, d.call, d.family, d.by_rules, d.by_model) == (
        "emergency",
        "110",
        "fraud_in_progress",
        False,
        True,
    )
    assert "学習モデル" in d.reason


def test_a_crisis_from_either_detector_is_urgent_and_named_crisis():
    by_model = decide_safety(NOTHING, SafetyScores(0.01, 0.9, "stroke", 0.5), T)
    by_rules = decide_safety(assess_urgency("もう消えたいです"), QUIET, T)
    for d in (by_model, by_rules):
        assert (d.urgency, d.call, d.crisis, d.family) == ("urgent", None, True, "crisis")


def test_an_attempt_now_is_an_emergency_and_a_crisis():
    d = decide_safety(NOTHING, SafetyScores(0.9, 0.1, "self_harm_now", 0.9), T)
    assert (d.urgency, d.call, d.crisis, d.family) == ("emergency", "119", True, "self_harm_now")


@pytest.mark.parametrize("alarm,uncertain", [(0.49, False), (0.3, False), (0.15, False)])
def test_the_model_alone_under_sure_neither_alarms_nor_asks(alarm, uncertain):
    """Where no rule saw any sign, a middling score is no evidence (「あいうえお」 scores 0.27)."""
    d = decide_safety(NOTHING, SafetyScores(alarm, 0.01, "missing_dementia", 0.7), T)
    assert d.urgency == "routine" and d.call is None
    assert d.uncertain is uncertain
    assert d.uncertain_call == ("110" if uncertain else None)


@pytest.mark.parametrize("alarm,asks", [(0.49, True), (0.35, True), (0.34, False), (0.1, False)])
def test_the_model_alone_asks_the_safety_question_from_its_alone_floor_up(alarm, asks):
    """Where no rule saw any sign, a score from `alone` up to sure asks (recall first), below it not."""
    with_floor = replace(T, alone=0.35)
    d = decide_safety(NOTHING, SafetyScores(alarm, 0.01, "self_harm_now", 0.7), with_floor)
    assert d.urgency == "routine" and d.call is None
    assert d.uncertain is asks
    assert d.uncertain_call == ("119" if asks else None)


def test_the_model_alone_does_not_ask_on_a_message_that_says_it_is_over_below_sure():
    settled = replace(NOTHING, settled=True)
    d = decide_safety(settled, SafetyScores(0.45, 0.01, "stroke", 0.7), replace(T, alone=0.35))
    assert not d.uncertain and d.urgency == "routine"


def test_thresholds_saved_before_the_alone_floor_existed_never_ask_alone():
    assert Thresholds(0.3, 0.4, 0.15).alone == 1.0


def test_a_low_model_score_asks_where_a_rule_saw_a_sign_too():
    rules = assess_urgency("隣の家のおばあさんが息子に叩かれているようです")
    assert rules.findings and rules.urgency != "emergency"
    for alarm in (0.2, 0.45):  # over uncertain; over the alarm threshold but under sure
        d = decide_safety(rules, SafetyScores(alarm, 0.01, "intruder_violence", 0.7), T)
        assert d.urgency != "emergency" and d.uncertain and d.uncertain_call == "110"


def test_the_model_alone_raises_the_crisis_flag_only_when_sure():
    assert not decide_safety(NOTHING, SafetyScores(0.01, 0.45, "stroke", 0.5), T).crisis
    assert decide_safety(NOTHING, SafetyScores(0.01, 0.5, "stroke", 0.5), T).crisis


def test_no_safety_question_once_the_alarm_is_raised():
    d = decide_safety(NOTHING, SafetyScores(0.5, 0.01, "stroke", 0.7), T)
    assert d.urgency == "emergency" and not d.uncertain and d.uncertain_call is None


def test_without_a_model_the_rules_decide_alone():
    d = decide_safety(assess_urgency("父が倒れて意識がない"), None, None)
    assert (d.urgency, d.call, d.family) == ("emergency", "119", "unresponsive")
    assert decide_safety(NOTHING, None, None).urgency == "routine"


def test_a_sign_the_rules_set_aside_gets_the_safety_question_not_the_alarm_from_the_model():
    rules = assess_urgency("先月、母が倒れましたが、今は元気です")
    assert rules.urgency != "emergency" and rules.dismissed
    d = decide_safety(rules, SafetyScores(0.95, 0.01, "unresponsive", 0.9), T)
    assert d.urgency != "emergency" and d.call is None
    assert d.uncertain and d.uncertain_call == "119"


def test_a_model_surer_than_its_overrule_threshold_raises_the_alarm_the_rules_set_aside():
    rules = assess_urgency("先月、母が倒れましたが、今は元気です")
    sure = Thresholds(alarm=0.3, crisis=0.4, uncertain=0.15, overrule=0.9, crisis_overrule=0.9)
    assert decide_safety(rules, SafetyScores(0.85, 0.01, "unresponsive", 0.9), sure).urgency != "emergency"
    d = decide_safety(rules, SafetyScores(0.95, 0.01, "unresponsive", 0.9), sure)
    assert (d.urgency, d.call, d.by_model) == ("emergency", "119", True)


def test_a_model_surer_than_its_crisis_overrule_threshold_sets_the_crisis_flag_the_rules_set_aside():
    rules = assess_urgency("父は以前、死にたいと言ったことがある")
    assert rules.crisis_dismissed and not rules.crisis
    sure = Thresholds(alarm=0.3, crisis=0.4, uncertain=0.15, overrule=0.9, crisis_overrule=0.9)
    assert not decide_safety(rules, SafetyScores(0.01, 0.85, "stroke", 0.5), sure).crisis
    assert decide_safety(rules, SafetyScores(0.01, 0.95, "stroke", 0.5), sure).crisis


def test_a_negation_or_a_figure_of_speech_is_never_overruled():
    sure = Thresholds(alarm=0.3, crisis=0.4, uncertain=0.15, overrule=0.9, crisis_overrule=0.9)
    for text in ("死にたいとは思わないけど、母の介護に疲れました", "年末は死ぬほど忙しい"):
        rules = assess_urgency(text)
        assert rules.firmly_dismissed, text
        assert not decide_safety(rules, SafetyScores(0.01, 0.99, "stroke", 0.5), sure).crisis, text
    rules = assess_urgency("父は倒れてはいません")
    assert rules.firmly_dismissed
    assert decide_safety(rules, SafetyScores(0.99, 0.01, "unresponsive", 0.9), sure).urgency != "emergency"


def test_thresholds_saved_before_the_overrule_existed_never_overrule():
    assert (T.overrule, T.crisis_overrule) == (1.0, 1.0)


def test_laughter_lets_the_model_alone_only_ask_but_leaves_the_rules_alarm():
    joke = assess_urgency("夫の口が開いたまま固まってる、給料日前の通帳見て😂")
    assert joke.dismissed
    assert decide_safety(joke, SafetyScores(0.7, 0.01, "stroke", 0.5), T).urgency != "emergency"
    assert not assess_urgency("母の口が急にゆがんで話せない、さっきまで笑ってたのに").dismissed
    assert assess_urgency("父が倒れて意識がない 笑えない").urgency == "emergency"


def test_the_model_does_not_flag_a_figure_of_speech_or_an_end_of_life_plan_as_crisis():
    for text in ("年末は死ぬほど忙しい", "終活を始めたい"):
        rules = assess_urgency(text)
        assert rules.crisis_dismissed, text
        assert not decide_safety(rules, SafetyScores(0.01, 0.99, "stroke", 0.5), T).crisis


def test_a_message_without_any_sign_is_not_dismissed():
    assert not assess_urgency("母の物忘れが心配です").dismissed
    assert not assess_urgency("父が倒れて意識がない").dismissed
