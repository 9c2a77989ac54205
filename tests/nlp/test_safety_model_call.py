"""The number the learned detector gives on its own: its family's when that family is more likely than not,
else 119 — a vague worry the model reads as a guess among families (「朝からなんとなく様子がちがう」) is no case for 110."""

from __future__ import annotations

from nlp.safety import FAMILY_SURE, SafetyScores, model_call


def scores(family: str, probability: float) -> SafetyScores:
    return SafetyScores(alarm=0.9, crisis=0.0, family=family, family_probability=probability)


def test_a_sure_police_family_gives_110() -> None:
    assert model_call(scores("intruder_violence", 0.96)) == "110"
    assert model_call(scores("fraud_in_progress", FAMILY_SURE)) == "110"


def test_a_guessed_family_gives_119() -> None:
    assert model_call(scores("missing_dementia", 0.22)) == "119"
    assert model_call(scores("intruder_violence", 0.24)) == "119"


def test_a_medical_family_gives_119_however_sure() -> None:
    assert model_call(scores("stroke", 0.3)) == "119" and model_call(scores("stroke", 0.9)) == "119"


def test_a_vague_worry_the_model_alone_doubts_is_asked_about_with_119(safe_triager) -> None:
    result = safe_triager.triage("祖父が朝からなんとなく様子がちがいます")
    assert result.safety_uncertain and result.safety_by_model_alone, result
    assert result.uncertain_call == "119"
