"""FAQ retrieval in two stages, then a probability threshold.

1. Candidates: TF-IDF similarity over character n-grams, kana readings and Sudachi lemmas between
   the message and every phrasing of every entry (question, paraphrases and labelled example
   messages), mixed with the entry's whole vocabulary and how much of the message it covers.
2. Ranking: for the five best candidates, a small logistic model (knowledge/ranker.json, trained by
   `intake kb tune`) reads those similarities together with GiNZA word-vector similarities, the
   margin over the other candidates, how close the message is to the "not a question for the FAQ"
   group, and the shape of the message. It gives each candidate the probability that it is the
   right answer; the best one is answered only above the threshold.

Everything is built once per knowledge-base version and read-only afterwards: safe across threads.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sqlalchemy.orm import Session, sessionmaker

from core.cache import VersionedCache
from knowledge.service import knowledge_version, list_entries
from nlp.tokens import normalize, tokenize

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
NOT_FAQ_PATH = PACKAGE_DIR / "seed" / "not_faq.txt"
EXAMPLES_PATH = PACKAGE_DIR / "seed" / "examples.jsonl"
# The labelled resident questions of the tuning sets (tune, tune_none and the former held-out parts
# A-D; each row names its `set`) are phrasings too; cross-validation still measures each one with an
# index built without its fold. The running bot never reads knowledge/eval/ (held-out sets only).
QUESTIONS_PATH = PACKAGE_DIR / "seed" / "questions.jsonl"
RANKER_PATH = PACKAGE_DIR / "ranker.json"
NONE = "none"

# Spellings and short forms of one thing, rewritten to one form in entries and questions alike.
# General vocabulary, not fitted to any test set.
# Kana-only variants are the terms as residents type them without kanji (voice input, elderly
# writers); they match with or without spaces between the kana (「しょきしゅうちゅう しえん」).
EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "あんしんケアセンター": ("地域包括支援センター", "包括支援センター", "地域包括", "包括", "ケアセンター",
                             "ちいきほうかつ", "ほうかつしえん", "あんしんけあせんたー", "けあせんたー",
                             # Romaji and English as typed (any case, with or without spaces).
                             "anshin care center", "anshincare", "care center", "anshin center"),
    "福祉まるごとサポートセンター": ("まるごとサポートセンター", "まるごとサポート", "まるごとさぽーと"),
    # Telephone numbers spelled out or read aloud (voice input, as they are said).
    "#7119": ("シャープ7119", "しゃーぷ7119", "しゃーぷなないちいちきゅう", "しゃーぷななひゃくじゅうきゅう",
              "しゃーぷななせんひゃくじゅうきゅう", "なないちいちきゅう", "ななひゃくじゅうきゅう"),
    "188": ("いちはちはち",),
    "無料": ("タダ", "無償", "お金はかから", "お金かから"),
    "遺言": ("遺言状", "遺言書", "ゆいごん"),
    "認知症": ("痴呆", "ボケ", "ぼけ", "にんちしょう"),
    "初期集中支援チーム": ("しょきしゅうちゅうしえんちーむ", "しょきしゅうちゅうしえん"),
    "介護保険料": ("かいごほけんりょう",),
    "保険料": ("ほけんりょう",),
    "介護保険": ("かいごほけん",),
    "虐待": ("ぎゃくたい",),
    "成年後見": ("せいねんこうけん",),
    "市役所": ("しやくしょ",),
    "悪質商法": ("悪徳商法", "悪徳業者", "あくとくしょうほう"),
    "訪問販売": ("ほうもんはんばい",),
    "介護休業": ("かいごきゅうぎょう",),
    "訪問看護": ("ほうもんかんご",),
    "訪問診療": ("ほうもんしんりょう",),
    "福祉用具": ("ふくしようぐ",),
    "民生委員": ("民生さん", "みんせいいいん"),
    "要介護認定": ("介護認定", "介護の認定", "かいごにんてい"),
    "物忘れ": ("もの忘れ", "ものわすれ", "物わすれ"),
    "ケアマネジャー": ("ケアマネージャー", "介護支援専門員", "ケアマネ", "けあまね"),
    "デイサービス": ("通所介護", "デイ", "でいさーびす", "でーさーびす"),
    "ヘルパー": ("ホームヘルパー", "訪問介護", "へるぱー"),
    "ショートステイ": ("短期入所", "ショート", "しょーとすてい"),
    "特別養護老人ホーム": ("特養",),
    "介護老人保健施設": ("老健",),
    "高齢者": ("お年寄り", "年寄り", "高齢の方"),
    "ひきこもり": ("引きこもり", "引き籠もり", "引き籠り"),
    "クーリングオフ": ("クーリング・オフ", "くーりんぐおふ"),
    "医師": ("お医者さん", "お医者様", "医者", "ドクター"),
}

# Words that point to an entry's subject without being its name: the subject is added as a hint.
HINTS: dict[str, tuple[str, ...]] = {
    "詐欺": ("オレオレ", "振り込め", "還付金", "だまされ", "騙され", "騙す"),
    "虐待": ("暴力", "殴", "叩か", "叩い", "たたか", "たたい", "怒鳴", "ひどい扱い", "酷い扱い", "乱暴"),
    "行方不明": ("いなくなった", "帰ってこない", "帰ってきません", "戻ってこない", "戻らない", "見つからない"),
    "介護疲れ": ("介護がつらい", "介護が辛い", "介護がしんどい", "介護で疲れ", "介護に疲れ", "介護疲れ"),
    "訪問診療": ("往診", "在宅医"),
    "施設": ("老人ホーム", "介護施設", "入所", "ホームで", "ホームの職員", "ホームに入って"),
    # Caring from afar, described without the word: living elsewhere, another prefecture.
    "遠距離介護": ("遠くから", "遠くに住", "遠方", "県外", "他県"),
    # A neighbour describing self-neglect: rubbish piling up, not eating, not bathing.
    "セルフネグレクト": ("ゴミの山", "ごみの山", "ゴミ屋敷", "ごみ屋敷", "ゴミだらけ", "ごみだらけ", "ゴミがたま",
                         "ごみがたま", "風呂に入ってない", "風呂に入っていない"),
    "死後": ("亡くなった後", "死んだ後", "死んだあと", "亡くなったあと"),
    "終活": ("エンディングノート",),
    "認知症": ("物忘れ",),
    # The consumer hotline's mnemonic (188 = いやや) asked about as a word.
    "188": ("いややって何", "いややってなに", "いややってなん", "いややの番号", "いややは何"),
    # A care level that no longer fits, described without 区分変更.
    "区分変更": ("度合いが合わ", "介護度が合わ", "認定が合わ", "今の認定が", "状態に合わな", "介護度を見直",
                 "認定を見直"),
}

# Said after a question when routing found that the person lives outside Chiba City: the words the
# FAQ's entry about other municipalities is phrased with, so a question about "there" finds it.
OUTSIDE_CITY_HINT = "市外"

# Where someone lives is routing's business, not a subject: an address alone must not look like
# a question about finding a center.
_CHIBA_PLACES = re.compile(r"千葉市|(中央|花見川|稲毛|若葉|緑|美浜)区")

_SPACES = re.compile(r"\s+")
_EQUIVALENT_OF = {
    _SPACES.sub("", variant).lower(): canon for canon, variants in EQUIVALENTS.items() for variant in (canon, *variants)
}
_KANA_ONLY = re.compile(r"^[\u3040-\u30ffー]+$")
_LATIN = re.compile(r"^[a-z ]+$")


def _variant_pattern(variant: str) -> str:
    if len(variant) >= 4 and (_KANA_ONLY.match(variant) or _LATIN.match(variant)):
        return r"\s*".join(map(re.escape, _SPACES.sub("", variant)))
    return re.escape(variant)


def _variant_key(matched: str) -> str:
    """The table key of a matched variant: spaces removed, Latin letters in lower case."""
    return _SPACES.sub("", matched).lower()


# Longest first, so 地域包括支援センター is rewritten whole and 認知症 is not mistaken for a variant.
_VARIANTS = list(dict.fromkeys(v for canon, variants in EQUIVALENTS.items() for v in (canon, *variants)))
_EQUIVALENT_RE = re.compile(
    "|".join(map(_variant_pattern, sorted(_VARIANTS, key=lambda v: len(_SPACES.sub("", v)), reverse=True))),
    re.IGNORECASE,
)

# Lemmas that carry no subject: verbs of being and doing, formal nouns, question words, politeness,
# and the people a message is about (a mother's and a husband's memory loss are the same question).
STOP_LEMMAS = frozenset(
    """為る 有る 居る 成る 出来る 良い 言う 思う 行く 来る 見る 呉れる 貰う 遣る 下さる 頂く 致す 御座る 仰る
    置く 仕舞う 上げる 差し上げる 過ぎる 合う 得る 無い 易い 難い 宜しい 付く 頂ける 貰える
    事 物 方 時 所 様 為 此れ 其れ 彼れ 何 何処 何う 如何 誰 何時 ところ こと もの よう ため
    ちゃん さん 様 私 僕 俺 自分 今 最近 ちょっと 少し 色々 良く 凄い 大丈夫 本当 一寸 御 お 知る 分かる 教える
    聞く 欲しい 困る 相談 心配 不安 ください 方法 教え 場合 ありがとう 御願い 願う 気 実は 矢張り 全然 とても 仕方
    母 父 親 両親 主人 夫 旦那 妻 嫁 家内 義母 義父 姑 舅 祖母 祖父 息子 娘 兄 姉 弟 妹 孫 叔母 叔父 伯母 伯父
    お母さん お父さん 母親 父親 婆 爺 家族 本人 うち 我が家 住所 丁目 番地 番 号""".split()
)
CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
# 書き方, 使い方, 出し方: "how to ..." says what kind of answer is wanted, not what it is about.
_HOW_TO = re.compile(r"^[\u3040-\u309f\u4e00-\u9fff]+[\u3040-\u309f]方$")
# A question or a request somewhere in the message (a plain statement such as 「父はデイサービスを
#楽しんでいます」 is news, not a question).
_ASKS = re.compile(
    r"[？?]|か[。.\s]*$|か[。、]|ますか|ですか|でしょう|かな|の[？?。]?$|たい|ほしい|欲しい|教えて|ください|下さい"
    r"|どこ|どう|何|なに|どんな|いつ|誰|だれ|ありますか|できますか|知りたい|頼め|お願い"
)

_PUNCT = re.compile(r"[\s、。，．,.・･「」『』（）()\[\]【】!?！？…‥〜~：:；;”“\"'’‘/／]+")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}

# How the TF-IDF channels are mixed into the candidate score (first stage).
CHAR_WEIGHT = 0.3
READING_WEIGHT = 0.3
CENTROID_WEIGHT = 0.5
COVERAGE_WEIGHT = 0.6
CLAUSE_PENALTY = 0.1
UNSEEN_WEIGHT = 1.0
MAX_CLAUSES = 4
READING_SIZES = (3,)
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


# --- text to features ----------------------------------------------------------------------


def unify(text: str) -> str:
    """NFKC text without Chiba place names and with spelling variants rewritten to one form."""
    text = _CHIBA_PLACES.sub(" ", normalize(text))
    return _EQUIVALENT_RE.sub(lambda m: _EQUIVALENT_OF[_variant_key(m.group(0))], text)


def hinted_subjects(unified: str) -> list[str]:
    """The subjects a unified text hints at without naming them."""
    bare = _PUNCT.sub("", unified)
    return [subject for subject, cues in HINTS.items() if subject not in bare and any(c in bare for c in cues)]


def normalize_for_index(text: str) -> str:
    """Unified text with the subjects it hints at appended."""
    text = unify(text)
    extra = hinted_subjects(text)
    return text if not extra else text + " " + " ".join(extra)


def char_grams(text: str, sizes: tuple[int, ...] = (2, 3)) -> list[str]:
    """Character n-grams of each punctuation-free stretch, katakana folded to hiragana."""
    grams: list[str] = []
    for chunk in _PUNCT.sub(" ", _fold(text)).split():
        for n in sizes:
            grams.extend(chunk[i : i + n] for i in range(len(chunk) - n + 1))
        if len(chunk) < min(sizes):
            grams.append(chunk)
    return grams


def features(text: str) -> tuple[list[str], list[str], list[str]]:
    """(character n-grams, kana-reading n-grams, content lemmas) of a normalised text, in one Sudachi pass."""
    lemmas: list[str] = []
    readings: list[str] = []
    for token in tokenize(text):
        pos = token.pos
        if pos[0] in ("補助記号", "空白"):
            # A long-vowel mark that Sudachi splits off in hiragana (「くーりんぐ」) belongs to the reading.
            readings.append(token.surface if token.surface in ("ー", "～") else " ")
            continue
        readings.append(token.reading)
        lemma = token.lemma
        if pos[0] in CONTENT_POS and pos[1] != "助動詞語幹" and lemma not in STOP_LEMMAS and not _HOW_TO.match(lemma):
            lemmas.append(lemma)
    return char_grams(text), char_grams("".join(readings), READING_SIZES), lemmas


_CLAUSE_BREAK = re.compile(r"[。．.！!？?\n、，,]+")
Features = tuple[list[str], list[str], list[str]]


def message_features(text: str) -> tuple[Features, list[Features]]:
    """Features of the whole message and of its clauses, tokenising each clause once.

    Clauses are returned only when there are two or more of 4+ characters, and only those with
    two or more subject words (a clause with one is a keyword, not a question); at most MAX_CLAUSES.
    """
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(text[:500]) if p.strip()]
    piece_features = [features(normalize_for_index(p)) for p in pieces]
    whole: Features = ([], [], [])
    for feats in piece_features:
        for kind in range(3):
            whole[kind].extend(feats[kind])
    # Hints whose cue spans a clause break ("介護で、疲れた") are found on the whole message only.
    missing = [s for s in hinted_subjects(unify(text[:500])) if s not in whole[2]]
    if missing:
        for kind, values in enumerate(features(" ".join(missing))):
            whole[kind].extend(values)
    long_enough = [(p, f) for p, f in zip(pieces, piece_features) if len(p) >= 4]
    if len(long_enough) < 2:
        return whole, []
    return whole, [f for _, f in long_enough if len(set(f[2])) >= 2][-MAX_CLAUSES:]


@lru_cache(maxsize=1)
def load_not_faq(path: Path = NOT_FAQ_PATH) -> tuple[str, ...]:
    """The not-FAQ messages shipped with the package."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled resident message: matched like a paraphrase of `slug` ("none": not for the FAQ)."""

    text: str
    slug: str
    also: tuple[str, ...] = ()  # other entries that would answer it as well (evaluation only)
    id: str = ""
    source: str = "example"  # which file it comes from, for the tuning table


