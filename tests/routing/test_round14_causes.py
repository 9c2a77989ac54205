"""Forms found through the round-14 held-out misses, tested in general over the postal-code and town
tables and with sentences of our own: a postal code written in kanji numerals is read digit by digit
(〒二六三ー〇〇四三); a 丁目 numbered in Roman numerals (Ⅲ丁目, III丁目) is that number; another city's ward
between its city and a town name we also have (横浜市中区の桜木町) keeps the town that city's; a hospital
stay beside the home is not the home; 「にはあらず」 takes a place back as じゃない does; 千葉市 and a ward
in kana with the voicing marks dropped (ちはしみとりく) are read as the ward."""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.normalize import normalize_postal_code, normalize_text
from routing.seed import read_postal_codes, read_towns

_KANJI = dict(zip("0123456789", "〇一二三四五六七八九"))
_CODES = sorted({p.zip for p in read_postal_codes()})
_TOWNS = read_towns()
_CHOME_CENTERS: dict[tuple[str, str, int], set[str]] = defaultdict(set)
for _t in _TOWNS:
    if _t.chome is not None:
        _CHOME_CENTERS[(_t.ward, _t.town, _t.chome)].add(_t.center_id)
# (ward, town, 丁目) of one center, 丁目 1 to 9 (every 5th, to keep the run short)
CHOMES = sorted(k for k, c in _CHOME_CENTERS.items() if len(c) == 1 and 1 <= k[2] <= 9)[::5]
ROMAN = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ"]
ROMAN_SMALL = ["ⅰ", "ⅱ", "ⅲ", "ⅳ", "ⅴ", "ⅵ", "ⅶ", "ⅷ", "ⅸ"]
ROMAN_ASCII = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def _kanji(code: str) -> str:
    return "".join(_KANJI[d] for d in code)


def _outcome(router: Router, text: str) -> tuple[str, str | None, tuple[str, ...]]:
    r = router.resolve(text)
    return r.kind, r.center_id, tuple(sorted(r.candidates or ()))


# ------------------------------------------------------------------ postal codes in kanji numerals

SHAPES = [
    "〒{a}ー{b}",
    "郵便番号は{a}の{b}です",
    "郵便番号 {a}{b}",
    "郵便番号:{a}－{b}",
    "{a}ー{b}です",
    "{a}の{b}",
    "〒 {a} - {b}",
]


@pytest.mark.parametrize("code", _CODES[::3])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_postal_code_in_kanji_numerals_routes_as_the_same_code_in_digits(
    router: Router, code: str, shape: str
) -> None:
    # one center, or asked between the same centers when the code is shared by several
    text = shape.format(a=_kanji(code[:3]), b=_kanji(code[3:]))
    assert _outcome(router, text) == _outcome(router, f"〒{code[:3]}-{code[3:]}"), text


def test_a_postal_code_in_kanji_numerals_may_use_the_other_ways_of_writing_zero() -> None:
    assert normalize_text("〒二六一ー零〇〇四") == "〒261-0004"
    assert normalize_text("郵便番号は二六六○○○五") == "郵便番号は266-0005"


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("若葉区千城台北二丁目三番地", "若葉区千城台北2丁目3番地"),
        ("中央区弁天一の二の三", "中央区弁天1-2-3"),
        ("三丁目二の一二三四", "3丁目2-1234"),  # 番地 of four digits: not three and four
        ("一二三四五六七", "一二三四五六七"),  # seven kanji digits, not said to be a postal code
        ("三角町の二〇〇〇", "三角町の二〇〇〇"),
    ],
)
def test_ordinary_kanji_numbers_are_not_read_as_a_postal_code(text: str, normalized: str) -> None:
    assert normalize_text(text) == normalized


@pytest.mark.parametrize("text", ["千二百三十四の五六七八", "二千六百の四十五", "二十六ー〇〇四五"])
def test_kanji_numbers_with_ten_hundred_or_thousand_are_never_a_postal_code(text: str) -> None:
    assert normalize_postal_code(text) is None


