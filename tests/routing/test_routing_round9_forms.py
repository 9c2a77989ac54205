"""Forms found through the round-9 held-out misses, tested in general over the town table, the ward
names and the lists of places (not those strings): the writer's address and the person's written one
after the other, a kana reading with の before the block number, a postal code with a dot, a loose
name whose towns are all one center's, a town of the city read at the end of another place's town
name, a remark that another place bears the same ward name, a place taken back with 「とは違う」, and
a ward in kana with a flick slip."""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.names import WARD_READINGS, katakana
from routing.normalize import fold_kana_slips, to_hiragana
from routing.seed import read_towns

_CENTERS: dict[tuple[str, str], set[str]] = defaultdict(set)
_KANA: dict[tuple[str, str], str] = {}
_ZIPS: dict[str, set[str]] = defaultdict(set)
for _t in read_towns():
    _CENTERS[(_t.ward, _t.town)].add(_t.center_id)
    if _t.kana:
        _KANA.setdefault((_t.ward, _t.town), _t.kana.split("(", 1)[0])
    if _t.zip:
        _ZIPS[_t.zip].add(_t.center_id)
ONE_CENTER = sorted((w, t, next(iter(c))) for (w, t), c in _CENTERS.items() if len(c) == 1)
# towns not divided into 丁目 by center, spelt in kanji only and ending in 町 or 台
_PLAIN_TOWNS = [(w, t, c) for (w, t, c) in ONE_CENTER if t.endswith(("町", "台")) and "ケ" not in t][::9]
ZIP_ONE_CENTER = sorted((z, next(iter(c))) for z, c in _ZIPS.items() if len(c) == 1)


# --- the writer's address, then the person's -------------------------------------------------


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS)
@pytest.mark.parametrize(
    "template",
    [
        "私は{other}、母が{town}です。相談は母のこと",
        "私は{other}の者ですが、相談したいのは{town}の伯母のことです",
        "僕は{other}に住んでいて、父は{town}です",
    ],
)
def test_the_persons_town_is_chosen_over_the_writers_town_written_before_it(
    router: Router, ward, town, center_id, template
):
    # the writer's town is in another center's area, so read as one address they would be asked about
    other = next(f"{w}{t}" for (w, t, c) in ONE_CENTER if c != center_id and t.endswith("町") and w != ward)
    text = template.format(other=other, town=f"{ward}{town}")
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center_id), (text, result)


def test_two_towns_with_no_person_named_still_ask_which(router: Router):
    for text in ("幕張町、花園5丁目", "私は幕張町、花園5丁目", "稲毛区小仲台です。園生町"):
        assert router.resolve(text).kind == "ambiguous", text


def test_an_old_name_and_the_new_one_of_the_same_home_stay_one_address(router: Router):
    # the pieces read as one address give one center: the person's earlier name is no second home
    result = router.resolve("父の家は昔の千葉郡誉田村平川、今は緑区平川町です")
    assert (result.kind, result.center_id) == ("center", "honda")


# --- a kana reading, の, then the block number ------------------------------------------------


@pytest.mark.parametrize("ward, town, center_id", [x for x in ONE_CENTER if x[:2] in _KANA][::4])
def test_a_town_in_kana_with_no_before_its_number_is_read(router: Router, ward, town, center_id):
    reading = to_hiragana(_KANA[(ward, town)])
    if router.resolve(f"{reading}です").center_id != center_id:
        pytest.skip("this reading alone does not give the town (shared with another name)")
    for text in (f"{reading}の400ばん", f"{reading} の 12番地", f"{reading}の3-2-1"):
        result = router.resolve(text)
        assert (result.kind, result.center_id) == ("center", center_id), (text, result)


def test_a_number_after_no_that_counts_something_else_is_no_chome(router: Router):
    # 小仲台 is not divided by center; 2人 is no 丁目 and is not read as one
    result = router.resolve("こなかだいの2人")
    assert result.chome is None


def test_a_kana_reading_inside_a_longer_kana_word_is_still_no_town(router: Router):
    assert router.resolve("おこなかだいの3").kind == "unknown"


# --- a postal code with a dot -----------------------------------------------------------------


@pytest.mark.parametrize("code, center_id", ZIP_ONE_CENTER[::6])
def test_a_postal_code_written_with_a_dot_is_read(router: Router, code, center_id):
    for text in (f"郵便番号{code[:3]}.{code[3:]}です", f"〒{code[:3]}.{code[3:]}", f"{code[:3]}.{code[3:]}"):
        result = router.resolve(text)
        assert (result.kind, result.center_id) == ("center", center_id), (text, result)
    assert router.find_in_text(f"母の郵便番号は〒{code[:3]}.{code[3:]}です").center_id == center_id


@pytest.mark.parametrize("text", ["263.00512", "1263.0051", "263.0051.5", "体温は36.5度"])
def test_numbers_with_dots_that_are_no_postal_code_are_not_read_as_one(router: Router, text):
    assert router.resolve(text).kind == "unknown", text


