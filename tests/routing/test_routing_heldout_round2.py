"""The round-2 held-out addresses (routing/eval/heldout_round2.jsonl), folded into training.

Each item must come out as its writer expected: the center, ambiguous (a question), unknown,
or outside_city naming the municipality the item gives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from routing import Router
from routing.cli import predicted_label

ITEMS = [
    json.loads(line)
    for line in (Path(__file__).resolve().parents[2] / "routing" / "eval" / "heldout_round2.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def test_the_round2_set_is_all_there():
    assert len(ITEMS) == 214


@pytest.mark.parametrize("item", ITEMS, ids=[i["id"] for i in ITEMS])
def test_a_round2_address_gets_what_its_writer_expected(router: Router, item):
    result = router.resolve(item["text"])
    assert predicted_label(result) == item["expect"], result
    if "municipality" in item:
        assert result.municipality == item["municipality"], result


@pytest.mark.parametrize("item", [i for i in ITEMS if i["expect"] == "outside_city"], ids=lambda i: i["id"])
def test_a_round2_address_outside_the_city_never_gets_a_center(router: Router, item):
    assert router.resolve(item["text"]).kind != "center"
