"""The safety model is trained reproducibly from the repository's files, and scored per family."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from core.text import kana_reading
from nlp.safety import MODEL_SURE, SafetyModel, decide_safety
from nlp.safety_eval import SafetyGold, SafetyPredicted, score_safety
from nlp.safety_train import SafetyTrainConfig, load_examples, rules_of, train_from_corpus, train_safety_model
from nlp.urgency import assess_urgency


def _rules_raise_in_a_reading(text: str) -> bool:
    """Written in romaji or katakana, the rules raise the alarm on its hiragana reading, as triage reads it
    (nlp/triage.py): the model's band is then not what catches the emergency."""
    reading = kana_reading(text)
    return reading is not None and assess_urgency(reading).urgency == "emergency"


def test_examples_come_from_the_repository_corpus_with_a_label_for_every_family():
    examples, problems, files = load_examples()
    assert not [p for p in problems if "duplicate" not in p], problems
    assert any(name.startswith("safety/") for name in files)
    assert all(not name.startswith("..") and "shared" not in name for name in files)
    families = {e.gold.family for e in examples if e.gold.family}
    assert len(families) >= 12


def test_two_trainings_on_the_same_data_give_identical_weights_and_thresholds():
    examples, _, _ = load_examples()
    small = examples[::15]
    config = SafetyTrainConfig(folds=2)
    a, _ = train_safety_model(small, config)
    b, _ = train_safety_model(small, config)
    assert a.thresholds == b.thresholds
    assert np.array_equal(a.weights, b.weights)


def test_the_threshold_misses_no_emergency_or_crisis_out_of_fold():
    examples, _, _ = load_examples()
    small = examples[::15]
    model, oof = train_safety_model(small, SafetyTrainConfig(folds=2))
    assert all(s.alarm >= model.thresholds.alarm for s, e in zip(oof, small) if e.alarm)
    assert all(s.crisis >= model.thresholds.crisis for s, e in zip(oof, small) if e.crisis)


def test_the_model_overrules_the_rules_only_above_every_non_emergency_they_set_aside_out_of_fold():
    examples, _, _ = load_examples()
    small = examples[::15]
    model, oof = train_safety_model(small, SafetyTrainConfig(folds=2))
    t = model.thresholds
    assert MODEL_SURE <= t.overrule <= 1.0 and MODEL_SURE <= t.crisis_overrule <= 1.0
    rules = [rules_of(e.gold.text) for e in small]
    assert all(s.alarm <= t.overrule for s, e, r in zip(oof, small, rules) if r.dismissed and not e.alarm)
    assert all(
        s.crisis <= t.crisis_overrule for s, e, r in zip(oof, small, rules) if r.crisis_dismissed and e.crisis is False
    )


def test_no_emergency_loses_its_safety_question_out_of_fold_when_the_band_floor_rises():
    # The band's floor is chosen above half the alarm threshold (fewer questions on everyday worries),
    # but every emergency that got the question with the floor at zero still gets it, or the alarm.
    examples, _, _ = load_examples()
    small = examples[::15]
    model, oof = train_safety_model(small, SafetyTrainConfig(folds=2))
    t = model.thresholds
    assert t.uncertain >= t.alarm * 0.5
    at_zero = replace(t, uncertain=0.0)
    for s, e in zip(oof, small):
        if not e.alarm:
            continue
        rules = rules_of(e.gold.text)
        before, after = decide_safety(rules, s, at_zero), decide_safety(rules, s, t)
        if before.urgency == "emergency" or before.uncertain:
            assert after.urgency == "emergency" or after.uncertain, (e.gold.text, s)


def test_the_alone_floor_keeps_every_emergency_only_it_catches_out_of_fold():
    # Recall first: with the floor where no rule saw a sign at zero or at the chosen value, the same
    # out-of-fold emergencies get the alarm or the safety question; the floor is never under `uncertain`.
    examples, _, _ = load_examples()
    small = examples[::15]
    model, oof = train_safety_model(small, SafetyTrainConfig(folds=2))
    t = model.thresholds
    assert t.uncertain <= t.alone <= 1.0
    at_zero = replace(t, alone=0.0)
    for s, e in zip(oof, small):
        if not e.alarm or _rules_raise_in_a_reading(e.gold.text):
            continue
        rules = rules_of(e.gold.text)
        before, after = decide_safety(rules, s, at_zero), decide_safety(rules, s, t)
        if before.urgency == "emergency" or before.uncertain:
            assert after.urgency == "emergency" or after.uncertain, (e.gold.text, s)


def test_retraining_reproduces_the_committed_safety_model():
    # The same as `intake nlp train-safety --check`; fails when the corpus changed without a retrain.
    committed = SafetyModel.load()
    retrained = train_from_corpus(model_dir=None).model
    assert committed.info["corpus_files"] == retrained.info["corpus_files"], (
        "corpus changed: run `intake nlp train-safety`"
    )
    assert committed.vectorizer.feature_names() == retrained.vectorizer.feature_names()
    assert committed.thresholds == retrained.thresholds
    assert np.allclose(committed.weights, retrained.weights, atol=5e-3)


def test_scores_count_recall_per_family_lookalikes_and_crisis():
    gold = [
        SafetyGold("1", "a", "stroke", "119", False, None),
        SafetyGold("2", "b", "stroke", "119", False, None),
        SafetyGold("3", "c", None, None, False, "stroke"),
        SafetyGold("4", "d", None, None, True, None),
        SafetyGold("5", "e", None, None, False, "crisis"),
    ]
    predicted = [
        SafetyPredicted("emergency", "119", False, "stroke"),
        SafetyPredicted("routine", None, False, None),
        SafetyPredicted("emergency", "119", False, "stroke"),
        SafetyPredicted("urgent", None, True, "crisis"),
        SafetyPredicted("urgent", None, True, "crisis"),
    ]
    m = score_safety(gold, predicted)
    assert m["families"]["stroke"]["recall"] == 0.5
    assert m["families"]["stroke"]["precision"] == 0.5
    assert m["families"]["stroke"]["missed"] == ["2"]
    assert m["lookalikes_not_raised"] == 0.0
    assert (m["crisis_recall"], m["crisis_precision"]) == (1.0, 0.5)
    assert m["emergency_recall"] == 0.5 and m["emergency_precision"] == 0.5
