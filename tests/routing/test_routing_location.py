"""A LINE location message gives the nearest 町丁目, always to be confirmed."""

from __future__ import annotations

import pytest

from routing import Router


def test_every_representative_point_resolves_to_its_own_center(router: Router, towns):
    for r in towns:
        if r.lat is None:
            continue
        result = router.resolve_location(r.lat, r.lng)
        assert (result.kind, result.method, result.center_id) == ("center", "location", r.center_id), r
        assert result.to_confirm is True


def test_point_near_a_town_gives_that_town(router: Router, towns):
    record = next(r for r in towns if r.town == "小仲台" and r.chome == 2)
    result = router.resolve_location(record.lat + 0.0004, record.lng - 0.0003)
    assert (result.center_id, result.town, result.ward) == ("konakadai", "小仲台", "稲毛区")
    assert result.distance_km < 0.1


@pytest.mark.parametrize(
    ("lat", "lng", "place"),
    [
        (35.6812, 139.7671, "Tokyo station"),
        (35.6946, 139.9826, "Funabashi station"),
        (35.4980, 140.1157, "Ichihara (Goi)"),
        (35.6500, 140.3200, "east of the city"),
        (35.5500, 139.9000, "Tokyo Bay"),
        (34.6937, 135.5023, "Osaka"),
    ],
)
def test_points_far_from_the_city_are_outside(router: Router, lat, lng, place):
    result = router.resolve_location(lat, lng)
    assert result.kind == "outside_city", place
    assert result.center_id is None
    assert result.to_confirm is True


def test_city_hall_is_inside(router: Router):
    result = router.resolve_location(35.6074, 140.1065)  # 千葉市役所, 中央区千葉港
    assert result.kind == "center"
    assert result.ward == "中央区"
