"""Forms found through the round-3 held-out misses, tested in general (not those strings)."""

from __future__ import annotations

import jaconv
import pytest

from routing import Router
from routing.names import WARD_READINGS, kana_led_spellings
from routing.normalize import normalize_text, to_hiragana
from routing.romaji import fold, looks_like_romaji
from routing.seed import read_towns

_CENTERS: dict[tuple[str, str], set[str]] = {}
_KANA: dict[tuple[str, str], str] = {}
for _t in read_towns():
    _CENTERS.setdefault((_t.ward, _t.town), set()).add(_t.center_id)
    if _t.kana:
        _KANA.setdefault((_t.ward, _t.town), _t.kana.split("(", 1)[0])
# towns of one center (a split town asks its 丁目 whatever the spelling)
ONE_CENTER = {key: next(iter(c)) for key, c in _CENTERS.items() if len(c) == 1}
MACHI_TOWNS = sorted(
    (w, t, ONE_CENTER[(w, t)])
    for (w, t), kana in _KANA.items()
    if (w, t) in ONE_CENTER and t.endswith("町") and kana.endswith("マチ")
)


@pytest.mark.parametrize("ward,town,center_id", MACHI_TOWNS, ids=[t[1] for t in MACHI_TOWNS])
def test_a_town_read_machi_is_found_when_its_machi_is_read_cho(router: Router, ward, town, center_id):
    reading = to_hiragana(_KANA[(ward, town)]).removesuffix("まち") + "ちょう"
    result = router.resolve(f"{WARD_READINGS[ward]}く {reading}")
    assert (result.kind, result.center_id, result.town) == ("center", center_id, town), result


@pytest.mark.parametrize("ward", sorted(WARD_READINGS))
def test_a_ward_whose_first_kanji_is_in_kana_is_that_ward(router: Router, ward):
    for spelling in kana_led_spellings(ward.removesuffix("区"), WARD_READINGS[ward]):
        assert router.resolve(f"千葉市{spelling}区").ward == ward, spelling


def test_a_kana_led_spelling_gives_each_kanji_at_least_one_kana_and_never_one_alone():
    assert kana_led_spellings("桜木", "さくらぎ") == {"さく木", "さくら木"}
    assert kana_led_spellings("若葉", "わかば") == {"わか葉"}
    assert kana_led_spellings("畑町", "はたまち") == {"はた町", "はたま町"}  # never 「は町」
    assert kana_led_spellings("つつじが丘", "つつじがおか") == set()  # kana in the name: as written


@pytest.mark.parametrize(
    "text,center_id,town,chome",
    [
        ("ちば市わか葉区さくら木3ちょう目", "sakuragi", "桜木", 3),
        ("若葉区さくら木2丁目", "sakuragi", "桜木", 2),
        ("稲毛区こなか台1丁目", "konakadai", "小仲台", 1),
    ],
)
def test_a_town_whose_first_kanji_is_in_kana_reaches_its_center(router: Router, text, center_id, town, chome):
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.town, result.chome) == ("center", center_id, town, chome), result


def test_chome_half_in_kana_is_read_as_chome():
    assert normalize_text("小仲台3ちょう目") == "小仲台3丁目"


def test_a_chome_written_picks_the_one_town_of_a_loose_name_divided_into_chome(router: Router):
    # 小中台 is 小中台町 (not divided into 丁目) or 小仲台 (1-10丁目): a 丁目 written can only be 小仲台's
    result = router.resolve("稲毛区小中台4丁目")
    assert (result.kind, result.center_id, result.town, result.chome) == ("center", "konakadai", "小仲台", 4)
    assert result.to_confirm and "loose_town_name" in result.flags
    assert router.resolve("稲毛区小中台").kind == "ambiguous"  # without a 丁目 it still asks


@pytest.mark.parametrize(
    "text,center_id",
    [
        ("美浜区中瀬1丁目、じゃなくて2丁目です", "isobe"),
        ("美浜区中瀬2丁目、いや、1丁目", "masago"),
        ("中瀬1丁目 あ、まちがえた 2丁目", "isobe"),
    ],
)
def test_a_chome_taken_back_gives_way_to_the_one_written_after_it(router: Router, text, center_id):
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center_id), result


@pytest.mark.parametrize(
    "text,center_id",
    [
        ("花見川区花園1丁目 あ、まちがえた 幕張町1丁目です", "makuhari"),
        ("稲毛区小仲台2丁目、間違えました、若葉区桜木2丁目です", "sakuragi"),
        ("美浜区高洲1丁目 すみません訂正 稲毛区小仲台2丁目", "konakadai"),
    ],
)
def test_an_address_owned_up_to_as_a_mistake_gives_way_to_the_next(router: Router, text, center_id):
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center_id), result


