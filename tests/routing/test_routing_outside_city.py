"""Places outside Chiba City are named as such; the city's own names never are."""

from __future__ import annotations

import pytest

from routing import Router
from routing.places import read_places
from routing.seed import WARDS, read_towns

PLACES = read_places()


def test_the_list_has_every_municipality_of_chiba_prefecture_and_tokyo():
    chiba = [p for p in PLACES if p.prefecture == "千葉県" and p.kind != "prefecture"]
    tokyo = [p for p in PLACES if p.prefecture == "東京都" and p.kind != "prefecture"]
    assert len(chiba) == 53  # 54 less 千葉市 itself
    assert len(tokyo) == 62  # 23 special wards, 26 cities, 5 towns, 8 villages
    assert len([p for p in PLACES if p.kind == "prefecture"]) == 47


@pytest.mark.parametrize(
    "place", [p for p in PLACES if p.prefecture in ("千葉県", "東京都") and p.kind != "prefecture"], ids=str
)
def test_every_chiba_and_tokyo_municipality_with_its_prefecture_is_outside(router: Router, place):
    result = router.resolve(f"{place.prefecture}{place.district}{place.name}1-2-3")
    assert result.kind == "outside_city", result
    assert result.municipality == place.display_name  # Tokyo's wards as 東京都中央区
    assert result.center_id is None


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("船橋市本町1-2-3", "船橋市"),
        ("市原市", "市原市"),
        ("四街道市鹿渡", "四街道市"),
        ("八千代市八千代台", "八千代市"),
        ("習志野市谷津", "習志野市"),
        ("佐倉市", "佐倉市"),
        ("世田谷区太子堂", "東京都世田谷区"),
        ("東京都中央区銀座", "東京都中央区"),
        ("東京の中央区です", "東京都中央区"),
        ("福井県三方郡美浜町", "美浜町"),
        ("千葉県印旛郡栄町", "栄町"),
        ("横浜市緑区", "横浜市"),
        ("さいたま市緑区", "さいたま市"),
        ("大阪市中央区", "大阪市"),
        ("群馬県太田市", "太田市"),
        ("長野県北佐久郡軽井沢町", "軽井沢町"),
        ("茨城県つくば市", "つくば市"),
    ],
)
def test_outside_municipalities_are_named(router: Router, text, municipality):
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality)


@pytest.mark.parametrize(
    "text", ["東京", "東京都", "神奈川県", "大阪", "北海道", "他県です", "市外です", "県外", "船橋"]
)
def test_other_prefectures_and_outside_words_are_outside(router: Router, text):
    assert router.resolve(text).kind == "outside_city"


@pytest.mark.parametrize("ward", WARDS)
def test_chiba_wards_alone_are_never_outside(router: Router, ward):
    assert router.resolve(ward).kind == "ambiguous"
    assert router.resolve("千葉県" + ward).kind == "ambiguous"


def test_no_town_of_the_city_is_taken_for_a_place_outside(router: Router):
    for r in read_towns():
        assert router.resolve(f"{r.ward}{r.town}").kind != "outside_city", r
        assert router.resolve(r.town).kind != "outside_city", r


@pytest.mark.parametrize(
    ("text", "homonym"),
    [("宮崎", "宮崎県"), ("栄町", "千葉県栄町"), ("川崎", "神奈川県川崎市"), ("瑞穂", "東京都瑞穂町")],
)
def test_town_named_like_a_place_outside_asks_instead_of_guessing(router: Router, text, homonym):
    result = router.resolve(text)
    assert result.kind == "ambiguous"
    assert "may_be_outside_city" in result.flags
    assert result.municipality == homonym


def test_with_a_ward_the_homonym_is_the_city_town(router: Router):
    assert router.resolve("中央区宮崎2丁目").center_id == "matsugaoka"
    assert router.resolve("中央区栄町").center_id == "chuo"
    assert router.resolve("宮崎県").kind == "outside_city"
    assert router.resolve("川崎市").kind == "outside_city"


