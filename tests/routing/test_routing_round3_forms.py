"""Forms found through the round-2 held-out misses, tested in general (not those strings)."""

from __future__ import annotations

import pytest

from routing import Router
from routing.seed import read_towns

DIRECTION_KANA = {
    "北": ("きた", "キタ"),
    "南": ("みなみ", "ミナミ"),
    "東": ("ひがし", "ヒガシ"),
    "西": ("にし", "ニシ"),
}
_CENTERS: dict[tuple[str, str], set[str]] = {}
for _t in read_towns():
    if _t.town[-1:] in DIRECTION_KANA and len(_t.town) >= 3:
        _CENTERS.setdefault((_t.ward, _t.town), set()).add(_t.center_id)
# towns of one center (a split town asks its 丁目 whatever the spelling)
DIRECTION_TOWNS = sorted((w, t, next(iter(c))) for (w, t), c in _CENTERS.items() if len(c) == 1)


@pytest.mark.parametrize("ward,town,center_id", DIRECTION_TOWNS, ids=[t[1] for t in DIRECTION_TOWNS])
def test_a_town_whose_direction_is_written_in_kana_reaches_its_center(router: Router, ward, town, center_id):
    for kana in DIRECTION_KANA[town[-1]]:
        result = router.resolve(ward + town[:-1] + kana)
        assert (result.kind, result.center_id, result.town) == ("center", center_id, town), result


def test_a_direction_in_kana_after_a_kanji_stem_keeps_the_chome(router: Router):
    result = router.resolve("千城台きた3ちょうめ")
    assert (result.kind, result.center_id, result.town, result.chome) == ("center", "chishirodai", "千城台北", 3)


@pytest.mark.parametrize(
    "text,center_id,town",
    [
        ("加曽利町 加曽利貝塚の近く", "sakuragi", "加曽利町"),
        ("若葉区加曽利町、加曽利貝塚のそば", "sakuragi", "加曽利町"),
        ("花見川区検見川町 検見川浜の近く", "hanazono", "検見川町"),
        ("小仲台2丁目 轟町の近く", "konakadai", "小仲台"),
    ],
)
def test_a_landmark_named_after_the_town_next_to_the_town_is_not_a_second_address(
    router: Router, text, center_id, town
):
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.town) == ("center", center_id, town), result


def test_a_longer_name_alone_that_begins_like_a_town_still_asks(router: Router):
    assert router.resolve("加曽利貝塚の近く").center_id is None
    assert router.resolve("美浜区検見川浜").center_id is None


@pytest.mark.parametrize(
    "text,told",
    [
        ("せたがや区 きたざわ", "東京都世田谷区"),
        ("セタガヤク", "東京都世田谷区"),
        ("ねりまく しゃくじい", "東京都練馬区"),
        ("東京都えどがわく", "東京都江戸川区"),
        ("すぎなみ区", "東京都杉並区"),
    ],
)
def test_a_tokyo_special_ward_in_kana_is_outside_and_told_with_tokyo(router: Router, text, told):
    result = router.resolve(text)
    assert (result.kind, result.municipality, result.prefecture) == ("outside_city", told, "東京都"), result


def test_a_tokyo_ward_read_like_a_town_of_the_city_asks_and_names_tokyo(router: Router):
    # しんじゅく is also the city's 新宿 (中央区): never outside on its own
    result = router.resolve("しんじゅく")
    assert (result.kind, result.municipality) == ("ambiguous", "東京都新宿区"), result
    assert "may_be_outside_city" in result.flags


def test_the_city_wards_in_kana_are_not_taken_for_tokyo(router: Router):
    for text in ("ちゅうおうく", "いなげく", "みどりく"):
        assert router.resolve(text).kind != "outside_city", text


def test_every_tokyo_special_ward_has_a_reading_but_those_other_cities_have_too():
    from routing.places import read_municipality_readings, read_places

    wards = {p.name for p in read_places() if p.kind == "special_ward"}
    read = {n for n in read_municipality_readings() if n.endswith("区")}
    # 中央区 is the city's own; 港区 and 北区 are also wards of 名古屋市, 大阪市 and others
    assert read == wards - {"中央区", "港区", "北区"}
