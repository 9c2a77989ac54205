"""Forms found through the round-11 held-out misses, tested in general over the town table (not those
strings): 「の3」 for the 丁目 of a town split between centers, a 丁目 taken back with 「ちがった」, a
reading in kana with a space before the ward in kana, an old 郡/村 name followed by 「今の」 and the
name now, a former home (前は…でした), a shrine called by a town's name (お稲荷さん) and a loose
reading repeated after the exact one; and, found beside them: the place of the writer's child, a town's
name ending a longer name after its ward, a long o written as heard, two 丁目 listed, the address now
after the one before, readings and 丁目 in katakana."""

from __future__ import annotations

from collections import defaultdict

import jaconv
import pytest

from routing import Router
from routing.names import WARD_READINGS
from routing.normalize import to_hiragana
from routing.seed import read_towns

_TOWNS = read_towns()
_BY_CHOME: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
_CENTERS: dict[tuple[str, str], set[str]] = defaultdict(set)
_KANA: dict[tuple[str, str], set[str]] = defaultdict(set)
for _t in _TOWNS:
    _CENTERS[(_t.ward, _t.town)].add(_t.center_id)
    if _t.chome is not None:
        _BY_CHOME[(_t.ward, _t.town)][_t.chome] = _t.center_id
    if _t.kana:
        _KANA[(_t.ward, _t.town)].add(_t.kana)
# towns whose 丁目 are shared between two or more centers: the 丁目 decides
SPLIT = sorted(
    (w, t, chome, c)
    for (w, t), by_chome in _BY_CHOME.items()
    if len(set(by_chome.values())) > 1
    for chome, c in sorted(by_chome.items())
)
# two 丁目 of one split town that go to different centers
TAKEN_BACK = sorted(
    (w, t, a, b, by_chome[b])
    for (w, t), by_chome in _BY_CHOME.items()
    for a in sorted(by_chome)[:1]
    for b in sorted(by_chome)
    if by_chome[a] != by_chome[b]
)
# towns of one center with one reading, written in kana as heard on the phone
_READINGS = defaultdict(list)
for (_w, _n), _k in _KANA.items():
    if len(_k) == 1:
        _READINGS[to_hiragana(next(iter(_k)))].append((_w, _n))
PHONETIC = sorted(
    (to_hiragana(next(iter(_KANA[(w, t)]))), w, t, next(iter(_CENTERS[(w, t)])))
    for (w, t), c in _CENTERS.items()
    if len(c) == 1
    and len(_KANA[(w, t)]) == 1
    and t.endswith("町")
    and len(_READINGS[to_hiragana(next(iter(_KANA[(w, t)])))]) == 1
)
ONE_CENTER_TOWNS = sorted(
    (w, t, next(iter(c))) for (w, t), c in _CENTERS.items() if len(c) == 1 and t.endswith(("町", "台"))
)[::7]


def _route(router: Router, text: str) -> tuple[str, str | None]:
    result = router.resolve(text)
    return result.kind, result.center_id


# --- 「の3」: the 丁目 of a split town written with の ------------------------------------------------


@pytest.mark.parametrize("ward, town, chome, center_id", SPLIT)
def test_no_and_a_bare_number_ending_the_answer_is_the_chome(router: Router, ward, town, chome, center_id):
    short = ward.removeprefix("千葉市")
    for text in (
        f"{town}の{chome}です",
        f"{short}{town}の{chome}",
        f"{town}の{chome}、{short}",
        f"{town}の{chome}です。",
        f"{town}の{chr(0xFF10 + chome)}です",
    ):
        assert _route(router, text) == ("center", center_id), text


@pytest.mark.parametrize("ward, town", sorted({(w, t) for w, t, _, _ in SPLIT}))
def test_no_and_a_number_of_people_is_no_chome(router: Router, ward, town):
    """「高浜の2人暮らし」: a count after の is not a 丁目; the split town is asked about."""
    for text in (f"{town}の2人暮らしです", f"{town}の3軒目です"):
        assert _route(router, text) == ("ambiguous", None), text


