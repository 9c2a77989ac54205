"""A message of courtesy, acknowledgement or greeting alone (「OK」「ありがとう」「はい、わかりました」) is never
alarmed by the learned detector alone: its score there is noise (「OK」 was told to call 110, 「ありがとう」 got the
crisis lines). The readable rules still read every message, so a farewell or a sign beside the courtesy
(「ありがとう。さようなら、もう死にます」) is raised as before. Sentences of our own."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from core.text import kana_reading
from nlp.safety import SafetyScores, Thresholds, courtesy_only
from nlp.triage import Triager

COURTESY = [
    "OK",
    "ok👍",
    "ＯＫです！",
    "ありがとう",
    "ありがとうございます😊",
    "どうもありがとう。",
    "はい、わかりました。よろしくお願いします",
    "了解しました",
    "ご丁寧にありがとうございます",
    "ハイ ワカリマシタ",
    "ｱﾘｶﾞﾄｳ",
    "arigatou gozaimasu",
    "Thanks!",
    "Thank you!!",
    "こんばんは",
    "おはようございます。",
    "すみません",
]

NOT_COURTESY = [
    "ありがとう。さようなら、もう死にます",
    "今までありがとう",
    "みんなありがとう、さようなら",
    "お世話になりました",
    "さようなら",
    "はい、母が倒れました",
    "OK、今から薬を全部飲みます",
    "ありがとう119",
    "了解、父が息をしていません",
    "Thanks. My mother fell and can't get up",
]


@pytest.mark.parametrize("text", COURTESY)
def test_courtesy_alone_is_recognised(text):
    assert courtesy_only(text, kana_reading(text))


@pytest.mark.parametrize("text", NOT_COURTESY)
def test_anything_beside_the_courtesy_is_not_courtesy_only(text):
    assert not courtesy_only(text, kana_reading(text))


@dataclass
class AlarmedStub:
    """A learned detector sure of an emergency and a crisis in every message."""

    thresholds: Thresholds = Thresholds(alarm=0.9, crisis=0.6, uncertain=0.3, alone=0.4)

    def scores(self, doc, columns=None) -> SafetyScores:
        return SafetyScores(alarm=0.99, crisis=0.99, family="intruder_violence", family_probability=1.0)


@pytest.fixture(scope="module")
def alarmed(topic_model, router) -> Triager:
    return Triager(topic_model, router, AlarmedStub())  # type: ignore[arg-type]


@pytest.mark.parametrize("text", COURTESY)
def test_the_model_alone_never_alarms_on_courtesy(alarmed, text):
    r = alarmed.triage(text)
    assert r.urgency == "routine" and not r.crisis and not r.safety_uncertain and r.call is None


@pytest.mark.parametrize("text", NOT_COURTESY)
def test_the_model_still_decides_beside_the_courtesy(alarmed, text):
    r = alarmed.triage(text)
    assert r.urgency == "emergency" and r.crisis


def test_a_farewell_after_thanks_is_still_a_crisis_with_119(safe_triager):
    r = safe_triager.triage("ありがとう。さようなら、もう死にます")
    assert r.crisis and r.urgency == "emergency" and r.call == "119"


@pytest.mark.parametrize("text", ["ありがとう", "OK", "Thanks", "はい、わかりました", "arigatou"])
def test_courtesy_is_routine_with_the_committed_model(safe_triager, text):
    r = safe_triager.triage(text)
    assert r.urgency == "routine" and not r.crisis and not r.safety_uncertain