def example_source(path: Path, row: dict[str, Any]) -> str:
    """How a row is named in the tuning table: corpus examples are "example"; a question by its `set`."""
    return row.get("set") or ("example" if path.name == EXAMPLES_PATH.name else path.stem)


@lru_cache(maxsize=1)
def load_examples(paths: tuple[Path, ...] = (EXAMPLES_PATH, QUESTIONS_PATH)) -> tuple[Example, ...]:
    """The labelled messages shipped with the package: knowledge/seed/examples.jsonl (`slug`) and the
    tuning sets' questions knowledge/seed/questions.jsonl (`expect`, `set`)."""
    examples = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                slug = row["slug"] if "slug" in row else row["expect"]
                examples.append(Example(row["text"], slug, tuple(row.get("also", ())), row.get("id", ""),
                                        example_source(path, row)))
    return tuple(examples)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().translate(_KATAKANA_TO_HIRAGANA)


# --- first stage: TF-IDF channels --------------------------------------------------------------


def _identity(features: list[str]) -> list[str]:
    return features


class _Postings:
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


class _Channel:
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
            self._rows = _Postings(vectorizer.fit_transform(rows).T, len(rows))
            self._groups = _Postings(vectorizer.transform(groups).T, len(groups))
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


class _Vectors:
    """Mean GiNZA word vectors of content lemmas (nlp.vectors, shared with the triage model)."""

    def __init__(self) -> None:
        from nlp.vectors import load_word_vectors

        self._table = load_word_vectors()
        self.dim = self._table.dim

    def mean(self, lemmas: list[str]) -> np.ndarray:
        return self._table.mean(lemmas)


