"""Forms found through the round-38 address misses, tested with sentences of our own.

Line breaks inside a name: a narrow screen wraps an address anywhere (「美浜区真\\n砂」). A line break still ends
a sentence; read with the breaks taken out, the answer is taken only when it names one center and the address
found runs across a break. A break between whole names, or one that joins into no town, changes nothing.

Voicing marks typed apart: 「マサコ゛」 (the spacing ゛ after a kana, as some keyboards and old forms give it) is
マサゴ, as the half-width ｺﾞ already was.

The writer named as おれ/おら (plain or dialect speech) or in English (「I'm in 千葉市」「I live in …」): that
place is the writer's, and the person's place named beside it is the home.
"""

from __future__ import annotations

import pytest

from routing import Router


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("母の住まい\nは美浜区真\n砂2丁目です", "masago"),
        ("祖父は稲毛区小\n仲台3丁目\nに一人です", "konakadai"),
        ("叔母の家は\r\n美浜区高\r\n洲です", "takasu"),
    ],
)
def test_a_town_name_wrapped_across_lines_is_read_whole(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center
    assert r.span is not None
    assert "\n" in text[r.span[0] : r.span[1]]


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("母は美浜区\n高洲です", "takasu"),
        ("稲毛区小仲台\n母が一人で住んでいます", "konakadai"),
    ],
)
def test_a_line_break_between_whole_names_changes_nothing(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center


@pytest.mark.parametrize("text", ["母は中央区\nです", "父は花見川区\n\n元気がないです"])
def test_a_line_break_joining_into_no_town_still_asks(router: Router, text: str) -> None:
    assert router.resolve(text).kind == "ambiguous"


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("ミハマク マサコ゛ 2チョウメ", "masago"),
        ("イナケ゛ク コナカタ゛イ ノ チチ", "konakadai"),
    ],
)
def test_a_voicing_mark_typed_apart_joins_the_kana_before_it(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("おふくろは埼玉の川口市だ。おれは千葉の稲毛に越してきた", "川口市"),
        ("My father lives in 船橋市. I'm in 千葉市 for work.", "船橋市"),
        ("Grandma lives in 市原市. I live in 千葉市 too", "市原市"),
        ("I am in 千葉市, mother is in 札幌市", "札幌市"),
    ],
)
def test_the_writers_own_place_said_in_plain_speech_or_english_leaves_the_home_outside(
    router: Router, text: str, municipality: str
) -> None:
    r = router.resolve(text)
    assert r.kind == "outside_city"
    assert r.municipality == municipality


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("おれの母は稲毛区小仲台", "konakadai"),
        ("おらの親父は美浜区高洲だ", "takasu"),
        ("I'm worried about 母, 稲毛区小仲台", "konakadai"),
        ("Iam happy. 稲毛区小仲台の母", "konakadai"),
    ],
)
def test_the_writer_named_before_the_persons_address_takes_nothing_from_it(
    router: Router, text: str, center: str
) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center
