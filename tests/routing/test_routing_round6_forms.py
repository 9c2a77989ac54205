"""Forms found through the round-6 held-out misses, tested in general over the town table and the
lists of places (not those strings): the 丁目 written before the town (reversed order), a former
municipality of the city written with its 郡, a town named as a landmark with 「すぐ」, where the
person lived before with a word of how long, a 団地 named like a ward, and an outside postal code
beside the municipality it belongs to."""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.seed import read_towns

_BY_CHOME: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
_CENTERS: dict[tuple[str, str], set[str]] = defaultdict(set)
for _t in read_towns():
    _CENTERS[(_t.ward, _t.town)].add(_t.center_id)
    if _t.chome is not None:
        _BY_CHOME[(_t.ward, _t.town)][_t.chome] = _t.center_id
# towns divided between centers by 丁目: the 丁目 decides the center
SPLIT_BY_CHOME = sorted(
    (w, t, chome, center)
    for (w, t), centers in _CENTERS.items()
    if len(centers) > 1
    for chome, center in _BY_CHOME[(w, t)].items()
)
ONE_CENTER = sorted((w, t, next(iter(c))) for (w, t), c in _CENTERS.items() if len(c) == 1)


def test_there_are_towns_split_by_chome_to_test():
    assert len(SPLIT_BY_CHOME) >= 20


@pytest.mark.parametrize("ward, town, chome, center_id", SPLIT_BY_CHOME)
def test_a_chome_written_before_the_town_decides_its_center(router: Router, ward, town, chome, center_id):
    for text in (f"{chome}丁目 {town} {ward}", f"{chome}丁目の{town}です", f"{ward} {chome}丁目、{town}"):
        result = router.resolve(text)
        assert (result.kind, result.center_id) == ("center", center_id), (text, result)


def test_a_chome_before_the_town_belongs_to_the_town_before_it_when_there_is_one(router: Router):
    # 小仲台2丁目 is the home; 宮野木台 after it takes no 丁目 from it
    result = router.resolve("稲毛区小仲台2丁目 宮野木台の近く")
    assert (result.kind, result.center_id) == ("center", "konakadai")


def test_a_number_before_the_town_without_chome_is_not_a_chome(router: Router):
    # 2人 and a bare number say nothing of the 丁目: still asked
    assert router.resolve("2人で宮野木台に住んでいます").kind == "ambiguous"


@pytest.mark.parametrize(
    "text",
    [
        "母は山武郡土気町に住んでいます",
        "山武郡土気町",
        "昔の住所で言うと千葉県山武郡土気町です",
    ],
)
def test_the_former_sanbu_toke_town_is_in_the_city_not_outside(router: Router, text):
    result = router.resolve(text)
    assert result.kind == "ambiguous" and result.ward == "緑区", result


def test_a_town_after_the_former_toke_town_is_routed(router: Router):
    result = router.resolve("母の家は、昔は山武郡土気町大椎と言っていた所で、今は千葉市緑区大椎町です")
    assert (result.kind, result.center_id) == ("center", "toke")
    assert router.resolve("山武郡土気町大椎").center_id == "toke"


@pytest.mark.parametrize("text", ["福井県三方郡美浜町", "愛知県知多郡美浜町に住む祖父", "山武郡芝山町の父"])
def test_other_districts_towns_stay_outside(router: Router, text):
    assert router.resolve(text).kind == "outside_city"


_OUTSIDE = ["大網白里市", "四街道市", "市原市", "八千代市", "習志野市"]
_LANDMARK_TOWNS = [(w, t, c) for (w, t, c) in ONE_CENTER if t.endswith(("町", "台"))][:12]


@pytest.mark.parametrize("municipality", _OUTSIDE)
@pytest.mark.parametrize("near", ["のすぐ近く", "のすぐそば", "のすぐ隣", "からすぐ近い", "にすぐ近い"])
def test_a_town_of_the_city_named_as_a_landmark_with_sugu_is_not_the_home(router: Router, municipality, near):
    for _, town, _ in _LANDMARK_TOWNS:
        text = f"{municipality}の新しい住宅地に住む父、{town}{near}なんですが"
        result = router.resolve(text)
        assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


@pytest.mark.parametrize("ward, town, center_id", _LANDMARK_TOWNS)
def test_a_municipality_named_as_a_landmark_with_sugu_leaves_the_home_in_the_city(
    router: Router, ward, town, center_id
):
    text = f"母は{ward}{town}に住んでいます。四街道市のすぐ近くです"
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center_id), result


@pytest.mark.parametrize("how_long", ["長く", "長年", "ずっと", "以前", "もともと"])
@pytest.mark.parametrize("municipality", ["茂原市", "四街道市", "船橋市"])
def test_where_the_person_lived_for_long_before_moving_out_is_not_the_home(router: Router, how_long, municipality):
    text = f"母は千葉市の緑区に{how_long}住んでいましたが、今年から{municipality}の私の家に同居しています(住民票も移しました)"
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


@pytest.mark.parametrize("ward, town, center_id", ONE_CENTER[::25])
def test_a_resident_who_moved_into_the_city_is_never_sent_outside(router: Router, ward, town, center_id):
    text = f"父は茂原市にずっと住んでいましたが、今は{ward}{town}の私の家にいます"
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center_id), result


def test_the_hanamigawa_danchi_is_the_town_hanamigawa_not_the_ward(router: Router):
    for text in ("花見川団地に住んでいる母", "花見川団地です", "母は花見川区の花見川団地の5階です"):
        result = router.resolve(text)
        assert (result.kind, result.center_id) == ("center", "hanamigawa"), (text, result)
    # the ward alone still asks its town
    assert router.resolve("花見川に住んでいます").kind == "ambiguous"


@pytest.mark.parametrize(
    "text, municipality",
    [
        ("母の郵便番号は284-0001です。四街道市です。相談したいです", "四街道市"),
        ("父の住所は〒290-0051、市原市です", "市原市"),
    ],
)
def test_an_outside_postal_code_is_told_by_the_municipality_written_beside_it(router: Router, text, municipality):
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result
    assert router.find_in_text(text).municipality == municipality


def test_an_outside_postal_code_beside_two_municipalities_names_none(router: Router):
    result = router.resolve("母の郵便番号は284-0001です。四街道市か佐倉市です")
    assert result.kind == "outside_city" and result.municipality is None