# --- a 丁目 taken back: 「1…ちがった4丁目」 -------------------------------------------------------


@pytest.mark.parametrize("ward, town, first, right, center_id", TAKEN_BACK)
def test_a_chome_taken_back_gives_way_to_the_one_after_it(router: Router, ward, town, first, right, center_id):
    short = ward.removeprefix("千葉市")
    for text in (
        f"{town}{first}…ちがった{right}丁目です、{short}",
        f"{short}{town}{first}丁目、いや違う、{right}丁目",
        f"{town}{first}、違った、{right}丁目です",
    ):
        assert _route(router, text) == ("center", center_id), text


# --- the reading heard on the phone, a space, the ward in kana ---------------------------------------


@pytest.mark.parametrize("reading, ward, town, center_id", PHONETIC)
def test_a_town_in_kana_then_a_space_then_its_ward_in_kana(router: Router, reading, ward, town, center_id):
    ward_kana = WARD_READINGS[ward.removeprefix("千葉市")]
    for text in (f"{reading}\u3000{ward_kana}く", f"{reading} {ward_kana}く", f"{reading}　{ward}"):
        assert _route(router, text) == ("center", center_id), text


def test_kana_run_together_without_a_space_is_still_not_cut_anywhere(router: Router):
    """Without the space the word is not known to end there: no town is cut out of a longer kana run."""
    assert router.resolve("はまのちょうちんや").kind != "center"


# --- old names: 千葉郡〇〇村、今の〇〇区〇〇町 ----------------------------------------------------------


@pytest.mark.parametrize("ward, town, center_id", ONE_CENTER_TOWNS)
def test_the_name_now_after_an_old_gun_name_decides(router: Router, ward, town, center_id):
    short = ward.removeprefix("千葉市")
    for text in (
        f"千葉郡都村、今の{short}{town}",
        f"昔は千葉郡犢橋村でした。今は{short}{town}です",
        f"旧千葉郡の誉田村、現在の{short}{town}",
        f"元の印旛郡…いや違う、千葉郡の村、今は{short}{town}",
    ):
        assert _route(router, text) == ("center", center_id), text


@pytest.mark.parametrize(
    "old, now", [("千葉郡二宮町", "船橋市"), ("千葉郡大和田町", "八千代市"), ("市原郡五井町", "市原市")]
)
def test_an_old_gun_name_whose_name_now_is_another_city_is_outside(router: Router, old, now):
    for text in (f"昔の{old}、今の{now}", f"{old}です。今でいう{now}の"):
        assert router.resolve(text).kind == "outside_city", text


def test_a_ward_added_after_now_completes_the_old_style_address(router: Router):
    """「千葉市都賀3丁目です(区の前の書き方、今は若葉区です)」: the ward now completes the address."""
    assert _route(router, "千葉市都賀3丁目です(昔の書き方で、今は若葉区です)") == ("center", "tsuga")


# --- where the person lived before ---------------------------------------------------------------


@pytest.mark.parametrize("ward, town, center_id", ONE_CENTER_TOWNS)
@pytest.mark.parametrize("before", ["市原市", "四街道市", "船橋市"])
def test_a_former_home_named_after_the_new_one_is_not_the_home(router: Router, ward, town, center_id, before):
    short = ward.removeprefix("千葉市")
    for text in (
        f"{short}{town}に引っ越しました。前は{before}でした",
        f"{short}{town}に越してきました、以前は{before}に住んでいました",
    ):
        assert _route(router, text) == ("center", center_id), text


# --- a shrine called by a town's name ------------------------------------------------------------


@pytest.mark.parametrize("ward, town, center_id", ONE_CENTER_TOWNS)
def test_an_inari_shrine_as_a_landmark_is_not_the_town_inari(router: Router, ward, town, center_id):
    short = ward.removeprefix("千葉市")
    for text in (f"{short}{town}、お稲荷さんの裏", f"{short}{town}のお稲荷様のそば", f"{town}、御稲荷さんの隣です"):
        assert _route(router, text) == ("center", center_id), text


