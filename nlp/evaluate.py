"""Scoring the triage against labelled messages: a development set given as a file, or the corpus's held-out part."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from nlp.topics import TOPICS


@dataclass(frozen=True, slots=True)
class Gold:
    id: str
    text: str
    topics: tuple[str, ...]
    urgency: str
    route: str
    center_id: str | None
    call: str | None = None  # "119" / "110" with an emergency (spec fields; optional in older files)
    crisis: bool | None = None


@dataclass(frozen=True, slots=True)
class Predicted:
    topics: tuple[str, ...]
    urgency: str
    route: str
    center_id: str | None
    call: str | None = None
    crisis: bool = False


def read_gold(path: Path) -> list[Gold]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            items.append(
                Gold(
                    str(d["id"]),
                    d["text"],
                    tuple(d["topics"]),
                    d["urgency"],
                    d["route"],
                    d.get("center_id"),
                    d.get("call"),
                    d.get("crisis"),
                )
            )
    return items


def _f1(tp: int, fp: int, fn: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def score(gold: Sequence[Gold], predicted: Sequence[Predicted]) -> dict:
    """Topic micro/macro F1 and F1 per topic, urgency, emergency recall/precision, route, center."""
    if len(gold) != len(predicted):
        raise ValueError("one prediction per gold item")
    per_topic: dict[str, dict[str, int]] = {t: {"tp": 0, "fp": 0, "fn": 0, "support": 0} for t in TOPICS}
    urgency_ok = route_ok = 0
    em_tp = em_fp = em_fn = 0
    center_total = center_ok = wrong_centers = 0
    for g, p in zip(gold, predicted):
        gs, ps = set(g.topics), set(p.topics)
        for t in TOPICS:
            c = per_topic[t]
            c["support"] += t in gs
            c["tp"] += t in gs and t in ps
            c["fp"] += t not in gs and t in ps
            c["fn"] += t in gs and t not in ps
        urgency_ok += g.urgency == p.urgency
        em_tp += g.urgency == "emergency" and p.urgency == "emergency"
        em_fp += g.urgency != "emergency" and p.urgency == "emergency"
        em_fn += g.urgency == "emergency" and p.urgency != "emergency"
        route_ok += g.route == p.route
        if g.center_id is not None:
            center_total += 1
            center_ok += p.center_id == g.center_id
        if p.center_id is not None and p.center_id != g.center_id:
            wrong_centers += 1
    with_call = [(g, p) for g, p in zip(gold, predicted) if g.call]
    with_crisis = [(g, p) for g, p in zip(gold, predicted) if g.crisis is not None]
    cr_tp = sum(bool(g.crisis) and p.crisis for g, p in with_crisis)
    cr_gold = sum(bool(g.crisis) for g, _ in with_crisis)
    cr_pred = sum(p.crisis for _, p in with_crisis)
    tp = sum(c["tp"] for c in per_topic.values())
    fp = sum(c["fp"] for c in per_topic.values())
    fn = sum(c["fn"] for c in per_topic.values())
    # Macro over the topics that occur (in gold or prediction): a topic absent from both says nothing.
    present = [t for t, c in per_topic.items() if c["support"] or c["fp"]]
    f1_by_topic = {t: round(_f1(c["tp"], c["fp"], c["fn"]), 4) for t, c in per_topic.items()}
    n = len(gold)
    return {
        "n": n,
        "topics_micro_f1": round(_f1(tp, fp, fn), 4),
        "topics_macro_f1": round(sum(f1_by_topic[t] for t in present) / max(len(present), 1), 4),
        "topics_f1": f1_by_topic,
        "topics_support": {t: c["support"] for t, c in per_topic.items()},
        "urgency_accuracy": round(urgency_ok / n, 4) if n else 0.0,
        "emergency_recall": round(em_tp / (em_tp + em_fn), 4) if em_tp + em_fn else 1.0,
        "emergency_precision": round(em_tp / (em_tp + em_fp), 4) if em_tp + em_fp else 1.0,
        "emergency_support": em_tp + em_fn,
        "route_accuracy": round(route_ok / n, 4) if n else 0.0,
        "center_accuracy": round(center_ok / center_total, 4) if center_total else 1.0,
        "center_support": center_total,
        "wrong_centers": wrong_centers,
        "call_accuracy": round(sum(p.call == g.call for g, p in with_call) / len(with_call), 4) if with_call else None,
        "call_support": len(with_call),
        "crisis_recall": round(cr_tp / cr_gold, 4) if cr_gold else None,
        "crisis_precision": round(cr_tp / cr_pred, 4) if cr_pred else None,
        "crisis_support": cr_gold,
    }


def predict_all(triager, texts: Iterable[str]) -> list[Predicted]:
    out = []
    for text in texts:
        r = triager.triage(text)
        out.append(Predicted(tuple(r.topics), r.urgency, r.route, r.center_id, r.call, r.crisis))
    return out


def evaluate_triage(triager, gold: Sequence[Gold]) -> dict:
    """The metrics dict for `triager` on `gold` (what `intake eval` prints)."""
    return score(gold, predict_all(triager, [g.text for g in gold]))


def format_report(metrics: dict, title: str) -> str:
    lines = [
        f"{title} ({metrics['n']} messages)",
        f"topics     micro-F1 {metrics['topics_micro_f1']:.3f}   macro-F1 {metrics['topics_macro_f1']:.3f}",
    ]
    for t in TOPICS:
        lines.append(f"  {t:<18} F1 {metrics['topics_f1'][t]:.3f}   (gold {metrics['topics_support'][t]})")
    lines += [
        f"urgency    accuracy {metrics['urgency_accuracy']:.3f}   emergency recall {metrics['emergency_recall']:.3f}"
        f"   precision {metrics['emergency_precision']:.3f}   (gold emergencies {metrics['emergency_support']})",
        f"route      accuracy {metrics['route_accuracy']:.3f}",
    ]
    if metrics.get("call_support"):
        lines.append(
            f"call       right number {metrics['call_accuracy']:.3f} (of {metrics['call_support']} gold emergencies)"
        )
    if metrics.get("crisis_support") is not None and "crisis_recall" in metrics:
        rec, prec = metrics["crisis_recall"], metrics["crisis_precision"]
        lines.append(
            f"crisis     recall {'—' if rec is None else f'{rec:.3f}'}   precision {'—' if prec is None else f'{prec:.3f}'}"
            f"   (gold crises {metrics['crisis_support']})"
        )
    lines += [
        f"center     accuracy {metrics['center_accuracy']:.3f} (of {metrics['center_support']} with a center)"
        f"   wrong centers {metrics['wrong_centers']}",
    ]
    return "\n".join(lines)