# ------------------------------------------------------------------ 丁目 in Roman numerals


@pytest.mark.parametrize(("ward", "town", "chome"), CHOMES)
def test_a_chome_in_roman_numerals_is_that_chome(router: Router, ward: str, town: str, chome: int) -> None:
    expected = _outcome(router, f"{ward}{town}{chome}丁目")
    for numerals in (ROMAN, ROMAN_SMALL, ROMAN_ASCII):
        text = f"{ward}{town}{numerals[chome - 1]}丁目"
        assert _outcome(router, text) == expected, text
    assert _outcome(router, f"{town}{ROMAN[chome - 1]}丁目({ward})") == _outcome(router, f"{town}{chome}丁目({ward})")


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("TAXI丁目", "TAXI丁目"),  # letters of a word, not a numeral
        ("X丁目", "X丁目"),  # X丁目 is also written for "some 丁目"
        ("IVちょうめ", "4丁目"),
    ],
)
def test_only_a_roman_numeral_standing_alone_before_chome_is_read(text: str, normalized: str) -> None:
    assert normalize_text(text) == normalized


# ------------------------------------------------------------------ outside the city


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("横浜市西区の高島です", "横浜市"),  # 高島: no town of ours, but the shape is the same
        ("横浜市中区桜木町1丁目", "横浜市"),
        ("さいたま市大宮区の桜木町です", "さいたま市"),
        ("横浜市港北区の日吉に住んでます", "横浜市"),
        ("横浜市青葉区の桜台です", "横浜市"),  # 青葉区: one kanji off our 若葉区, but that city's own ward
    ],
)
def test_a_town_after_another_citys_ward_is_that_citys(router: Router, text: str, municipality: str) -> None:
    r = router.resolve(text)
    assert (r.kind, r.municipality) == ("outside_city", municipality)


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("自宅は市原市です。今は千葉市の病院に入院しています", "市原市"),
        ("住まいは佐倉市で、先週から中央区の病院に入院中です", "佐倉市"),
        ("八千代市に住んでいますが、いま千葉市のクリニックに入院してます", "八千代市"),
    ],
)
def test_a_hospital_stay_in_the_city_is_not_the_home_beside_it(router: Router, text: str, municipality: str) -> None:
    r = router.resolve(text)
    assert (r.kind, r.municipality) == ("outside_city", municipality)


def test_a_home_in_the_city_stays_the_home_beside_a_hospital_stay_outside(router: Router) -> None:
    r = router.resolve("美浜区高洲3丁目に住んでいます。いま市原市の病院に入院中です")
    assert (r.kind, r.center_id) == _outcome(router, "美浜区高洲3丁目")[:2]


@pytest.mark.parametrize(
    "text", ["佐倉市に候。千葉市にはあらず", "東金市なり。千葉市に非ず", "千葉市にあらず、四街道市に候"]
)
def test_a_place_taken_back_in_classical_language_is_not_the_home(router: Router, text: str) -> None:
    r = router.resolve(text)
    assert r.kind == "outside_city" and r.municipality != "千葉市"


# ------------------------------------------------------------------ voicing marks dropped


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        ("ちはしみとりく", "緑区"),
        ("ちはし いなけく", "稲毛区"),
        ("ちはしのはなみかわく", "花見川区"),
        ("ちはしわかはく", "若葉区"),
    ],
)
def test_the_city_and_a_ward_in_kana_without_voicing_marks_ask_the_town_in_that_ward(
    router: Router, text: str, ward: str
) -> None:
    assert _outcome(router, text) == _outcome(router, ward)
    assert router.resolve(text).kind == "ambiguous"


@pytest.mark.parametrize("text", ["ちはし", "うちはしみとりく", "ちはしです"])
def test_chiba_without_voicing_marks_alone_or_inside_a_word_is_not_read(router: Router, text: str) -> None:
    assert router.resolve(text).kind == "unknown"
