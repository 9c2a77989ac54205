"""Slips of the pen are read when they can mean one place only, and always confirmed by the resident."""

from __future__ import annotations

import pytest

from routing import Router
from routing.seed import read_towns

TOWNS = read_towns()


@pytest.mark.parametrize(
    ("text", "center_id", "ward"),
    [
        ("千場市稲毛区小仲台2-5-3", "konakadai", "稲毛区"),  # 千葉市 one character off, before a ward of the city
        ("干葉市稲毛区小仲台2丁目", "konakadai", "稲毛区"),
        ("稲手区小仲台2丁目", "konakadai", "稲毛区"),  # a ward one character off
        ("千葉市美濱区高洲3丁目", "takasu", "美浜区"),  # old kanji
        ("千葉市中央区弁店1丁目", "benten", "中央区"),  # a town one character off
        ("若葉区都加1丁目", "tsuga", "若葉区"),
        ("朝日ヶ岡2丁目", "nirenokidai", "花見川区"),
    ],
)
def test_a_slip_that_can_mean_one_place_reaches_its_center_to_be_confirmed(router: Router, text, center_id, ward):
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.ward) == ("center", center_id, ward), result
    if "濱" not in text:
        assert "spelling_corrected" in result.flags
        assert result.to_confirm is True


@pytest.mark.parametrize("text", ["中央区弁店1丁目", "中央区本橋2丁目"])
def test_a_slip_after_a_ward_name_tokyo_also_has_asks_within_the_ward_instead(router: Router, text):
    # 中央区 alone may be Tokyo's: a name that is no town of the city's 中央区 never gives a center
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.ward, result.ask) == ("ambiguous", None, "中央区", "town"), result


def test_a_slip_is_read_only_over_a_whole_name_never_a_piece_of_a_longer_one(router: Router):
    # 本橋 is one character off 本町, but here it is a piece of 日本橋人形町 (Tokyo's, beside 千葉市: asks again)
    result = router.resolve("千葉市中央区日本橋人形町2-3")
    assert (result.center_id, result.town) == (None, None), result
    assert router.resolve("千葉市中央区本橋2丁目").town == "本町"


@pytest.mark.parametrize("text", ["稲毛区小仲代6丁目", "小仲代6丁目", "千葉市稲毛区小仲代6-1"])
def test_a_slip_over_a_name_that_begins_like_a_town_is_read_as_that_town(router: Router, text):
    # 小仲 begins 小仲台: the whole word 小仲代 is the slip, not an unknown longer name
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.town) == ("center", "konakadai", "小仲台"), result
    assert result.to_confirm is True


def test_a_slip_that_could_be_two_towns_asks_instead(router: Router):
    result = router.resolve("美浜区高乙3丁目")  # 高洲 or 高浜
    assert result.kind == "ambiguous"
    assert result.center_id is None


def test_of_two_towns_one_off_the_one_whose_kanji_reads_the_same_is_taken_to_confirm(router: Router):
    # 高州 is one off 高洲 and 高浜, but 州 reads す as 洲 does (round 7: 亀丘町 for 亀岡町)
    result = router.resolve("美浜区高州3丁目")
    assert (result.kind, result.center_id, result.town) == ("center", "takasu", "高洲")
    assert result.to_confirm is True


def test_a_town_one_character_off_is_found_or_asked_never_given_another_center(router: Router):
    wrong_chars = "乙丙"
    checked = 0
    for r in TOWNS:
        if r.chome is None or len(r.town) < 3 or r.town.endswith("町"):
            continue
        for i in range(len(r.town)):
            typo = r.town[:i] + wrong_chars[i % 2] + r.town[i + 1 :]
            result = router.resolve(f"{r.ward}{typo}{r.chome}丁目")
            if result.kind == "center":  # never another center than the one meant
                assert result.center_id == r.center_id, (typo, result)
            if result.kind == "center" and "spelling_corrected" in result.flags:
                checked += 1
                assert (result.center_id, result.town) == (r.center_id, r.town), (typo, result)
                assert result.to_confirm
    assert checked > 100


@pytest.mark.parametrize("text", ["わかりません", "母の家です", "コンビニの近く", "ちょっと待って", "駅前", "あとで"])
def test_words_are_not_read_as_misspelt_towns(router: Router, text):
    assert router.resolve(text).kind == "unknown"


def test_another_municipality_is_never_corrected_into_the_city(router: Router):
    for text in ("千歳市", "浦和区", "さいたま市浦和区", "千葉県千曲市"):
        assert router.resolve(text).kind == "outside_city", text


def test_a_town_name_cut_out_of_a_longer_word_in_another_ward_asks_within_the_ward_written(router: Router):
    result = router.resolve("緑区お丙み野中央3丁目")  # not 中央区中央
    assert (result.kind, result.ask, result.ward) == ("ambiguous", "town", "緑区")
