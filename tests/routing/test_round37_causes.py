"""Forms found through the round-37 address misses, tested with sentences of our own.

Romaji inside Japanese: an address written in romaji beside kana or kanji (「Takasu, Mihama-ku に住む父」,
「Yokohama, 緑区」) has its known names and the suffixes beside them read in kana, as an answer all in romaji
already had; English words that are no names are left as typed and change nothing. A town read so before a
ward confirms it; a city outside named so makes the home outside.

Kanji slip: a town of the named ward written with one kanji slipped (not its last, 町 or 台) that could be
several towns of that ward (大椎町 or 大高町) is asked between those towns, offered as the choices, never
guessed; a name that goes on (…町内会) is no slip.

English suffix: 「Sakura city」 is さくらし, a name known only with its suffix (さくら alone is an everyday word).
"""

from __future__ import annotations

import pytest

from routing import Router


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("Takasu, Mihama-ku に住む父のことで相談です", "takasu"),
        ("Konakadai 2-chome, Inage-ku. 母が一人暮らしです", "konakadai"),
        ("父の家は Masago, Mihama-ku です", "masago"),
        ("I am in Tokyo, 母は Inage-ku Konakadai 3", "konakadai"),
    ],
)
def test_a_town_in_romaji_inside_japanese_is_read_with_its_ward(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("祖父は Yokohama, 緑区 に住んでいます", "横浜市"),
        ("Sakura city の母がひとりぐらし", None),
        ("Mother lives in Sakura City near the station", None),
    ],
)
def test_a_city_outside_named_in_romaji_makes_the_home_outside(
    router: Router, text: str, municipality: str | None
) -> None:
    r = router.resolve(text)
    assert r.kind == "outside_city"
    if municipality is not None:
        assert r.municipality == municipality


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("care manager さんに相談したい", "unknown"),
        ("the city office に行きました", "unknown"),
        ("母は中央区です。Thank you", "ambiguous"),
        ("Funabashi の叔母、緑区の母", "ambiguous"),
    ],
)
def test_english_words_that_are_no_names_change_nothing(router: Router, text: str, kind: str) -> None:
    assert router.resolve(text).kind == kind


def test_a_town_in_kanji_beside_english_stays_as_written(router: Router) -> None:
    r = router.resolve("高洲3丁目の母です。Please help")
    assert (r.kind, r.center_id) == ("center", "takasu")


def test_the_city_in_english_after_an_everyday_word_is_no_suffix(router: Router) -> None:
    assert "し" not in router._romaji.to_kana("visit the city", names_only=True)


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("緑区の大推町に父が住んでいます", {"大椎町", "大高町"}),
        ("若葉区大林町の祖母がひとりで暮らしています", {"大草町", "大広町", "大宮町"}),
    ],
)
def test_a_town_with_one_kanji_slipped_is_asked_with_the_towns_it_can_be(
    router: Router, text: str, towns: set[str]
) -> None:
    r = router.resolve(text)
    assert (r.kind, r.ask, r.ward) == ("ambiguous", "town", text[: text.index("区") + 1])
    assert {c.town for c in r.choices} == towns
    assert "town_by_kanji_slip" in r.flags


@pytest.mark.parametrize("text", ["若葉区大学病院に通う母", "緑区大推町内会の件"])
def test_a_longer_name_after_the_ward_is_no_kanji_slip(router: Router, text: str) -> None:
    r = router.resolve(text)
    assert r.kind == "ambiguous"
    assert "town_by_kanji_slip" not in r.flags
    assert len(r.choices) > 10
