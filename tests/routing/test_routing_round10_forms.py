"""Forms found through the round-10 held-out misses, tested in general over the town table and the
lists of places (not those strings): another prefecture written before 千葉市 and its ward or town,
a move only planned, a place the person no longer lives in or came from, and a municipality added
after a ward name other cities share."""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.seed import read_towns

_CENTERS: dict[tuple[str, str], set[str]] = defaultdict(set)
for _t in read_towns():
    _CENTERS[(_t.ward, _t.town)].add(_t.center_id)
ONE_CENTER = sorted((w, t, next(iter(c))) for (w, t), c in _CENTERS.items() if len(c) == 1)
# towns not divided into 丁目 by center, spelt in kanji only and ending in 町 or 台
_PLAIN_TOWNS = [(w, t, c) for (w, t, c) in ONE_CENTER if t.endswith(("町", "台")) and "ケ" not in t][::9]
_OTHER_PREFECTURES = ["茨城県", "埼玉県", "東京都", "神奈川県", "大阪府"]
_OUTSIDE = [("市原市", "市原市"), ("八街市", "八街市"), ("四街道市", "四街道市"), ("船橋", "船橋市")]


def _center(router: Router, text: str) -> tuple[str, str | None]:
    result = router.resolve(text)
    return result.kind, result.center_id


# --- another prefecture before 千葉市 -----------------------------------------------------------


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS)
@pytest.mark.parametrize("prefecture", _OTHER_PREFECTURES)
def test_another_prefecture_before_chiba_city_and_its_town_is_a_slip_to_confirm(
    router: Router, prefecture, ward, town, center_id
):
    for text in (f"{prefecture}千葉市{ward}{town}です", f"{prefecture}千葉市{town}(すみません、千葉県でした)"):
        result = router.resolve(text)
        assert (result.kind, result.center_id) == ("center", center_id), (text, result)
        assert result.to_confirm and "spelling_corrected" in result.flags, (text, result)


@pytest.mark.parametrize("prefecture", _OTHER_PREFECTURES)
def test_another_prefecture_before_chiba_city_and_a_ward_asks_the_town(router: Router, prefecture):
    result = router.resolve(f"{prefecture}千葉市稲毛区")
    assert result.kind == "ambiguous" and result.ward == "稲毛区", result


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS[:6])
def test_another_prefecture_without_chiba_city_is_never_a_center(router: Router, ward, town, center_id):
    # no 千葉市 written: a ward and town name of another prefecture, not a slip to correct
    for prefecture in _OTHER_PREFECTURES:
        assert router.resolve(f"{prefecture}{ward}{town}").kind != "center", (prefecture, ward, town)


def test_another_prefecture_and_chiba_city_alone_still_gives_no_center(router: Router):
    assert router.resolve("埼玉県千葉市").kind == "unknown"


def test_another_municipality_with_chiba_city_stays_contradictory(router: Router):
    # a municipality (not a prefecture) beside 千葉市 is no slip of the prefecture
    assert router.resolve("船橋市千葉市稲毛区小仲台2丁目").kind != "center"


# --- a move only planned ------------------------------------------------------------------------


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS)
@pytest.mark.parametrize("place, municipality", _OUTSIDE)
def test_a_town_the_person_will_move_to_is_not_the_home_now(router: Router, ward, town, center_id, place, municipality):
    for text in (
        f"来月、{ward}の{town}に越す予定ですが、今はまだ{place}に住んでます",
        f"{ward}{town}へ引っ越すつもりです。いまは{place}です",
        f"{place}から{ward}{town}に引っ越す予定です",
    ):
        result = router.resolve(text)
        assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS)
@pytest.mark.parametrize("place, municipality", _OUTSIDE)
def test_a_move_done_gives_the_new_home(router: Router, ward, town, center_id, place, municipality):
    for text in (
        f"{place}から{ward}{town}に引っ越しました",
        f"{place}から{ward}{town}の娘宅へ引っ越し済みです",
        f"先月、{place}から{ward}{town}に移りました",
    ):
        assert _center(router, text) == ("center", center_id), text


