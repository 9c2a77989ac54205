"""The held-out address sets of earlier rounds (routing/eval/heldout_round*.jsonl), folded into training.

Each was written by an independent writer, measured once, then folded in (routing/eval/README.md).
Each item must come out as its writer expected: the center, ambiguous (a question), unknown, or
outside_city naming the municipality the item gives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from routing import Router
from routing.cli import predicted_label

EVAL_DIR = Path(__file__).resolve().parents[2] / "routing" / "eval"
SIZES = {
    "heldout_round1.jsonl": 230,
    "heldout_round2.jsonl": 214,
    "heldout_round3.jsonl": 195,
    "heldout_round4.jsonl": 200,
    "heldout_round5.jsonl": 198,
    "heldout_round6.jsonl": 211,
    "heldout_round7.jsonl": 200,
    "heldout_round8.jsonl": 202,
    "heldout_round9.jsonl": 200,
    "heldout_round10.jsonl": 200,
    "heldout_round11.jsonl": 200,
    "heldout_round12.jsonl": 200,
    "heldout_round13.jsonl": 200,
    "heldout_round14.jsonl": 200,
    "heldout_round15.jsonl": 200,
    "heldout_round16.jsonl": 200,
    "heldout_round17.jsonl": 200,
    "heldout_round18.jsonl": 200,
    "heldout_round19.jsonl": 200,
    "heldout_round20.jsonl": 200,
    "heldout_round21.jsonl": 200,
    "heldout_round22.jsonl": 200,
    "heldout_round23.jsonl": 200,
    "heldout_round24.jsonl": 200,
    "heldout_round25.jsonl": 200,
    "heldout_round26.jsonl": 200,
    "heldout_round27.jsonl": 200,
    "heldout_round28.jsonl": 200,
    "heldout_round29.jsonl": 200,
    "heldout_round30.jsonl": 200,
    "heldout_round31.jsonl": 200,
    "heldout_round32.jsonl": 200,
    "heldout_round33.jsonl": 200,
    "heldout_round34.jsonl": 200,
    "heldout_round35.jsonl": 200,
    "heldout_round36.jsonl": 200,
}
NOT_MET: dict[str, str] = {
    "a18-169": "a town of another city without its 市 (日南 for 日南市) is asked again, not read as outside",
    "a19-157": "a town of another city without its 市 (別府 for 別府市) is asked again, not read as outside",
    "a21-008": "栄町 named for a friend's home, not the writer's own shop or beat: 印旛郡栄町 is possible, so it is asked",
    "a23-049": "瑞穂 named alone for a grandfather's home: 西多摩郡瑞穂町 is possible, so it is asked",
    "a26-046": "瑞穂 named alone for a grandmother's home: 西多摩郡瑞穂町 is possible, so it is asked",
    "a26-071": "稲毛 told apart from the ward only by a shrine the routing data does not hold, so it is asked",
    "a28-051": "a timetable log names Chiba City's 自宅 and a mother's home elsewhere alike: unknown",
    "a28-155": "幕張の / 町の四丁目 split over lines: reading 「X の町」 as X町 could send a 稲毛の町 elsewhere, so it is asked",
    "a36-045": "瑞穂 named alone for a father-in-law's home: 西多摩郡瑞穂町 is possible, so it is asked",
    "a36-187": "near 蘇我駅: the station stands among one center's towns, so it is routed there, not asked",
    "a36-188": "near 鎌取駅: the station stands among one center's towns, so it is routed there, not asked",
}
# Round 3's writer expects `unknown` for a ward or the city alone, round 1's writer `ambiguous` for the
# same texts (a1-169 稲毛区です, a1-171 ちばし です, a1-172 みどりく): the router asks the town within the
# ward (or the ward), which is what the conversation needs; these stay as written and are not met.
ASKS_WHERE_THE_WRITER_EXPECTS_UNKNOWN = (
    "a3-130",
    "a3-150",
    "a3-152",
    "a3-154",
    "a3-159",
    "a3-165",
    "a3-189",
    "a4-115",  # round 4's writer labels 千葉市 and 稲毛区 alone the same way
    "a4-137",
)
NOT_MET |= {
    i: "labelled unknown for a ward or the city alone; round 1 labels the same texts ambiguous, the router asks"
    for i in ASKS_WHERE_THE_WRITER_EXPECTS_UNKNOWN
}
NOT_MET |= {
    # round 7's writer labels a school's district by an old district list (its WRITER.md marks it unsure);
    # a district is not the town the school is named after and may cross centers: the router asks
    "a7-085": "a school's district (幕張西小学校の学区) is asked, not read as the town 幕張西",
}


def load(name: str) -> list[dict]:
    lines = (EVAL_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ITEMS = [item for name in SIZES for item in load(name)]


def params(items: list[dict]) -> list:
    return [
        pytest.param(i, id=i["id"], marks=pytest.mark.xfail(reason=NOT_MET[i["id"]], strict=True))
        if i["id"] in NOT_MET
        else pytest.param(i, id=i["id"])
        for i in items
    ]


@pytest.mark.parametrize("name, size", SIZES.items())
def test_each_round_is_all_there(name, size):
    assert len(load(name)) == size


@pytest.mark.parametrize("item", params(ITEMS))
def test_a_held_out_address_gets_what_its_writer_expected(router: Router, item):
    result = router.resolve(item["text"])
    assert predicted_label(result) == item["expect"], result
    if "municipality" in item:
        assert result.municipality == item["municipality"], result


@pytest.mark.parametrize("item", [i for i in ITEMS if i["expect"] == "outside_city"], ids=lambda i: i["id"])
def test_a_held_out_address_outside_the_city_never_gets_a_center(router: Router, item):
    assert router.resolve(item["text"]).kind != "center"
