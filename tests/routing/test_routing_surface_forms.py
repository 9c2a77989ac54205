"""Every 町丁目 of the seed data, written the ways residents write it, reaches its center."""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.seed import read_towns
from tests.routing.surface_forms import surface_forms, unique_center_zips

TOWNS = read_towns()
ZIPS = unique_center_zips(TOWNS)
TOWN_NAMES = {r.town for r in TOWNS}


def _split_towns() -> list[tuple[str, str]]:
    centers = defaultdict(set)
    for r in TOWNS:
        centers[(r.ward, r.town)].add(r.center_id)
    return sorted(k for k, v in centers.items() if len(v) > 1)


def test_seed_has_505_town_rows_and_six_split_towns():
    assert len(TOWNS) == 505
    assert {t for _, t in _split_towns()} == {"柏井", "宮野木台", "朝日ケ丘", "中瀬", "ひび野", "高浜"}


@pytest.mark.parametrize("record", TOWNS, ids=lambda r: f"{r.ward}{r.town}{r.chome or ''}")
def test_every_town_row_in_six_or_more_surface_forms_resolves_to_its_center(router: Router, record):
    forms = surface_forms(record, ZIPS, TOWN_NAMES)
    assert len(forms) >= 6
    for text in forms:
        result = router.resolve(text)
        assert result.kind == "center", (text, result)
        assert result.center_id == record.center_id, (text, result)
        if not text.startswith("〒") and not text[0].isdigit() and not "０" <= text[0] <= "９":
            assert result.town == record.town, (text, result)
            if record.chome is not None:
                assert result.chome == record.chome, (text, result)


@pytest.mark.parametrize("ward_town", _split_towns(), ids=lambda k: k[1])
def test_split_town_without_chome_is_ambiguous_and_asks_for_the_chome(router: Router, ward_town):
    ward, town = ward_town
    expected = defaultdict(list)
    for r in TOWNS:
        if (r.ward, r.town) == ward_town:
            expected[r.center_id].append(r.chome)
    for text in (f"千葉市{ward}{town}", f"{ward}{town}", town, f"{town}　サンハイツ101"):
        result = router.resolve(text)
        assert result.kind == "ambiguous", (text, result)
        assert result.ask == "chome"
        assert set(result.candidates) == set(expected)
        assert {c.center_id: sorted(c.chome) for c in result.choices} == {k: sorted(v) for k, v in expected.items()}
        assert result.center_id is None


@pytest.mark.parametrize("ward_town", _split_towns(), ids=lambda k: k[1])
def test_split_town_with_a_chome_not_in_the_data_still_asks(router: Router, ward_town):
    ward, town = ward_town
    result = router.resolve(f"{ward}{town}9丁目")
    assert result.kind == "ambiguous"
    assert result.ask == "chome"
    assert "chome_not_in_data" in result.flags


def test_split_town_with_banchi_but_no_chome_is_not_read_as_a_chome(router: Router):
    result = router.resolve("美浜区高浜5番地")
    assert result.kind == "ambiguous"
    assert result.ask == "chome"
