"""Forms found through the round-5 held-out misses, tested in general over the town table and the
lists of places (not those strings): kana slips of flick input (a voicing mark missed, a small kana
typed large), the big cities' names in kana, a designated city's ward whose name holds a Tokyo ward's,
and a station or an interchange named after a town beside the home's town."""

from __future__ import annotations

from collections import defaultdict

import jaconv
import pytest

from routing import Router
from routing.names import WARD_READINGS
from routing.normalize import fold_kana_slips, large_kana, normalize_text, to_hiragana
from routing.places import read_municipality_readings, read_places
from routing.seed import read_towns

_CENTERS: dict[tuple[str, str], set[str]] = defaultdict(set)
_KANA: dict[tuple[str, str], str] = {}
for _t in read_towns():
    _CENTERS[(_t.ward, _t.town)].add(_t.center_id)
    if _t.kana:
        _KANA.setdefault((_t.ward, _t.town), to_hiragana(_t.kana.split("(", 1)[0]))
# towns of one center (a split town asks its 丁目 whatever the spelling)
ONE_CENTER = {key: next(iter(c)) for key, c in _CENTERS.items() if len(c) == 1}
_FOLDED: dict[str, set[tuple[str, str]]] = defaultdict(set)
for _key, _kana in _KANA.items():
    _FOLDED[fold_kana_slips(_kana)].add(_key)

SMALL_KANA_TOWNS = sorted(
    (w, t, c) for (w, t), c in ONE_CENTER.items() if (w, t) in _KANA and large_kana(_KANA[(w, t)]) != _KANA[(w, t)]
)
# Towns whose reading has a voicing mark, and that no other town reads alike once the marks are gone
VOICED_TOWNS = sorted(
    (w, t, c)
    for (w, t), c in ONE_CENTER.items()
    if (w, t) in _KANA
    and fold_kana_slips(_KANA[(w, t)]) != large_kana(_KANA[(w, t)])
    and len(_FOLDED[fold_kana_slips(_KANA[(w, t)])]) == 1
)


def test_the_kana_slip_folds_keep_every_position():
    assert fold_kana_slips("ホシグキチョウ") == "ホシクキチヨウ"
    assert fold_kana_slips("はなみがわく こてはしだい") == "はなみかわく こてはしたい"
    assert fold_kana_slips("稲毛区ぱぴぷ") == "稲毛区はひふ"
    assert large_kana("ちゅうおう しょっぷ") == "ちゆうおう しよつぷ"
    for text in ("ゔぁ", "がっこう", "ヴィラ", "稲毛区"):
        assert len(fold_kana_slips(text)) == len(text)


def test_chome_in_kana_with_its_small_kana_typed_large_is_chome():
    assert normalize_text("中央3ちようめ") == "中央3丁目"
    assert normalize_text("中央さんちようめ") == "中央3丁目"
    assert normalize_text("中央じゆうにちようめ") == "中央12丁目"


@pytest.mark.parametrize("ward,town,center_id", SMALL_KANA_TOWNS, ids=[t[1] for t in SMALL_KANA_TOWNS])
def test_a_town_read_with_its_small_kana_typed_large_is_that_town(router: Router, ward, town, center_id):
    reading = large_kana(_KANA[(ward, town)])
    for text in (f"{ward}{reading}", f"{large_kana(WARD_READINGS[ward])}く {reading}"):
        result = router.resolve(text)
        assert (result.kind, result.center_id, result.town) == ("center", center_id, town), (text, result)


@pytest.mark.parametrize("ward", sorted(WARD_READINGS))
def test_a_ward_in_kana_with_its_small_kana_typed_large_is_that_ward(router: Router, ward):
    assert router.resolve(f"{large_kana(WARD_READINGS[ward])}く").ward == ward


@pytest.mark.parametrize("ward,town,center_id", VOICED_TOWNS, ids=[t[1] for t in VOICED_TOWNS])
def test_a_town_read_without_its_voicing_marks_is_that_town_to_be_confirmed(router: Router, ward, town, center_id):
    folded = fold_kana_slips(_KANA[(ward, town)])
    for text in (f"{ward}{folded}", f"{WARD_READINGS[ward]}く {folded} です"):
        result = router.resolve(text)
        assert (result.kind, result.center_id, result.town) == ("center", center_id, town), (text, result)
        assert result.to_confirm and "spelling_corrected" in result.flags, result


