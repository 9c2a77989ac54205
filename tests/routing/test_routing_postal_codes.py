"""Postal codes lead to the town(s) and to the center when only one is possible."""

from __future__ import annotations

import pytest

from routing import Router


@pytest.mark.parametrize("code", ["〒263-0043", "2630043", "２６３－００４３", "〒２６３００４３", "263-0043"])
def test_postal_code_of_one_town_gives_its_center(router: Router, code):
    result = router.resolve(code)
    assert (result.kind, result.method, result.center_id, result.town) == (
        "center",
        "postal_code",
        "konakadai",
        "小仲台",
    )


def test_postal_code_of_a_split_town_asks_for_the_chome(router: Router):
    result = router.resolve("〒261-0003")  # 高浜
    assert (result.kind, result.ask, result.method) == ("ambiguous", "chome", "postal_code")
    assert set(result.candidates) == {"takasu", "isobe"}


def test_postal_code_shared_by_two_towns_of_one_center_gives_the_center(router: Router):
    result = router.resolve("〒260-0822")  # 蘇我 and 蘇我町
    assert (result.kind, result.center_id) == ("center", "matsugaoka")
    assert "town_uncertain" in result.flags


def test_ward_catch_all_postal_code_asks_for_the_town(router: Router):
    result = router.resolve("〒263-0000")
    assert (result.kind, result.ask, result.ward) == ("ambiguous", "town", "稲毛区")


def test_business_building_code_maps_to_its_town(router: Router):
    result = router.resolve("〒261-7101")  # 中瀬ワールドビジネスガーデン: 中瀬 is split by 丁目
    assert (result.kind, result.ask) == ("ambiguous", "chome")


def test_postal_code_outside_the_city(router: Router):
    result = router.resolve("〒273-0005")  # not a Chiba City code
    assert result.kind == "outside_city"
    assert result.to_confirm is True


def test_unknown_code_with_a_city_prefix_is_unknown(router: Router):
    assert router.resolve("〒263-0099").kind == "unknown"


def test_postal_code_with_an_address_uses_the_address_and_checks_the_code(router: Router):
    agreeing = router.resolve("〒263-0043 千葉市稲毛区小仲台2-5-3")
    assert (agreeing.center_id, agreeing.flags) == ("konakadai", ())
    contradicting = router.resolve("〒260-0001 稲毛区小仲台2-5-3")
    assert contradicting.center_id == "konakadai"
    assert "postal_code_contradicts_town" in contradicting.flags
    assert contradicting.to_confirm is True


def test_phone_numbers_are_not_postal_codes(router: Router):
    assert router.resolve("043-245-5111").kind == "unknown"


def test_resolve_postal_code_alone(router: Router):
    assert router.resolve_postal_code("２６１－０００１").center_id == "saiwaicho"


@pytest.mark.parametrize(
    "text",
    ["母の住所は263-0043です", "〒263-0043の父", "郵便番号263ー0043", "２６３－００４３に住む母が", "〒 2630043 です"],
)
def test_a_postal_code_of_the_city_inside_a_message_is_found_with_or_without_mark_and_hyphen(router: Router, text):
    result = router.find_in_text(text)
    assert result is not None and (result.kind, result.center_id) == ("center", "konakadai"), result


@pytest.mark.parametrize("text", ["電話は043-245-5111です", "2630043円でした", "母は273-0005に住んでいます"])
def test_other_numbers_in_a_message_are_not_taken_for_the_citys_postal_codes(router: Router, text):
    result = router.find_in_text(text)
    assert result is None or result.kind != "center"
