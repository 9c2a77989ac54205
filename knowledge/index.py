"""The FAQ index: stage 1 scores every entry's phrasings against a message (TF-IDF channels, clauses,
topic boost), stage 2 reads the five best candidates with the ranker, and the best one is answered only
when its probability reaches the threshold.

Built once per knowledge-base version and read-only afterwards: safe across threads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from knowledge.channels import Channel, word_vectors
from knowledge.phrasings import NONE, Example, load_examples, load_not_faq
from knowledge.ranker import CANDIDATE_FEATURES, CandidateFeatures, Ranker, asks, feature_table, kana_share, load_ranker
from knowledge.text_features import Features, message_features
from knowledge.vocabulary import (
    ENTRY_VETOES,
    Layout,
    english_to_japanese,
    layout_of,
    outside_elder_care,
    visit_to_arrange,
    whom_only,
)

# How the TF-IDF channels are mixed into the candidate score (first stage).
CHAR_WEIGHT = 0.3
READING_WEIGHT = 0.3
CENTROID_WEIGHT = 0.5
COVERAGE_WEIGHT = 0.6
CLAUSE_PENALTY = 0.1
UNSEEN_WEIGHT = 1.0
# Clauses are not consulted when the whole message already scores this high.
CONFIDENT_SCORE = 0.48
TOPIC_BOOST = 0.04
# Candidates the ranker reads per message.
CANDIDATES = 5


@dataclass(frozen=True, slots=True)
class Match:
    entry_id: int
    slug: str
    question: str
    answer: str
    link: str | None
    # The ranker's probability that this entry answers the message (compare with index.threshold).
    score: float
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tuning:
    """How the first stage mixes its channels, and the answer threshold.

    `threshold` is a probability from the ranker; None means the threshold chosen by
    `intake kb tune` and stored with the ranker (core.settings' `faq_threshold` overrides it).
    """

    threshold: float | None = None
    # Character n-grams and kana-reading n-grams; the lemmas get the rest.
    char_weight: float = CHAR_WEIGHT
    reading_weight: float = READING_WEIGHT
    # An entry's score mixes its best-matching phrasing with its whole vocabulary (the centroid),
    # then with how much of the question that vocabulary covers: a question whose main words the
    # entry never uses is not that entry's question, however well a few words match.
    centroid_weight: float = CENTROID_WEIGHT
    coverage_weight: float = COVERAGE_WEIGHT
    # How much words the index has never seen weigh in a question (1.0: as much as the rarest known).
    unseen_weight: float = UNSEEN_WEIGHT
    # Subtracted from a clause's scores, so a clause wins only when clearly better than the whole.
    clause_penalty: float = CLAUSE_PENALTY
    topic_boost: float = TOPIC_BOOST

    @property
    def weights(self) -> tuple[float, float, float]:
        return (self.char_weight, self.reading_weight, 1.0 - self.char_weight - self.reading_weight)


@dataclass(frozen=True, slots=True)
class _Entry:
    entry_id: int
    slug: str
    question: str
    answer: str
    link: str | None
    topics: tuple[str, ...]
    texts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Candidates:
    """The best entries for one message (indices into `entries`) and the ranker's view of each."""

    indices: np.ndarray
    rows: np.ndarray  # len(indices) x len(CANDIDATE_FEATURES)


class FaqIndex:
    """An immutable index over active entries; safe to share between threads."""

    def __init__(
        self,
        entries: list[_Entry],
        tuning: Tuning = Tuning(),
        version: str = "",
        not_faq: Sequence[str] = (),
        ranker: Ranker | None = None,
    ):
        self.entries = entries
        self.tuning = tuning
        self.version = version
        self.ranker = ranker
        # The not-FAQ messages are scored like one more entry, kept after the real ones.
        # An empty not-FAQ group keeps one empty row, so every group has a row to reduce over.
        groups = [e.texts for e in entries] + [tuple(not_faq) or ("",)]
        row_group = np.array([i for i, texts in enumerate(groups) for _ in texts], dtype=np.int64)
        self._row_group = row_group
        # Rows are grouped by entry, so per-entry maxima are segment reductions from these offsets.
        self._row_starts = np.cumsum([0] + [len(texts) for texts in groups[:-1]]).astype(np.int64)
        self._row_spans = np.column_stack([self._row_starts, np.append(self._row_starts[1:], len(row_group))])
        self._has_not_faq = bool(not_faq)
        row_features = [message_features(t)[0] for texts in groups for t in texts]
        group_features: list[tuple[list[str], ...]] = [([], [], []) for _ in groups]
        for feats, i in zip(row_features, row_group):
            for kind, values in enumerate(feats):
                group_features[i][kind].extend(values)
        self._channels = [
            Channel([f[kind] for f in row_features], [f[kind] for f in group_features], tuning.unseen_weight)
            for kind in range(3)
        ]
        self._topic_sets = [frozenset(e.topics) for e in entries]
        self._init_vectors(row_features, len(groups))

    def _init_vectors(self, row_features: list[Features], n_groups: int) -> None:
        vectors = word_vectors()
        self._vectors = vectors
        rows = np.zeros((len(row_features), vectors.dim), np.float32)
        for r, feats in enumerate(row_features):
            rows[r] = vectors.mean(feats[2])
        centroids = np.zeros((n_groups, vectors.dim), np.float32)
        np.add.at(centroids, self._row_group, rows)
        norms = np.linalg.norm(centroids, axis=1, keepdims=True)
        self._row_vectors = rows
        self._centroids = centroids / np.maximum(norms, 1e-6)

    @classmethod
    def build(
        cls,
        entries: Iterable[Any],
        *,
        tuning: Tuning | None = None,
        version: str = "",
        not_faq: Sequence[str] | None = None,
        examples: Sequence[Example] | None = None,
        ranker: Ranker | None = None,
        default_ranker: bool = True,
    ) -> FaqIndex:
        """Index the active entries (anything with the FaqEntry attributes) by question and paraphrases.

        Labelled example messages (default: knowledge/seed/examples.jsonl and questions.jsonl) are added to the
        phrasings of the entry they name, if it is active, or to the not-FAQ group ("none").
        The ranker is knowledge/ranker.json unless one is given; `default_ranker=False` builds an
        index that only gives candidates (for fitting a new ranker).
        """
        examples = load_examples() if examples is None else examples
        by_slug: dict[str, list[str]] = {}
        for example in examples:
            by_slug.setdefault(example.slug, []).append(example.text)
        snapshot = [
            _Entry(
                entry_id=e.id,
                slug=e.slug,
                question=e.question,
                answer=e.answer,
                link=e.link,
                topics=tuple(e.topics or ()),
                texts=tuple(dict.fromkeys([e.question, *(e.paraphrases or []), *by_slug.get(e.slug, [])])),
            )
            for e in entries
            if getattr(e, "active", True)
        ]
        not_faq = [*(load_not_faq() if not_faq is None else not_faq), *by_slug.get(NONE, [])]
        if ranker is None and default_ranker:
            ranker = load_ranker()
        return cls(snapshot, tuning or Tuning(), version, not_faq, ranker)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def threshold(self) -> float:
        """The answer threshold: a probability from the ranker."""
        if self.tuning.threshold is not None:
            return self.tuning.threshold
        return self.ranker.threshold if self.ranker else 0.5

    # --- first stage

    def scores(self, text: str, topics: Iterable[str] | None = None) -> np.ndarray:
        """First-stage similarity per entry (same order as `entries`), before the ranker."""
        return self.score_all(text, topics)[0]

    def score_all(self, text: str, topics: Iterable[str] | None = None) -> tuple[np.ndarray, float]:
        """(first-stage score per entry, score of the not-FAQ group), over the message and its clauses."""
        return self._first_stage(text, topics)[:2]

    def _first_stage(
        self, text: str, topics: Iterable[str] | None, layout: Layout | None = None
    ) -> tuple[np.ndarray, float, Any]:
        """Scores and not-FAQ score (the best of the whole message and its clauses), and the whole's parts.

        A long message often carries its question in one clause among context ("母が…、最近…、
        認知症じゃないか心配です"): each clause is scored too, a little below the whole.
        """
        whole, clause_features = message_features(text, layout)
        boost = self._topic_boost(topics)
        parts = self._channel_parts(whole)
        whole_scores, whole_not_faq = self._combine(parts)
        best_scores, best_not_faq = whole_scores + boost, whole_not_faq
        if len(best_scores) and best_scores.max() < CONFIDENT_SCORE:
            for feats in clause_features:
                scores, not_faq = self._combine(self._channel_parts(feats))
                scores = scores + boost - self.tuning.clause_penalty
                if scores.max() > best_scores.max():
                    best_not_faq = not_faq - self.tuning.clause_penalty
                best_scores = np.maximum(best_scores, scores)
        return best_scores, float(best_not_faq), (whole, parts, whole_scores + boost)

    def _topic_boost(self, topics: Iterable[str] | None) -> np.ndarray | float:
        if not topics:
            return 0.0
        wanted = set(topics)
        return np.array([self.tuning.topic_boost if wanted & s else 0.0 for s in self._topic_sets], np.float32)

    def _channel_parts(self, feats: Features) -> list[tuple[float, np.ndarray, np.ndarray, np.ndarray]]:
        """Per channel in use: (weight, best-row similarity, centroid similarity, coverage) per group."""
        parts = []
        for weight, channel, values in zip(self.tuning.weights, self._channels, feats):
            query = channel.query(values)
            rows = np.maximum.reduceat(channel.row_similarity(query), self._row_starts)
            parts.append((weight, rows, channel.group_similarity(query), channel.group_coverage(query)))
        return parts

    def _combine(self, parts: list[tuple[float, np.ndarray, np.ndarray, np.ndarray]]) -> tuple[np.ndarray, float]:
        t = self.tuning
        combined = sum(w * rows for w, rows, _, _ in parts)
        if t.centroid_weight:
            centroid = sum(w * c for w, _, c, _ in parts)
            combined = (1 - t.centroid_weight) * combined + t.centroid_weight * centroid
        if t.coverage_weight:
            coverage = sum(w * c for w, _, _, c in parts)
            combined = (1 - t.coverage_weight) * combined + t.coverage_weight * coverage
        return combined[: len(self.entries)], float(combined[-1]) if self._has_not_faq else 0.0

    # --- second stage

    def candidates(self, text: str, topics: Iterable[str] | None = None, k: int = CANDIDATES) -> Candidates:
        """The k best entries by first-stage score, with the features the ranker reads."""
        if not self.entries:
            return Candidates(np.zeros(0, np.int64), np.zeros((0, len(CANDIDATE_FEATURES))))
        # The message's layout is read once, for its features and for its form below.
        layout = layout_of(text)
        scores, not_faq, (whole, parts, whole_scores) = self._first_stage(text, topics, layout)
        order = np.argsort(-scores, kind="stable")[: max(k, 2)]
        n = len(self.entries)
        lemmas = whole[2]
        message_vector = self._vectors.mean(lemmas)
        # Word-vector similarity only for the candidates and the not-FAQ group: small products, so
        # no BLAS threads are woken for them (they stall on a busy two-core machine).
        vectors = [float(np.max(self._row_vectors[s:e] @ message_vector)) for s, e in self._row_spans[order]]
        not_faq_vector = float(np.max(self._row_vectors[self._row_spans[n][0] :] @ message_vector))
        unseen = sum(not self._channels[2].knows(lemma) for lemma in lemmas) / len(lemmas) if lemmas else 1.0
        # The message's form as read after English words are rewritten (its length, kana share, question form).
        read = english_to_japanese(layout.read_or(text))
        kana = kana_share(read)
        asks_something = asks(read)
        not_faq_centroid = self._centroids[n] @ message_vector
        best_two = order[:2]
        # The best alternative to a candidate: the best other entry (by word vectors: the best other
        # candidate), or the not-FAQ group when the index has a single entry.
        vector_best_two = np.argsort(-np.array(vectors), kind="stable")[:2]
        # Per channel: (weight, best-row similarity, centroid similarity, coverage) per group.
        (
            (_, char_row, char_centroid, char_coverage),
            (_, reading_row, reading_centroid, reading_coverage),
            (_, lemma_row, lemma_centroid, lemma_coverage),
        ) = parts
        top = float(scores[order[0]]) if len(order) else 0.0
        found = []
        for rank, i in enumerate(order):
            if n > 1:
                other_best = float(scores[best_two[1]] if i == best_two[0] else scores[best_two[0]])
                j = vector_best_two[1] if rank == vector_best_two[0] else vector_best_two[0]
                other_vector = vectors[j]
            else:
                other_best, other_vector = not_faq, not_faq_vector
            found.append(
                CandidateFeatures(
                    score=scores[i],
                    score_gap_to_top=scores[i] - top,
                    score_margin=scores[i] - other_best,
                    inverse_rank=1.0 / (rank + 1),
                    score_whole=whole_scores[i],
                    clause_gain=scores[i] - whole_scores[i],
                    char_row=char_row[i],
                    reading_row=reading_row[i],
                    lemma_row=lemma_row[i],
                    char_centroid=char_centroid[i],
                    reading_centroid=reading_centroid[i],
                    lemma_centroid=lemma_centroid[i],
                    char_coverage=char_coverage[i],
                    reading_coverage=reading_coverage[i],
                    lemma_coverage=lemma_coverage[i],
                    vector_row=vectors[rank],
                    vector_centroid=self._centroids[i] @ message_vector,
                    vector_margin=vectors[rank] - other_vector,
                    has_vector=float(np.any(message_vector)),
                    not_faq=not_faq,
                    score_over_not_faq=scores[i] - not_faq,
                    not_faq_vector_row=not_faq_vector,
                    not_faq_vector_centroid=not_faq_centroid,
                    log_chars=np.log1p(len(read)),
                    log_lemmas=np.log1p(len(lemmas)),
                    unseen_share=unseen,
                    asks=asks_something,
                    kana_share=kana,
                    kana_x_reading_row=kana * reading_row[i],
                    kana_x_unseen_share=kana * unseen,
                )
            )
        table = feature_table(found)
        return Candidates(order[:k].astype(np.int64), table[:k])

    def ranked(self, text: str, topics: Iterable[str] | None = None, k: int = 5) -> list[Match]:
        """The k likeliest entries with their probabilities, threshold not applied (evaluation, staff tools)."""
        return [self._match(i, p) for i, p in self._likeliest(text, topics, k)]

    def best(self, text: str, topics: Iterable[str] | None = None) -> Match | None:
        """The likeliest entry when its probability reaches the threshold, else None."""
        likeliest = self._likeliest(text, topics, 1)
        if not likeliest or likeliest[0][1] < self.threshold:
            return None
        return self._match(*likeliest[0])

    def _likeliest(self, text: str, topics: Iterable[str] | None, k: int) -> list[tuple[int, float]]:
        if not text or not text.strip() or not self.entries:
            return []
        if self.ranker is None:
            raise RuntimeError("no FAQ ranker: run `intake kb tune --write` (knowledge/ranker.json)")
        if visit_to_arrange(text) or outside_elder_care(text) or whom_only(text):
            # A visit, an appointment or an errand to arrange is a case for staff; a young person's own affairs,
            # a business's succession and the driving licence's own paperwork are outside elder care; a message
            # naming only whom a worry is about, with no content, is for the conversation to ask about
            # (vocabulary): no entry answers any of them. The ranker is not asked; the
            # staff preview still sees the entries the first stage finds closest, in its order, each at probability 0.
            order = np.argsort(-self.scores(text, topics), kind="stable")[:k]
            return [(int(i), 0.0) for i in order]
        found = self.candidates(text, topics, max(k, CANDIDATES))
        probabilities = self._probabilities(self.ranker, found)
        vetoed = [j for j, i in enumerate(found.indices) if self._vetoed(self.entries[int(i)].slug, text)]
        if vetoed:
            # An entry never meant for this kind of message (vocabulary.ENTRY_VETOES: the carer's entry for harm
            # received) answers it with probability 0; the others keep theirs.
            probabilities = probabilities.copy()
            probabilities[vetoed] = 0.0
        order = np.argsort(-probabilities, kind="stable")[:k]
        return [(int(found.indices[j]), float(probabilities[j])) for j in order]

    @staticmethod
    def _vetoed(slug: str, text: str) -> bool:
        veto = ENTRY_VETOES.get(slug)
        return veto is not None and veto(text)

    @staticmethod
    def _probabilities(ranker: Ranker, found: Candidates) -> np.ndarray:
        probabilities = ranker.probabilities(found.rows)
        # An entry that shares not one character n-gram, reading or word with the message is never its answer.
        return np.where(found.rows[:, 0] > 0.0, probabilities, 0.0)

    def _match(self, i: int, score: float) -> Match:
        e = self.entries[i]
        return Match(e.entry_id, e.slug, e.question, e.answer, e.link, round(score, 4), e.topics)
