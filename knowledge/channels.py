"""The first stage's similarity channels: TF-IDF over one kind of feature against sparse postings,
and mean GiNZA word vectors of content lemmas.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def _identity(features: list[str]) -> list[str]:
    return features


class Postings:
    """A sparse (feature x column) matrix kept as CSR arrays: one query touches only its features' rows."""

    def __init__(self, matrix: Any, n_columns: int):
        csr = matrix.tocsr()
        self.indptr = csr.indptr.astype(np.int64)
        self.indices = csr.indices.astype(np.int64)
        self.data = csr.data.astype(np.float32)
        self.n = n_columns

    def dot(self, columns: np.ndarray, weights: np.ndarray, binary: bool = False) -> np.ndarray:
        """sum over the query's features f of weights[f] * matrix[f, :]."""
        starts = self.indptr[columns]
        lengths = self.indptr[columns + 1] - starts
        total = int(lengths.sum())
        if not total:
            return np.zeros(self.n, np.float32)
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        values = np.repeat(weights, lengths)
        if not binary:
            values = values * self.data[offsets]
        return np.bincount(self.indices[offsets], weights=values, minlength=self.n).astype(np.float32)


class Channel:
    """TF-IDF (sublinear tf, l2) over one kind of feature, for rows (phrasings) and groups (entries).

    Fitting uses scikit-learn; queries are vectorised by hand against sparse postings, because
    sklearn's per-call overhead (about 0.7 ms) would dominate the query time.
    """

    def __init__(self, rows: list[list[str]], groups: list[list[str]], unseen_weight: float = 1.0):
        # scikit-learn's smoothed idf for a feature in no document, scaled.
        self._unseen_idf = unseen_weight * float(np.log(1 + len(rows)) + 1)
        self._vocabulary: dict[str, int] = {}
        self._idf = np.zeros(0, np.float32)
        self._rows = self._groups = None
        self.n_rows, self.n_groups = len(rows), len(groups)
        if any(rows):
            vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm="l2", dtype=np.float32)
            self._rows = Postings(vectorizer.fit_transform(rows).T, len(rows))
            self._groups = Postings(vectorizer.transform(groups).T, len(groups))
            self._vocabulary = dict(vectorizer.vocabulary_)
            self._idf = vectorizer.idf_.astype(np.float32)

    def knows(self, feature: str) -> bool:
        return feature in self._vocabulary

    def query(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(known feature columns, their l2-normalised query weights)."""
        counts: dict[int, int] = {}
        unseen: list[int] = []
        vocabulary = self._vocabulary
        for f, n in Counter(features).items():
            j = vocabulary.get(f)
            if j is None:
                unseen.append(n)
            else:
                counts[j] = n
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
        weights = (1.0 + np.log(np.fromiter(counts.values(), np.float32, len(counts)))) * self._idf[columns]
        # Words the index has never seen still count in the query's length: a question mostly about
        # something else must not look like a perfect match on the few words it shares.
        unseen_weights = (1.0 + np.log(np.array(unseen, dtype=np.float32))) * self._unseen_idf
        norm = np.sqrt(np.dot(weights, weights) + np.dot(unseen_weights, unseen_weights))
        return columns, (weights / norm).astype(np.float32)

    def row_similarity(self, query: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Cosine similarity of the query with every row."""
        if self._rows is None or not len(query[0]):
            return np.zeros(self.n_rows, np.float32)
        return self._rows.dot(*query)

    def group_similarity(self, query: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Cosine similarity of the query with every group's whole vocabulary."""
        if self._groups is None or not len(query[0]):
            return np.zeros(self.n_groups, np.float32)
        return self._groups.dot(*query)

    def group_coverage(self, query: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Share of the query's weight (squared) made of features each group contains."""
        columns, weights = query
        if self._groups is None or not len(columns):
            return np.zeros(self.n_groups, np.float32)
        return self._groups.dot(columns, weights * weights, binary=True)


class WordVectors:
    """Mean GiNZA word vectors of content lemmas (nlp.vectors, shared with the triage model)."""

    def __init__(self) -> None:
        from nlp.vectors import load_word_vectors

        self._table = load_word_vectors()
        self.dim = self._table.dim

    def mean(self, lemmas: list[str]) -> np.ndarray:
        return self._table.mean(lemmas)


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    return WordVectors()
