"""Places said not to be where the person lives, tested with sentences of our own and over the town table.

A place the person goes to or comes to (「小仲台の娘の家によく来ます」「船橋市の息子の家に泊まりに行きます」
「花見川区の病院に通院しています」) and a place where they were born or grew up (「四街道市の生まれで」
「船橋市出身の母」「出身は四街道市」) are not the home: beside the home they give way to it, a city resident is
never sent outside for them, and with no home named the home is asked (unknown, flag no_home_named), not
read from the daughter's town or the birthplace. The person's own house visited by someone (「小仲台の母の家
によく来ます」「ヘルパーさんに来てもらって」), a house the person lives in, a move and a place still lived in
(「生まれ育ち、今もそこに」) stay the home.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from routing import Router
from routing.seed import read_towns

_CENTERS: dict[tuple[str, str], set[str]] = defaultdict(set)
for _t in read_towns():
    _CENTERS[(_t.ward, _t.town)].add(_t.center_id)
# Towns one center serves whole: 「…区〇〇に住んでいます」 routes without asking.
_ONE_CENTER = sorted((ward, town, next(iter(c))) for (ward, town), c in _CENTERS.items() if len(c) == 1)


def _kind(router: Router, text: str) -> tuple[str, str | None, str | None]:
    r = router.resolve(text)
    return r.kind, r.center_id, r.municipality


@pytest.mark.parametrize(
    "text",
    [
        "母は四街道市の生まれで、小仲台の娘の家によく来ます",
        "母の出身は四街道市で、小仲台の娘の家によく来ます",
        "父は船橋市出身で、美浜区高洲の息子の家に時々泊まりに来ます",
        "祖母は佐倉市の生まれです。若葉区の孫のところに毎週遊びに来ます",
        "母は小仲台の娘の家によく遊びに来ます",
        "父は船橋市の息子のところに時々行きます",
        "母は小仲台の私の家によく来ます",
        "祖父は花見川区の病院に通院しています",
        "母は中央区のスーパーによく買い物に行きます",
        "母は小仲台に時々行ってきます",
        "母は四街道市の生まれです",
        "祖母は稲毛区小仲台の生まれです",
        "母は小仲台生まれの小仲台育ちで、娘は四街道市です",
        "母は高洲の生まれで、私は市原市に住んでいます",
    ],
)
def test_a_place_visited_or_of_birth_alone_asks_where_the_person_lives(router: Router, text: str) -> None:
    r = router.resolve(text)
    assert (r.kind, r.flags) == ("unknown", ("no_home_named",)), (text, r)


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("母は船橋市の出身で、稲毛区小仲台に住んでいます", "konakadai"),
        ("父は佐倉市の生まれですが、美浜区高洲で一人暮らしです", "takasu"),
        ("母は四街道の生まれで小仲台在住です", "konakadai"),
        ("母は四街道市の生まれで、今も小仲台に住んでいます", "konakadai"),
        ("生まれは船橋市ですが、母は今は稲毛区小仲台です", "konakadai"),
        ("父は美浜区高洲に住み、たまに船橋市の息子の家に泊まりに行きます", "takasu"),
        ("母は小仲台に住んでいて、四街道市の娘の家によく行きます", "konakadai"),
        ("母は四街道市の友人の家に毎週遊びに行きます。家は稲毛区小仲台です", "konakadai"),
        # the person's own house, someone coming to it, or a house the person lives in: the home
        ("私は四街道市に住んでいて、小仲台の母の家によく来ます", "konakadai"),
        ("母は小仲台に住んでいて、週3回ヘルパーさんに来てもらっています", "konakadai"),
        ("母は小仲台によく来てくれる民生委員さんと仲良しです", "konakadai"),
        ("小仲台に通ってくるヘルパーさんがいます", "konakadai"),
        ("母は稲毛区小仲台の娘の家に住んでいます", "konakadai"),
        ("父は高洲の娘の家に引き取られました", "takasu"),
        ("母は小仲台で生まれ育ち、今もそこに住んでいます", "konakadai"),
        # a move, not a visit
        ("母は小仲台に来て10年になります", "konakadai"),
        ("母は小仲台に越してきました", "konakadai"),
    ],
)
def test_beside_a_place_visited_or_of_birth_the_home_is_routed(router: Router, text: str, center: str) -> None:
    assert _kind(router, text)[:2] == ("center", center), text


@pytest.mark.parametrize(
    ("text", "municipality"),
    [
        ("母は小仲台の生まれで、四街道市に住んでいます", "四街道市"),
        ("母は四街道市に住んでいて、小仲台の娘の家によく来ます", "四街道市"),
        ("母は四街道市から小仲台の娘の家によく来ます", "四街道市"),
        ("祖母は佐倉市から高洲の娘の家にたまに来ます", "佐倉市"),
        ("父は若葉区のデイサービスに通っています。家は四街道市です", "四街道市"),
        ("私は小仲台の生まれで、四街道市に住んでいます", "四街道市"),  # the writer is the person
    ],
)
def test_a_home_outside_beside_a_place_visited_or_of_birth_in_the_city(
    router: Router, text: str, municipality: str
) -> None:
    assert _kind(router, text) == ("outside_city", None, municipality), text


_HOME_BESIDE_ANOTHER = (
    "母は船橋市の出身で、{ward}{town}に住んでいます",
    "出身は四街道市ですが、父は{ward}{town}で一人暮らしです",
    "父は{ward}{town}に住み、たまに船橋市の息子の家に泊まりに行きます",
    "母は{ward}{town}に住んでいて、市原市の娘の家によく遊びに行きます",
    "私は四街道市に住んでいて、{ward}{town}の母の家によく来ます",
)
_NO_HOME = (
    "母は四街道市の生まれで、{ward}{town}の娘の家によく来ます",
    "祖母は{ward}{town}の生まれです",
    "父は{ward}{town}の病院に通っています",
)


def test_the_table_has_towns_one_center_serves() -> None:
    assert len(_ONE_CENTER) > 200
    assert ("稲毛区", "小仲台", "konakadai") in _ONE_CENTER


@pytest.mark.parametrize("form", _HOME_BESIDE_ANOTHER)
@pytest.mark.parametrize(("ward", "town", "center"), _ONE_CENTER)
def test_every_town_stays_the_home_beside_a_place_visited_or_of_birth(
    router: Router, form: str, ward: str, town: str, center: str
) -> None:
    text = form.format(ward=ward, town=town)
    assert _kind(router, text)[:2] == ("center", center), text


@pytest.mark.parametrize("form", _NO_HOME)
@pytest.mark.parametrize(("ward", "town", "center"), _ONE_CENTER)
def test_no_town_visited_or_of_birth_is_taken_for_the_home(
    router: Router, form: str, ward: str, town: str, center: str
) -> None:
    text = form.format(ward=ward, town=town)
    assert _kind(router, text)[0] == "unknown", text