def test_kana_without_voicing_marks_never_gives_a_wrong_center(router: Router):
    """Towns read alike once the marks are gone, or divided between centers: a question, never a
    center the town does not have."""
    for (ward, town), kana in _KANA.items():
        result = router.resolve(f"{ward}{fold_kana_slips(kana)}")
        if result.kind == "center":
            assert result.center_id in _CENTERS[(ward, town)], (ward, town, result)
        else:
            assert result.kind == "ambiguous" and _CENTERS[(ward, town)] & set(result.candidates), (town, result)


def test_a_town_spelt_right_is_not_flagged_as_corrected(router: Router):
    result = router.resolve("花見川区こてはしだい3丁目")
    assert (result.kind, result.center_id) == ("center", "kotehashidai"), result
    assert "spelling_corrected" not in result.flags


def test_words_that_name_no_place_stay_unknown_with_their_marks_folded(router: Router):
    for text in ("だいじょうぶです", "ばあちゃんち", "びょういん", "ごめんなさい", "さがしてます"):
        assert router.resolve(text).kind == "unknown", text


_PREFECTURE_OF = {p.name: p.prefecture for p in read_places() if p.kind == "city" and p.prefecture != "千葉県"}
BIG_CITIES = sorted(
    (name, kana)
    for name, kana in read_municipality_readings().items()
    if name in _PREFECTURE_OF and kana.endswith("し")
)


def test_the_big_cities_have_their_readings():
    assert len(BIG_CITIES) >= 40  # designated cities and prefectural capitals (津・奈良・佐賀 left out)


@pytest.mark.parametrize("name,kana", BIG_CITIES, ids=[c[0] for c in BIG_CITIES])
def test_a_big_city_written_in_kana_is_outside_and_named_with_its_prefecture(router: Router, name, kana):
    for text in (kana, f"{kana} なかく です", jaconv.hira2kata(kana)):
        result = router.resolve(text)
        assert (result.kind, result.municipality, result.prefecture) == (
            "outside_city",
            name,
            _PREFECTURE_OF[name],
        ), (text, result)


def test_a_reading_a_prefecture_shares_with_its_capital_alone_is_the_prefecture(router: Router):
    result = router.resolve("ふくおか")
    assert (result.kind, result.prefecture, result.municipality) == ("outside_city", "福岡県", None), result


@pytest.mark.parametrize(
    "text,municipality",
    [
        ("横浜市港北区です", "横浜市"),  # 北区 inside 港北区
        ("横浜市港北区日吉本町1-2", "横浜市"),
        ("名古屋市港区", "名古屋市"),
        ("大阪市北区です", "大阪市"),
        ("神戸市北区", "神戸市"),
    ],
)
def test_a_big_citys_ward_holding_a_tokyo_wards_name_is_that_citys(router: Router, text, municipality):
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


_TWO_TOWNS = [
    ("稲毛区", "園生町", "穴川", "sonno"),
    ("若葉区", "桜木", "都賀", "sakuragi"),
    ("花見川区", "作新台", "幕張", "hanamigawa"),
]


@pytest.mark.parametrize("stop", ["駅", "インター", "IC", "ＩＣ", "インターチェンジ", "バス停"])
@pytest.mark.parametrize("ward,home,landmark,center_id", _TWO_TOWNS, ids=[t[1] for t in _TWO_TOWNS])
def test_a_station_or_exit_named_after_a_town_beside_the_home_is_a_landmark(
    router: Router, stop, ward, home, landmark, center_id
):
    assert _CENTERS[(ward, home)] == {center_id}
    assert any(key[1].startswith(landmark) and center_id not in c for key, c in _CENTERS.items() if key[0] == ward)
    result = router.resolve(f"{ward}{home}、{landmark}{stop}の近くです")
    assert (result.kind, result.center_id, result.town) == ("center", center_id, home), result


def test_to_hiragana_is_jaconvs_kata2hira_with_the_hand_written_mapping_it_replaced():
    def hand_written(text: str) -> str:  # routing.normalize.to_hiragana before it used jaconv
        return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in text)

    katakana = "".join(chr(c) for c in range(ord("ァ"), ord("ヶ") + 1))
    assert to_hiragana(katakana) == hand_written(katakana)
    for kana in {r.kana for r in read_towns() if r.kana}:
        assert to_hiragana(kana) == hand_written(kana) == jaconv.kata2hira(kana)
    assert to_hiragana("稲毛区コナカダイ2丁目") == "稲毛区こなかだい2丁目"