# --- a loose name whose towns are all one center's --------------------------------------------


@pytest.mark.parametrize(
    "text, center_id",
    [("千城台", "chishirodai"), ("千城台です。モノレールの", "chishirodai"), ("長沼です", "sanno")],
)
def test_a_loose_name_of_towns_in_one_center_gives_that_center_to_confirm(router: Router, text, center_id):
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.town) == ("center", center_id, None), result
    assert result.to_confirm and "loose_town_name" in result.flags


@pytest.mark.parametrize("text", ["幕張", "宮野木", "道場", "小中台", "検見川浜"])
def test_a_loose_name_of_towns_in_several_centers_still_asks(router: Router, text):
    result = router.resolve(text)
    assert result.kind == "ambiguous" and len(result.candidates) > 1, result


# --- another place's town name that ends like one of the city's -------------------------------

_OUTSIDE_WITH_WARD = ["横浜市緑区", "相模原市緑区", "さいたま市中央区", "名古屋市緑区"]


@pytest.mark.parametrize("place", _OUTSIDE_WITH_WARD + ["船橋市", "柏市"])
@pytest.mark.parametrize("head", ["十日", "上", "新"])
def test_a_city_town_name_at_the_end_of_another_places_town_is_that_place(router: Router, place, head):
    municipality = place.split("市")[0] + "市"
    for _, town, _ in _PLAIN_TOWNS:
        text = f"{place}の{head}{town}です"
        result = router.resolve(text)
        assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


def test_a_town_after_the_citys_own_ward_and_no_stays_in_the_city(router: Router):
    result = router.resolve("千葉市緑区の十日市場町です")
    assert result.kind == "ambiguous" and result.ward == "緑区", result


# --- a remark that another place bears the same ward name -------------------------------------


@pytest.mark.parametrize("place", _OUTSIDE_WITH_WARD)
@pytest.mark.parametrize(
    "remark", ["って千葉にもあるんですよね", "は千葉市にもありますが", "って千葉にもあって紛らわしい"]
)
def test_a_ward_named_again_in_a_remark_about_the_name_leaves_the_address_outside(router: Router, place, remark):
    ward = place.split("市")[1]
    text = f"{place}の十日市場町です。{ward}{remark}"
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", place.split("市")[0] + "市"), (text, result)


@pytest.mark.parametrize("ward, town, center_id", _PLAIN_TOWNS)
def test_the_same_remark_after_an_address_in_the_city_leaves_it_in_the_city(router: Router, ward, town, center_id):
    text = f"千葉市{ward}{town}です。{ward}って横浜にもあるので"
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center_id), (text, result)


@pytest.mark.parametrize(
    "text, ward",
    [
        ("私は横浜市緑区、母は緑区です", "緑区"),
        ("横浜市緑区の娘です。母は美浜区", "美浜区"),
        ("緑区ってところに住んでいます", "緑区"),
    ],
)
def test_a_ward_of_the_city_told_as_the_home_is_not_taken_for_a_remark(router: Router, text, ward):
    result = router.resolve(text)
    assert (result.kind, result.ward) == ("ambiguous", ward), result


# --- a place taken back with 「とは違う」 -------------------------------------------------------


@pytest.mark.parametrize("municipality", ["八千代市", "四街道市", "市原市"])
@pytest.mark.parametrize("taken_back", ["とは違うところ", "とは違います", "と違います"])
def test_a_town_of_the_city_said_not_to_be_the_place_is_dropped(router: Router, municipality, taken_back):
    for _, town, _ in _PLAIN_TOWNS:
        text = f"{municipality}大和田新田です。{town}{taken_back}"
        result = router.resolve(text)
        assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


def test_a_town_said_to_be_perhaps_different_is_no_correction(router: Router):
    assert router.resolve("稲毛区小仲台です。園生町とは違うかも").kind == "ambiguous"


# --- a ward in kana with a flick slip ---------------------------------------------------------

_SLIPPED_WARDS = sorted(
    {
        (fold_kana_slips(kana + ku), ward)
        for ward, reading in WARD_READINGS.items()
        for kana in (reading, katakana(reading))
        for ku in ("く", "ク", "区")
        if fold_kana_slips(reading) != reading
    }
)


def test_there_are_ward_slips_to_test():
    assert len(_SLIPPED_WARDS) >= 12


@pytest.mark.parametrize("spelling, ward", _SLIPPED_WARDS)
def test_a_ward_written_in_kana_with_a_flick_slip_asks_its_town(router: Router, spelling, ward):
    for text in (spelling, f"{spelling}、です", f"{spelling}です"):
        result = router.resolve(text)
        assert (result.kind, result.ask, result.ward) == ("ambiguous", "town", ward), (text, result)
        assert result.to_confirm


@pytest.mark.parametrize("text", ["みとり", "はなみかわかみ", "おみとりく", "おみとり区"])
def test_a_slipped_ward_reading_without_its_ku_or_inside_a_word_is_no_ward(router: Router, text):
    assert router.resolve(text).kind == "unknown", text
