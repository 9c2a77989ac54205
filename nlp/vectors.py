"""GiNZA's static word vectors, read straight from the installed ja_ginza package files.

`spacy.load("ja_ginza")` costs about 1–3 s and 400+ MB; the decision only needs the 20,000 × 300
vector table. ja_ginza keys its vectors by spaCy's 64-bit hash of the Sudachi normalized form
(our `Token.lemma`), so the table is looked up without spaCy: hash the lemma with MurmurHash64A
(seed 1, as spaCy does), find its row through `key2row`, average the rows.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

import numpy as np

_MASK = (1 << 64) - 1
_ROW_CACHE = 50_000  # lemmas remembered by WordVectors.row
_M = 0xC6A4A7935BD1E995
_R = 47


def spacy_hash(text: str) -> int:
    """spaCy's `hash_string`: MurmurHash64A of the UTF-8 bytes with seed 1."""
    data = text.encode("utf-8")
    length = len(data)
    h = (1 ^ (length * _M)) & _MASK
    n_blocks = length // 8
    for i in range(n_blocks):
        k = int.from_bytes(data[8 * i : 8 * i + 8], "little")
        k = (k * _M) & _MASK
        k ^= k >> _R
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    tail = data[8 * n_blocks :]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * _M) & _MASK
    h ^= h >> _R
    h = (h * _M) & _MASK
    h ^= h >> _R
    return h


def ginza_vocab_dir() -> Path:
    spec = find_spec("ja_ginza")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("ja_ginza is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    candidates = sorted(package.glob("ja_ginza-*/vocab"))
    if not candidates:
        raise RuntimeError(f"no vocab folder in {package}")
    return candidates[-1]


class WordVectors:
    """Lemma → 300-d vector; the table is memory-mapped, the key index kept as sorted arrays."""

    def __init__(self, keys: np.ndarray, rows: np.ndarray, table: np.ndarray):
        self._keys = keys
        self._rows = rows
        self._table = table
        self.dim = table.shape[1]
        # lemma → row (or None): the same few thousand lemmas come back message after message, and hashing
        # one in Python costs more than the rest of its lookup. Bounded; dict reads and writes are atomic.
        self._row_of: dict[str, int | None] = {}

    @classmethod
    def from_ginza(cls, vocab_dir: Path | None = None) -> WordVectors:
        import srsly  # a spaCy dependency, light; spaCy itself is never imported here

        vocab_dir = vocab_dir or ginza_vocab_dir()
        key2row: dict[int, int] = srsly.read_msgpack(vocab_dir / "key2row")
        keys = np.fromiter(key2row.keys(), dtype=np.uint64, count=len(key2row))
        rows = np.fromiter(key2row.values(), dtype=np.int32, count=len(key2row))
        del key2row
        order = np.argsort(keys)
        table = np.load(vocab_dir / "vectors", mmap_mode="r")
        return cls(keys[order], rows[order], table)

    def row(self, lemma: str) -> int | None:
        try:
            return self._row_of[lemma]
        except KeyError:
            pass
        row = self._find_row(lemma)
        if len(self._row_of) < _ROW_CACHE:
            self._row_of[lemma] = row
        return row

    def _find_row(self, lemma: str) -> int | None:
        key = np.uint64(spacy_hash(lemma))
        i = int(np.searchsorted(self._keys, key))
        if i < len(self._keys) and self._keys[i] == key:
            return int(self._rows[i])
        return None

    def mean(self, lemmas: list[str]) -> np.ndarray:
        """Mean of the unit-normalised vectors of the known lemmas (zeros when none is known)."""
        rows = [r for r in (self.row(lemma) for lemma in lemmas) if r is not None]
        if not rows:
            return np.zeros(self.dim, dtype=np.float32)
        vecs = np.asarray(self._table[rows], dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        vecs = vecs / np.maximum(norms, 1e-6)
        mean = vecs.mean(axis=0)
        return mean / max(float(np.linalg.norm(mean)), 1e-6)


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _cached() -> WordVectors:
    return WordVectors.from_ginza()


def load_word_vectors() -> WordVectors:
    with _lock:
        return _cached()
