"""The scoring behind `intake eval`."""

from __future__ import annotations

from nlp.evaluate import Gold, Predicted, score


def _gold(topics, urgency="routine", route="center", center=None):
    return Gold("x", "text", tuple(topics), urgency, route, center)


def _pred(topics, urgency="routine", route="center", center=None):
    return Predicted(tuple(topics), urgency, route, center)


def test_a_missed_emergency_lowers_recall_and_a_false_one_lowers_precision():
    gold = [_gold(["other"], "emergency", "emergency"), _gold(["other"], "emergency", "emergency"), _gold(["dementia"])]
    pred = [
        _pred(["other"], "emergency", "emergency"),
        _pred(["other"], "urgent"),
        _pred(["dementia"], "emergency", "emergency"),
    ]
    m = score(gold, pred)
    assert m["emergency_recall"] == 0.5
    assert m["emergency_precision"] == 0.5
    assert m["urgency_accuracy"] == round(1 / 3, 4)


def test_wrong_centers_count_any_center_named_that_is_not_the_expected_one():
    gold = [
        _gold(["dementia"], center="konakadai"),
        _gold(["dementia"], center=None),
        _gold(["dementia"], center="benten"),
    ]
    pred = [
        _pred(["dementia"], center="konakadai"),
        _pred(["dementia"], center="benten"),
        _pred(["dementia"], center=None),
    ]
    m = score(gold, pred)
    assert m["center_accuracy"] == 0.5  # of the two with a center, one right
    assert m["wrong_centers"] == 1  # asking again (None) is not wrong


def test_topic_f1_micro_and_macro():
    gold = [_gold(["dementia"]), _gold(["dementia", "abuse"]), _gold(["other"])]
    pred = [_pred(["dementia"]), _pred(["dementia"]), _pred(["abuse"])]
    m = score(gold, pred)
    assert m["topics_f1"]["dementia"] == 1.0
    assert m["topics_f1"]["abuse"] == 0.0
    assert m["topics_micro_f1"] == round(2 * 2 / (2 * 2 + 1 + 2), 4)
    assert m["topics_macro_f1"] == round((1.0 + 0.0 + 0.0) / 3, 4)


def test_call_and_crisis_are_scored_when_the_gold_carries_them():
    from nlp.evaluate import Gold, Predicted, score

    gold = [
        Gold("1", "a", ("other",), "emergency", "emergency", None, "119", False),
        Gold("2", "b", ("caregiver_support",), "urgent", "center", None, None, True),
        Gold("3", "c", ("dementia",), "routine", "center", None, None, False),
    ]
    predicted = [
        Predicted(("other",), "emergency", "emergency", None, "110", False),
        Predicted(("caregiver_support",), "urgent", "center", None, None, True),
        Predicted(("dementia",), "routine", "center", None, None, True),
    ]
    m = score(gold, predicted)
    assert (m["call_accuracy"], m["call_support"]) == (0.0, 1)
    assert (m["crisis_recall"], m["crisis_precision"], m["crisis_support"]) == (1.0, 0.5, 1)
