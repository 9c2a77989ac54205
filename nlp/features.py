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
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat

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
        counts.update(map("c:".__add__, _ngrams(_DIGITS.sub("0", doc.compact), *config.char_ngrams)))
    if weights.get("r"):
        counts.update(map("r:".__add__, _ngrams(doc.reading, *config.reading_ngrams)))
    if weights.get("l"):
        counts.update(map("l:".__add__, doc.content_lemmas))
    if weights.get("k"):
        counts.update(map("k:".__add__, active_cues(doc.compact)))
    return counts


def union_config(configs: Sequence[FeatureConfig]) -> FeatureConfig:
    """A config whose raw features hold those of every one of `configs` (and maybe more), counted in an
    order that keeps each one's own order: n-grams come shortest first, block after block."""
    blocks = {b for c in configs for b, w in c.block_weights.items() if w}
    return FeatureConfig(
        char_ngrams=(min(c.char_ngrams[0] for c in configs), max(c.char_ngrams[1] for c in configs)),
        reading_ngrams=(min(c.reading_ngrams[0] for c in configs), max(c.reading_ngrams[1] for c in configs)),
        block_weights={b: 1.0 for b in ("c", "r", "l", "k") if b in blocks},
        min_df=min(c.min_df for c in configs),
    )


class SharedFeatures:
    """Several vectorizers reading one message (the topic model's and the safety model's): its raw
    features are counted once and each name looked up once in the largest vocabulary, instead of once
    per model; the others' columns are read through it (a column map, and a small dict for their few
    names it lacks). Gives each vectorizer exactly what its own `transform_one` gives, in the same
    order (so the same sums)."""

    def __init__(self, vectorizers: Sequence[Vectorizer]):
        self.vectorizers = tuple(vectorizers)
        self.config = union_config([v.config for v in self.vectorizers])
        self._primary = max(range(len(self.vectorizers)), key=lambda i: self.vectorizers[i].n_features)
        primary = self.vectorizers[self._primary].vocabulary
        # For every other vectorizer: its column of each primary column (-1: none), and its names the
        # primary lacks.
        self._through: list[tuple[np.ndarray, dict[str, int]] | None] = []
        for i, vectorizer in enumerate(self.vectorizers):
            if i == self._primary:
                self._through.append(None)
                continue
            column_map = np.full(len(primary) + 1, -1, dtype=np.int32)  # the last entry: not in primary
            extra: dict[str, int] = {}
            for name, col in vectorizer.vocabulary.items():
                p = primary.get(name)
                if p is None:
                    extra[name] = col
                else:
                    column_map[p] = col
            self._through.append((column_map, extra))

    def transform_one(self, doc: Analysed) -> list[tuple[np.ndarray, np.ndarray]]:
        counts = raw_features(doc, self.config)
        names = list(counts)
        tfs = np.fromiter(counts.values(), dtype=np.int64, count=len(names))
        primary = self.vectorizers[self._primary].vocabulary
        found = np.array(list(map(primary.get, names, repeat(-1, len(names)))), dtype=np.int64)
        missing = np.flatnonzero(found < 0)
        out = []
        for i, vectorizer in enumerate(self.vectorizers):
            through = self._through[i]
            if through is None:
                cols = found
            else:
                column_map, extra = through
                cols = column_map[found]  # found -1 reads the last entry, -1
                if extra:
                    for k in missing.tolist():
                        cols[k] = extra.get(names[k], -1)
            keep = cols >= 0
            out.append(vectorizer.weigh(cols[keep], tfs[keep]))
        return out


class Vectorizer:
    """Named features → columns, with idf; fitted on the training messages only."""

    def __init__(self, config: FeatureConfig, vocabulary: dict[str, int], idf: np.ndarray):
        self.config = config
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float32)
        block_names = sorted(config.block_weights)
        block_id = {b: i for i, b in enumerate(block_names)}
        # int8: a few blocks, and one entry per column (the safety model has 240,000 columns).
        self._block_index = np.array([block_id.get(name[0], 0) for name in self._names_by_column()], dtype=np.int8)
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
        return self.weigh(cols, tfs)

    def weigh(self, cols: Sequence[int] | np.ndarray, tfs: Sequence[int] | np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) from the columns found and their counts, in the order found."""
        if len(cols) == 0:
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
