"""The whole triage of one message: topics, urgency, route and center (docs/triage-spec.md).

    from routing.router import Router
    from nlp.triage import Triager

    triager = Triager.load(Router.from_csv())
    result = triager.triage("稲毛区小仲台に住む母が最近物忘れがひどくて…")
    result.topics, result.urgency, result.route, result.center_id

A Triager holds only read-only state (the topic model's arrays, compiled patterns, the router),
and SudachiPy tokenizers are kept per thread (nlp/tokens.py), so one Triager can serve many
worker threads at once. The router must be thread-safe too (routing's Router is: it is read-only
after construction).
"""

from __future__ import annotations

import ctypes
import gc
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from core.text import kana_reading, katakana_reading
from nlp.features import Analysed, SharedFeatures, Vectorizer, analyse
from nlp.route import AddressFinder, decide_route, find_address, mask_address
from nlp.safety import SafetyDecision, SafetyModel, SafetyScores, courtesy_only, decide_safety
from nlp.topics import TopicModel
from nlp.urgency import ADVICE_NUMBER, EMERGENCY, URGENT, UrgencyResult, assess_urgency


@dataclass
class Triage:
    topics: list[str]  # most relevant first; `other` stands alone
    topic_scores: dict[str, float]  # a probability per topic id (all 13)
    confident: bool  # False: ask 「どれに近いですか？」 with `candidates`
    candidates: list[str]  # the best three topics (not `other`), best first
    urgency: str  # emergency / urgent / routine
    urgency_reason: str | None  # staff-facing Japanese reason and the words that triggered it
    call_number: str | None  # "119" / "110" with an emergency; "#7119" as advice otherwise
    route: str  # center / outside_city / marugoto / zaitaku_renkei / emergency
    center_id: str | None  # only when the address names exactly one center
    address: Any | None = field(default=None)  # the router's Resolution, or None
    topics_guessed: bool = False  # no topic cleared its threshold: `topics` is a guess (nlp/topics.py)
    # Safety (shared/spec/triage.md: emergency families, crisis), rules OR the learned detector:
    call: str | None = None  # "119" / "110" only when urgency is emergency
    crisis: bool = False  # thoughts of death or self-harm (urgency then at least urgent)
    safety_family: str | None = None  # the family that raised the emergency, or "crisis" (crisis only)
    safety_uncertain: bool = False  # a risk sign neither detector is sure of: ask one safety question
    uncertain_call: str | None = None  # the number to give when the answer is "yes, a life is in danger now"
    # The safety question or the crisis flag (no emergency) comes from the learned detector alone: no
    # readable rule saw a sign, set one aside or read the message as over or hypothetical, in any
    # reading of it. The conversation may then give a sure FAQ answer first (bot/conversation/steps.py).
    safety_by_model_alone: bool = False

    def to_dict(self) -> dict:
        address = self.address
        if address is not None and hasattr(address, "to_dict"):
            address = address.to_dict()
        return {
            "topics": list(self.topics),
            "topic_scores": dict(self.topic_scores),
            "confident": self.confident,
            "candidates": list(self.candidates),
            "topics_guessed": self.topics_guessed,
            "urgency": self.urgency,
            "urgency_reason": self.urgency_reason,
            "call_number": self.call_number,
            "route": self.route,
            "center_id": self.center_id,
            "address": address,
            "call": self.call,
            "crisis": self.crisis,
            "safety_family": self.safety_family,
            "safety_uncertain": self.safety_uncertain,
            "uncertain_call": self.uncertain_call,
            "safety_by_model_alone": self.safety_by_model_alone,
        }


