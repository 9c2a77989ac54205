"""Scoring the safety decision per emergency family: `intake eval safety FILE`.

FILE is JSON lines with `id, text, family` (a family id or null), `call` ("119"/"110"/null),
`crisis` (bool) and `lookalike_of` (a family id, "crisis" or null): the format of
nlp/corpus/safety/. Printed per family: recall (the alarm raised), the family named, the number
right; precision (of the alarms naming that family, how many are that family); overall emergency
recall and precision; look-alikes not raised; crisis recall and precision.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.rules import CRISIS
from nlp.safety import MODEL_FAMILIES


@dataclass(frozen=True, slots=True)
class SafetyGold:
    id: str
    text: str
    family: str | None
    call: str | None
    crisis: bool
    lookalike_of: str | None
    style: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class SafetyPredicted:
    urgency: str
    call: str | None
    crisis: bool
    family: str | None
    uncertain: bool = False


def parse_gold(record: dict, source: str = "") -> SafetyGold:
    """One JSON record → SafetyGold; ValueError when a label is outside the spec."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text")
    family = record.get("family")
    if family is not None and family not in MODEL_FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    call = record.get("call")
    if call not in (None, "119", "110"):
        raise ValueError(f"bad call {call!r}")
    lookalike = record.get("lookalike_of")
    if lookalike is not None and lookalike not in (*MODEL_FAMILIES, CRISIS):
        raise ValueError(f"unknown lookalike_of {lookalike!r}")
    crisis = record.get("crisis", False)
    if not isinstance(crisis, bool):
        raise ValueError(f"crisis must be true or false, not {crisis!r}")
    return SafetyGold(str(record.get("id")), text, family, call, crisis, lookalike, record.get("style"), source)


def read_safety_jsonl(path: Path) -> tuple[list[SafetyGold], list[str]]:
    items, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(parse_gold(json.loads(line), path.name))
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(f"{path.name}:{n}: {exc}")
    return items, problems


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score_safety(gold: Sequence[SafetyGold], predicted: Sequence[SafetyPredicted]) -> dict:
    if len(gold) != len(predicted):
        raise ValueError("one prediction per gold item")
    families: dict[str, dict] = {}
    for f in MODEL_FAMILIES:
        pos = [(g, p) for g, p in zip(gold, predicted) if g.family == f]
        named = [(g, p) for g, p in zip(gold, predicted) if p.urgency == "emergency" and p.family == f]
        if not pos and not named:
            continue
        families[f] = {
            "support": len(pos),
            "recall": _ratio(sum(p.urgency == "emergency" for _, p in pos), len(pos)),
            "family_named": _ratio(sum(p.family == f for _, p in pos), len(pos)),
            "call_right": _ratio(sum(p.call == g.call for g, p in pos if g.call), sum(1 for g, _ in pos if g.call)),
            "precision": _ratio(sum(g.family == f for g, _ in named), len(named)),
            "missed": [g.id for g, p in pos if p.urgency != "emergency"],
        }
    em_gold = [g.family is not None for g in gold]
    em_pred = [p.urgency == "emergency" for p in predicted]
    tp = sum(a and b for a, b in zip(em_gold, em_pred))
    lookalikes = [(g, p) for g, p in zip(gold, predicted) if g.lookalike_of and g.family is None]

    def raised(g: SafetyGold, p: SafetyPredicted) -> bool:
        return p.crisis if g.lookalike_of == CRISIS else p.urgency == "emergency"

    by_lookalike: dict[str, dict] = {}
    for g, p in lookalikes:
        c = by_lookalike.setdefault(g.lookalike_of, {"support": 0, "not_raised": 0, "raised_ids": []})
        c["support"] += 1
        if raised(g, p):
            c["raised_ids"].append(g.id)
        else:
            c["not_raised"] += 1
    for c in by_lookalike.values():
        c["not_raised"] = _ratio(c["not_raised"], c["support"])
    cr_tp = sum(g.crisis and p.crisis for g, p in zip(gold, predicted))
    others = [(g, p) for g, p in zip(gold, predicted) if g.family is None and not g.lookalike_of and not g.crisis]
    return {
        "n": len(gold),
        "emergency_support": sum(em_gold),
        "emergency_recall": _ratio(tp, sum(em_gold)),
        "emergency_precision": _ratio(tp, sum(em_pred)),
        "call_right": _ratio(
            sum(p.call == g.call for g, p in zip(gold, predicted) if g.call and p.urgency == "emergency"),
            sum(1 for g, p in zip(gold, predicted) if g.call and p.urgency == "emergency"),
        ),
        "families": families,
        "lookalike_support": len(lookalikes),
        "lookalikes_not_raised": _ratio(sum(not raised(g, p) for g, p in lookalikes), len(lookalikes)),
        "lookalikes": by_lookalike,
        "crisis_support": sum(g.crisis for g in gold),
        "crisis_recall": _ratio(cr_tp, sum(g.crisis for g in gold)),
        "crisis_precision": _ratio(cr_tp, sum(p.crisis for p in predicted)),
        "crisis_missed": [g.id for g, p in zip(gold, predicted) if g.crisis and not p.crisis],
        "other_support": len(others),
        "other_false_alarms": sum(p.urgency == "emergency" or p.crisis for _, p in others),
        "uncertain_rate_without_alarm": _ratio(
            sum(p.uncertain for p in predicted if p.urgency != "emergency"),
            sum(p.urgency != "emergency" for p in predicted),
        ),
    }


