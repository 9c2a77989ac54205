"""Forms found through the round-20 held-out misses, tested with sentences of our own and over the town
table. A town of the city sharing its name with a small municipality outside (栄町: 印旛郡栄町, 瑞穂: 東京都
瑞穂町) named as the place of the writer's own shop, customers or beat is the city's town, to confirm;
named alone, as a relative's, or sharing the name of a city or prefecture (川崎, 宮崎), it is still asked.
A home said to be right by a place the person visits is in that place's town. A ward other cities share
(緑区, 中央区) then, after a break, its municipality or a prefecture with such a ward named as an
afterthought (「…、横浜の。」「…。神奈川です」) is that municipality's ward; never when someone else's place
follows (「私は横浜です」) or the prefecture is 千葉. A ward or town named as the river or road the home is
along (花見川沿い) is a landmark, not the home."""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.seed import read_towns

_CENTERS: dict[tuple[str, str], set[str]] = defaultdict(set)
for _t in read_towns():
    _CENTERS[(_t.ward, _t.town)].add(_t.center_id)
# The towns of the wards other cities share, one center each (read without asking after their ward).
_SHARED_WARD_TOWNS = sorted(
    (ward, town, next(iter(centers)))
    for (ward, town), centers in _CENTERS.items()
    if ward in ("中央区", "緑区") and len(centers) == 1
)


def test_the_table_has_towns_in_both_shared_wards() -> None:
    assert {w for w, _, _ in _SHARED_WARD_TOWNS} == {"中央区", "緑区"}
    assert 50 < len(_SHARED_WARD_TOWNS) < 250


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("瑞穂のお客さんが最近道に迷うようで", "hanazono"),
        ("瑞穂のお客さんで、一人暮らしの方", "hanazono"),
        ("配達区域の瑞穂に住むおじいさん", "hanazono"),
        ("担当の栄町のおばあちゃん", "chuo"),
        ("栄町のお店の裏のアパートに住むおじいさん", "chuo"),
        ("栄町の店によく来るおばあさん、家はすぐ近くらしい", "chuo"),
    ],
)
def test_a_town_named_as_the_writers_round_is_the_citys_to_confirm(router: Router, text: str, center: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), result
    assert result.to_confirm and "same_name_outside_city" in result.flags


@pytest.mark.parametrize("text", ["栄町", "瑞穂", "栄町の母です", "瑞穂の祖父", "川崎のお客さん", "宮崎の店の常連さん"])
def test_a_shared_name_not_named_as_the_writers_round_is_still_asked(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert result.kind == "ambiguous" and "may_be_outside_city" in result.flags, result


@pytest.mark.parametrize(
    ("text", "municipality"),
    [("印旛郡栄町の店に来るおじいさん", "栄町"), ("東京の瑞穂町のお客さん", None)],
)
def test_the_municipality_outside_named_with_its_district_stays_outside(
    router: Router, text: str, municipality: str | None
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("高洲のスーパーによく来るおばあさん、家はすぐ裏の団地です", "takasu"),
        ("小仲台の病院に通っている母、家はすぐそば", "konakadai"),
    ],
)
def test_a_home_right_by_a_place_visited_is_in_its_town(router: Router, text: str, center: str) -> None:
    assert router.resolve(text).center_id == center


def test_a_place_only_visited_is_still_not_the_home(router: Router) -> None:
    result = router.resolve("栄町の店によく来るおばあさんのことで相談です")
    assert result.kind == "unknown" and "no_home_named" in result.flags


@pytest.mark.parametrize(
    ("text", "municipality", "prefecture"),
    [
        ("母は緑区に住んでいます、横浜の。", "横浜市", "神奈川県"),
        ("父は緑区に住んでます、横浜の。長津田のほう", "横浜市", "神奈川県"),
        ("祖父の家は中央区の月島。東京です", "東京都中央区", "東京都"),
        ("実家は中央区の佃。東京の", "東京都中央区", "東京都"),
        ("緑区の長津田。埼玉です", "緑区", "埼玉県"),
    ],
)
def test_a_municipality_or_prefecture_as_an_afterthought_names_whose_ward(
    router: Router, text: str, municipality: str, prefecture: str
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality, result.prefecture) == ("outside_city", municipality, prefecture)


@pytest.mark.parametrize("text", ["母は緑区。私は横浜です", "緑区です。大阪です", "中央区の本町です。東京です"])
def test_someone_elses_place_or_a_prefecture_without_the_ward_is_no_afterthought(router: Router, text: str) -> None:
    assert router.resolve(text).kind != "outside_city"


@pytest.mark.parametrize(("ward", "town", "center"), _SHARED_WARD_TOWNS)
def test_a_city_resident_is_never_sent_outside_for_a_place_after_their_ward(
    router: Router, ward: str, town: str, center: str
) -> None:
    # 千葉 after the ward is this city's; 横浜 after the writer's 私 is the writer's place
    assert router.resolve(f"父は{ward}の{town}。千葉です").center_id == center
    assert router.resolve(f"母は{ward}の{town}です。私は横浜に住んでいます").kind != "outside_city"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("父は花見川沿いの、船橋市の三山です", "outside_city"),
        ("母は花見川沿いの、八千代市の勝田台に住んでいます", "outside_city"),
        ("花見川沿いの花園2丁目", "hanazono"),
    ],
)
def test_a_river_named_like_a_ward_is_a_landmark_beside_the_home(router: Router, text: str, expect: str) -> None:
    result = router.resolve(text)
    assert (result.center_id or result.kind) == expect, result


def test_a_river_named_alone_is_still_asked(router: Router) -> None:
    assert router.resolve("母は花見川沿いです").kind == "ambiguous"