def test_the_town_inari_itself_still_routes(router: Router):
    assert _route(router, "中央区稲荷町2丁目") == ("center", "chibadera")
    assert _route(router, "稲荷町です") == ("center", "chibadera")


# --- a loose reading said again after the exact one ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["こてはしちょう、漢字で書くとむずかしいほうのこてはしです", "こてはしちょうです(こてはし台じゃなくて、こてはし)"],
)
def test_a_loose_reading_repeated_after_the_exact_town_is_that_town(router: Router, text):
    assert _route(router, text) == ("center", "satsukigaoka")


# --- the place of the writer's child --------------------------------------------------------------


@pytest.mark.parametrize("place", ["横浜", "東京", "船橋市", "名古屋市"])
@pytest.mark.parametrize("ward", ["緑区", "中央区", "稲毛区"])
def test_the_place_of_the_writers_child_is_not_the_persons(router: Router, place, ward):
    for text in (f"{ward}です。{place}の娘が書いています", f"{ward}です、{place}に住む息子より"):
        assert router.resolve(text).kind == "ambiguous", text


@pytest.mark.parametrize("ward, town, center_id", ONE_CENTER_TOWNS)
def test_an_address_beside_the_childs_place_is_the_persons(router: Router, ward, town, center_id):
    short = ward.removeprefix("千葉市")
    text = f"{short}{town}です。横浜の娘が代わりに送っています"
    assert _route(router, text) == ("center", center_id), text


@pytest.mark.parametrize("place, municipality", [("横浜", "横浜市"), ("船橋市", "船橋市")])
def test_the_place_of_a_parent_is_still_the_persons(router: Router, place, municipality):
    result = router.resolve(f"{place}の母のことです")
    assert (result.kind, result.municipality) == ("outside_city", municipality)


# --- a town's name at the end of a longer name after the ward ---------------------------------------

_NAMES = {t for _, t in _CENTERS}


@pytest.mark.parametrize("ward, town, center_id", [x for x in ONE_CENTER_TOWNS if "十日" + x[1] not in _NAMES])
@pytest.mark.parametrize("joint", ["の", ""])
def test_a_town_name_ending_a_longer_name_after_its_ward_is_asked(router: Router, ward, town, center_id, joint):
    """「中央区の十日市場町」: no such town in the ward; the ward is asked about, no center guessed."""
    short = ward.removeprefix("千葉市")
    text = f"{short}{joint}十日{town}"
    assert router.resolve(text).kind in ("ambiguous", "unknown"), text


@pytest.mark.parametrize("ward, town, center_id", ONE_CENTER_TOWNS)
def test_old_style_oaza_or_a_ward_without_ku_before_the_town_still_routes(router: Router, ward, town, center_id):
    short = ward.removeprefix("千葉市")
    for text in (f"{short}大字{town}", f"千葉市{short.removesuffix('区')}{town}"):
        assert _route(router, text) == ("center", center_id), text


# --- a long o written as heard (ちゅうおおく, ちょお) -------------------------------------------------------


@pytest.mark.parametrize("reading, ward, town, center_id", [p for p in PHONETIC if p[0].endswith("ちょう")])
def test_a_long_o_written_as_heard_reads_as_the_town(router: Router, reading, ward, town, center_id):
    ward_kana = WARD_READINGS[ward.removeprefix("千葉市")]
    for spelt in (reading[:-1] + "お", reading[:-1] + "ー"):
        text = f"{spelt}　{ward_kana}く"
        assert _route(router, text) == ("center", center_id), text


@pytest.mark.parametrize("text", ["ちゅうおおく", "ちゅうおーく", "チュウオオク"])
def test_the_ward_chuo_with_a_long_o_as_heard_is_asked_about(router: Router, text):
    result = router.resolve(text)
    assert result.kind == "ambiguous" and result.ward == "中央区", (text, result)


# --- two 丁目 listed: neither is the one ------------------------------------------------------------