@pytest.mark.parametrize(
    "text,kind,municipality",
    [
        ("千葉市に住んでましたが今は四街道のグループホームです", "outside_city", "四街道市"),
        ("船橋市に住んでいましたが、今は稲毛区小仲台2丁目です", "center", None),
    ],
)
def test_where_the_person_lived_before_is_not_the_home(router: Router, text, kind, municipality):
    result = router.resolve(text)
    assert (result.kind, result.municipality) == (kind, municipality), result


def test_the_home_prefecture_alone_beside_a_city_address_is_not_a_second_address(router: Router):
    result = router.resolve("千葉市稲毛区小仲台2丁目、私は東京に住んでて母だけ千葉です")
    assert (result.kind, result.center_id) == ("center", "konakadai"), result
    found = router.find_in_text("母は稲毛区小仲台2丁目です。私は東京に住んでいて、母だけ千葉にいます")
    assert found is not None and found.center_id == "konakadai", found


@pytest.mark.parametrize(
    "text",
    ["中央区日本橋人形町2-3", "中央区日本橋浜町3丁目", "東京都中央区日本橋蛎殻町1-2", "母は日本橋に住んでいます"],
)
def test_tokyo_chuo_ku_named_by_nihonbashi_is_outside_and_named(router: Router, text):
    result = router.resolve(text)
    assert (result.kind, result.municipality, result.prefecture) == ("outside_city", "東京都中央区", "東京都"), result


def test_another_town_after_chuo_ku_alone_asks_and_never_routes(router: Router):
    # 銀座 is Tokyo 中央区's too, but the city's 中央区 could have a town written oddly: ask
    result = router.resolve("中央区銀座4丁目")
    assert result.kind in ("ambiguous", "unknown") and result.center_id is None


def _romaji(kana: str) -> str:
    """Romaji as people type it: Hepburn without long vowels (Chuo, Hongo)."""
    return fold(jaconv.kana2alphabet(to_hiragana(kana))).capitalize()


ROMAJI_TOWNS = sorted((w, t) for (w, t) in _KANA if (w, t) in _CENTERS)


@pytest.mark.parametrize("ward,town", ROMAJI_TOWNS, ids=[t[1] for t in ROMAJI_TOWNS])
def test_a_town_typed_in_romaji_reaches_its_center_or_asks_its_chome(router: Router, ward, town):
    text = f"{_romaji(WARD_READINGS[ward])}-ku {_romaji(_KANA[(ward, town)])}"
    result = router.resolve(text)
    centers = _CENTERS[(ward, town)]
    if len(centers) == 1:
        assert (result.kind, result.center_id) == ("center", next(iter(centers))), (text, result)
    else:
        assert result.kind == "ambiguous" and centers <= set(result.candidates), (text, result)


@pytest.mark.parametrize(
    "text,kind,center_id,municipality",
    [
        ("chiba-shi inage-ku konakadai 2-chome", "center", "konakadai", None),
        ("Chibashi Wakabaku Sakuragi 2-5-3", "center", "sakuragi", None),
        ("Hanamigawa-ku Makuhari-Hongo 3-chome", "center", "makuhari", None),
        ("Funabashi-shi Honcho 1-2-3", "outside_city", None, "船橋市"),
    ],
)
def test_an_address_in_romaji_is_read_with_its_parts_joined_or_apart(
    router: Router, text, kind, center_id, municipality
):
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.municipality) == (kind, center_id, municipality), result
    assert result.span == (0, len(text))


def test_romaji_is_read_only_where_there_is_no_japanese_script():
    assert looks_like_romaji("Mihama-ku Takasu 3-chome")
    assert not looks_like_romaji("美浜区高洲3丁目 Aビル")
    assert not looks_like_romaji("2-5-3")


@pytest.mark.parametrize(
    "text",
    ["小仲台1丁目…じゃない、6丁目", "小仲台1丁目、じゃないです、6丁目", "小仲台1丁目・・・じゃなくて6丁目"],
)
def test_a_block_number_taken_back_with_janai_gives_way_to_the_next(router: Router, text):
    taken_back = router.resolve(text)
    assert (taken_back.center_id, taken_back.chome) == (router.resolve("小仲台6丁目").center_id, 6), taken_back


def test_a_writer_introducing_themself_by_their_city_does_not_hide_the_parents_address(router: Router):
    result = router.resolve("大阪の息子です。母が稲毛区小仲台2丁目で一人で暮らしています")
    assert (result.kind, result.town) == ("center", "小仲台"), result
