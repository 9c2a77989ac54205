"""Forms found through the round-36 address misses, tested with sentences of our own.

Hiragana: a town's reading written in kana and followed by の and the person in kana too (「こなかだいのそぼ」,
「たかすのおじいちゃん」) or 「のものです」 is that person's place, as 「こなかだいの母」 already was; 「にすむ」 in
kana ends a reading like 「に住む」. The kin word must be a word of its own (not 「のおやつ」).

Romaji: Ward, City and Prefecture in English right after a known name are read as 区, 市 and 県
(「Takasu, Mihama Ward」, 「Chiba City」); not elsewhere (「the city office」).

Railway lines: the monorail and the Keisei lines named as where someone lives put the home in the city and the
ward is asked; a place outside named with the line (「船橋の京成線沿い」「多摩モノレール」) is the home.

Where the writer writes from (「海外から母のことを相談したい」「札幌からメールしています」) is not the home.

Stations: a station named by a town of one center whose surroundings are that center's too (蘇我駅, 鎌取駅)
routes there, as a town's landmark always has; a station whose area straddles wards (千葉駅) asks.
"""

from __future__ import annotations

import jaconv
import pytest

from routing import Router
from routing.seed import TownRecord

# ------------------------------------------------------------------ hiragana readings before の + a person


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("こなかだいのそぼが ころんでから そとにでない", "konakadai"),
        ("たかすのおじいちゃん、めがみえにくい", "takasu"),
        ("まさごのははです", "masago"),
        ("おゆみのちゅうおうのとうさんが しんぱい", "kamatori"),
        ("ながさくだいの　ものです　かいごの　そうだん", "hanamigawa"),
        ("みつわだいのばあばが ひとりで くらしてる", "mitsuwadai"),
        ("とけちょうのじいじ", "toke"),
    ],
)
def test_a_town_reading_in_kana_before_no_and_a_person_in_kana_is_that_persons_place(
    router: Router, text: str, center: str
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), (text, result)
    assert result.to_confirm, result


def test_a_town_reading_with_a_missed_voicing_mark_before_no_and_a_person_is_read_too(router: Router) -> None:
    result = router.resolve("こなかたいのそふ、こしがいたい")
    assert (result.kind, result.center_id) == ("center", "konakadai"), result


def test_nisumu_in_kana_after_a_town_reading_ends_it(router: Router) -> None:
    result = router.resolve("まさごに　すむ　はちじゅうのばばです")
    assert (result.kind, result.center_id) == ("center", "masago"), result


def test_a_ward_in_kanji_beside_a_hiragana_town_reading_decides_among_the_wards_towns(router: Router) -> None:
    result = router.resolve("みつわだいのおじいさん、若葉区")
    assert (result.kind, result.center_id) == ("center", "mitsuwadai"), result


@pytest.mark.parametrize(
    "text",
    [
        "たかすのおやつがすき",  # おやつ, not おや
        "まさごのははきぎ",  # not a kin word of its own
        "こなかだいのそばやさん",  # a landmark, no person
    ],
)
def test_a_town_reading_before_no_and_a_word_that_is_not_a_person_is_not_read_as_the_home(
    router: Router, text: str
) -> None:
    assert router.resolve(text).kind != "center", text


# ------------------------------------------------------------------ romaji: English suffixes


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("My father lives in Masago, Mihama Ward. He cannot cook anymore.", "masago"),
        ("grandma: Konakadai, Inage Ward, Chiba City", "konakadai"),
        ("Our mom is in Oyumino-chuo, Midori Ward", "kamatori"),
    ],
)
def test_ward_and_city_in_english_after_a_name_in_romaji_are_read_as_ku_and_shi(
    router: Router, text: str, center: str
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), (text, result)


@pytest.mark.parametrize("text", ["My aunt is in Chiba City, she is 88", "tita ko nasa Chiba City"])
def test_chiba_city_in_english_alone_asks_the_ward(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.ask) == ("ambiguous", "ward"), (text, result)


def test_city_in_english_after_another_citys_name_is_outside(router: Router) -> None:
    result = router.resolve("My mother lives in Funabashi City")
    assert (result.kind, result.municipality) == ("outside_city", "船橋市"), result


def test_the_english_word_city_not_after_a_name_is_no_place(router: Router) -> None:
    assert router.resolve("I phoned the city office about my dad").kind == "unknown"


# ------------------------------------------------------------------ railway lines


@pytest.mark.parametrize(
    "text",
    [
        "モノレールの駅から歩いてすぐのところに母がいます",
        "千葉都市モノレール沿線に住む祖父",
        "京成千葉線の沿線で一人暮らしの伯母",
        "おばは京成線の近く",
    ],
)
def test_a_line_through_the_city_named_as_the_home_asks_the_ward(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.ask) == ("ambiguous", "ward"), (text, result)


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("船橋の京成線沿いに住む父", "船橋市"),
        ("京成線沿線の佐倉市に住んでいる母", "佐倉市"),
        ("多摩モノレールの駅の近くに祖母", "多摩市"),
    ],
)
def test_a_place_outside_named_with_a_line_is_the_home(router: Router, text: str, municipality: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


def test_a_line_beside_a_town_of_the_city_adds_nothing(router: Router) -> None:
    result = router.resolve("京成線の駅から歩いて5分、稲毛区小仲台2丁目の母")
    assert (result.kind, result.center_id) == ("center", "konakadai"), result


# ------------------------------------------------------------------ where the writer writes from


@pytest.mark.parametrize(
    "text",
    [
        "海外から祖父のことで相談してもいいですか",
        "札幌からメールしています",
        "大阪から父の件で連絡しました",
    ],
)
def test_where_the_writer_writes_from_is_not_the_home(router: Router, text: str) -> None:
    assert router.resolve(text).kind == "unknown", text


def test_where_the_writer_writes_from_gives_way_to_the_persons_home(router: Router) -> None:
    result = router.resolve("海外から連絡しています。母は美浜区真砂2丁目です")
    assert (result.kind, result.center_id) == ("center", "masago"), result


@pytest.mark.parametrize("text", ["海外に住む父", "母は福岡から越してきて今も福岡市"])
def test_a_place_outside_said_of_the_person_is_still_outside(router: Router, text: str) -> None:
    assert router.resolve(text).kind == "outside_city", text


# ------------------------------------------------------------------ stations


@pytest.mark.parametrize(
    ("text", "center"),
    [("蘇我駅の裏手に住む叔母", "matsugaoka"), ("鎌取駅から歩ける所に住む父", "kamatori")],
)
def test_a_station_named_by_a_town_whose_area_is_one_centers_routes_there(
    router: Router, text: str, center: str
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), (text, result)


def test_a_station_whose_area_straddles_wards_asks(router: Router) -> None:
    result = router.resolve("千葉駅のそばに住む母")
    assert result.kind == "ambiguous", result


# ------------------------------------------------------------------ over the town table


@pytest.mark.parametrize("after", ["のおばあちゃん", "のそふ、", "のものです"])
def test_every_towns_reading_before_no_and_a_person_is_its_center_or_asked_never_another(
    router: Router, towns: list[TownRecord], after: str
) -> None:
    centers: dict[str, set[str]] = {}
    for record in towns:
        if record.kana:
            reading = jaconv.kata2hira(record.kana.split("(", 1)[0])
            centers.setdefault(reading, set()).add(record.center_id)
    wrong = []
    for reading, its_centers in centers.items():
        result = router.resolve(reading + after)
        assert result.kind in ("center", "ambiguous"), (reading + after, result)
        if result.kind == "center" and result.center_id not in its_centers:
            wrong.append((reading, result.center_id))
    assert not wrong
