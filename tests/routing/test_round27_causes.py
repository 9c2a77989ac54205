"""Forms found through the round-26 and round-27 held-out misses, tested with sentences of our own.

Being there said right before the person (「…2丁目に一人でいる母」) names the person's place, and working there
said before the writer or their child (「大阪に単身赴任中の息子です」) names theirs. Someone the writer goes through
(「千葉市の叔父を通じて」「…の友人経由で」) is a go-between, not the person concerned. One town named twice, once
with its 丁目, is that 丁目 of that town. A town that shares its name with a place outside (瑞穂: 東京都瑞穂町,
宮崎: 宮崎県, 栄町: 印旛郡栄町) is the city's when a ward, a postal code or a 丁目 the city's town has says so; a
丁目 the city's town lacks, or 千葉県 before a name the prefecture's own town bears, says nothing, and is asked.
"""

from __future__ import annotations

import pytest

from routing import Router


def _without_punctuation(text: str) -> str:
    """Voice input: a space for every mark."""
    return "".join(" " if ch in "、。,.!?…" else ch for ch in text).strip()


def _variants(text: str) -> list[str]:
    return [text, _without_punctuation(text), "山田と申します。" + text]


# ------------------------------------------------------------------ being there, said of the person


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("夫の転勤で海外に住む娘です。美浜区高洲3丁目に一人でいる母が心配です", "takasu"),
        ("福岡にいる息子です。若葉区桜木2丁目にいる父の見守りをお願いします", "sakuragi"),
        ("大阪に単身赴任中の息子です。稲毛区小仲台2丁目にいる父のことで相談です", "konakadai"),
        ("東京勤務の娘です。花見川区瑞穂1丁目に居る祖母が転びました", "hanazono"),
    ],
)
def test_a_place_where_the_person_is_said_to_be_wins_over_the_writers_posting(
    router: Router, text: str, center: str
) -> None:
    for variant in _variants(text):
        result = router.resolve(variant)
        assert (result.kind, result.center_id) == ("center", center), (variant, result)


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # the city named only as where the writer (the person's child) works
        ("千葉市に単身赴任中の息子です。父は船橋市に一人でいます", "船橋市"),
        ("千葉市勤務の娘です。母は市原市にいる一人暮らしです", "市原市"),
    ],
)
def test_the_city_named_as_the_childs_posting_is_not_the_persons_home(
    router: Router, text: str, municipality: str
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


@pytest.mark.parametrize(
    "text",
    [
        "千葉市に住む父が、船橋市に住む祖父の世話に通っています。父の相談です",
        "千葉市に住む父が、船橋市にいる祖父の世話に通っています。父の相談です",
    ],
)
def test_a_person_named_before_a_place_with_its_own_person_adds_nothing_to_it(router: Router, text: str) -> None:
    # 船橋市 is the grandfather's; the father, whom the message is about, is in the city (the ward is asked)
    result = router.resolve(text)
    assert (result.kind, result.ask) == ("ambiguous", "ward"), result


# ------------------------------------------------------------------ a go-between


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("母は札幌市で一人暮らしです。千葉市の叔父を通じて相談したい", "札幌市"),
        ("父は船橋市に一人暮らし。美浜区の友人経由で連絡しました", "船橋市"),
        ("伯母は横浜市に住んでいます。稲毛区の知人に頼んで書いてもらっています", "横浜市"),
        ("祖母は市川市で一人暮らし、千葉市の親戚を通して連絡しています", "市川市"),
    ],
)
def test_a_place_named_for_a_go_between_gives_way_to_the_persons_place(
    router: Router, text: str, municipality: str
) -> None:
    for variant in _variants(text):
        result = router.resolve(variant)
        assert (result.kind, result.municipality) == ("outside_city", municipality), (variant, result)


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("稲毛区小仲台2丁目の母、横浜の兄を通じて連絡しています", "konakadai"),
        ("美浜区高洲3丁目の父です。大阪の姉経由でお願いしました", "takasu"),
    ],
)
def test_a_go_between_outside_never_takes_the_persons_place_in_the_city(router: Router, text: str, center: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", center), result


@pytest.mark.parametrize(
    "text",
    [
        # the relative is the person concerned here: no go-between (must not fire)
        "千葉市の叔母のことで相談です",
        "千葉市の親戚が心配です",
    ],
)
def test_a_relative_named_without_a_go_between_word_is_still_the_person(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.ask) == ("ambiguous", "ward"), result


# ------------------------------------------------------------------ one town named twice


@pytest.mark.parametrize(
    ("text", "center", "chome"),
    [
        ("宮野木台の母…いえ、宮野木台三丁目です", "satsukigaoka", 3),
        ("宮野木台に住む母。宮野木台1丁目です", "nirenokidai", 1),
        ("宮野木台1丁目の母です。宮野木台は坂が多くて", "nirenokidai", 1),
        ("朝日ケ丘に住む父、朝日ケ丘4丁目です", "hanazono", 4),
    ],
)
def test_one_town_named_twice_once_with_its_chome_is_that_chome(
    router: Router, text: str, center: str, chome: int
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.chome) == ("center", center, chome), result


@pytest.mark.parametrize(
    "text",
    [
        "宮野木台の母です",
        "宮野木台の母。宮野木台です",
        # two 丁目 of two centers: still asked
        "宮野木台の母。宮野木台1丁目か2丁目",
    ],
)
def test_a_split_town_without_one_chome_is_still_asked(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.ask) == ("ambiguous", "chome"), result


# ------------------------------------------------------------------ towns sharing a name with a place outside


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("瑞穂3丁目の母", "hanazono"),
        ("宮崎1丁目に住む父", "matsugaoka"),
        ("栄町15-3の父", "chuo"),
        ("瑞穂のばあちゃん、花見川区です", "hanazono"),
        ("〒262-0026 瑞穂の祖父", "hanazono"),
        ("千葉県千葉市の栄町に住む叔父", "chuo"),
        ("千葉県の瑞穂に住む祖母", "hanazono"),
    ],
)
def test_a_shared_town_name_is_the_citys_when_a_ward_code_or_its_chome_says_so(
    router: Router, text: str, center: str
) -> None:
    for variant in _variants(text):
        result = router.resolve(variant)
        assert (result.kind, result.center_id) == ("center", center), (variant, result)


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        # a 丁目 the city's town lacks: 瑞穂 has 1-3, 宮崎 1-2, 栄町 none
        ("瑞穂5丁目の母", "東京都瑞穂町"),
        ("宮崎4丁目の祖母", "宮崎県"),
        ("栄町2丁目の父", "千葉県栄町"),
        # 千葉県 is 印旛郡栄町's prefecture too
        ("千葉県の栄町に住む叔父", "千葉県栄町"),
        ("千葉の栄町に住む父", "千葉県栄町"),
        # nothing else said
        ("瑞穂に住む祖母", "東京都瑞穂町"),
    ],
)
def test_a_shared_town_name_with_nothing_of_the_city_is_asked(router: Router, text: str, municipality: str) -> None:
    result = router.resolve(text)
    assert result.kind == "ambiguous", result
    assert "may_be_outside_city" in result.flags and result.municipality == municipality, result


def test_a_chome_the_city_town_lacks_after_its_ward_is_still_the_citys(router: Router) -> None:
    result = router.resolve("中央区宮崎3丁目")
    assert (result.kind, result.center_id, result.to_confirm) == ("center", "matsugaoka", True), result
    assert "chome_not_in_data" in result.flags, result
