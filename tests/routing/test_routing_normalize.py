"""The normaliser turns the many ways of writing an address into one."""

from __future__ import annotations

import pytest

from routing import Router
from routing.normalize import normalize_postal_code, normalize_text, read_block_number, spelling_variants


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("千葉市 稲毛区 小仲台二丁目５－３", "千葉市稲毛区小仲台2丁目5-3"),
        ("小仲台２－５－３", "小仲台2-5-3"),
        ("小仲台2ー5ー3", "小仲台2-5-3"),
        ("小仲台2‐5‐3", "小仲台2-5-3"),
        ("小仲台2−5−3", "小仲台2-5-3"),
        ("小仲台2の5の3", "小仲台2-5-3"),
        ("小仲台二の五の三", "小仲台2-5-3"),
        ("小仲台2丁目5番3号", "小仲台2丁目5番3号"),
        ("小仲台二丁目五番地の三", "小仲台2丁目5番地の3"),
        ("高浜十二番", "高浜12番"),
        ("朝日ヶ丘", "朝日ケ丘"),
        ("ｺﾅｶﾀﾞｲ", "コナカダイ"),
        ("稲毛区　小仲台", "稲毛区小仲台"),
        ("こなかだい にちょうめ", "こなかだい2丁目"),
        ("小仲台2ちょうめ5-3", "小仲台2丁目5-3"),
        ("高浜じゅうにちょうめ", "高浜12丁目"),
        ("小仲台弐丁目参番", "小仲台2丁目3番"),
        ("美濱区", "美浜区"),
        ("いちょうめ", "いちょうめ"),
    ],
)
def test_normalize_text_gives_one_spelling(raw, normalised):
    assert normalize_text(raw) == normalised


@pytest.mark.parametrize("name", ["三角町", "五十土町", "千種町", "六方町", "九十九里町", "千城台北", "八千代市"])
def test_numerals_inside_names_are_kept(name):
    assert normalize_text(name) == name
    assert normalize_text(name + "123番地") == name + "123番地"


@pytest.mark.parametrize(
    ("tail", "value", "is_chome"),
    [
        ("2丁目", 2, True),
        ("2丁目5番3号", 2, True),
        ("2-5-3", 2, True),
        ("2", 2, True),
        ("5番地", 5, False),
        ("85歳の母", None, False),
        ("3人暮らし", None, False),
        ("に住む", None, False),
    ],
)
def test_first_block_number_after_a_town(tail, value, is_chome):
    number = read_block_number(tail, 0)
    assert number.value == value
    assert number.is_chome == is_chome


def test_spelling_variants_cover_ke_ga_and_no():
    assert {"朝日ケ丘", "朝日が丘", "朝日ガ丘"} <= spelling_variants("朝日ヶ丘")
    assert {"さつきが丘", "さつきケ丘"} <= spelling_variants("さつきが丘")
    assert "鵜ノ森町" in spelling_variants("鵜の森町")


@pytest.mark.parametrize("code", ["〒263-0043", "2630043", "２６３－００４３", "〒２６３００４３", "郵便番号263-0043"])
def test_postal_code_forms(code):
    assert normalize_postal_code(code) == "2630043"


@pytest.mark.parametrize(
    "text",
    [
        "千葉県千葉市稲毛区小仲台2-5-3",
        "千葉市稲毛区小仲台2-5-3",
        "稲毛区小仲台2-5-3",
        "小仲台2-5-3",
        "小仲台２丁目５番３号",
        "小仲台二丁目五番三号",
        "小仲台2の5の3",
        "稲毛区小仲台2-5-3 サンハイツ稲毛201号室",
        "稲毛区小仲台2-5-3-201",
        "  稲毛区 小仲台 ２－５－３ ",
        "稲毛区、小仲台2丁目。",
        "いなげ区ではなく稲毛区小仲台2丁目",
    ],
)
def test_the_same_address_in_many_forms_resolves_the_same(router: Router, text):
    result = router.resolve(text)
    assert (result.kind, result.center_id, result.town, result.chome) == ("center", "konakadai", "小仲台", 2)
