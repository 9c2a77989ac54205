"""Measuring FAQ retrieval (top-1 accuracy, false answers) and training the ranker that decides.

Held-out sets (knowledge/eval/heldout*.jsonl; today part E, heldout_e.jsonl) are only
ever measured; nothing at run time reads knowledge/eval/. The ranker and its threshold are fitted on
tuning material only, each message scored by an index built without its fold: the seed's paraphrases,
the labelled corpus examples (knowledge/seed/examples.jsonl), the labelled resident questions
(knowledge/seed/questions.jsonl: sets tune, tune_none, and the former held-out parts A-D and F-S, U as
tune_a..tune_d, tune_f, tune_g, tune_h, tune_i, tune_j, tune_k, tune_l, tune_m, tune_n, tune_o, tune_p, tune_q, tune_r, tune_s, tune_u, tune_v, tune_w, tune_x, tune_y, tune_z, tune_aa, tune_ab, tune_ac, tune_ad, tune_ae, tune_af, tune_ag, tune_ah, tune_ai, tune_aj, tune_ak, tune_al, tune_am, tune_an, tune_ao, tune_ap; and tune_cv12, tune_cv13, questions
written by engineers after reading held-out rounds 11 and 12's misses, never held out; tune_convo31, an
engineer's own messages naming only whom a worry is about, never held out; tune_convo32, an engineer's own
questions and look-alikes written after reading held-out rounds 30 and 31's misses, never held out) and the not-FAQ list.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.index import FaqIndex
from knowledge.models import FaqEntryIn
from knowledge.phrasings import NONE, QUESTIONS_PATH, Example, load_examples, load_not_faq
from knowledge.ranker import CANDIDATE_FEATURES, Ranker

EVAL_DIR = Path(__file__).resolve().parent / "eval"
SEED_DIR = QUESTIONS_PATH.parent
HELDOUT_PATH = EVAL_DIR / "heldout_e.jsonl"
# Parts A-D, F, G and H were held out once; after being measured and read they became tuning material
# (sets tune_a..tune_d, tune_f, tune_g and tune_h of knowledge/seed/questions.jsonl; F, G and H were written
# by independent writers).
TUNE_PATHS = (QUESTIONS_PATH,)
FOLDS = 5
# Parts by the start of an item's id, the longest prefix first (A-D: sets tune_a..tune_d; E: heldout_e;
# F: tune_f; G: tune_g; H: tune_h, ids h3-..., which part A's h001... never start with; I: tune_i, ids i4-...;
# J: tune_j, ids j5-...; K: tune_k, ids k6-...; L: tune_l, ids l7-...; M: tune_m, ids m8-...; N: tune_n,
# ids n9-...; O: tune_o, ids o10-...; P: tune_p, ids p11-...; Q: tune_q, ids q12-...; R: tune_r, ids r13-...; S: tune_s, ids s14-...; U: tune_u, ids u15-... (T is the set tune, ids t...); V: tune_v, ids v16-...; W: tune_w, ids w17-...; X: tune_x, ids x18-...; Y: tune_y, ids y19-...; Z: tune_z, ids z20-...; AA: tune_aa, ids aa21-...; AB: tune_ab, ids ab22-...; AC: tune_ac, ids ac23-...; AD: tune_ad, ids ad24-...; AE: tune_ae, ids ae25-...; AF: tune_af, ids af26-...; AG: tune_ag, ids ag27-...; AH: tune_ah, ids ah28-...; AI: tune_ai, ids ai29-...; AJ: tune_aj, ids aj30-...; AK: tune_ak, ids ak31-...; AL: tune_al, ids al32-...; AM: tune_am, ids am33-...; AN: tune_an, ids an34-...; AO: tune_ao, ids ao35-...; AP: tune_ap, ids ap36-...; CV12: tune_cv12, ids cv12-...;
# CV13: tune_cv13, ids cv13-...: an engineer's own questions, never held out; CV31: tune_convo31, ids convo31-...:
# an engineer's own whom-only messages, hard negatives, never held out; CV32: tune_convo32, ids convo32-...: an
# engineer's own questions and look-alikes after held-out rounds 30 and 31, never held out; CV36: tune_convo36, ids
# convo36-...: an engineer's own questions and negatives after held-out round 36, never held out).
PART_OF_PREFIX = {
    "h": "A",
    "b": "B",
    "c": "C",
    "d": "D",
    "e": "E",
    "f": "F",
    "g": "G",
    "h3-": "H",
    "i4-": "I",
    "j5-": "J",
    "k6-": "K",
    "l7-": "L",
    "m8-": "M",
    "n9-": "N",
    "o10-": "O",
    "p11-": "P",
    "q12-": "Q",
    "r13-": "R",
    "s14-": "S",
    "u15-": "U",
    "v16-": "V",
    "w17-": "W",
    "x18-": "X",
    "y19-": "Y",
    "z20-": "Z",
    "aa21-": "AA",
    "ab22-": "AB",
    "ac23-": "AC",
    "ad24-": "AD",
    "ae25-": "AE",
    "af26-": "AF",
    "ag27-": "AG",
    "ah28-": "AH",
    "ai29-": "AI",
    "aj30-": "AJ",
    "ak31-": "AK",
    "al32-": "AL",
    "am33-": "AM",
    "an34-": "AN",
    "ao35-": "AO",
    "ap36-": "AP",
    "cv12-": "CV12",
    "cv13-": "CV13",
    "convo31-": "CV31",
    "convo32-": "CV32",
    "convo36-": "CV36",
}
# Question-style negatives: the hard negatives of tune_none and the "none" items of the former held-out
# parts A-D, F-S, U-Z, AA-AP, written to the held-out sets' brief (follow-ups about one's case, one's own news, city and
# everyday questions sharing a word with an entry) - the population the false-answer target is
# measured on. The threshold's false-answer cap is computed on these, pooled (see choose_threshold).
QUESTION_STYLE_NEGATIVES = (
    "tune_none",
    "tune_a",
    "tune_b",
    "tune_c",
    "tune_d",
    "tune_f",
    "tune_g",
    "tune_h",
    "tune_i",
    "tune_j",
    "tune_k",
    "tune_l",
    "tune_m",
    "tune_n",
    "tune_o",
    "tune_p",
    "tune_q",
    "tune_r",
    "tune_s",
    "tune_u",
    "tune_v",
    "tune_w",
    "tune_x",
    "tune_y",
    "tune_z",
    "tune_aa",
    "tune_ab",
    "tune_ac",
    "tune_ad",
    "tune_ae",
    "tune_af",
    "tune_ag",
    "tune_ah",
    "tune_ai",
    "tune_aj",
    "tune_ak",
    "tune_al",
    "tune_am",
    "tune_an",
    "tune_ao",
    "tune_ap",
    "tune_cv12",
    "tune_cv13",
    "tune_convo31",
    "tune_convo32",
    "tune_convo36",
)


def heldout_paths() -> list[Path]:
    """Every held-out file, in name order."""
    return sorted(EVAL_DIR.glob("heldout*.jsonl"))


def is_tuning_path(path: Path) -> bool:
    """Whether a file is tuning material (its figures are not held-out figures)."""
    resolved = path.resolve()
    return (
        path.name.startswith("tune")
        or resolved.parent == SEED_DIR.resolve()
        or resolved in {p.resolve() for p in TUNE_PATHS}
    )


def part_of(row: dict[str, Any]) -> str:
    """The part a row belongs to, from the longest known start of its id (unknown: its first letter)."""
    row_id = str(row.get("id", ""))
    for prefix in sorted(PART_OF_PREFIX, key=len, reverse=True):
        if row_id.startswith(prefix):
            return PART_OF_PREFIX[prefix]
    return row_id[:1].upper() or "?"


@dataclass
class EvalReport:
    answerable: int = 0
    correct: int = 0
    abstained: int = 0
    wrong: int = 0
    none_total: int = 0
    false_answers: int = 0
    ms_per_query: float = 0.0
    ms_p95: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)
    timings: list[float] = field(default_factory=list, repr=False)

    @property
    def top1_accuracy(self) -> float:
        """Correct answers over questions that have an entry (abstaining counts as a miss)."""
        return self.correct / self.answerable if self.answerable else 0.0

    @property
    def false_answer_rate(self) -> float:
        """Answers given where none was expected, over the none items."""
        return self.false_answers / self.none_total if self.none_total else 0.0

    @property
    def overall_accuracy(self) -> float:
        total = self.answerable + self.none_total
        return (self.correct + self.none_total - self.false_answers) / total if total else 0.0

    def add(self, row: dict[str, Any], got: str, score: float | None, ms: float) -> None:
        """Count one answer (`got`: a slug or "none") against the row's `expect` (and `also`)."""
        self.timings.append(ms)
        expected = {row["expect"], *row.get("also", ())}
        if row["expect"] == NONE:
            self.none_total += 1
            self.false_answers += got != NONE
        else:
            self.answerable += 1
            if got in expected:
                self.correct += 1
            elif got != NONE:
                self.wrong += 1
            else:
                self.abstained += 1
        if got not in expected:
            self.errors.append(
                {"id": row.get("id"), "text": row["text"], "expect": row["expect"], "got": got, "score": score}
            )
        self.ms_per_query = float(np.mean(self.timings))
        self.ms_p95 = float(np.percentile(self.timings, 95))

    def merged(self, other: EvalReport) -> EvalReport:
        out = EvalReport()
        for name in ("answerable", "correct", "abstained", "wrong", "none_total", "false_answers"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        out.errors = self.errors + other.errors
        out.timings = self.timings + other.timings
        if out.timings:
            out.ms_per_query = float(np.mean(out.timings))
            out.ms_p95 = float(np.percentile(out.timings, 95))
        return out

    def summary(self) -> str:
        """One line: items, top-1, false answers, latency."""
        return (
            f"{self.answerable + self.none_total:4d} items  top-1 {self.top1_accuracy:.3f} "
            f"({self.correct}/{self.answerable}; wrong {self.wrong}, no answer {self.abstained})  false answers {self.false_answer_rate:.3f} "
            f"({self.false_answers}/{self.none_total})  {self.ms_per_query:.2f} ms mean, {self.ms_p95:.2f} ms p95"
        )

    def lines(self) -> list[str]:
        return [
            f"items: {self.answerable + self.none_total} ({self.answerable} with an entry, {self.none_total} none)",
            f"top-1 accuracy: {self.top1_accuracy:.3f} ({self.correct}/{self.answerable}; "
            f"wrong entry {self.wrong}, no answer {self.abstained})",
            f"false-answer rate: {self.false_answer_rate:.3f} ({self.false_answers}/{self.none_total})",
            f"overall accuracy: {self.overall_accuracy:.3f}",
            f"latency: {self.ms_per_query:.2f} ms per query on average, {self.ms_p95:.2f} ms at the 95th percentile",
        ]


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """The rows of a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(index: FaqIndex, rows: Iterable[dict[str, Any]]) -> EvalReport:
    """Ask the index every row's text and compare its answer with the row's `expect`."""
    return evaluate_parts(index, rows, lambda row: "all")["all"]


def evaluate_parts(index: FaqIndex, rows: Iterable[dict[str, Any]], part=part_of) -> dict[str, EvalReport]:
    """One report per part (by `part(row)`), every row asked once; latency is the best of three runs."""
    reports: dict[str, EvalReport] = defaultdict(EvalReport)
    for row in rows:
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            match = index.best(row["text"])
            runs.append(time.perf_counter() - started)
        reports[part(row)].add(row, match.slug if match else NONE, match.score if match else None, min(runs) * 1000)
    return dict(reports)


# --- tuning material ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    id: int
    slug: str
    question: str
    paraphrases: list[str]
    answer: str
    link: str | None
    topics: list[str]
    active: bool = True


@dataclass(frozen=True)
class Query:
    """One tuning message: what would answer it (empty: none), where it comes from, its fold."""

    text: str
    accepted: frozenset[str]
    source: str
    fold: int


def as_index_items(items: Sequence[FaqEntryIn]) -> list[_Item]:
    """Seed items in the shape FaqIndex.build reads, with ids by position."""
    return [
        _Item(n, i.slug, i.question, list(i.paraphrases), i.answer, i.link, list(i.topics))
        for n, i in enumerate(items, start=1)
    ]


def example_folds(examples: Sequence[Example], folds: int = FOLDS) -> list[int]:
    """A fold per example; messages sharing a 14-character stretch (one template) share a fold."""
    parent = list(range(len(examples)))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    stretches: dict[str, int] = {}
    for n, example in enumerate(examples):
        text = re.sub(r"\s+", "", example.text)
        for i in range(len(text) - 13):
            other = stretches.setdefault(text[i : i + 14], n)
            if other != n:
                parent[root(n)] = root(other)
    return [zlib.crc32(examples[root(n)].text.encode()) % folds for n in range(len(examples))]


def tuning_queries(
    items: Sequence[FaqEntryIn],
    examples: Sequence[Example],
    tune_rows: Sequence[dict[str, Any]],
    not_faq: Sequence[str],
    folds: int = FOLDS,
) -> list[Query]:
    """Every tuning message with its fold: paraphrases, examples, tune rows and not-FAQ lines."""
    queries = [
        Query(p, frozenset({item.slug}), "paraphrase", (n + k) % folds)
        for n, item in enumerate(items, start=1)
        for k, p in enumerate(item.paraphrases)
    ]
    for example, fold in zip(examples, example_folds(examples, folds)):
        accepted = frozenset() if example.slug == NONE else frozenset({example.slug, *example.also})
        queries.append(Query(example.text, accepted, example.source, fold))
    for j, row in enumerate(tune_rows):
        accepted = frozenset() if row["expect"] == NONE else frozenset({row["expect"], *row.get("also", ())})
        queries.append(Query(row["text"], accepted, row.get("source", "tune"), j % folds))
    queries.extend(Query(text, frozenset(), "not_faq", j % folds) for j, text in enumerate(not_faq))
    # Elderly writers often type kana only ("かいごほけんの しんせい"); every third message is asked
    # again written that way, so the ranker learns how such messages look when right and when not.
    queries.extend(
        Query(as_kana(query.text), query.accepted, "kana", query.fold)
        for j, query in enumerate(list(queries))
        if j % 3 == 0 and query.source != "example"
    )
    return queries


def as_kana(text: str) -> str:
    """The text in hiragana as Sudachi reads it, with a space after each particle."""
    from nlp.tokens import tokenize

    out = []
    for token in tokenize(text):
        if token.pos[0] in ("補助記号", "空白"):
            out.append(" ")
            continue
        out.append("".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in token.reading or token.surface))
        if token.pos[0] == "助詞":
            out.append(" ")
    return " ".join("".join(out).split())


@dataclass
class CandidateTable:
    """Each tuning message's candidates, from an index built without the message's fold."""

    queries: list[Query]
    slugs: list[list[str]]  # per query: the candidate slugs, best first-stage score first
    rows: list[np.ndarray]  # per query: candidates x CANDIDATE_FEATURES

    def labels(self, q: int) -> np.ndarray:
        return np.array([slug in self.queries[q].accepted for slug in self.slugs[q]], dtype=np.int64)


def candidate_table(
    items: Sequence[FaqEntryIn],
    examples: Sequence[Example],
    tune_rows: Sequence[dict[str, Any]],
    not_faq: Sequence[str],
    folds: int = FOLDS,
) -> CandidateTable:
    """Score every tuning message against an index without its fold (k-fold over phrasings and examples)."""
    queries = tuning_queries(items, examples, tune_rows, not_faq, folds)
    table = CandidateTable(queries, [[] for _ in queries], [np.zeros((0, len(CANDIDATE_FEATURES)))] * len(queries))
    fold_of_example = example_folds(examples, folds)
    for fold in range(folds):
        kept = [
            _Item(
                n,
                item.slug,
                item.question,
                [p for k, p in enumerate(item.paraphrases) if (n + k) % folds != fold],
                item.answer,
                item.link,
                list(item.topics),
            )
            for n, item in enumerate(items, start=1)
        ]
        index = FaqIndex.build(
            kept,
            not_faq=[t for j, t in enumerate(not_faq) if j % folds != fold],
            examples=[e for e, f in zip(examples, fold_of_example) if f != fold],
            default_ranker=False,
        )
        slugs = [e.slug for e in index.entries]
        for q, query in enumerate(queries):
            if query.fold == fold:
                found = index.candidates(query.text)
                table.slugs[q] = [slugs[i] for i in found.indices]
                table.rows[q] = found.rows
    return table


# --- fitting the ranker ------------------------------------------------------------------------


def _fit(rows: np.ndarray, labels: np.ndarray, c: float, threshold: float = 0.5, info: dict | None = None) -> Ranker:
    from sklearn.linear_model import LogisticRegression

    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=5000).fit((rows - mean) / scale, labels)
    return Ranker(
        mean,
        scale,
        model.coef_[0],
        float(model.intercept_[0]),
        threshold,
        dict(info or {}),
        rows.min(axis=0),
        rows.max(axis=0),
    )


def _stack(table: CandidateTable, picked: Iterable[int]) -> tuple[np.ndarray, np.ndarray]:
    picked = [q for q in picked if len(table.rows[q])]
    return np.vstack([table.rows[q] for q in picked]), np.concatenate([table.labels(q) for q in picked])


def out_of_fold_best(table: CandidateTable, c: float = 1.0, folds: int = FOLDS) -> list[tuple[str, float]]:
    """Per query: (likeliest slug, its probability) from a ranker fitted on the other folds."""
    best: list[tuple[str, float]] = [(NONE, 0.0)] * len(table.queries)
    for fold in range(folds):
        ranker = _fit(*_stack(table, (q for q, query in enumerate(table.queries) if query.fold != fold)), c)
        for q, query in enumerate(table.queries):
            if query.fold == fold and len(table.rows[q]):
                p = np.where(table.rows[q][:, 0] > 0.0, ranker.probabilities(table.rows[q]), 0.0)
                j = int(np.argmax(p))
                best[q] = (table.slugs[q][j], float(p[j]))
    return best


@dataclass(frozen=True)
class OperatingPoint:
    threshold: float
    top1: dict[str, float]  # per source of positives
    false_rate: dict[str, float]  # per source of negatives, and "all"


def operating_points(table: CandidateTable, best: Sequence[tuple[str, float]]) -> list[OperatingPoint]:
    """Top-1 and false-answer rates per source over a grid of probability thresholds."""
    points = []
    for threshold in np.round(np.arange(0.30, 0.951, 0.025), 3):
        hits: dict[str, list[int]] = defaultdict(list)
        falses: dict[str, list[int]] = defaultdict(list)
        for query, (slug, p) in zip(table.queries, best):
            answered = p >= threshold
            if query.accepted:
                hits[query.source].append(int(answered and slug in query.accepted))
            else:
                falses[query.source].append(int(answered))
                falses["all"].append(int(answered))
                if query.source in QUESTION_STYLE_NEGATIVES:
                    falses["questions"].append(int(answered))
        points.append(
            OperatingPoint(
                float(threshold),
                {s: float(np.mean(v)) for s, v in hits.items()},
                {s: float(np.mean(v)) for s, v in falses.items()},
            )
        )
    return points


def choose_threshold(
    points: Sequence[OperatingPoint], max_false_rate: float, pool: str = "questions"
) -> OperatingPoint:
    """The lowest threshold whose cross-validated false-answer rate on `pool` is under the cap.

    The pool is the question-style negatives (QUESTION_STYLE_NEGATIVES), the population the
    false-answer target is defined on. The corpus-example negatives, the not-FAQ list and the kana
    rewrites stay in the table but do not set the threshold (see docs/knowledge.md, "The threshold rule").
    """
    allowed = [p for p in points if p.false_rate.get(pool, p.false_rate.get("all", 0.0)) <= max_false_rate]
    return min(allowed, key=lambda p: p.threshold) if allowed else max(points, key=lambda p: p.threshold)


def fit_ranker(table: CandidateTable, threshold: float, c: float = 1.0, info: dict[str, Any] | None = None) -> Ranker:
    """The ranker fitted on every tuning message's candidates."""
    return _fit(*_stack(table, range(len(table.queries))), c, threshold, info)


def tuning_inputs() -> tuple[list[FaqEntryIn], tuple[Example, ...], list[dict[str, Any]], tuple[str, ...]]:
    """The committed tuning material: seed items, examples, tune rows, not-FAQ lines."""
    from knowledge.service import load_seed_items

    # The tuning questions (seed/questions.jsonl) are examples (load_examples), measured out of fold like the others.
    return load_seed_items(), load_examples(), [], load_not_faq()


def phrasing_texts(items: Sequence[FaqEntryIn]) -> set[str]:
    """Every text the seed-built index matches against (questions, paraphrases, examples, not-FAQ lines)."""
    texts = {t.strip() for i in items for t in (i.question, *i.paraphrases)}
    texts.update(e.text.strip() for e in load_examples())
    texts.update(t.strip() for t in load_not_faq())
    return texts


def fingerprint(paths: Iterable[Path]) -> dict[str, str]:
    """sha256 (first 16 hex digits) of each file, by name: which data a ranker was fitted on."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in paths}