@lru_cache(maxsize=1)
def _vectors() -> _Vectors:
    return _Vectors()


# --- second stage: the ranker --------------------------------------------------------------

# What the ranker reads about one candidate entry for one message (order matters: ranker.json).
CANDIDATE_FEATURES = (
    "score",  # first-stage score (whole message or best clause, topic boost included)
    "score_gap_to_top",  # score minus the best candidate's score (0 for the best)
    "score_margin",  # score minus the best other entry's score
    "inverse_rank",
    "score_whole",  # first-stage score of the whole message only
    "clause_gain",  # score minus score_whole
    "char_row",
    "reading_row",
    "lemma_row",  # best single phrasing, per channel
    "char_centroid",
    "reading_centroid",
    "lemma_centroid",  # the entry's whole vocabulary, per channel
    "char_coverage",
    "reading_coverage",
    "lemma_coverage",  # share of the message's weight the entry's vocabulary contains
    "vector_row",  # best cosine between word-vector means of the message and of a phrasing
    "vector_centroid",  # cosine with the entry's mean phrasing vector
    "vector_margin",  # vector_row minus the best other entry's
    "has_vector",  # the message has at least one content word with a vector
    "not_faq",  # first-stage score of the not-FAQ group
    "score_over_not_faq",
    "not_faq_vector_row",
    "not_faq_vector_centroid",
    "log_chars",
    "log_lemmas",
    "unseen_share",  # share of the message's content words that no phrasing uses
    "asks",  # a question or request form somewhere in the message
    "kana_share",  # share of hiragana in the message (elderly writers often type kana only)
    "kana_x_reading_row",  # with kana-only writing, the reading channel is what matches kanji
    "kana_x_unseen_share",  # ...and unknown "words" are Sudachi's guesses, not unknown subjects
)
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_LETTERS = re.compile(r"[^\s\W\d_]")


