"""Staff see a Japanese name for every topic id, in the contract's order."""

from __future__ import annotations

from cases.labels import TOPIC_LABELS
from core.topics import TOPIC_IDS


def test_every_topic_has_a_staff_label_in_spec_order():
    assert tuple(TOPIC_LABELS) == TOPIC_IDS
