"""Forms found through the round-28 held-out misses, tested with sentences of our own.

A 丁目 corrected further on in the message (the chat habit of fixing a typo with an asterisk, 「*2丁目」, or
「…1丁目の間違いです」「訂正：3丁目」) replaces the one written with the town, before any other town is named. Another
丁目 after words that may take one back without marking it as the correction (「…2丁目でした」 may also be
where the person lived before) is not sure: where the 丁目 decides the center, it is asked; one said to be
where the person lived before (「以前は6丁目でした」) leaves the first. A place a name is likened to (「大阪みたいな
名前」) is no address. うち with は (「うちは千葉市や」) is the writer; a move said with respect (引っ越されました) is
a move.
"""

from __future__ import annotations

import pytest

from routing import Router


def _variants(text: str) -> list[str]:
    return [text, "山田と申します。" + text, text.replace("*", "＊")]


# ------------------------------------------------------------------ a 丁目 corrected further on


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("朝日ケ丘4丁目に住む母のことです…*2丁目でした。見守りをお願いしたいです", "nirenokidai"),
        ("柏井4丁目の祖父が最近物忘れがひどくて *1丁目です", "hanamigawa"),
        ("中瀬2丁目の父について。*すみません、1丁目でした", "masago"),
        ("ひび野2丁目の祖母のことで相談です。1丁目の間違いでした", "masago"),
        ("宮野木台1丁目の伯父が入院しました。訂正:3丁目です", "satsukigaoka"),
        ("高浜5丁目の母のこと…じゃなくて3丁目です", "takasu"),
    ],
)
def test_a_chome_corrected_later_in_the_message_replaces_the_first_one(router: Router, text: str, center: str) -> None:
    for variant in _variants(text):
        result = router.resolve(variant)
        assert (result.kind, result.center_id) == ("center", center), (variant, result)


@pytest.mark.parametrize(
    ("text", "center"),
    [
        # 間違いなく: "surely", the same 丁目 said again
        ("高浜6丁目の父です。住所は間違いなく6丁目です", "isobe"),
        # a 丁目 denied, not one put in its place
        ("高浜6丁目の母のことです ※2丁目ではありません", "isobe"),
        # where the person lived before, said as such
        ("父は高浜2丁目に住んでいます。以前は6丁目でした", "takasu"),
        # the asterisk's 丁目 is another town's, named with it
        ("高浜6丁目の母のことで。*私は稲毛区小仲台2丁目です", "isobe"),
    ],
)
def test_a_later_chome_that_corrects_nothing_leaves_the_first_one(router: Router, text: str, center: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), result


@pytest.mark.parametrize(
    "text",
    [
        "高浜6丁目の叔母のことで相談です。2丁目でした",
        "高浜5丁目の母、あ、違う、一人暮らしの母は3丁目です",
    ],
)
def test_another_chome_after_words_that_may_take_one_back_is_asked_not_routed(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert result.kind != "center", result


# ------------------------------------------------------------------ a place fixed with an asterisk


@pytest.mark.parametrize(
    ("text", "kind", "where"),
    [
        ("船橋市の祖母のことで…*ごめんなさい、花見川区朝日ケ丘4丁目でした", "center", "hanazono"),
        ("千葉市中央区の母です *すいません市原市でした。配食を頼みたい", "outside_city", "市原市"),
        ("稲毛区小仲台2丁目の父 *美浜区高洲3丁目です", "center", "takasu"),
    ],
)
def test_one_asterisk_right_before_a_place_puts_it_in_place_of_those_before(
    router: Router, text: str, kind: str, where: str
) -> None:
    result = router.resolve(text)
    assert result.kind == kind, result
    assert where in (result.center_id, result.municipality), result


def test_asterisks_marking_a_list_do_not_drop_the_places_before_them(router: Router) -> None:
    # two asterisks: a list of two people, not a fix of the first place
    result = router.resolve("*父 稲毛区小仲台2丁目 *母 船橋市")
    assert result.kind != "outside_city", result
    # an asterisk before any place is a list's mark: the place after it is simply the address
    result = router.resolve("*美浜区高洲3丁目の母です")
    assert (result.kind, result.center_id) == ("center", "takasu"), result


# ------------------------------------------------------------------ a place a name is likened to


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("高洲って東京みたいな名前だけど美浜区です。そこの母のことで", "takasu"),
        ("小仲台2丁目、京都っぽい地名やけど稲毛区やで。父が住んどる", "konakadai"),
        ("浪花町は大阪のような響きですが花見川区です。祖母が一人で住んでいます", "hanazono"),
    ],
)
def test_a_place_a_name_is_likened_to_is_not_a_second_address(router: Router, text: str, center: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), result


def test_a_place_said_to_seem_the_address_is_no_likeness(router: Router) -> None:
    # みたいです: what the address seems to be, still the person's place (the writer's is another)
    result = router.resolve("母の家は高浜6丁目みたいです。私は船橋市に住んでいます")
    assert (result.kind, result.center_id) == ("center", "isobe"), result


# ------------------------------------------------------------------ whose place: western speech and respect


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # うち: the writer (or the writer's household) in western Japan
        ("かあちゃんは京都の宇治市に一人でおるんよ。うちは千葉市美浜区や", "宇治市"),
        ("とうちゃんが和歌山市におるんやけど、うちは千葉市やから遠いねん", "和歌山市"),
    ],
)
def test_uchi_with_wa_names_the_writers_place_not_the_persons(router: Router, text: str, municipality: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


def test_uchi_after_no_is_a_house_not_the_writer(router: Router) -> None:
    # 母のうちは: the mother's house, the person's place
    result = router.resolve("母のうちは美浜区高洲3丁目です。私は船橋市です")
    assert (result.kind, result.center_id) == ("center", "takasu"), result


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("ご近所のおじいさまが千葉市から佐倉市に引っ越されました", "佐倉市"),
        ("教室の生徒さんのお母さまが、千葉市から四街道市の施設に移られました", "四街道市"),
    ],
)
def test_a_move_said_with_respect_is_a_move_to_the_later_place(router: Router, text: str, municipality: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result