@dataclass(frozen=True)
class Ranker:
    """Logistic model over CANDIDATE_FEATURES (standardised), with the tuned answer threshold.

    Features are clipped to the range seen in training first: a knowledge base much smaller or
    larger than the seed must not push the model outside what it was fitted on.
    """

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    info: dict[str, Any]
    low: np.ndarray | None = None
    high: np.ndarray | None = None

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        if self.low is not None and self.high is not None:
            rows = np.clip(rows, self.low, self.high)
        z = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> str:
        def rounded(values: Any) -> list[float]:
            return [round(float(x), 6) for x in values]

        body = {
            "features": list(CANDIDATE_FEATURES),
            "mean": rounded(self.mean),
            "scale": rounded(self.scale),
            "coef": rounded(self.coef),
            "intercept": round(float(self.intercept), 6),
            "low": rounded(self.low if self.low is not None else np.full(len(self.mean), -np.inf)),
            "high": rounded(self.high if self.high is not None else np.full(len(self.mean), np.inf)),
            "threshold": round(float(self.threshold), 3),
            "info": self.info,
        }
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Ranker:
        body = json.loads(text)
        if tuple(body["features"]) != CANDIDATE_FEATURES:
            raise ValueError("ranker.json was trained on other features: run `intake kb tune --write`")

        def array(key: str) -> np.ndarray:
            return np.array(body[key], dtype=np.float64)

        bounds = (array("low"), array("high")) if "low" in body else (None, None)
        return cls(array("mean"), array("scale"), array("coef"), float(body["intercept"]), float(body["threshold"]),
                   dict(body.get("info", {})), *bounds)


