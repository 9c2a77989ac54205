"""A relative of the writer's own generation (兄, 姉, 弟, 妹, 夫) living elsewhere, beside the older person.

An あんしんケアセンター serves the older generation: where a message gives the older person's place (「母は
稲毛区です」「稲毛区の母」) and another place introduced as a brother's, sister's or spouse's home (「名古屋に住む
兄」「大阪の妹」「名古屋在住の弟」) outside the city, the older person's place is the one to route on, whichever
is named first. A brother or sister as the topic (「兄は名古屋に住んでいて」) is still asked (round 30), and a
relative's place in the city never gives way (he may be the one concerned; no resident is sent outside).
A relative's home the older person lives in (「稲毛区の兄の家に」「兄夫婦と暮らして」) is theirs too. A relative's place after a comma, with its own person after it and no narrower than the place before
(「母は緑区、名古屋に住む兄が」), is another address, not the city of that ward. The sentences are our own.
"""

from __future__ import annotations

import pytest

from routing import Router
from tests.nlp.checklist import without_punctuation

# ------------------------------------------------------------------ minimum: the older person's place wins


@pytest.mark.parametrize(
    "text",
    [
        "母は緑区誉田町ですが、名古屋に住む兄が心配しています",
        "母は緑区誉田町ですが、名古屋の兄が心配しています",
        "母は緑区誉田町だけど名古屋に住んでる姉が心配してる",
        "母は緑区誉田町です。名古屋在住の弟から相談です",
        "祖母は緑区誉田町、大阪の妹がよく電話しています",
        "本人は緑区誉田町です。名古屋に住む兄が心配しています",
        "おばあちゃんは緑区誉田町、名古屋に住んでる兄が心配",
        "父は緑区誉田町ですが、名古屋に住む夫と私で通っています",
        "名古屋に住む兄が、緑区誉田町の母のことで心配しています",
    ],
)
def test_the_older_persons_town_beats_a_siblings_city(router: Router, text: str) -> None:
    for form in (text, without_punctuation(text)):
        result = router.resolve(form)
        assert (result.kind, result.center_id) == ("center", "honda"), (form, result)


@pytest.mark.parametrize(
    "text",
    [
        "母は稲毛区ですが、名古屋に住む兄が心配しています",
        "母は緑区ですが、名古屋に住む兄が心配しています",
        "母は稲毛区ですが、名古屋の兄が心配しています",
        "祖母は美浜区です。東京在住の姉が書いています",
    ],
)
def test_a_city_ward_of_the_older_person_is_never_sent_outside(router: Router, text: str) -> None:
    for form in (text, without_punctuation(text)):
        result = router.resolve(form)
        assert result.kind != "outside_city", (form, result)
        assert result.kind == "ambiguous" or result.center_id is not None, (form, result)


# ------------------------------------------------------------------ invariance: kana, plain speech


@pytest.mark.parametrize(
    "text",
    [
        "ははは みどりく ほんだちょう ですが なごやに すむ あにが しんぱいしています",
        "母は緑区誉田町なんだけど、名古屋に住んでる兄貴が心配してて",
        "母は緑区誉田町でございます。名古屋に住む兄が案じております",
    ],
)
def test_however_written(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id) == ("center", "honda"), (text, result)


# ------------------------------------------------------------------ a relative's city after a comma is no ward's city


@pytest.mark.parametrize(
    "text",
    [
        "母は緑区、名古屋に住む兄が心配しています",
        "母は緑区、名古屋の兄が心配しています",
        "母は稲毛区、名古屋に住む兄が心配しています",
        "母は緑区 名古屋に住む兄が心配しています",
        "おばあちゃんは花見川区、大阪に住む弟が心配",
        "母は緑区誉田町、名古屋に住む兄が心配しています",
    ],
)
def test_a_relatives_city_after_a_comma_is_another_address(router: Router, text: str) -> None:
    result = router.resolve(text)
    assert result.kind in ("center", "ambiguous"), (text, result)


# ------------------------------------------------------------------ direction: the older person's place outside


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("稲毛区に住む姉から、名古屋の母のことで相談です", "名古屋市"),
        ("柏市に住む義父(85)、夫は千葉市在住で単身赴任中。義父の入院の相談です。嫁", "柏市"),
    ],
)
def test_the_older_persons_place_outside_is_outside(router: Router, text: str, municipality: str) -> None:
    result = router.resolve(text)
    assert (result.kind, result.municipality) == ("outside_city", municipality), (text, result)


