"""Forms found through the round-32 held-out misses, tested with sentences of our own.

A ward other cities bear too (緑区, 中央区), named alone and then named again as another municipality's
(横浜市の緑区) or a prefecture's (東京の中央区), is that other ward when the city's own is denied: before it
(「千葉市じゃなくて東京の中央区」) or right after it (「横浜市の緑区。千葉の緑区じゃありません」). A station
named by one of the city's town names, and then 「が、」 and a municipality outside the city ending the
sentence, is that municipality's station (「若葉駅の近くですが、埼玉の坂戸市です」). Another 丁目 named only to be
denied (「1丁目です。2丁目じゃなくて」) leaves the 丁目 written standing.
"""

from __future__ import annotations

import pytest

from routing import Router
from tests.nlp.checklist import without_punctuation

# ------------------------------------------------------------------ a ward shared with other cities, taken back


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("叔母は中央区です、千葉市じゃなくて東京の中央区、佃のあたり", "東京都中央区"),
        ("祖父は中央区…いえ、東京の中央区です", "東京都中央区"),
        ("母は緑区です、横浜市の緑区。千葉の緑区じゃないです", "横浜市"),
        ("父は緑区、相模原市の緑区です。千葉市の緑区ではありません", "相模原市"),
        ("祖母は中央区なんですけど、さいたま市の中央区。千葉のじゃないです", "さいたま市"),
    ],
)
def test_a_shared_ward_then_another_citys_ward_with_the_citys_denied_is_outside(
    router: Router, text: str, municipality: str
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        ("千葉市緑区です", "緑区"),
        ("母は緑区です", "緑区"),
        ("中央区", "中央区"),
        ("母は緑区、私は横浜市の緑区です", "緑区"),  # a second person's ward, nothing denied
        ("母は中央区です。東京の中央区で働いています", "中央区"),  # no denial: not taken back
        ("横浜市の緑区じゃなくて千葉の緑区です", "緑区"),  # the other city's ward is the one denied
    ],
)
def test_the_citys_shared_ward_still_asks_its_town(router: Router, text: str, ward: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.ward, result.ask) == ("ambiguous", ward, "town"), result


# ------------------------------------------------------------------ a station named like a town, elsewhere


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("祖母は若葉駅のそばに住んでいますが、埼玉県の坂戸市です", "坂戸市"),
        ("父は稲毛駅の近くですけど、四街道市です", "四街道市"),
        ("叔父は高浜駅の近くに住んでいるが、愛知の碧南市です", "碧南市"),
    ],
)
def test_a_station_then_but_a_municipality_is_that_municipality(router: Router, text: str, municipality: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), result


@pytest.mark.parametrize(
    "text",
    [
        "母は稲毛駅の近くです",  # a station alone: still asked
        "若葉駅の近くですが、私は坂戸市です",  # the municipality is the writer's
        "稲毛駅の近くに住んでいて、四街道市に通っています",  # no 「が、」 and no home named after it
    ],
)
def test_a_station_without_the_home_named_after_is_not_sent_outside(router: Router, text: str) -> None:
    assert router.resolve(text).kind != "outside_city"


# ------------------------------------------------------------------ another 丁目 named only to be denied


@pytest.mark.parametrize(
    "text",
    [
        "ひび野の、1丁目です。2丁目じゃなくて。美浜区",
        "美浜区ひび野1丁目です、2丁目ではないです",
        "美浜区 ひび野 1丁目 2丁目じゃありません",
    ],
)
def test_a_chome_denied_after_leaves_the_one_written(router: Router, text: str) -> None:
    expected = router.resolve("美浜区ひび野1丁目")
    for form in (text, without_punctuation(text)):
        result = router.resolve(form)
        assert (result.kind, result.center_id) == ("center", expected.center_id), (form, result)


@pytest.mark.parametrize(
    "text",
    [
        "美浜区ひび野1丁目…でした、2丁目",  # a correction, or where she lived before: unsure
        "美浜区ひび野1丁目、いや、2丁目じゃなくて…3丁目かも",  # a third 丁目: unsure
    ],
)
def test_a_chome_not_simply_denied_stays_asked(router: Router, text: str) -> None:
    assert router.resolve(text).kind == "ambiguous"
