"""Forms found through the round-33 held-out misses, tested with sentences of our own.

A town of the city sharing its name with a small municipality outside (栄町: 印旛郡栄町, 瑞穂: 東京都瑞穂町)
named as where the person keeps a shop (「栄町で昔から店をやってる」) is the city's town, to confirm, as
「栄町の店」 already was; named alone, as a relative's home, or with its district, it is still asked or
outside. A ward other cities bear too (緑区, 中央区), named alone and then narrowed down, right after, to
another municipality's ward of that name (「緑区だけど名古屋市の緑区です」) or to that municipality or a
prefecture with such a ward (「緑区ですが名古屋です」「中央区ですが静岡の中央区」), is that ward, outside the
city; never when someone else is named in between, or the later place is the city itself.
"""

from __future__ import annotations

import pytest

from routing import Router
from tests.nlp.checklist import without_punctuation

# ------------------------------------------------------------------ a town named as where the person keeps a shop


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("栄町で店やってる祖母", "chuo"),
        ("栄町で、昔からお店をしているおばあちゃん。お店の二階に住んでいます", "chuo"),
        ("栄町で長年商売してきた父が最近物忘れがひどい", "chuo"),
        ("栄町でみせやってたばあちゃん、いまも上に住んでる", "chuo"),
        ("さかえまち で みせ やってた ばあちゃん", "chuo"),
        ("瑞穂でずっと店を営んでいる叔父", "hanazono"),
    ],
)
def test_a_town_named_as_where_the_person_keeps_a_shop_is_the_citys_to_confirm(
    router: Router, text: str, center: str
) -> None:
    for form in (text, without_punctuation(text)):
        result = router.resolve(form)
        assert (result.kind, result.center_id) == ("center", center), (form, result)
        assert result.to_confirm and "same_name_outside_city" in result.flags, (form, result)


@pytest.mark.parametrize(
    "text",
    [
        "栄町で暮らす母",  # a home, no shop: still asked
        "栄町の母です",
        "栄町に住んでる祖母、店はもう閉めた",  # the shop said after the home, not where she keeps one
        "川崎で店をやってる父",  # a name known far beyond the city (川崎市)
        "宮崎で商売している祖父",
    ],
)
def test_a_shared_name_not_named_as_a_shop_is_still_asked(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert result.kind == "ambiguous" and "may_be_outside_city" in result.flags, result


def test_the_municipality_outside_named_with_its_district_stays_outside(router: Router) -> None:
    result = router.resolve("印旛郡栄町で店をやっている祖母")
    assert (result.kind, result.municipality) == ("outside_city", "栄町"), result


# ------------------------------------------------------------------ a shared ward narrowed down to another city's


@pytest.mark.parametrize(
    ("text", "municipality", "prefecture"),
    [
        ("母は「緑区」ですけど、横浜市の緑区です", "横浜市", "神奈川県"),
        ("緑区だけど名古屋の緑区", "名古屋市", "愛知県"),
        ("父は緑区って言っても相模原の緑区です", "相模原市", "神奈川県"),
        ("祖母は緑区。さいたま市の緑区です", "さいたま市", "埼玉県"),
        ("叔母は中央区だけど札幌市の中央区です", "札幌市", "北海道"),
        ("中央区ですが、正確には浜松市の中央区です", "浜松市", "静岡県"),
        ("中央区だけど東京の中央区です", "東京都中央区", "東京都"),
        ("みどりくだけど なごやしの みどりくです", "名古屋市", "愛知県"),
        # the municipality or a prefecture with such a ward, after the but
        ("母は緑区ですが名古屋です", "名古屋市", "愛知県"),
        ("緑区ですけど、横浜です", "横浜市", "神奈川県"),
        ("父は中央区だけど札幌の", "札幌市", "北海道"),
    ],
)
def test_a_shared_ward_narrowed_to_another_citys_is_outside(
    router: Router, text: str, municipality: str, prefecture: str
) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality, result.prefecture) == ("outside_city", municipality, prefecture), result


@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("緑区だけど、愛知県の緑区です", "愛知県"),
        ("「緑区」だけど神奈川県です", "神奈川県"),
        ("中央区ですが静岡の中央区", "静岡県"),
    ],
)
def test_a_shared_ward_narrowed_to_a_prefectures_is_outside(router: Router, text: str, prefecture: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.prefecture) == ("outside_city", prefecture), result


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        ("千葉市緑区", "緑区"),
        ("緑区だけど千葉市の緑区です", "緑区"),  # narrowed to the city's own
        ("母は緑区、私は横浜市の緑区です", "緑区"),  # the later ward is the writer's
        ("名古屋に住んでる息子ですが、千葉市緑区の母のことで", "緑区"),  # the son's city, the mother's ward
        ("名古屋に住んでる息子が、緑区の母のことで", "緑区"),
    ],
)
def test_the_citys_shared_ward_still_asks_its_town(router: Router, text: str, ward: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.ward, result.ask) == ("ambiguous", ward, "town"), result


@pytest.mark.parametrize(
    "text",
    [
        "母は緑区、兄は横浜市の緑区",  # two people, two wards
        "緑区って名古屋の?",  # a question, not an answer
        "緑区だけど名古屋の近く",  # a landmark
        "母は緑区ですが私は名古屋です",
    ],
)
def test_a_shared_ward_beside_another_city_not_narrowed_is_not_sent_outside(router: Router, text: str) -> None:
    assert router.resolve(text).kind != "outside_city"


def test_a_town_of_the_shared_ward_stays_in_the_city(router: Router) -> None:
    result = router.resolve("緑区誉田町")
    assert (result.kind, result.center_id) == ("center", "honda"), result


@pytest.mark.parametrize(
    "text",
    [
        "母は中央区です。東京の中央区で働いています",  # the later ward is a workplace
        "父は緑区だけど横浜市の緑区の病院に通ってる",
    ],
)
def test_a_shared_ward_then_another_citys_named_for_something_else_stays_the_citys(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert result.kind != "outside_city", result