def test_chiba_alone_is_not_an_address(router: Router):
    assert router.resolve("千葉県").kind == "unknown"
    assert router.resolve("千葉").kind == "unknown"
    result = router.resolve("千葉市")
    assert (result.kind, result.ask) == ("ambiguous", "ward")
    assert len(result.candidates) == 28


def test_words_that_are_not_places_are_unknown(router: Router):
    for text in ("わかりません", "", "はい", "都市部です", "同市内", "123", "朝市", "地区センター"):
        assert router.resolve(text).kind == "unknown", text


TOWN_NAMES = sorted({r.town for r in read_towns()})
CHIBA_AND_TOKYO = [p for p in PLACES if p.prefecture in ("千葉県", "東京都") and p.kind != "prefecture"]


def _outside_forms(place, town: str, i: int) -> list[str]:
    """A real-looking address in `place` whose street part is also a town name of Chiba City."""
    full = f"{place.prefecture}{place.district}{place.name}"
    forms = [
        f"{full}{town}1-2-3",
        f"{place.prefecture}{place.name}{town}{i % 9 + 1}丁目{i % 20 + 1}番{i % 7 + 1}号 コーポ{town}101",
        f"{full}道野辺{town}{i % 30 + 1}",
        f"〒{270 + i % 30}-{1000 + i:04d} {full}{town}{i % 5 + 1}-{i % 11 + 1}",
    ]
    if place.name not in TOWN_NAMES + list(WARDS) and place.name.removesuffix("町") not in TOWN_NAMES:
        forms.append(f"{place.name}{town}{i % 9 + 1}丁目{i % 20 + 1}-{i % 7 + 1}")
    return forms


@pytest.mark.parametrize("place", CHIBA_AND_TOKYO, ids=str)
def test_an_address_in_another_municipality_is_outside_whatever_town_name_follows(router: Router, place):
    """Town names of Chiba City recur everywhere (本町, 中央, 若葉町): after another municipality
    they are that municipality's, and a building name is a building name."""
    k = CHIBA_AND_TOKYO.index(place)
    for i, town in enumerate(TOWN_NAMES[k % 3 :: 3]):  # every town name, over three municipalities
        for text in _outside_forms(place, town, i):
            result = router.resolve(text)
            assert (result.kind, result.municipality) == ("outside_city", place.display_name), (text, result)
        message = f"母は{place.prefecture}{place.name}{town}{i % 9 + 1}-{i % 20 + 1}に一人で住んでいます"
        found = router.find_in_text(message)
        assert found is not None and (found.kind, found.municipality) == ("outside_city", place.display_name), (
            message,
            found,
        )


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("千葉県鎌ケ谷市道野辺本町1-1", "鎌ケ谷市"),
        ("千葉県匝瑳市八日市場イ1", "匝瑳市"),
        ("千葉県八街市八街ほ35-29", "八街市"),
        ("流山市おおたかの森北1-2-3", "流山市"),
        ("千葉県鎌ヶ谷市新鎌ヶ谷1-1", "鎌ケ谷市"),
        ("千葉県袖ヶ浦市奈良輪1-1", "袖ケ浦市"),
        ("千葉県市川市八幡2-3-4 八幡ハイツ稲毛101", "市川市"),
    ],
)
def test_outside_addresses_from_real_life_name_their_municipality(router: Router, text, municipality):
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality)


# (よこはま市 is 横浜市 since the big cities' readings are listed: tests/routing/test_routing_round5_forms.py)
@pytest.mark.parametrize("text", ["かすかべ市", "船ばし市", "母はかすかべ市です", "さくら市"])
def test_a_place_outside_in_kana_is_never_given_a_garbled_name(router: Router, text):
    result = router.resolve(text)
    assert result.kind in ("outside_city", "unknown")
    assert result.municipality is None


def test_a_kana_name_right_after_its_prefecture_is_trusted(router: Router):
    assert router.resolve("茨城県つくば市").municipality == "つくば市"


def test_another_citys_ward_stays_outside(router: Router):
    result = router.resolve("さいたま市浦和区常盤6-4-4")
    assert (result.kind, result.municipality) == ("outside_city", "さいたま市")
    assert router.resolve("千歳市").kind == "outside_city"
