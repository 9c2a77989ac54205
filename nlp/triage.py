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

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.features import analyse
from nlp.route import AddressFinder, decide_route, find_address, mask_address
from nlp.topics import TopicModel
from nlp.urgency import assess_urgency


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
    call: str | None = None  # "119" / "110" only with an emergency
    crisis: bool = False  # someone speaks of wanting to die or of self-harm
    safety_family: str | None = None  # the emergency family (shared/spec/triage.md) or "crisis"
    safety_uncertain: bool = False  # a risk sign, but not certain: ask before going on
    uncertain_call: str | None = None  # the number to give if the answer is "yes, now"

    def to_dict(self) -> dict:
        address = self.address
        if address is not None and hasattr(address, "to_dict"):
            address = address.to_dict()
        return {
            "topics": list(self.topics),
            "topic_scores": dict(self.topic_scores),
            "confident": self.confident,
            "candidates": list(self.candidates),
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
        }


class Triager:
    def __init__(self, model: TopicModel, router: AddressFinder | None):
        self.model = model
        self.router = router

    @classmethod
    def load(cls, router: AddressFinder | None, model_dir: Path | str | None = None) -> Triager:
        """The committed model (nlp/model/) or another one; `router` finds the address (may be None)."""
        return cls(TopicModel.load(Path(model_dir) if model_dir else None), router)

    def triage(self, text: str) -> Triage:
        address = find_address(self.router, text)
        topics = self.model.predict(analyse(mask_address(text, address)))
        urgency = assess_urgency(text)
        route = decide_route(text, urgency.urgency, topics.topics, address)
        return Triage(
            topics=topics.topics,
            topic_scores=topics.scores,
            confident=topics.confident,
            candidates=topics.candidates,
            urgency=urgency.urgency,
            urgency_reason=urgency.reason,
            call_number=urgency.call_number,
            route=route.route,
            center_id=route.center_id,
            address=address,
            call=urgency.call_number if urgency.urgency == "emergency" else None,
        )
