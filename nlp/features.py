"""Turning a message into the sparse feature vector the topic model reads.

Blocks of features, each TF-IDF weighted (sublinear tf), L2-normalised on its own and scaled:
- `c:` character 1–3-grams of the compact text (robust to typos and unknown words),
- `r:` character 2–3-grams of the katakana reading (「にんちしょう」 meets 「認知症」),
- `l:` Sudachi lemmas of content words (「たおれて」→倒れる, 「酷くて」→酷い),
- `k:` keyword cues from nlp/cues.py (binary),
- optionally a dense block: the mean GiNZA word vector of the content lemmas (nlp/vectors.py).

The same code builds the vocabulary at training time and the vector at prediction time, so a
trained model needs nothing but the vocabulary, the idf weights and its coefficients.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from core.text import compact
from nlp.cues import active_cues
from nlp.tokens import Token, normalize, tokenize

CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞", "副詞", "感動詞"})
_DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class Analysed:
    """A message read once: shared by the topic model, the urgency rules and the route rules."""

    text: str
    compact: str
    tokens: tuple[Token, ...]

    @property
    def reading(self) -> str:
        return "".join(t.reading for t in self.tokens if t.pos[0] not in ("空白", "補助記号"))

    @property
    def content_lemmas(self) -> list[str]:
        return [t.lemma for t in self.tokens if t.pos[0] in CONTENT_POS and t.lemma]


def analyse(text: str) -> Analysed:
    return Analysed(text=normalize(text), compact=compact(text), tokens=tuple(tokenize(text)))


def _ngrams(s: str, lo: int, hi: int) -> list[str]:
    return [s[i : i + n] for n in range(lo, hi + 1) for i in range(len(s) - n + 1)]


@dataclass(frozen=True)
class FeatureConfig:
    char_ngrams: tuple[int, int] = (1, 3)
    reading_ngrams: tuple[int, int] = (2, 3)
    block_weights: dict[str, float] = field(default_factory=lambda: {"c": 1.0, "r": 0.5, "l": 0.7, "k": 0.6})
    min_df: int = 2

    def to_dict(self) -> dict:
        return {
            "char_ngrams": list(self.char_ngrams),
            "reading_ngrams": list(self.reading_ngrams),
            "block_weights": dict(self.block_weights),
            "min_df": self.min_df,
        }

    @classmethod
    def from_dict(cls, d: dict) -> FeatureConfig:
        return cls(
            char_ngrams=tuple(d["char_ngrams"]),
            reading_ngrams=tuple(d["reading_ngrams"]),
            block_weights=dict(d["block_weights"]),
            min_df=int(d["min_df"]),
        )


def raw_features(doc: Analysed, config: FeatureConfig) -> Counter[str]:
    """Counts of every named feature of one message, before weighting."""
    counts: Counter[str] = Counter()
    weights = config.block_weights
    if weights.get("c"):
        # Digits collapse to 0: 「2丁目」 and 「5丁目」 are the same evidence.
        counts.update("c:" + g for g in _ngrams(_DIGITS.sub("0", doc.compact), *config.char_ngrams))
    if weights.get("r"):
        counts.update("r:" + g for g in _ngrams(doc.reading, *config.reading_ngrams))
    if weights.get("l"):
        counts.update("l:" + lemma for lemma in doc.content_lemmas)
    if weights.get("k"):
        counts.update("k:" + cue for cue in active_cues(doc.compact))
    return counts


class Vectorizer:
    """Named features → columns, with idf; fitted on the training messages only."""

    def __init__(self, config: FeatureConfig, vocabulary: dict[str, int], idf: np.ndarray):
        self.config = config
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float32)
        block_names = sorted(config.block_weights)
        block_id = {b: i for i, b in enumerate(block_names)}
        self._block_index = np.array([block_id.get(name[0], 0) for name in self._names_by_column()], dtype=np.int64)
        self._block_scale = np.array([config.block_weights[b] for b in block_names], dtype=np.float64)

    def _names_by_column(self) -> list[str]:
        names = [""] * len(self.vocabulary)
        for name, col in self.vocabulary.items():
            names[col] = name
        return names

    @classmethod
    def fit(cls, docs: list[Analysed], config: FeatureConfig) -> Vectorizer:
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(raw_features(doc, config).keys())
        kept = sorted(name for name, n in df.items() if n >= config.min_df)
        vocabulary = {name: i for i, name in enumerate(kept)}
        n_docs = len(docs)
        idf = np.array([math.log((1 + n_docs) / (1 + df[name])) + 1.0 for name in kept])
        return cls(config, vocabulary, idf)

    @property
    def n_features(self) -> int:
        return len(self.vocabulary)

    def transform_one(self, doc: Analysed) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of one message's sparse vector."""
        counts = raw_features(doc, self.config)
        vocabulary = self.vocabulary
        cols: list[int] = []
        tfs: list[int] = []
        for name, n in counts.items():
            col = vocabulary.get(name)
            if col is not None:
                cols.append(col)
                tfs.append(n)
        if not cols:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        col_arr = np.array(cols, dtype=np.int32)
        vals = (1.0 + np.log(np.array(tfs, dtype=np.float32))) * self.idf[col_arr]
        # Each block is L2-normalised on its own, then scaled by its weight.
        blocks = self._block_index[col_arr]
        norms = np.sqrt(np.bincount(blocks, weights=vals * vals, minlength=len(self._block_scale)))
        scale = np.divide(self._block_scale, norms, out=np.zeros_like(norms), where=norms > 0)
        return col_arr, (vals * scale[blocks]).astype(np.float32)

    def transform(self, docs: list[Analysed]):
        """A scipy CSR matrix of many messages (training only: scipy is imported here)."""
        from scipy import sparse

        indptr = [0]
        indices: list[np.ndarray] = []
        data: list[np.ndarray] = []
        for doc in docs:
            cols, vals = self.transform_one(doc)
            order = np.argsort(cols)
            indices.append(cols[order])
            data.append(vals[order])
            indptr.append(indptr[-1] + len(cols))
        return sparse.csr_matrix(
            (
                np.concatenate(data) if data else np.zeros(0, np.float32),
                np.concatenate(indices) if indices else np.zeros(0, np.int32),
                np.array(indptr),
            ),
            shape=(len(docs), self.n_features),
            dtype=np.float32,
        )

    def feature_names(self) -> list[str]:
        return self._names_by_column()