# --- a place the person no longer lives in, or came from ----------------------------------------


@pytest.mark.parametrize("place, municipality", _OUTSIDE)
def test_a_place_no_longer_lived_in_is_not_the_home(router: Router, place, municipality):
    for text in (
        f"{place}の施設にいます。もう千葉市には住んでいません",
        f"千葉市にはもう住んでない。{place}です",
        f"千葉市の病院から、{place}の特養に移りました。もう千葉市には住んでいません",
        f"千葉市の病院から{place}の施設に入所しました",
    ):
        result = router.resolve(text)
        assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS)
def test_a_town_came_from_is_not_the_home_when_the_move_is_named(router: Router, ward, town, center_id):
    other = next(f"{w}{t}" for (w, t, c) in ONE_CENTER if c != center_id and t.endswith("町") and w != ward)
    text = f"{other}の病院から、{ward}{town}の特養に移りました"
    assert _center(router, text) == ("center", center_id), text


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS)
def test_a_place_named_with_kara_and_no_move_is_not_dropped(router: Router, ward, town, center_id):
    # 「から近い」: a landmark, and without a move named after the next place nothing is taken back
    assert _center(router, f"四街道市から近い、{ward}{town}") == ("center", center_id)
    assert _center(router, f"{ward}{town}に住んでいます") == ("center", center_id)


# --- a municipality added after a ward name other cities share ----------------------------------


@pytest.mark.parametrize(
    "text, municipality",
    [
        ("緑区の長津田です。横浜の", "横浜市"),
        ("緑区です。名古屋のです", "名古屋市"),
        ("中央区、さいたま市の", "さいたま市"),
        ("緑区の橋本あたり。相模原の", "相模原市"),
    ],
)
def test_a_municipality_added_after_a_shared_ward_name_is_that_wards_city(router: Router, text, municipality):
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


@pytest.mark.parametrize(
    "text",
    [
        "緑区です。千葉の",  # the city itself
        "緑区です、横浜の近く",  # a landmark
        "美浜区です。横浜の",  # 美浜区 is the city's alone: no afterthought about it
        "緑区の鎌取町です。横浜の",  # a town of the city's 緑区 written: never sent outside
    ],
)
def test_a_municipality_after_a_ward_of_the_city_alone_never_sends_it_outside(router: Router, text):
    assert router.resolve(text).kind != "outside_city", text


# --- a municipality not in the lists, named as written --------------------------------------------


@pytest.mark.parametrize(
    "text, municipality, prefecture",
    [
        ("茨城の鹿嶋市です", "鹿嶋市", "茨城県"),
        ("母は茨城県鹿嶋市に住んでいます", "鹿嶋市", "茨城県"),
        ("佐賀の鹿島市", "鹿島市", "佐賀県"),
        ("長崎の諫早市です", "諫早市", "長崎県"),
        ("茨城県ひたちなか市", "ひたちなか市", "茨城県"),
    ],
)
def test_a_municipality_not_in_the_lists_is_named_as_written_with_its_prefecture(
    router: Router, text, municipality, prefecture
):
    # 嶋 folds to 島 for the city's own names; 鹿嶋市 (茨城県) is another city than 鹿島市 (佐賀県)
    result = router.resolve(text)
    assert (result.kind, result.municipality, result.prefecture) == ("outside_city", municipality, prefecture), result


def test_a_listed_municipality_keeps_its_listed_name(router: Router):
    # a reading or a variant kanji of a listed name gives the listed name, not the letters typed
    assert router.resolve("おばあちゃんのいえは、かまがやし").municipality == "鎌ケ谷市"
    assert router.resolve("袖ヶ浦市長浦").municipality == "袖ケ浦市"
