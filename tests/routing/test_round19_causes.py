"""Forms found through the round-19 held-out misses, tested with sentences of our own: a carrier's or
worker's round (担当区域, 配達区域, 受け持ち区域, 配達区画) is no 〇〇区 elsewhere, so the place after it is
where the person lives; in a written exchange the 丁目 answered to a question asking for it
(「Q 丁目は？ A 2丁目」) joins the town answered before."""

from __future__ import annotations

import pytest

from routing import Router


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("担当区域の花見川区花島町、川沿いのお宅です", "hanamigawa"),
        ("配達区域の中央区椿森、坂の上の一人暮らしのおばあさん", "benten"),
        ("配達区域でいうと椿森の坂の上、そこの一人暮らしのおばあさんのことで", "benten"),
        ("担当区域の稲毛区宮野木町、坂の途中の一軒家です", "sanno"),
        ("受け持ち区域の美浜区高洲三丁目のおじいさん", "takasu"),
        ("配達区画の緑区おゆみ野南2丁目の方", "kamatori"),
        ("担当区域の若葉区桜木、七丁目の古いお宅", "sakuragi"),
    ],
)
def test_a_place_in_a_carriers_round_is_the_persons_home(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert (r.kind, r.center_id) == ("center", center), (text, r)


@pytest.mark.parametrize("text", ["担当区域の横浜市青葉区のお宅", "配達区域の大田区のお宅です"])
def test_a_round_in_another_city_is_still_outside(router: Router, text: str) -> None:
    r = router.resolve(text)
    assert r.kind == "outside_city", (text, r)


@pytest.mark.parametrize(
    ("text", "center"),
    [
        ("Q 母の住所？ A 稲毛区園生町 Q 丁目は？ A 2丁目", "sonno"),
        ("Ｑ：本人の住所？ Ａ：美浜区高洲 Ｑ：何丁目ですか？ Ａ：3丁目", "takasu"),
        ("Q 住所は？ A 花見川区柏井 Q 丁目？ A 4丁目", "kotehashidai"),
    ],
)
def test_the_chome_answered_to_its_question_joins_the_town(router: Router, text: str, center: str) -> None:
    r = router.resolve(text)
    assert (r.kind, r.center_id) == ("center", center), (text, r)


def test_a_chome_question_without_its_answer_is_still_asked(router: Router) -> None:
    r = router.resolve("Q 住所は？ A 花見川区柏井 Q 丁目？ A わからない")
    assert r.kind != "center", r


@pytest.mark.parametrize(
    "text",
    [
        "Q 住所？ A 中央区 Q 千葉市？ A いいえ、さいたま市の中央区です",
        "緑区です。いえ、横浜市の緑区です",
        "Q 母の住所 A 緑区 Q 千葉市ですか？ A 違います、相模原市の緑区",
    ],
)
def test_a_shared_ward_taken_back_for_another_citys_is_outside(router: Router, text: str) -> None:
    r = router.resolve(text)
    assert r.kind == "outside_city", (text, r)


@pytest.mark.parametrize(
    "text",
    [
        "母は緑区、私は横浜市の緑区",
        "Q 住所？ A 緑区 Q 千葉市？ A はい、千葉市の緑区です",
    ],
)
def test_a_shared_ward_not_taken_back_is_never_sent_outside(router: Router, text: str) -> None:
    r = router.resolve(text)
    assert r.kind != "outside_city", (text, r)
