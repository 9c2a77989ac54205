"""The multi-label topic model: one logistic regression per topic over nlp/features.py.

The artifact (nlp/model/) is plain data, not a pickle: `topics.json` (feature config, vocabulary
in column order, idf, per-topic thresholds, how it was trained) and `weights.npy` (float32,
one row per topic: coefficients then intercept). Prediction is a gather and a dot product, so
the model is safe to share between threads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.topics import OTHER  # the model's rows, in spec order
from core.topics import TOPIC_IDS as TOPICS
from nlp.features import Analysed, FeatureConfig, Vectorizer

MAX_TOPICS = 3
N_CANDIDATES = 3
# A topic is "clearly in" when its score clears its threshold by this factor, and "clearly out"
# when it stays below threshold × NEAR_MISS. Anything in between makes the answer not confident.
CLEAR_MARGIN = 1.25
NEAR_MISS = 0.6

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent / "model"


@dataclass(frozen=True, slots=True)
class TopicPrediction:
    topics: list[str]
    scores: dict[str, float]
    confident: bool
    candidates: list[str]
    # No topic in `topics` cleared its threshold: they are only the best of scores that all fell short
    # (never confident). A topic of a guess is no classification to act on as if it had been told.
    guessed: bool = False


def decide_topics(scores: dict[str, float], thresholds: dict[str, float]) -> TopicPrediction:
    """Scores → topics, most relevant first, with `other` alone, and how sure we are."""
    ranked = sorted((t for t in TOPICS if t != OTHER), key=lambda t: -scores[t])
    passed = [t for t in ranked if scores[t] >= thresholds[t]][:MAX_TOPICS]
    if passed:
        topics = passed
    elif scores[OTHER] >= thresholds[OTHER] or scores[OTHER] >= scores[ranked[0]]:
        topics = [OTHER]
    else:
        topics = [ranked[0]]

    clearly_in = all(scores[t] >= min(0.95, thresholds[t] * CLEAR_MARGIN) for t in topics)
    near_misses = [t for t in ranked if t not in topics and scores[t] >= thresholds[t] * NEAR_MISS]
    confident = clearly_in and not near_misses
    candidates = ranked[:N_CANDIDATES]
    guessed = not any(scores[t] >= thresholds[t] for t in topics)
    return TopicPrediction(topics=topics, scores=scores, confident=confident, candidates=candidates, guessed=guessed)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class TopicModel:
    def __init__(
        self,
        vectorizer: Vectorizer,
        weights: np.ndarray,
        thresholds: dict[str, float],
        use_vectors: bool,
        vector_weight: float,
        info: dict,
    ):
        n_dense = 300 if use_vectors else 0
        expected = (len(TOPICS), vectorizer.n_features + n_dense + 1)
        if weights.shape != expected:
            raise ValueError(f"weights have shape {weights.shape}, expected {expected}")
        self.vectorizer = vectorizer
        self.sparse_w = np.ascontiguousarray(weights[:, : vectorizer.n_features].T)  # (F, T)
        self.dense_w = np.ascontiguousarray(weights[:, vectorizer.n_features : -1].T)  # (300, T)
        self.bias = weights[:, -1].copy()
        self.weights = weights
        self.thresholds = thresholds
        self.use_vectors = use_vectors
        self.vector_weight = vector_weight
        self.info = info
        self._vectors = None
        if use_vectors:
            from nlp.vectors import load_word_vectors

            self._vectors = load_word_vectors()

    def dense_features(self, doc: Analysed) -> np.ndarray:
        return self._vectors.mean(doc.content_lemmas) * self.vector_weight

    def scores(self, doc: Analysed, columns: tuple[np.ndarray, np.ndarray] | None = None) -> dict[str, float]:
        """`columns`: the message's (columns, values) when already found (nlp.features.SharedFeatures)."""
        cols, vals = columns if columns is not None else self.vectorizer.transform_one(doc)
        z = vals @ self.sparse_w[cols] + self.bias
        if self.use_vectors:
            z = z + self.dense_features(doc) @ self.dense_w
        probs = _sigmoid(z.astype(np.float64))
        return {t: round(float(p), 4) for t, p in zip(TOPICS, probs)}

    def predict(self, doc: Analysed, columns: tuple[np.ndarray, np.ndarray] | None = None) -> TopicPrediction:
        return decide_topics(self.scores(doc, columns), self.thresholds)

    # --- persistence -------------------------------------------------------------------

    def save(self, model_dir: Path) -> None:
        model_dir.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": 1,
            "topics": list(TOPICS),
            "features": self.vectorizer.config.to_dict(),
            "use_vectors": self.use_vectors,
            "vector_weight": self.vector_weight,
            "thresholds": {t: round(self.thresholds[t], 4) for t in TOPICS},
            "training": self.info,
            "vocabulary": self.vectorizer.feature_names(),
            "idf": [round(float(x), 5) for x in self.vectorizer.idf],
        }
        (model_dir / "topics.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        np.save(model_dir / "weights.npy", self.weights.astype(np.float32))

    @classmethod
    def load(cls, model_dir: Path | None = None) -> TopicModel:
        model_dir = Path(model_dir or DEFAULT_MODEL_DIR)
        meta = json.loads((model_dir / "topics.json").read_text(encoding="utf-8"))
        if tuple(meta["topics"]) != TOPICS:
            raise ValueError("the model was trained for a different topic list")
        config = FeatureConfig.from_dict(meta["features"])
        vectorizer = Vectorizer(config, meta["vocabulary"], np.array(meta["idf"], dtype=np.float32))
        weights = np.load(model_dir / "weights.npy")
        return cls(
            vectorizer,
            weights,
            {t: float(v) for t, v in meta["thresholds"].items()},
            bool(meta["use_vectors"]),
            float(meta["vector_weight"]),
            meta["training"],
        )
