"""Features and GiNZA vectors read without spaCy."""

from __future__ import annotations

import numpy as np
import pytest

from nlp.features import FeatureConfig, Vectorizer, analyse, compact, raw_features
from nlp.tokens import tokenize


def test_hiragana_writing_gets_the_same_lemma_and_reading_as_kanji():
    kanji = {t.lemma for t in tokenize("倒れて意識がない")}
    kana = {t.lemma for t in tokenize("たおれて いしきが ない")}
    assert {"倒れる", "意識"} <= kanji & kana
    assert analyse("にんちしょう").reading == analyse("認知症").reading


def test_compact_form_drops_spaces_and_normalises_width():
    assert compact("ＡＴＭ で　お金") == "atmでお金"


def test_cues_become_features():
    names = raw_features(analyse("同じ話を何度もする"), FeatureConfig())
    assert names["k:repeating"] == 1


def test_each_block_is_normalised_and_weighted():
    docs = [analyse(t) for t in ["母の物忘れ", "母の物忘れが心配", "父の物忘れ"]]
    config = FeatureConfig(min_df=1)
    vec = Vectorizer.fit(docs, config)
    cols, vals = vec.transform_one(docs[0])
    names = vec.feature_names()
    for block, weight in config.block_weights.items():
        block_vals = vals[[names[c][0] == block for c in cols]]
        if len(block_vals):
            assert np.linalg.norm(block_vals) == pytest.approx(weight, rel=1e-5)


def test_spacy_hash_matches_spacy():
    spacy_strings = pytest.importorskip("spacy.strings")
    from nlp.vectors import spacy_hash

    for word in ["認知症", "母", "a", "abcdefgh", "abcdefghi", "エンディングノート"]:
        assert spacy_hash(word) == spacy_strings.hash_string(word)


def test_ginza_vectors_are_read_from_the_package_files():
    from nlp.vectors import load_word_vectors

    wv = load_word_vectors()
    near = float(wv.mean(["認知症"]) @ wv.mean(["物忘れ"]))
    far = float(wv.mean(["詐欺"]) @ wv.mean(["物忘れ"]))
    assert near > far
    assert not wv.mean(["存在しない語ですよ"]).any()
