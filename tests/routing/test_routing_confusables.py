"""Names that look alike are told apart by the data, and never guessed between."""

from __future__ import annotations

import pytest

from routing import Router


def _center(router: Router, text: str) -> str:
    result = router.resolve(text)
    assert result.kind == "center", (text, result)
    return result.center_id


# --- 小中台町 / 西小中台 / 小仲台 -------------------------------------------------------------


def test_konakadai_homophones_reach_their_own_centers(router: Router):
    assert _center(router, "稲毛区小中台町") == "sanno"
    assert _center(router, "花見川区西小中台") == "nirenokidai"
    assert _center(router, "稲毛区小仲台3丁目") == "konakadai"


def test_konakadai_without_town_suffix_asks_between_the_homophones(router: Router):
    result = router.resolve("小中台")  # 小中台町 without 町, or a misspelt 小仲台?
    assert result.kind == "ambiguous" and result.ask == "town"
    assert set(result.candidates) == {"sanno", "konakadai"}


def test_konakadai_with_a_wrong_town_suffix_asks_between_the_homophones(router: Router):
    result = router.resolve("稲毛区小仲台町")  # 小仲台 + 町, or 小中台町?
    assert result.kind == "ambiguous"
    assert set(result.candidates) == {"sanno", "konakadai"}


def test_nishi_konakadai_is_not_read_as_konakadai_cho(router: Router):
    result = router.resolve("西小中台")
    assert (result.kind, result.center_id, result.town) == ("center", "nirenokidai", "西小中台")


# --- 幕張町 / 幕張本郷 / 幕張西 --------------------------------------------------------------


def test_makuhari_towns_reach_their_own_centers(router: Router):
    assert _center(router, "花見川区幕張町4丁目") == "makuhari"
    assert _center(router, "幕張本郷7-1-1") == "makuhari"
    assert _center(router, "美浜区幕張西2丁目") == "isobe"


def test_makuhari_alone_asks_which_town(router: Router):
    result = router.resolve("幕張")
    assert result.kind == "ambiguous" and result.ask == "town"
    assert {c.town for c in result.choices} == {"幕張町", "幕張本郷", "幕張西"}
    assert set(result.candidates) == {"makuhari", "isobe"}


# --- 道場北 / 道場南 / 道場北町 --------------------------------------------------------------


def test_dojo_towns_reach_their_own_centers(router: Router):
    assert _center(router, "中央区道場北1丁目") == "benten"
    assert _center(router, "中央区道場北町") == "benten"
    assert _center(router, "中央区道場南2丁目") == "chuo"


def test_dojo_alone_asks_which_town(router: Router):
    result = router.resolve("中央区道場")
    assert result.kind == "ambiguous"
    assert set(result.candidates) == {"benten", "chuo"}


# --- towns named like wards -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("town_text", "ward", "center"),
    [
        ("若葉3丁目", "美浜区", "masago"),
        ("花見川1-1", "花見川区", "hanamigawa"),
        ("中央4丁目", "中央区", "chuo"),
        ("稲毛2丁目", "稲毛区", "inage"),
        ("美浜10", "美浜区", "isobe"),
    ],
)
def test_town_named_like_a_ward_with_a_number_is_the_town(router: Router, town_text, ward, center):
    result = router.resolve(town_text)
    assert (result.kind, result.ward, result.center_id) == ("center", ward, center)


@pytest.mark.parametrize("name", ["若葉", "花見川", "中央", "稲毛", "美浜"])
def test_ward_name_alone_asks_for_the_town(router: Router, name):
    for text in (name, name + "区", "千葉市" + name):
        result = router.resolve(text)
        assert result.kind == "ambiguous", text
        assert result.ask == "town"
        assert result.ward == name + "区"


def test_wakaba_town_belongs_to_mihama_not_to_wakaba_ward(router: Router):
    assert _center(router, "美浜区若葉") == "masago"
    result = router.resolve("若葉")
    assert "masago" in result.candidates and "tsuga" in result.candidates  # town or ward?


def test_ward_name_written_without_ku_before_a_town_is_the_ward(router: Router):
    assert router.resolve("千葉市稲毛小仲台2-5-3").center_id == "konakadai"
    assert router.resolve("花見川花園1丁目").center_id == "hanazono"


