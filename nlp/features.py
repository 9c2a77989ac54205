"""Turning a message into the sparse feature vector the topic model reads.

Blocks of features, each TF-IDF weighted (sublinear tf), L2-normalised on its own and scaled:
- `c:` character 1–3-grams of the compact text (robust to typos and unknown words),
- `r:` character 2–3-grams of the katakana reading (「にんちしょう」 meets 「認知症」),
- `l:` Sudachi lemmas of content words (「たおれて」→倒れる, 「酷くて」→酷い),
- `k:` keyword cues from nlp/cues.py (binary),
- optionally a dense block: the mean GiNZA word vector of the content lemmas (nlp/vectors.py).

The same code builds the vocabulary at training time and the vector at prediction time, so a
trained model needs nothing but the vocabulary, the idf weights and its coefficients.

The vocabulary is held lean (`FeatureIndex`): a sorted array of the names' stable 64-bit hashes and
their columns, not a dict of 240,000 strings (issue 14: about 30 MB of the triage process).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
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


# A stable 64-bit hash of a feature name, the same in every process and on every machine (Python's
# hash() of a str is salted per process): the sum of each character's code point times P**position,
# plus the length times L, modulo 2**64. P is odd, so it has an inverse modulo 2**64: the hash of a
# name inside a run of names is read off the running sum of code point * P**i over the whole run,
# with no Python loop over the names. (A NUL counts 0 and the length tells "a" from "a\0".)
_HASH_P = 0x9E3779B97F4A7C15
_HASH_P_INVERSE = pow(_HASH_P, -1, 1 << 64)
_HASH_LENGTH = 0xC2B2AE3D27D4EB4F
# (P**i, P**-i) for i < len: grown on demand and replaced whole (safe to read from any thread).
_powers_cache: tuple[np.ndarray, np.ndarray] = (np.ones(1, np.uint64), np.ones(1, np.uint64))


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    global _powers_cache
    forward, backward = _powers_cache
    while len(forward) < n:  # doubled: P**(i + m) = P**i * P**m
        m = len(forward)
        forward = np.concatenate([forward, forward * np.uint64(pow(_HASH_P, m, 1 << 64))])
        backward = np.concatenate([backward, backward * np.uint64(pow(_HASH_P_INVERSE, m, 1 << 64))])
        _powers_cache = (forward, backward)
    return forward, backward


def feature_hashes(names: Sequence[str]) -> np.ndarray:
    """The stable 64-bit hash (uint64) of each name, in order."""
    n = len(names)
    if n == 0:
        return np.zeros(0, dtype=np.uint64)
    joined = "\0".join(names)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    if joined.count("\0") == n - 1:  # no name holds a NUL: the separators are where the names end
        ends = np.append(np.flatnonzero(codes == 0), len(codes))
    else:
        ends = np.cumsum(np.fromiter(map(len, names), dtype=np.int64, count=n) + 1) - 1
    starts = np.zeros(n, dtype=np.int64)
    starts[1:] = ends[:-1] + 1
    forward, backward = _powers(len(codes))
    running = np.zeros(len(codes) + 1, dtype=np.uint64)
    np.cumsum(codes * forward[: len(codes)], out=running[1:])  # uint64 arithmetic wraps: modulo 2**64
    lengths = (ends - starts).astype(np.uint64)
    hashes: np.ndarray = (running[ends] - running[starts]) * backward[starts] + lengths * np.uint64(_HASH_LENGTH)
    return hashes


def _positions(sorted_hashes: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """The position (int64) of each hash in `sorted_hashes`, -1 where it is not there."""
    if len(sorted_hashes) == 0:
        return np.full(len(hashes), -1, dtype=np.int64)
    at = np.minimum(np.searchsorted(sorted_hashes, hashes), len(sorted_hashes) - 1)
    return np.where(sorted_hashes[at] == hashes, at, -1)


class FeatureIndex:
    """Feature names → columns, lean: the names' hashes (`feature_hashes`) sorted, with their columns;
    all of a message's names are looked up at once (`positions`). Two names of the vocabulary with
    the same hash fail loudly here; a name outside it matches one only by a chance of about
    len(vocabulary) / 2**64. The names themselves are kept as one compact text, for `names()` only.

    A binary search over the whole sorted array (240,000 hashes, 2 MB) reads some 18 places of it far
    apart for each name, most of them cache misses: the hashes' top bits index where each run of equal
    top bits starts (`_starts`, about one hash a run: 1 MB for the safety model), and only the few
    hashes of that run are searched."""

    _CHUNK = 4096  # names hashed at a time (bounds the memory of building the index)

    def __init__(self, names: Sequence[str]):
        n = len(names)
        hashes = np.zeros(n, dtype=np.uint64)
        for i in range(0, n, self._CHUNK):
            hashes[i : i + self._CHUNK] = feature_hashes(names[i : i + self._CHUNK])
        order = np.argsort(hashes, kind="stable")
        self._hashes = hashes[order]
        self._columns = order.astype(np.int32)
        same = np.flatnonzero(self._hashes[1:] == self._hashes[:-1])
        if len(same):
            pairs = [(names[order[i]], names[order[i + 1]]) for i in same[:5].tolist()]
            raise ValueError(f"{len(same)} feature names repeated or sharing a 64-bit hash, e.g. {pairs}")
        self._names = json.dumps(list(names), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        bits = min(max((n // 2).bit_length(), 1), 32)
        self._shift = np.uint64(64 - bits)
        top = (self._hashes >> self._shift).astype(np.int64)
        self._starts = np.searchsorted(top, np.arange((1 << bits) + 1, dtype=np.int64)).astype(np.int32)
        self._steps = int(np.diff(self._starts).max(initial=0)).bit_length()  # halvings that empty the longest run

    def positions(self, hashes: np.ndarray) -> np.ndarray:
        """The position (int64) of each hash in the sorted hashes, -1 where it is not there: what
        `_positions(self._hashes, hashes)` gives."""
        n = len(self._hashes)
        if n == 0:
            return np.full(len(hashes), -1, dtype=np.int64)
        run = (hashes >> self._shift).astype(np.intp)
        lo = self._starts[run].astype(np.int64)
        hi = self._starts[run + 1].astype(np.int64)
        for _ in range(self._steps):  # the leftmost place in [lo, hi) not below the hash
            mid = (lo + hi) >> 1
            below = (lo < hi) & (self._hashes[np.minimum(mid, n - 1)] < hashes)
            lo = np.where(below, mid + 1, lo)
            hi = np.where(below, hi, mid)
        at = np.minimum(lo, n - 1)
        return np.where(self._hashes[at] == hashes, at, -1)

    def __len__(self) -> int:
        return len(self._hashes)

    def names(self) -> list[str]:
        """The names by column."""
        names: list[str] = json.loads(self._names)
        return names

    def columns(self, names: Sequence[str]) -> np.ndarray:
        """The column (int64) of each name, -1 where it has none."""
        return self.columns_of(feature_hashes(names))

    def columns_of(self, hashes: np.ndarray) -> np.ndarray:
        """The column (int64) of each hash (`feature_hashes`), -1 where it has none."""
        at = self.positions(hashes)
        return np.where(at >= 0, self._columns[at].astype(np.int64), -1) if len(self._columns) else at

    def get(self, name: str, default: int | None = None) -> int | None:
        col = int(self.columns([name])[0])
        return default if col < 0 else col

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None


class SharedFeatures:
    """Several vectorizers reading one message (the topic model's and the safety model's): its raw
    features are counted and hashed once and looked up once, in the largest vocabulary, instead of
    once per model; the others' columns are read through it (a column map, and a small index of
    their few names it lacks). Gives each vectorizer exactly what its own `transform_one` gives, in
    the same order (so the same sums)."""

    def __init__(self, vectorizers: Sequence[Vectorizer]):
        self.vectorizers = tuple(vectorizers)
        self.config = union_config([v.config for v in self.vectorizers])
        self._primary = max(range(len(self.vectorizers)), key=lambda i: self.vectorizers[i].n_features)
        primary = self.vectorizers[self._primary].vocabulary
        # For every other vectorizer: its column at each position of the primary's hashes (-1: none;
        # the last entry: not in the primary), and the hashes (sorted) and columns of its names the
        # primary lacks.
        self._through: list[tuple[np.ndarray, np.ndarray, np.ndarray] | None] = []
        for i, vectorizer in enumerate(self.vectorizers):
            if i == self._primary:
                self._through.append(None)
                continue
            own = vectorizer.vocabulary
            at = _positions(primary._hashes, own._hashes)
            column_map = np.full(len(primary) + 1, -1, dtype=np.int32)
            column_map[at[at >= 0]] = own._columns[at >= 0]
            self._through.append((column_map, own._hashes[at < 0], own._columns[at < 0]))

    def transform_one(self, doc: Analysed) -> list[tuple[np.ndarray, np.ndarray]]:
        counts = raw_features(doc, self.config)
        hashes = feature_hashes(list(counts))
        tfs = np.fromiter(counts.values(), dtype=np.int64, count=len(hashes))
        primary = self.vectorizers[self._primary].vocabulary
        at = primary.positions(hashes)
        found = np.where(at >= 0, primary._columns[at].astype(np.int64), -1) if len(primary) else at
        missing = np.flatnonzero(at < 0)
        out = []
        for i, vectorizer in enumerate(self.vectorizers):
            through = self._through[i]
            if through is None:
                cols = found
            else:
                column_map, extra_hashes, extra_columns = through
                cols = column_map[at].astype(np.int64)  # at -1 reads the last entry, -1
                if len(extra_hashes) and len(missing):
                    extra = _positions(extra_hashes, hashes[missing])
                    cols[missing[extra >= 0]] = extra_columns[extra[extra >= 0]]
            keep = cols >= 0
            out.append(vectorizer.weigh(cols[keep], tfs[keep]))
        return out


class Vectorizer:
    """Named features → columns, with idf; fitted on the training messages only."""

    def __init__(self, config: FeatureConfig, names: Sequence[str], idf: np.ndarray):
        """`names`: the feature names by column."""
        if len(names) != len(idf):
            raise ValueError(f"{len(names)} feature names for {len(idf)} idf weights")
        self.config = config
        self.vocabulary = FeatureIndex(names)
        self.idf = idf.astype(np.float32)
        block_names = sorted(config.block_weights)
        block_id = {b: i for i, b in enumerate(block_names)}
        # int8: a few blocks, and one entry per column (the safety model has 240,000 columns).
        self._block_index = np.array([block_id.get(name[0], 0) for name in names], dtype=np.int8)
        self._block_scale = np.array([config.block_weights[b] for b in block_names], dtype=np.float64)

    @classmethod
    def fit(cls, docs: list[Analysed], config: FeatureConfig) -> Vectorizer:
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(raw_features(doc, config).keys())
        kept = sorted(name for name, n in df.items() if n >= config.min_df)
        n_docs = len(docs)
        idf = np.array([math.log((1 + n_docs) / (1 + df[name])) + 1.0 for name in kept])
        return cls(config, kept, idf)

    @property
    def n_features(self) -> int:
        return len(self.vocabulary)

    def transform_one(self, doc: Analysed) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of one message's sparse vector."""
        counts = raw_features(doc, self.config)
        cols = self.vocabulary.columns(list(counts))
        tfs = np.fromiter(counts.values(), dtype=np.int64, count=len(cols))
        keep = cols >= 0
        return self.weigh(cols[keep], tfs[keep])

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
        return self.vocabulary.names()