def predict_safety(triager, texts: Sequence[str]) -> list[SafetyPredicted]:
    out = []
    for text in texts:
        r = triager.triage(text)
        out.append(SafetyPredicted(r.urgency, r.call, r.crisis, r.safety_family, r.safety_uncertain))
    return out


def _fmt(x: float | None) -> str:
    return "  —  " if x is None else f"{x:.3f}"


def format_safety_report(m: dict, title: str, show_ids: bool = True) -> str:
    lines = [
        f"{title} ({m['n']} messages)",
        f"emergency  recall {_fmt(m['emergency_recall'])}  precision {_fmt(m['emergency_precision'])}"
        f"  (gold {m['emergency_support']})   number right {_fmt(m['call_right'])}",
        f"crisis     recall {_fmt(m['crisis_recall'])}  precision {_fmt(m['crisis_precision'])}  (gold {m['crisis_support']})",
        f"look-alikes not raised {_fmt(m['lookalikes_not_raised'])}  (of {m['lookalike_support']})",
        f"other messages raised {m['other_false_alarms']} of {m['other_support']};"
        f" safety question asked on {_fmt(m['uncertain_rate_without_alarm'])} of messages without an alarm",
        "",
        f"{'family':<24}{'gold':>5}{'recall':>8}{'named':>8}{'number':>8}{'precision':>10}",
    ]
    for f, c in m["families"].items():
        lines.append(
            f"{f:<24}{c['support']:>5}{_fmt(c['recall']):>8}{_fmt(c['family_named']):>8}"
            f"{_fmt(c['call_right']):>8}{_fmt(c['precision']):>10}"
        )
    lines += ["", f"{'look-alike of':<24}{'n':>5}{'not raised':>12}"]
    for f, c in sorted(m["lookalikes"].items()):
        lines.append(f"{f:<24}{c['support']:>5}{_fmt(c['not_raised']):>12}")
    if show_ids:
        missed = {f: c["missed"] for f, c in m["families"].items() if c["missed"]}
        raised = {f: c["raised_ids"] for f, c in m["lookalikes"].items() if c["raised_ids"]}
        if missed:
            lines += ["", "missed emergencies: " + json.dumps(missed, ensure_ascii=False)]
        if m["crisis_missed"]:
            lines.append("missed crises: " + ", ".join(m["crisis_missed"]))
        if raised:
            lines.append("look-alikes raised: " + json.dumps(raised, ensure_ascii=False))
    return "\n".join(lines)
