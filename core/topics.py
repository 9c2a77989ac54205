"""The topic vocabulary (docs/triage-spec.md): the 13 topic ids, in spec order.

The one definition: the model's rows, the FAQ entries' topics, the staff labels and the
bot's topic names are all keyed by these ids.
"""

from __future__ import annotations

TOPIC_IDS: tuple[str, ...] = (
    "dementia",
    "end_of_life",
    "consumer_fraud",
    "abuse",
    "guardianship",
    "care_services",
    "care_prevention",
    "home_medical",
    "caregiver_support",
    "watch_isolation",
    "daily_living",
    "professional",
    "other",
)
# Stands alone: a worry is `other` only when no other topic fits.
OTHER = "other"
