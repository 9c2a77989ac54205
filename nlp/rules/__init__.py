"""The readable urgency rules, one module per emergency family (shared/spec/triage.md).

| module | family | call |
| --- | --- | --- |
| self_harm_now.py | an attempt at suicide or self-harm now (also crisis) | 119 |
| poisoning.py | far too much medicine, something swallowed that is not food | 119 |
| choking.py | something stuck in the throat | 119 |
| stroke.py | face, speech, one-sided weakness, sudden confusion | 119 |
| seizure_bleeding_fall.py | seizure, heavy bleeding, a bad fall or head injury | 119 |
| heat_cold.py | heatstroke, hypothermia, shut out in the cold | 119 |
| heart_breathing.py | chest pain with a body in trouble, not getting air | 119 |
| unresponsive.py | not responding, collapsed, unable to get up for hours | 119 |
| unanswered.py | no answer for days, may be lying inside | 119 |
| intruder_violence.py | someone who will not leave, violence now | 110 |
| fraud_in_progress.py | sent to the bank/ATM by a caller, someone coming for the cash | 110 |
| missing_dementia.py | an older person with dementia who cannot be found | 110 |
| other_emergency.py | fire, severe pain, asks for an ambulance (no spec family) | 119 |
| crisis.py | thoughts of death or self-harm: crisis flag, `urgent` | — |
| urgent.py | a staff response today (not an emergency family) | — |
| advice.py | a medical worry that is not clearly an emergency | #7119 |

The order is the order of precedence when several families match one message: the more specific
first (「餅がのどに詰まって息ができない」 is choking, not breathing).
"""

from __future__ import annotations

from dataclasses import replace

from nlp.rules import (
    advice,
    choking,
    crisis,
    fraud_in_progress,
    heart_breathing,
    heat_cold,
    intruder_violence,
    missing_dementia,
    other_emergency,
    poisoning,
    seizure_bleeding_fall,
    self_harm_now,
    stroke,
    unanswered,
    unresponsive,
    urgent,
)
from nlp.rules.base import ADVICE, ADVICE_NUMBER, EMERGENCY, ROUTINE, URGENT, Rule

# The spec's emergency families and their number (shared/spec/triage.md), plus self_harm_now.
FAMILIES: dict[str, str] = {
    "stroke": "119",
    "heart_breathing": "119",
    "choking": "119",
    "unresponsive": "119",
    "heat_cold": "119",
    "poisoning": "119",
    "seizure_bleeding_fall": "119",
    "unanswered": "119",
    "fraud_in_progress": "110",
    "intruder_violence": "110",
    "missing_dementia": "110",
    "self_harm_now": "119",
}
OTHER_EMERGENCY = "other_emergency"
CRISIS = "crisis"
# Staff-facing names (Japanese), for reasons and statistics.
FAMILY_LABELS: dict[str, str] = {
    "stroke": "脳卒中の疑い",
    "heart_breathing": "心臓・呼吸",
    "choking": "窒息",
    "unresponsive": "意識がない・倒れている",
    "heat_cold": "熱中症・低体温",
    "poisoning": "薬の大量服用・誤飲",
    "seizure_bleeding_fall": "けいれん・出血・転倒",
    "unanswered": "数日応答がない",
    "fraud_in_progress": "詐欺が進行中",
    "intruder_violence": "不審者・暴力",
    "missing_dementia": "認知症の方の行方不明",
    "self_harm_now": "自殺企図・自傷",
    OTHER_EMERGENCY: "その他の緊急(火災など)",
    CRISIS: "死にたい気持ち",
}

_GROUPS = (
    ("self_harm_now", self_harm_now.RULES),
    ("poisoning", poisoning.RULES),
    ("choking", choking.RULES),
    ("stroke", stroke.RULES),
    ("seizure_bleeding_fall", seizure_bleeding_fall.RULES),
    ("heat_cold", heat_cold.RULES),
    ("heart_breathing", heart_breathing.RULES),
    ("unresponsive", unresponsive.RULES),
    ("unanswered", unanswered.RULES),
    ("intruder_violence", intruder_violence.RULES),
    ("fraud_in_progress", fraud_in_progress.RULES),
    ("missing_dementia", missing_dementia.RULES),
    (OTHER_EMERGENCY, other_emergency.RULES),
    (CRISIS, crisis.RULES),
    (None, urgent.RULES),
    (None, advice.RULES),
)

# Families where a suspicion is itself the emergency: 「洗剤を飲んだかもしれない」「練炭をたいているかもしれない」.
SUSPICION_IS_EMERGENCY = frozenset({"poisoning", "choking", "self_harm_now", "unanswered"})

RULES: tuple[Rule, ...] = tuple(
    replace(rule, family=family, worry_counts=rule.worry_counts or family in SUSPICION_IS_EMERGENCY)
    for family, rules in _GROUPS
    for rule in rules
)
RULES_BY_FAMILY: dict[str, tuple[Rule, ...]] = {
    family: tuple(rule for rule in RULES if rule.family == family) for family, _ in _GROUPS if family
}

__all__ = [
    "ADVICE",
    "ADVICE_NUMBER",
    "CRISIS",
    "EMERGENCY",
    "FAMILIES",
    "FAMILY_LABELS",
    "OTHER_EMERGENCY",
    "ROUTINE",
    "RULES",
    "RULES_BY_FAMILY",
    "URGENT",
    "Rule",
]