class Triager:
    def __init__(self, model: TopicModel, router: AddressFinder | None, safety: SafetyModel | None = None):
        """`safety` None: the readable rules alone decide the urgency (tests of the rules, old models)."""
        self.model = model
        self.router = router
        self.safety = safety
        # The two models read the same message: its features are counted once for both.
        # (Stand-ins for the models in tests may have no vectorizer: each then reads the message itself.)
        vectorizers = [
            v for v in (getattr(m, "vectorizer", None) for m in (model, safety)) if isinstance(v, Vectorizer)
        ]
        self._features = SharedFeatures(vectorizers) if len(vectorizers) == 2 else None

    @classmethod
    def load(cls, router: AddressFinder | None, model_dir: Path | str | None = None) -> Triager:
        """The committed models (nlp/model/) or others; `router` finds the address (may be None)."""
        model_dir = Path(model_dir) if model_dir else None
        # A topic model trained elsewhere (a temporary folder) is served with the committed safety model.
        safety_dir = model_dir if model_dir and (model_dir / "safety.json").exists() else None
        triager = cls(TopicModel.load(model_dir), router, SafetyModel.load(safety_dir))
        release_freed_memory()
        return triager

    def safety_scores(self, doc: Analysed, columns: tuple[np.ndarray, np.ndarray] | None = None) -> SafetyScores | None:
        """The learned detector's scores of one reading of the message (None without a detector)."""
        return self.safety.scores(doc, columns) if self.safety is not None else None

    def decide(self, rules: UrgencyResult, scores: SafetyScores | None) -> SafetyDecision:
        return decide_safety(rules, scores, self.safety.thresholds if self.safety is not None else None)

    def triage(self, text: str) -> Triage:
        address = find_address(self.router, text)
        masked = mask_address(text, address)
        doc = analyse(masked)
        # Typed in katakana or romaji: the rules read the message's hiragana reading too (below).
        reading = kana_reading(text)
        # Typed in katakana: the safety model reads only the hiragana reading, as it was trained
        # (nlp/safety.py `safety_text`); the katakana script itself is no sign of an emergency. With no
        # address masked out and no reading of the message, the masked text has none either.
        katakana = katakana_reading(masked) if reading is not None or masked != text else None
        safety_doc = analyse(katakana) if katakana is not None else doc
        topic_columns: tuple[np.ndarray, np.ndarray] | None = None
        safety_columns: tuple[np.ndarray, np.ndarray] | None = None
        if self._features is not None:
            topic_columns, safety_columns = self._features.transform_one(doc)
            if safety_doc is not doc:
                safety_columns = self._features.transform_one(safety_doc)[1]
        topics = self.model.predict(doc, topic_columns)
        rules = assess_urgency(text)
        # Courtesy, acknowledgement or greeting alone (「OK」「ありがとう」「はい、わかりました」): the learned
        # detector does not decide by itself (its score there is noise); the readable rules still do.
        model_reads = not courtesy_only(text, reading)
        scores = self.safety_scores(safety_doc, safety_columns) if model_reads else None
        safety = self.decide(rules, scores)
        read_by_rules = [rules]
        if reading is not None:
            # Written in katakana or romaji: the rules judge the hiragana reading too, and the more
            # alarming of the two decisions stands (recall first). A katakana message is read by the
            # model only in its reading, already scored; a romaji message is read by the model both
            # ways (the romaji reading of English is nonsense, English is not).
            read_rules = assess_urgency(reading)
            read_by_rules.append(read_rules)
            read_scores = scores if katakana is not None or not model_reads else self.safety_scores(analyse(reading))
            read_safety = self.decide(read_rules, read_scores)
            crisis = safety.crisis or read_safety.crisis
            # Ties break toward the rules: an emergency a rule found in the reading outranks one the model alone
            # found in the typed text (the reading is read because the rules cannot read what was typed:
            # 「チチガイキヲシテイナイ」 is the rules' 119 breathing, not the model's 110); else the typed text stands.
            if alarm_rank(read_safety, read_rules) > alarm_rank(safety, rules):
                rules, safety = read_rules, read_safety
            safety = replace(safety, crisis=crisis)
        route = decide_route(text, safety.urgency, topics.topics, address)
        return Triage(
            topics=topics.topics,
            topic_scores=topics.scores,
            confident=topics.confident,
            candidates=topics.candidates,
            topics_guessed=topics.guessed,
            urgency=safety.urgency,
            urgency_reason=safety.reason,
            call_number=safety.call
            if safety.urgency == EMERGENCY
            else (ADVICE_NUMBER if rules.call_number == ADVICE_NUMBER else None),
            route=route.route,
            center_id=route.center_id,
            address=address,
            call=safety.call,
            crisis=safety.crisis,
            safety_family=safety.family,
            safety_uncertain=safety.uncertain,
            uncertain_call=safety.uncertain_call,
            safety_by_model_alone=safety.urgency != EMERGENCY
            and (safety.uncertain or safety.crisis)
            and not any(rules_saw_something(r) for r in read_by_rules),
        )


def release_freed_memory() -> None:
    """Give back to the system the heap that loading freed: the models' JSON text and parsed lists, the
    word vectors' key table (about 25 MB a process that would otherwise stay resident, unused).
    glibc only; elsewhere nothing happens."""
    gc.collect()
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        pass


def rules_saw_something(rules: UrgencyResult) -> bool:
    """A readable rule found a sign, set one aside, or read the message as over or hypothetical."""
    return bool(rules.findings) or rules.dismissed or rules.settled or rules.crisis or rules.crisis_dismissed


def alarm_rank(decision: SafetyDecision, rules: UrgencyResult) -> tuple[bool, bool, bool, bool, bool, bool]:
    """How alarming a safety decision is: an emergency, then one a readable rule found (its family and number
    are read, the model's only guessed), then a crisis, then urgent, then a question, then a crisis or alarm
    the rules found over one the model alone raised."""
    emergency = decision.urgency == EMERGENCY
    by_rule = emergency and rules.urgency == EMERGENCY
    return (emergency, by_rule, decision.crisis, decision.urgency == URGENT, decision.uncertain, decision.by_rules)
