"""Triage says when its safety doubt (the safety question) or crisis flag comes from the learned detector
alone: no readable rule saw a sign, set one aside or read the message as over or hypothetical. The
conversation may then give a sure FAQ answer first (bot/conversation/steps.py); it changes no decision."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from nlp.safety import SafetyScores, Thresholds
from nlp.triage import Triager, rules_saw_something
from nlp.urgency import UrgencyResult, assess_urgency


@dataclass
class StubSafety:
    """A learned detector that scores every message the same."""

    alarm: float
    crisis: float
    thresholds: Thresholds = Thresholds(alarm=0.9, crisis=0.6, uncertain=0.3, alone=0.4)

    def scores(self, doc, columns=None) -> SafetyScores:
        return SafetyScores(alarm=self.alarm, crisis=self.crisis, family="stroke", family_probability=1.0)


@pytest.fixture
def stub_triager(topic_model, router):
    return lambda alarm, crisis: Triager(topic_model, router, StubSafety(alarm, crisis))  # type: ignore[arg-type]


QUIET = "介護保険の申請に必要な書類を知りたいです"


def test_a_doubt_only_the_learned_detector_has_is_marked_as_its_alone(stub_triager):
    r = stub_triager(0.45, 0.0).triage(QUIET)
    assert r.safety_uncertain and r.safety_by_model_alone
    assert r.urgency == "routine"


def test_a_crisis_only_the_learned_detector_reads_is_marked_as_its_alone(stub_triager):
    r = stub_triager(0.0, 0.95).triage(QUIET)
    assert r.crisis and r.safety_by_model_alone


def test_no_doubt_at_all_is_not_marked(stub_triager):
    r = stub_triager(0.1, 0.0).triage(QUIET)
    assert not r.safety_uncertain and not r.safety_by_model_alone


def test_a_sign_a_rule_reads_is_never_marked_as_the_models_alone(stub_triager):
    r = stub_triager(0.45, 0.0).triage("一人暮らしの祖母と昨日から連絡がとれません")
    assert r.safety_uncertain and not r.safety_by_model_alone


def test_an_emergency_is_never_marked_as_the_models_alone(stub_triager):
    r = stub_triager(0.95, 0.0).triage(QUIET)
    assert r.urgency == "emergency" and not r.safety_by_model_alone


def test_rules_saw_something_when_they_found_or_set_aside_a_sign():
    assert not rules_saw_something(UrgencyResult("routine", None, None, ()))
    assert rules_saw_something(UrgencyResult("routine", None, None, (), dismissed=True))
    assert rules_saw_something(UrgencyResult("routine", None, None, (), settled=True))
    assert rules_saw_something(assess_urgency("一人暮らしの祖母と昨日から連絡がとれません"))
    assert not rules_saw_something(assess_urgency(QUIET))