# ------------------------------------------------------------------ must not


@pytest.mark.parametrize(
    ("text", "kind", "center", "municipality"),
    [
        # the writer's place, not a sibling's: unchanged
        ("母は名古屋市に住んでいて、私は千葉市稲毛区です", "outside_city", None, "名古屋市"),
        ("私は名古屋、母は緑区誉田町", "center", "honda", None),
        # a municipality after the ward with nobody's home after it: that city's ward, as before
        ("母は緑区、名古屋に住んでいます", "outside_city", None, "名古屋市"),
        ("父は緑区、横浜の", "outside_city", None, "横浜市"),
    ],
)
def test_must_not(router: Router, text: str, kind: str, center: str | None, municipality: str | None) -> None:
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.municipality) == (kind, center, municipality), (text, result)


@pytest.mark.parametrize(
    "text",
    [
        "母は稲毛区ですが兄は名古屋に住んでいます",
        "兄は名古屋に住んでいて、母は稲毛区です",
        "母は稲毛区です。夫は名古屋に単身赴任中",
        "母は名古屋に住んでいて、兄は千葉市稲毛区です",
        "兄は稲毛区に住んでいて、母は名古屋です",
    ],
)
def test_a_brother_or_sister_as_the_topic_is_still_asked(router: Router, text: str) -> None:
    """「兄は名古屋に住んでいて」: a brother or sister alone, as the topic, may be the person concerned (as
    round 30 has it): which of the two places is asked, never the other city."""
    result = router.resolve(text)
    assert (result.kind, result.flags) == ("unknown", ("several_addresses",)), (text, result)


def test_a_sibling_alone_may_be_the_person_concerned(router: Router) -> None:
    """No older person named with a place: the brother's place is not demoted (he may be the one concerned)."""
    for text in ("稲毛区に住む兄が認知症で、私は名古屋です", "緑区誉田町に住む兄が心配です。私は名古屋に住んでいます"):
        result = router.resolve(text)
        assert result.kind != "outside_city", (text, result)


def test_a_friend_of_the_mother_is_no_sibling(router: Router) -> None:
    result = router.resolve("母は名古屋の友人とよく会います、家は緑区誉田町")
    assert (result.kind, result.center_id) == ("center", "honda"), result


# ------------------------------------------------------------------ must not: the relative's home where the older person lives


@pytest.mark.parametrize(
    "text",
    [
        "母は名古屋ですが、稲毛区の兄の家に引き取られました",
        "母は名古屋から稲毛区に住む兄の家に移りました",
        "母は名古屋で、稲毛区に住む兄夫婦と暮らしています",
        "父は大阪にいたけど、今は稲毛区に住む姉と同居です",
        "母は名古屋、稲毛区の兄のところにいます",
        "母は名古屋、稲毛区の兄宅に身を寄せています",
    ],
)
def test_the_relatives_home_the_older_person_lives_in_is_not_given_way(router: Router, text: str) -> None:
    """「稲毛区の兄の家に」「稲毛区に住む兄夫婦と暮らして」: the brother's home, or the brother lived with, is
    where the mother lives now: never sent to the city she left."""
    result = router.resolve(text)
    assert result.kind != "outside_city", (text, result)


def test_a_ward_other_cities_have_after_their_name_and_a_comma_is_still_theirs(router: Router) -> None:
    result = router.resolve("母は横浜市、緑区の兄の家にいます")
    assert (result.kind, result.municipality) == ("outside_city", "横浜市"), result


@pytest.mark.parametrize(
    "text",
    [
        "稲毛区に住む兄が認知症で、母は名古屋にいます",
        "稲毛区に住む兄の物忘れがひどい。母は名古屋です",
        "稲毛区の姉(80)が心配です。母は名古屋の施設にいます",
        "美浜区に住む夫が最近おかしい。義母は大阪です",
    ],
)
def test_a_brother_sister_or_spouse_in_the_city_is_never_sent_outside(router: Router, text: str) -> None:
    """Only a relative's place outside gives way: one in the city may be the person concerned himself."""
    result = router.resolve(text)
    assert result.kind != "outside_city", (text, result)
