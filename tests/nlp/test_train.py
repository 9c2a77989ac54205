"""Training is reproducible: same corpus, same seed → the committed artifact, number for number."""

from __future__ import annotations

import numpy as np

from nlp.cli import default_router
from nlp.corpus import LabelledMessage, load_corpus, split
from nlp.topics import TopicModel
from nlp.train import TrainConfig, train_from_corpus, train_topic_model


def _small_corpus() -> list[LabelledMessage]:
    train, _ = split(load_corpus().items)
    return train[::12]


def test_two_trainings_on_the_same_data_give_identical_weights():
    items = _small_corpus()
    config = TrainConfig(folds=2, use_vectors=False)
    a = train_topic_model(items, config)
    b = train_topic_model(items, config)
    assert a.vectorizer.feature_names() == b.vectorizer.feature_names()
    assert a.thresholds == b.thresholds
    assert np.array_equal(a.weights, b.weights)


def test_the_held_out_split_is_fixed_by_item_and_never_trained_on():
    items = load_corpus().items
    train, held = split(items)
    assert held and train
    assert not {(i.source, i.id) for i in train} & {(i.source, i.id) for i in held}
    assert split(list(reversed(items)))[1] == list(reversed(held))


def test_retraining_reproduces_the_committed_model():
    # The same as `intake nlp train --check`; fails when nlp/corpus changed without a retrain.
    committed = TopicModel.load()
    report = train_from_corpus(model_dir=None, router=default_router())
    retrained = report.model
    assert committed.info["corpus_files"] == retrained.info["corpus_files"], "corpus changed: run `intake nlp train`"
    assert committed.vectorizer.feature_names() == retrained.vectorizer.feature_names()
    assert committed.thresholds == {t: round(v, 4) for t, v in retrained.thresholds.items()}
    # BLAS kernels sum in a CPU's own order: retrained on another CPU, weights moved by up to 1.6e-3
    # (AVX-512 EPYC, model trained elsewhere). One corpus message fewer moves them by up to 0.84.
    assert np.allclose(committed.weights, retrained.weights, atol=5e-3)


def test_only_the_corpus_folders_own_files_are_read_not_its_subfolders(tmp_path):
    line = '{"id": "x1", "text": "母の物忘れが心配です", "topics": ["dementia"], "urgency": "routine", "route": "center"}\n'
    (tmp_path / "a.jsonl").write_text(line, encoding="utf-8")
    (tmp_path / "safety").mkdir()
    (tmp_path / "safety" / "s.jsonl").write_text(
        line.replace("x1", "s1").replace("母の物忘れ", "父の様子"), encoding="utf-8"
    )
    loaded = load_corpus(tmp_path)
    assert [item.id for item in loaded.items] == ["x1"] and list(loaded.files) == ["a.jsonl"]
