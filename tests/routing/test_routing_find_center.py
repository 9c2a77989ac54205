"""「わたしのセンターをさがす」: an address, postal code or location gives the center, or the question to ask."""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.find_center import CenterInfo, centers_from_csv, centers_from_session, find_center
from routing.seed import read_centers, read_towns

CENTERS = centers_from_csv()
TOWNS = read_towns()


def test_the_directory_from_the_seed_has_the_28_centers_with_name_ward_and_area():
    assert len(CENTERS) == 28
    for c in read_centers():
        info = CENTERS[c.center_id]
        assert (info.name, info.ward, info.area) == (c.name, c.ward, c.area_raw)


@pytest.mark.parametrize(
    "text",
    [
        "千葉市稲毛区小仲台2-5-3",
        "ちば市いなげく小仲台２丁目",
        "小仲台二丁目5番3号 サンハイツ201",
        "〒263-0043",
        "２６３００４３",
    ],
)
def test_an_address_or_postal_code_gives_the_center_with_its_name_ward_and_area(router: Router, text):
    found = find_center(router, CENTERS, text=text)
    assert found.kind == "center"
    assert found.center.id == "konakadai"
    assert found.center.name.endswith("小仲台")
    assert found.center.ward == "稲毛区"
    assert "小仲台" in found.center.area


def test_every_town_row_found_by_its_name_and_chome_gives_its_own_center(router: Router):
    for r in TOWNS:
        text = f"{r.ward}{r.town}{r.chome}丁目" if r.chome else f"{r.ward}{r.town}"
        found = find_center(router, CENTERS, text=text)
        assert (found.kind, found.center.id, found.town) == ("center", r.center_id, r.town), text


def test_a_location_gives_the_nearest_center_to_confirm(router: Router):
    record = next(r for r in TOWNS if r.town == "高洲" and r.chome == 3)
    found = find_center(router, CENTERS, lat=record.lat, lng=record.lng)
    assert (found.kind, found.center.id, found.town, found.chome) == ("center", record.center_id, "高洲", 3)
    assert found.to_confirm is True


@pytest.mark.parametrize("town", ["柏井", "宮野木台", "朝日ケ丘", "中瀬", "ひび野", "高浜"])
def test_a_split_town_without_chome_asks_for_it_with_each_centers_chome(router: Router, town):
    found = find_center(router, CENTERS, text=town)
    expected: dict[str, list[int]] = defaultdict(list)
    for r in TOWNS:
        if r.town == town:
            expected[r.center_id].append(r.chome)
    assert found.kind == "ambiguous"
    assert found.center is None
    assert (found.ask, found.town) == ("chome", town)
    assert {o.center.id: sorted(o.chome) for o in found.options} == {k: sorted(v) for k, v in expected.items()}
    assert all(o.center.name for o in found.options)


def test_a_split_town_with_its_chome_gives_one_center(router: Router):
    found = find_center(router, CENTERS, text="美浜区高浜3丁目")
    assert found.kind == "center"
    assert found.chome == 3


def test_a_ward_alone_asks_for_the_town_among_that_wards_centers(router: Router):
    found = find_center(router, CENTERS, text="みはま区")
    assert (found.kind, found.ask, found.ward) == ("ambiguous", "town", "美浜区")
    assert {o.center.ward for o in found.options} == {"美浜区"}


@pytest.mark.parametrize(
    ("text", "municipality"),
    [("千葉県船橋市本町1-2-3", "船橋市"), ("市川市八幡2-3-4", "市川市"), ("東京都世田谷区太子堂", "東京都世田谷区")],
)
def test_an_address_in_another_municipality_is_outside_and_names_it(router: Router, text, municipality):
    found = find_center(router, CENTERS, text=text)
    assert (found.kind, found.municipality, found.center) == ("outside_city", municipality, None)


def test_a_postal_code_outside_the_city_is_outside_without_a_guessed_name(router: Router):
    found = find_center(router, CENTERS, text="〒273-0005")
    assert (found.kind, found.municipality) == ("outside_city", None)


@pytest.mark.parametrize("text", ["", "   ", "わかりません", "駅前"])
def test_no_address_is_unknown(router: Router, text):
    assert find_center(router, CENTERS, text=text).kind == "unknown"


def test_nothing_given_is_unknown(router: Router):
    assert find_center(router, CENTERS).kind == "unknown"


def test_a_center_missing_from_the_directory_is_never_named(router: Router):
    directory = {k: v for k, v in CENTERS.items() if k != "konakadai"}
    assert find_center(router, directory, text="稲毛区小仲台2丁目").kind == "unknown"


def test_the_directory_from_the_database_is_what_the_admin_keeps(isolated_database_url):
    from sqlalchemy import select

    from core.db import make_engine, make_session_factory, transaction
    from routing.models import Destination
    from routing.service import load_router

    engine = make_engine(isolated_database_url)
    factory = make_session_factory(engine)
    try:
        with factory() as session:
            centers = centers_from_session(session)
            router = load_router(session)
        assert len(centers) == 28
        assert all(isinstance(c, CenterInfo) and c.area for c in centers.values())
        found = find_center(router, centers, text="稲毛区小仲台2丁目")
        assert (found.center.id, found.center.name) == ("konakadai", CENTERS["konakadai"].name)
        with transaction(factory) as session:
            session.scalars(select(Destination).where(Destination.id == "konakadai")).one().active = False
        with factory() as session:
            assert "konakadai" not in centers_from_session(session)
    finally:
        engine.dispose()
