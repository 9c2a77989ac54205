import json
from dataclasses import fields

import numpy as np

from knowledge.ranker import (
    CANDIDATE_FEATURES,
    RANKER_PATH,
    CandidateFeatures,
    asks,
    feature_table,
    kana_share,
)


def _features_numbered() -> CandidateFeatures:
    """Each feature set to its own position, so a column shows which name filled it."""
    return CandidateFeatures(**{f.name: float(i) for i, f in enumerate(fields(CandidateFeatures))})


def test_the_ranker_columns_are_the_feature_names_in_their_defined_order():
    assert CANDIDATE_FEATURES == tuple(f.name for f in fields(CandidateFeatures))
    assert len(set(CANDIDATE_FEATURES)) == len(CANDIDATE_FEATURES)


def test_the_committed_ranker_was_trained_on_the_same_named_columns():
    body = json.loads(RANKER_PATH.read_text(encoding="utf-8"))
    assert tuple(body["features"]) == CANDIDATE_FEATURES


def test_a_feature_given_by_name_lands_in_its_own_column():
    table = feature_table([_features_numbered(), _features_numbered()])
    assert table.shape == (2, len(CANDIDATE_FEATURES))
    column = CANDIDATE_FEATURES.index("kana_x_unseen_share")
    assert table[0, column] == float(column)
    assert list(table[1]) == [float(i) for i in range(len(CANDIDATE_FEATURES))]


def test_no_candidates_make_an_empty_table_of_the_right_width():
    assert feature_table([]).shape == (0, len(CANDIDATE_FEATURES))


def test_a_question_or_request_form_is_told_from_news():
    assert asks("介護保険の申請はどこでできますか") == 1.0
    assert asks("父はデイサービスを楽しんでいます") == 0.0


def test_the_kana_share_counts_hiragana_among_letters():
    assert kana_share("あいう") == 1.0
    assert kana_share("認知症") == 0.0
    assert np.isclose(kana_share("認知症です"), 0.4)
