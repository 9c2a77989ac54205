"""Places as residents write them: every 町丁目 in kana, cut short, with 番地 any way, reaches its center.

A place in Chiba City is never treated as outside, whatever the spelling.
"""

from __future__ import annotations

import pytest

from routing import Router
from routing.seed import WARDS, read_towns
from tests.routing.surface_forms import WARD_KANA, katakana, resident_forms

TOWNS = read_towns()
TOWN_NAMES = sorted({r.town for r in TOWNS})


def _other_town(record) -> str:
    """A town of the city unrelated to this one, for the building name."""
    for name in TOWN_NAMES[TOWN_NAMES.index(record.town) + 7 :] + TOWN_NAMES:
        if record.town not in name and name not in record.town and name not in WARD_KANA:
            return name
    raise AssertionError(record)


@pytest.mark.parametrize("record", TOWNS, ids=lambda r: f"{r.ward}{r.town}{r.chome or ''}")
def test_every_town_row_as_residents_write_it_reaches_its_center(router: Router, record):
    for text in resident_forms(record, _other_town(record)):
        result = router.resolve(text)
        assert (result.kind, result.center_id, result.town) == ("center", record.center_id, record.town), (text, result)
        if record.chome is not None:
            assert result.chome == record.chome, (text, result)


@pytest.mark.parametrize("record", TOWNS[::5], ids=lambda r: f"{r.ward}{r.town}{r.chome or ''}")
def test_the_same_forms_inside_a_message_about_mother_reach_her_center(router: Router, record):
    for text in resident_forms(record, _other_town(record)):
        message = f"母は{text}に一人で住んでいます。最近もの忘れが心配です"
        result = router.find_in_text(message)
        assert result is not None and (result.kind, result.center_id) == ("center", record.center_id), (message, result)


@pytest.mark.parametrize("ward", WARDS)
def test_a_ward_in_kana_or_katakana_alone_asks_for_the_town_in_that_ward(router: Router, ward):
    kana = WARD_KANA[ward]
    for text in (f"{kana}く", f"{katakana(kana)}区", f"ちば市{kana}区", f"チバシ{katakana(kana)}ク"):
        result = router.resolve(text)
        assert (result.kind, result.ask, result.ward) == ("ambiguous", "town", ward), (text, result)


@pytest.mark.parametrize("text", ["ちば市", "チバ市", "千葉し", "ちばし", "ちば市です", "千葉しです"])
def test_the_city_in_kana_alone_asks_for_the_ward(router: Router, text):
    result = router.resolve(text)
    assert (result.kind, result.ask) == ("ambiguous", "ward"), result
    assert len(result.candidates) == 28


@pytest.mark.parametrize(
    "text",
    [
        "ちば市にお住まいの母のことで相談です",
        "母はちば市いなげくで一人暮らしです",
        "チバ市ミハマ区の父が最近外に出なくなりました",
        "ちばしはなみがわくに住む祖母",
    ],
)
def test_a_message_naming_the_city_in_kana_is_never_outside(router: Router, text):
    result = router.find_in_text(text)
    assert result is not None and result.kind == "ambiguous", result
    assert result.municipality is None


def test_hiragana_address_with_a_town_reading_after_the_ward(router: Router):
    result = router.resolve("ちばしいなげくこなかだい2ちょうめ")
    assert (result.kind, result.center_id, result.chome) == ("center", "konakadai", 2)
    assert result.to_confirm  # read from kana: the resident confirms


@pytest.mark.parametrize(
    "text",
    ["みどりくんが来た", "いちばしまで行きます", "千葉しかない", "ミハマクラブ"],
)
def test_kana_that_only_contain_a_name_are_not_that_name(router: Router, text):
    assert router.find_in_text(text) is None


FORMAL_NUMERALS = {1: "壱", 2: "弐", 3: "参"}


@pytest.mark.parametrize(
    "record", [r for r in TOWNS if r.chome in FORMAL_NUMERALS][::2], ids=lambda r: f"{r.town}{r.chome}"
)
def test_a_chome_in_formal_numerals_is_read(router: Router, record):
    result = router.resolve(f"{record.ward}{record.town}{FORMAL_NUMERALS[record.chome]}丁目")
    assert (result.center_id, result.chome) == (record.center_id, record.chome)


@pytest.mark.parametrize("text", ["海浜幕張", "幕張新都心", "海浜幕張に住んでいます"])
def test_an_area_name_that_is_no_town_asks_among_the_towns_it_covers(router: Router, text):
    result = router.resolve(text)
    assert (result.kind, result.ask, result.ward) == ("ambiguous", "town", "美浜区")
    assert {c.town for c in result.choices} == {"美浜", "若葉", "打瀬", "ひび野", "中瀬", "豊砂", "浜田"}


def test_an_area_name_of_one_town_with_its_ward_is_that_town_to_confirm(router: Router):
    result = router.resolve("美浜区幕張ベイタウン")
    assert (result.kind, result.town) == ("center", "打瀬")
    assert result.to_confirm


def test_the_ward_readings_are_japan_posts():
    """The kana the router reads for each ward is the one in Japan Post's data (ﾁﾊﾞｼｲﾅｹﾞｸ)."""
    import unicodedata

    from routing.names import WARD_READINGS
    from routing.seed import DATA_DIR, read_rows

    post = {
        row["city"].removeprefix("千葉市"): unicodedata.normalize("NFKC", row["city_kana"]).removeprefix("チバシ")
        for row in read_rows(DATA_DIR / "postal_codes.csv")
    }
    for ward, reading in WARD_READINGS.items():
        assert katakana(reading) + "ク" == post[ward]


@pytest.mark.parametrize(
    ("text", "chome"),
    [("稲毛区小仲台、2丁目", 2), ("美浜区高浜、5丁目", 5), ("高浜の3-2-1", 3), ("いなげくのこなかだい2丁目", 2)],
)
def test_the_chome_is_read_past_a_comma_or_no(router: Router, text, chome):
    assert router.resolve(text).chome == chome


def test_a_number_after_no_that_counts_something_else_is_not_a_chome(router: Router):
    result = router.resolve("高浜の2人暮らし")
    assert (result.kind, result.ask) == ("ambiguous", "chome")


@pytest.mark.parametrize(
    "text", ["こなかだいです", "母はこなかだいです", "こなかだいにすんでいます", "こなかだい にちょうめ"]
)
def test_a_town_in_kana_with_a_particle_or_desu_around_it_is_read_to_confirm(router: Router, text):
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", "konakadai"), result
    assert result.to_confirm


@pytest.mark.parametrize("text", ["みどりいろ", "ははこなかだい", "いなげやのちかく"])
def test_kana_words_that_only_contain_a_reading_are_not_read(router: Router, text):
    assert router.resolve(text).kind == "unknown"
