"""The lean vocabulary (nlp.features.FeatureIndex, issue 14's memory target) finds exactly the columns a
plain dict of the feature names finds."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nlp.features import (
    FeatureConfig,
    FeatureIndex,
    SharedFeatures,
    Vectorizer,
    _positions,
    analyse,
    feature_hashes,
    raw_features,
)
from nlp.safety import safety_text

MODEL = Path(__file__).resolve().parents[2] / "nlp" / "model"
CORPUS = Path(__file__).resolve().parents[2] / "nlp" / "corpus"


def _texts(step: int) -> list[str]:
    """Every `step`-th message of the team's corpus files and the safety files written for training."""
    files = sorted(CORPUS.glob("*.jsonl")) + [
        f for f in sorted((CORPUS / "safety").glob("*.jsonl")) if not f.name.startswith("heldout")
    ]
    texts = [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    return texts[::step]


def _reference_hash(name: str) -> int:
    """The hash as documented, one character at a time."""
    p, length = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
    return (sum(ord(ch) * pow(p, j, 1 << 64) for j, ch in enumerate(name)) + len(name) * length) % (1 << 64)


def test_the_hash_is_the_documented_one_for_any_text():
    names = ["c:母", "", "l:倒れる", "r:にんち", "k:repeating", "c:a\0", "c:a", "\0", "\0\0", "絵文字😀", "x" * 300]
    assert feature_hashes(names).tolist() == [_reference_hash(n) for n in names]
    # Names holding a NUL are told apart from the same name without it.
    assert len(set(feature_hashes(["c:a", "c:a\0", "c:\0a", "\0c:a"]).tolist())) == 4
    assert feature_hashes([]).dtype == np.uint64 and len(feature_hashes([])) == 0


@pytest.mark.parametrize("artifact", ["safety.json", "topics.json"])
def test_lean_lookup_equals_a_plain_dict_on_the_real_vocabulary(artifact):
    meta = json.loads((MODEL / artifact).read_text(encoding="utf-8"))
    names = meta["vocabulary"]
    plain = {name: col for col, name in enumerate(names)}
    lean = FeatureIndex(names)
    assert len(lean) == len(plain) and lean.names() == names
    config = FeatureConfig.from_dict(meta["features"])
    found = 0
    for text in [*_texts(11), "", "ｶﾀｶﾅ ﾃﾞｽ", "2丁目の母が倒れた", "母が\0倒れた", "x" * 3000]:
        for form in (text, safety_text(text)):
            message_names = list(raw_features(analyse(form), config))
            expected = [plain.get(n, -1) for n in message_names]
            assert lean.columns(message_names).tolist() == expected
            found += sum(c >= 0 for c in expected)
    assert found > 10_000  # most names of a message are in the vocabulary: the test reads real hits
    # And every name of the vocabulary finds its own column; none outside it finds one.
    assert np.array_equal(lean.columns(names), np.arange(len(names)))
    assert (lean.columns([n + "\0" for n in names[:2000]] + [n + "ぁ" for n in names[:2000]]) == -1).all()
    assert lean.get(names[7]) == 7 and names[7] in lean and "c:存在しない長い名前" not in lean


def test_a_repeated_name_fails_loudly():
    with pytest.raises(ValueError, match="repeated or sharing a 64-bit hash"):
        FeatureIndex(["c:母", "c:父", "c:母"])


def test_shared_features_and_a_fitted_vectorizer_read_the_same_columns():
    docs = [analyse(t) for t in ["母の物忘れ", "母の物忘れが心配", "父の物忘れ", "母が倒れた"]]
    small = Vectorizer.fit(docs, FeatureConfig(min_df=1, block_weights={"c": 1.0, "k": 0.6}))
    large = Vectorizer.fit(docs, FeatureConfig(min_df=1))
    for doc in [*docs, analyse("母の物忘れがひどい"), analyse("")]:
        for vectorizer, (cols, vals) in zip((small, large), SharedFeatures([small, large]).transform_one(doc)):
            own_cols, own_vals = vectorizer.transform_one(doc)
            assert np.array_equal(cols, own_cols) and np.array_equal(vals, own_vals)
            names = vectorizer.feature_names()
            counts = raw_features(doc, vectorizer.config)
            assert [names[c] for c in cols] == [n for n in counts if n in set(names)]
    assert large.feature_names() == sorted(large.feature_names())  # as fitted: sorted names


@pytest.mark.parametrize("size", [0, 1, 2, 3, 7, 64, 1000, 40_000])
def test_the_runs_by_top_bits_find_what_a_binary_search_of_all_finds(size):
    names = [f"c:{i}名{i * 7919 % 104729}" for i in range(size)]
    index = FeatureIndex(names)
    asked = feature_hashes(names[::3] + [n + "ぁ" for n in names[:50]] + ["c:母", ""])
    extremes = np.array([0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1], dtype=np.uint64)
    for hashes in (asked, extremes, index._hashes, index._hashes + np.uint64(1), np.zeros(0, dtype=np.uint64)):
        assert index.positions(hashes).tolist() == _positions(index._hashes, hashes).tolist()