@pytest.mark.parametrize("ward, town, first, right, center_id", TAKEN_BACK)
def test_two_chome_listed_across_centers_are_asked_never_guessed(router: Router, ward, town, first, right, center_id):
    """「高浜4、5丁目あたり」「柏井の1か4」: two 丁目 of different centers named; the router asks."""
    for text in (f"{town}{first}、{right}丁目あたり", f"{town}の{first}か{right}です", f"{town}{first}・{right}丁目"):
        assert router.resolve(text).kind == "ambiguous", text


# two 丁目 of one split town that go to the same center
SAME_CENTER_PAIR = sorted(
    (w, t, a, b, by_chome[a])
    for (w, t), by_chome in _BY_CHOME.items()
    if len(set(by_chome.values())) > 1
    for a, b in zip(sorted(by_chome), sorted(by_chome)[1:])
    if b == a + 1 and by_chome[a] == by_chome[b]
)


@pytest.mark.parametrize("ward, town, first, second, center_id", SAME_CENTER_PAIR)
def test_two_chome_listed_of_one_center_are_routed_without_asking(router: Router, ward, town, first, second, center_id):
    """「高洲1、2丁目あたり」: both 丁目 belong to one center, so there is nothing to ask."""
    short = ward.removeprefix("千葉市")
    for text in (f"{short}{town}{first}、{second}丁目あたり", f"{short}{town}の{first}か{second}です"):
        assert _route(router, text) == ("center", center_id), text


# --- the address before and the address now, both in the city -----------------------------------------

_PAIRS = [(a, b) for a, b in zip(ONE_CENTER_TOWNS, ONE_CENTER_TOWNS[5:] + ONE_CENTER_TOWNS[:5]) if a[2] != b[2]]


@pytest.mark.parametrize("old, new", _PAIRS)
def test_the_address_now_wins_over_the_one_before(router: Router, old, new):
    (w1, t1, _), (w2, t2, center_id) = old, new
    w1, w2 = w1.removeprefix("千葉市"), w2.removeprefix("千葉市")
    for text in (
        f"引っ越す前は{w1}{t1}でした。今は{w2}{t2}です",
        f"前に住んでいたのは{w1}{t1}、今は{w2}{t2}",
        f"昔の住所は{w1}{t1}、今の住所は{w2}{t2}",
        f"旧住所 {w1}{t1} 新住所 {w2}{t2}",
    ):
        assert _route(router, text) == ("center", center_id), text


@pytest.mark.parametrize("ward, town, center_id", ONE_CENTER_TOWNS)
def test_a_hospital_now_does_not_replace_the_home(router: Router, ward, town, center_id):
    """「今は中央区の病院に入院中」: where the person is now, not a new address (no former one named)."""
    short = ward.removeprefix("千葉市")
    assert _route(router, f"{short}{town}の母、今は中央区の病院です") == ("center", center_id)


# --- the reading typed in katakana, 丁目 spoken in kana ---------------------------------------------


@pytest.mark.parametrize("reading, ward, town, center_id", PHONETIC[::3])
def test_a_town_in_katakana_then_a_space_then_its_ward_in_katakana(router: Router, reading, ward, town, center_id):
    ward_kana = WARD_READINGS[ward.removeprefix("千葉市")]
    text = f"{jaconv.hira2kata(reading)}\u3000{jaconv.hira2kata(ward_kana)}ク"
    assert _route(router, text) == ("center", center_id), text


@pytest.mark.parametrize("ward, town, chome, center_id", SPLIT)
def test_the_chome_spoken_in_katakana_decides(router: Router, ward, town, chome, center_id):
    spoken = {1: "イッ", 2: "ニ", 3: "サン", 4: "ヨン", 5: "ゴ", 6: "ロク", 7: "ナナ", 8: "ハッ", 9: "キュウ"}[chome]
    short = ward.removeprefix("千葉市")
    for text in (f"{short}{town}　{spoken}チョウメ", f"{town}{chome}チョーメ"):
        assert _route(router, text) == ("center", center_id), text
