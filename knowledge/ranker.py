"""Stage 2: what the ranker reads about each candidate entry, by name, and the logistic model that turns
it into the probability that the entry answers the message (knowledge/ranker.json, `intake kb tune`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from knowledge.vocabulary import join_spaced_kana, restore_voicing, standard_endings
from nlp.tokens import normalize

RANKER_PATH = Path(__file__).resolve().parent / "ranker.json"

# A question or a request somewhere in the message (a plain statement such as 「父はデイサービスを
# 楽しんでいます」 is news, not a question).
_ASKS = re.compile(
    r"[？?]|か[。.\s]*$|か[。、]|ますか|ですか|でしょう|かな|の[？?。]?$|たい|ほしい|欲しい|教えて|ください|下さい"
    # (not where to start telling, 「何から話せばいいか分からない」: a feeling, not a question)
    r"|(?:どこ|何|なに)(?!から(?:話|はな|言|い|書|か|相談|そうだん)[^。]{0,8}?(?:分から|わから|わかん))"
    r"|どう|どんな|いつ|誰|だれ|ありますか|できますか|知りたい|頼め|お願い"
    # The old style of letters: 「これありや」「当たらぬや」「承りたく候」「いかに」.
    r"|(?:ぬ|あり|べき|なり|候)や(?:[、。,.!?\s]|$)|たく候|いかに|如何"
    # Older speakers' endings: 「あるのかね」「行けるかい」「いいかしら」 (not 細かい, 暖かい: かい only after a
    # verb, ない or いい). Regional and classical endings (どげん, どない, 〜やろか, 問ひたし) are read in their
    # standard form first (vocabulary.standard_endings: どう, だろうか, たい); 〜やろ alone is だろう.
    r"|(?:(?<=[るいすだの])|(?<=った))かね[えぇ]?(?:[。.?？!！\s]*$|[、,])"
    r"|(?:(?<=[るいす])|(?<=った)|(?<=んだ))かい(?:[。.?？!！\s]*$|[、,])|かしら"
    r"|(?<=[のるいた])だろう(?:[。.?？!！\s]*$|[、,])"
    # What to do, asked with 〜ばいい at the end and no question word (rough speech's 「相談すりゃいい」 is read
    # 相談すればいい first): 「誰に言ったらいい」「申し込みすればよいの」 (not 〜ばいいのに, a wish).
    r"|(?:れば|たら)(?:いい|よい|良い)(?:の|んだ|んです)?[。.?？!！\s]*$"
    # A form's or a note's question label (【質問】相談先, 質問: …, a first word 質問 and a space), a place to
    # ask named last (…の相談先) and a plea (助けて, 救えよ).
    r"|【質問】|質問[:：]|^\s*質問\s|(?:相談先|相談窓口|問い合わせ先|連絡先)[。.?？!！\s]*$"
    r"|(?:助け|たすけ|救っ)て(?:[。.?？!！\s]*$|[、,])|救[へえ]よ"
    # How something goes, asked with its noun and は last: 「手続きの流れは」「申し込みの手順は？」.
    r"|(?:流れ|手順|段取り|やり方|進め方|方法|仕方)(?:は|って)[。.?？!！\s]*$"
    # Something remembered and asked to be confirmed: 「聞ける番号ってありましたよね」「窓口があったはずですよね」
    # (that it exists, with よね; not 「大変ですよね」, agreement sought), 「何て名前だっけ」「どこでしたっけ」.
    r"|(?:あり(?:まし)?た|あった|あります|ある|はずです|はずだ)よね[。.?？!！\s]*$|っけ[。.?？!！\s]*$"
)
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_LETTERS = re.compile(r"[^\s\W\d_]")


@dataclass(frozen=True, slots=True)
class CandidateFeatures:
    """What the ranker reads about one candidate entry for one message.

    Built by name; the order of the fields is the column order of the ranker's weights
    (knowledge/ranker.json lists the names, and a file trained on other features is refused).
    """

    score: float  # first-stage score (whole message or best clause, topic boost included)
    score_gap_to_top: float  # score minus the best candidate's score (0 for the best)
    score_margin: float  # score minus the best other entry's score
    inverse_rank: float
    score_whole: float  # first-stage score of the whole message only
    clause_gain: float  # score minus score_whole
    # Best single phrasing, per channel.
    char_row: float
    reading_row: float
    lemma_row: float
    # The entry's whole vocabulary, per channel.
    char_centroid: float
    reading_centroid: float
    lemma_centroid: float
    # Share of the message's weight the entry's vocabulary contains, per channel.
    char_coverage: float
    reading_coverage: float
    lemma_coverage: float
    vector_row: float  # best cosine between word-vector means of the message and of a phrasing
    vector_centroid: float  # cosine with the entry's mean phrasing vector
    vector_margin: float  # vector_row minus the best other entry's
    has_vector: float  # the message has at least one content word with a vector
    not_faq: float  # first-stage score of the not-FAQ group
    score_over_not_faq: float
    not_faq_vector_row: float
    not_faq_vector_centroid: float
    log_chars: float
    log_lemmas: float
    unseen_share: float  # share of the message's content words that no phrasing uses
    asks: float  # a question or request form somewhere in the message
    kana_share: float  # share of hiragana in the message (elderly writers often type kana only)
    kana_x_reading_row: float  # with kana-only writing, the reading channel is what matches kanji
    kana_x_unseen_share: float  # ...and unknown "words" are Sudachi's guesses, not unknown subjects

    def values(self) -> tuple[float, ...]:
        """The features in the ranker's column order."""
        return tuple(getattr(self, name) for name in CANDIDATE_FEATURES)


# The ranker's columns, in the order CandidateFeatures defines them.
CANDIDATE_FEATURES: tuple[str, ...] = tuple(f.name for f in fields(CandidateFeatures))


def feature_table(candidates: Sequence[CandidateFeatures]) -> np.ndarray:
    """One row per candidate, one column per name of CANDIDATE_FEATURES."""
    rows = [c.values() for c in candidates]
    return np.array(rows, dtype=np.float64).reshape(-1, len(CANDIDATE_FEATURES))


def asks(text: str) -> float:
    """1.0 when the message has a question or request form somewhere, else 0.0."""
    # Kana typed without voiced marks asks as the marked kana does (「なんてすか」 is 「なんですか」).
    return 1.0 if _ASKS.search(standard_endings(normalize(restore_voicing(join_spaced_kana(text))))) else 0.0


def kana_share(text: str) -> float:
    """Share of hiragana among the message's letters."""
    letters = len(_LETTERS.findall(text)) or 1
    return len(_HIRAGANA.findall(text)) / letters


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
        return cls(
            array("mean"),
            array("scale"),
            array("coef"),
            float(body["intercept"]),
            float(body["threshold"]),
            dict(body.get("info", {})),
            *bounds,
        )


@lru_cache(maxsize=1)
def load_ranker(path: Path = RANKER_PATH) -> Ranker | None:
    """The committed ranker, or None before `intake kb tune --write` has ever been run."""
    return Ranker.from_json(path.read_text(encoding="utf-8")) if path.exists() else None