def test_midori_cho_is_in_inage_not_in_midori_ward(router: Router):
    assert _center(router, "稲毛区緑町1丁目") == "inage"
    assert _center(router, "緑町2-3-4") == "inage"
    assert router.resolve("緑区").kind == "ambiguous"
    assert router.resolve("緑区").ward == "緑区"


def test_chuo_ko_cho_reads_both_ways_and_asks(router: Router):
    # 中央港 + 町, or 中央(区) + 港町: two centers, so the router asks.
    result = router.resolve("千葉市中央港町")
    assert result.kind == "ambiguous"
    assert set(result.candidates) == {"chuo", "chibadera"}
    assert _center(router, "中央区港町") == "chibadera"
    assert _center(router, "中央区中央港1丁目") == "chuo"


def test_longest_town_name_wins(router: Router):
    assert router.resolve("緑区おゆみ野中央3丁目").town == "おゆみ野中央"
    assert router.resolve("緑区古市場町").town == "古市場町"
    assert router.resolve("稲毛区長沼原町").town == "長沼原町"
    assert router.resolve("中央区南生実町").town == "南生実町"


# --- a ward that contradicts the town -------------------------------------------------------


def test_ward_contradicting_a_unique_town_is_resolved_by_the_town_and_flagged(router: Router):
    result = router.resolve("中央区小仲台3丁目")
    assert (result.kind, result.center_id, result.ward) == ("center", "konakadai", "稲毛区")
    assert "ward_contradicts_town" in result.flags
    assert result.to_confirm is True


def test_ward_repeated_as_a_town_of_another_ward_asks(router: Router):
    result = router.resolve("若葉区若葉")  # the ward twice, or 美浜区の若葉?
    assert result.kind == "ambiguous"
    assert "masago" in result.candidates


# --- spelling variants ----------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["朝日ヶ丘", "朝日ケ丘", "朝日が丘", "朝日ガ丘"])
def test_ke_ga_variants_are_the_same_town(router: Router, spelling):
    assert router.resolve(f"花見川区{spelling}4丁目").center_id == "hanazono"
    assert router.resolve(f"花見川区{spelling}2丁目").center_id == "nirenokidai"
    assert router.resolve(f"{spelling}町").center_id == "hanazono"


def test_matsugaoka_variants(router: Router):
    assert router.resolve("中央区松ヶ丘町").center_id == "matsugaoka"
    assert router.resolve("中央区松が丘町").center_id == "matsugaoka"


def test_town_and_town_cho_pairs_follow_the_data(router: Router):
    assert router.resolve("中央区今井2丁目").center_id == router.resolve("中央区今井町").center_id == "matsugaoka"
    assert router.resolve("柏井町").center_id == "kotehashidai"
    assert router.resolve("柏井1丁目").center_id == "hanamigawa"
    assert router.resolve("柏井4丁目").center_id == "kotehashidai"


def test_loose_name_without_ward_is_not_taken_as_certain(router: Router):
    result = router.resolve("検見川")  # 検見川町 without 町: the only town it can be, to confirm
    assert (result.kind, result.center_id, result.town) == ("center", "hanazono", "検見川町")
    assert "loose_town_name" in result.flags
    assert result.to_confirm is True
    assert router.resolve("花見川区検見川").center_id == "hanazono"


def test_loose_name_of_several_towns_without_ward_asks_which(router: Router):
    result = router.resolve("宮野木")  # 宮野木台 (花見川区) or 宮野木町 (稲毛区): several centers
    assert (result.kind, result.ask) == ("ambiguous", "town")
    assert {c.town for c in result.choices} == {"宮野木台", "宮野木町"}


def test_loose_name_of_several_towns_in_one_center_gives_that_center_to_confirm(router: Router):
    # 長沼町 or 長沼原町: both wholly in sanno's area, so asking which changes nothing (round 9: 千城台)
    result = router.resolve("長沼")
    assert (result.kind, result.center_id, result.town) == ("center", "sanno", None)
    assert result.to_confirm and {"loose_town_name", "town_uncertain"} <= set(result.flags)


def test_kana_reading_resolves_but_asks_to_confirm(router: Router):
    result = router.resolve("こなかだい")
    assert (result.kind, result.center_id, result.to_confirm) == ("center", "konakadai", True)
    assert router.resolve("コナカダイチョウ").center_id == "sanno"