@lru_cache(maxsize=1)
def load_ranker(path: Path = RANKER_PATH) -> Ranker | None:
    """The committed ranker, or None before `intake kb tune --write` has ever been run."""
    return Ranker.from_json(path.read_text(encoding="utf-8")) if path.exists() else None


# --- the index -----------------------------------------------------------------------------


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
            _Channel([f[kind] for f in row_features], [f[kind] for f in group_features], tuning.unseen_weight)
            for kind in range(3)
        ]
        self._topic_sets = [frozenset(e.topics) for e in entries]
        self._init_vectors(row_features, len(groups))

    def _init_vectors(self, row_features: list[Features], n_groups: int) -> None:
        vectors = _vectors()
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

    def _first_stage(self, text: str, topics: Iterable[str] | None) -> tuple[np.ndarray, float, Any]:
        """Scores and not-FAQ score (the best of the whole message and its clauses), and the whole's parts.

        A long message often carries its question in one clause among context ("母が…、最近…、
        認知症じゃないか心配です"): each clause is scored too, a little below the whole.
        """
        whole, clause_features = message_features(text)
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
        scores, not_faq, (whole, parts, whole_scores) = self._first_stage(text, topics)
        order = np.argsort(-scores, kind="stable")[: max(k, 2)]
        n = len(self.entries)
        lemmas = whole[2]
        message_vector = self._vectors.mean(lemmas)
        # Word-vector similarity only for the candidates and the not-FAQ group: small products, so
        # no BLAS threads are woken for them (they stall on a busy two-core machine).
        vectors = [float(np.max(self._row_vectors[s:e] @ message_vector)) for s, e in self._row_spans[order]]
        not_faq_vector = float(np.max(self._row_vectors[self._row_spans[n][0]:] @ message_vector))
        unseen = sum(not self._channels[2].knows(lemma) for lemma in lemmas) / len(lemmas) if lemmas else 1.0
        letters = len(_LETTERS.findall(text)) or 1
        kana = len(_HIRAGANA.findall(text)) / letters
        best_two = order[:2]
        # The best alternative to a candidate: the best other entry (by word vectors: the best other
        # candidate), or the not-FAQ group when the index has a single entry.
        vector_best_two = np.argsort(-np.array(vectors), kind="stable")[:2]
        chars, readings, lemma_parts = parts[0], parts[1], parts[2]
        top = float(scores[order[0]]) if len(order) else 0.0
        rows = []
        for rank, i in enumerate(order):
            if n > 1:
                other_best = float(scores[best_two[1]] if i == best_two[0] else scores[best_two[0]])
                j = vector_best_two[1] if rank == vector_best_two[0] else vector_best_two[0]
                other_vector = vectors[j]
            else:
                other_best, other_vector = not_faq, not_faq_vector
            rows.append((
                scores[i], scores[i] - top, scores[i] - other_best, 1.0 / (rank + 1),
                whole_scores[i], scores[i] - whole_scores[i],
                chars[1][i], readings[1][i], lemma_parts[1][i],
                chars[2][i], readings[2][i], lemma_parts[2][i],
                chars[3][i], readings[3][i], lemma_parts[3][i],
                vectors[rank], self._centroids[i] @ message_vector, vectors[rank] - other_vector,
                float(np.any(message_vector)),
                not_faq, scores[i] - not_faq, not_faq_vector, self._centroids[n] @ message_vector,
                np.log1p(len(text)), np.log1p(len(lemmas)), unseen,
                1.0 if _ASKS.search(normalize(text)) else 0.0,
                kana, kana * readings[1][i], kana * unseen,
            ))
        table = np.array(rows, dtype=np.float64).reshape(-1, len(CANDIDATE_FEATURES))
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
        found = self.candidates(text, topics, max(k, CANDIDATES))
        probabilities = self._probabilities(found)
        order = np.argsort(-probabilities, kind="stable")[:k]
        return [(int(found.indices[j]), float(probabilities[j])) for j in order]

    def _probabilities(self, found: Candidates) -> np.ndarray:
        if self.ranker is None:
            raise RuntimeError("no FAQ ranker: run `intake kb tune --write` (knowledge/ranker.json)")
        probabilities = self.ranker.probabilities(found.rows)
        # An entry that shares not one character n-gram, reading or word with the message is never its answer.
        return np.where(found.rows[:, 0] > 0.0, probabilities, 0.0)

    def _match(self, i: int, score: float) -> Match:
        e = self.entries[i]
        return Match(e.entry_id, e.slug, e.question, e.answer, e.link, round(score, 4), e.topics)


class IndexCache(VersionedCache[FaqIndex]):
    """Holds the current FaqIndex; rebuilds it when knowledge_version changes (checked every N seconds)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        check_every_seconds: float = 3.0,
        tuning: Tuning | None = None,
        threshold: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        """`threshold` (a probability) overrides the tuned one (core.settings' faq_threshold)."""
        tuning = tuning or Tuning()
        self._tuning = tuning if threshold is None else dataclasses.replace(tuning, threshold=threshold)
        super().__init__(session_factory, name="knowledge", version_of=knowledge_version, build=self._build_index,
                         check_every_seconds=check_every_seconds, clock=clock)

    def best(self, text: str, topics: Iterable[str] | None = None) -> Match | None:
        """FaqIndex.best on the current index."""
        return self.current().best(text, topics)

    def _build_index(self, session: Session, version: str) -> FaqIndex:
        index = FaqIndex.build(list_entries(session), tuning=self._tuning, version=version)
        log.info("knowledge: index rebuilt, %d entries, version %s", len(index), version)
        return index
