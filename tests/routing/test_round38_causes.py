"""Forms found through the round-38 address misses, tested with sentences of our own.

Line breaks inside a name: a narrow screen wraps an address anywhere (「美浜区真\\n砂」). A line break still ends
a sentence; read with the breaks taken out, the answer is taken only when it names one center and the address
found runs across a break. A break between whole names, or one that joins into no town, changes nothing.

Voicing marks typed apart: 「マサコ゛」 (the spacing ゛ after a kana, as some keyboards and old forms give it) is
マサゴ, as the half-width ｺﾞ already was.

The writer named as おれ/おら (plain or dialect speech) or in English (「I'm in 千葉市」「I live in …」): that
place is the writer's, and the person's place named beside it is the home.

Taken back in English: 「…, not 千葉市」 drops that place when another remains, as 「千葉市じゃない」 does.

A known city written with its suffix and の before its own ward (「仙台市の若林区」) is that city, not an unlisted
〇〇市 read as 千葉市 misspelt before a ward of ours one kanji off (若林区 is no slip of 若葉区 there).

The writer introduced as the person's child (「当方は本人の長女、…在住」「私は母の長男で、…」): the place after that
is the writer's, though the person is named inside the introduction.

A landmark named in English (「…, near 検見川」「close to 稲毛海岸」) beside the home is not a second home.
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


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("Dad lives in 船橋市, not 千葉市.", "船橋市"),
        ("My aunt is in 市原市. Not in 千葉市, right?", "市原市"),
    ],
)
def test_a_place_taken_back_with_not_in_english_is_not_the_home(router: Router, text: str, municipality: str) -> None:
    r = router.resolve(text)
    assert r.kind == "outside_city"
    assert r.municipality == municipality


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("Not 稲毛区, 美浜区高洲です", "takasu"),
        ("I'm not sure. 稲毛区小仲台の母", "konakadai"),
        ("母は稲毛区小仲台, not 四街道市", "konakadai"),
    ],
)
def test_not_in_english_takes_back_only_the_place_right_after_it(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("叔父は仙台市の若林区に住んでいる", "仙台市"),
        ("姉は仙台市の若林区。私は千葉市若葉区です", "仙台市"),
    ],
)
def test_a_known_city_with_its_suffix_keeps_its_own_ward(router: Router, text: str, municipality: str) -> None:
    r = router.resolve(text)
    assert r.kind == "outside_city"
    assert r.municipality == municipality


def test_an_unlisted_city_before_a_ward_of_ours_is_still_read_as_a_slip(router: Router) -> None:
    r = router.resolve("千場市稲毛区小仲台")
    assert r.kind == "center"
    assert r.center_id == "konakadai"
    assert r.to_confirm


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("本人住所:稲毛区小仲台。当方は本人の長女、東京都練馬区在住", "konakadai"),
        ("住所は美浜区高洲です。私は母の長男で、横浜市に住んでいます", "takasu"),
        ("私は父の次女で、札幌市在住です。父は稲毛区小仲台", "konakadai"),
    ],
)
def test_the_place_after_the_writer_introduced_as_the_persons_child_is_the_writers(
    router: Router, text: str, center: str
) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center


def test_the_persons_place_after_the_writers_introduction_is_still_the_home(router: Router) -> None:
    r = router.resolve("私は母の娘、母は美浜区高洲です")
    assert r.kind == "center"
    assert r.center_id == "takasu"


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("Mom lives in 美浜区高洲, close to 稲毛海岸", "takasu"),
        ("祖父は花見川区畑町, near 検見川 station", "nirenokidai"),
    ],
)
def test_a_landmark_after_near_in_english_is_not_a_second_home(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert r.kind == "center"
    assert r.center_id == center


def test_a_place_outside_named_as_a_landmark_in_english_leaves_the_ward_asked(router: Router) -> None:
    assert router.resolve("Mom lives in 千葉市緑区, near 市原市").kind == "ambiguous"
