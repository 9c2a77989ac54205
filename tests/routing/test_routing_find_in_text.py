"""The address of the person concerned inside a longer message."""

from __future__ import annotations

import time

import pytest

from routing import Router


def test_town_with_ward_followed_by_the_person(router: Router):
    result = router.find_in_text("稲毛区小仲台に住む母が最近物忘れがひどくて困っています")
    assert (result.kind, result.center_id, result.town) == ("center", "konakadai", "小仲台")


def test_full_address_after_the_person(router: Router):
    result = router.find_in_text("母は千葉市中央区弁天2丁目に一人で住んでいます")
    assert (result.kind, result.center_id, result.chome) == ("center", "benten", 2)


def test_writer_elsewhere_person_concerned_in_a_ward(router: Router):
    result = router.find_in_text("東京に住んでいますが、実家の父は花見川区で一人暮らしです")
    assert (result.kind, result.ward, result.ask) == ("ambiguous", "花見川区", "town")


def test_writer_outside_person_concerned_in_a_town(router: Router):
    result = router.find_in_text("私は船橋市に住んでいて、母は稲毛区小仲台に一人で住んでいます")
    assert result.center_id == "konakadai"


def test_person_concerned_outside_writer_in_the_city(router: Router):
    result = router.find_in_text("私は稲毛区小仲台に住んでいますが、父は横浜市緑区で一人暮らしです")
    assert (result.kind, result.municipality) == ("outside_city", "横浜市")


def test_person_concerned_named_first_writer_second(router: Router):
    result = router.find_in_text("祖母は美浜区幸町2丁目、私は市川市です")
    assert result.center_id == "saiwaicho"


def test_parents_home_marks_the_person_concerned(router: Router):
    result = router.find_in_text("実家は若葉区千城台北3丁目です。私は都内に住んでいます")
    assert result.center_id == "chishirodai"


def test_only_the_writers_address_while_asking_about_someone_else_gives_no_center(router: Router):
    result = router.find_in_text("私は稲毛区小仲台に住んでいます。母の物忘れが心配です")
    assert result.kind == "unknown"
    assert result.center_id is None
    assert "address_of_writer" in result.flags


def test_writer_who_is_the_person_concerned(router: Router):
    result = router.find_in_text("私は稲毛区小仲台に住んでいます。最近物忘れが多くて")
    assert result.center_id == "konakadai"


def test_two_addresses_without_any_link_give_no_center(router: Router):
    result = router.find_in_text("中央区弁天と稲毛区小仲台の両方に家があります")
    assert result.center_id is None


@pytest.mark.parametrize(
    "text",
    [
        "今井さんが来てくれました",  # 今井 is a town, and a surname
        "今井です。母のことで相談があります",
        "院内で転倒しました",  # 院内 is a town, and a word
        "中央に寄せてください",
        "ヘルパーさんをお願いしたいです",
        "電話番号は043-245-5111です",
        "朝市で買い物をしました",
        "東京の病院に入院しています",
        "",
    ],
)
def test_ordinary_words_that_are_also_town_names_give_nothing(router: Router, text):
    result = router.find_in_text(text)
    assert result is None or result.center_id is None


def test_bare_town_with_residence_words_counts(router: Router):
    assert router.find_in_text("おゆみ野に住む叔母のことです").center_id == "kamatori"
    assert router.find_in_text("父は幕張本郷で一人暮らしをしています").center_id == "makuhari"
    assert router.find_in_text("母は小仲台です").center_id == "konakadai"


def test_block_numbers_are_not_confused_with_ages(router: Router):
    result = router.find_in_text("85歳の母が美浜区高浜に住んでいます")
    assert (result.kind, result.ask) == ("ambiguous", "chome")


def test_split_town_in_text_asks(router: Router):
    result = router.find_in_text("祖母が美浜区高浜に住んでいます")
    assert result.kind == "ambiguous" and result.center_id is None


def test_postal_code_in_text_needs_its_mark(router: Router):
    assert router.find_in_text("〒261-0001に住む母").center_id == "saiwaicho"
    assert router.find_in_text("受付番号2610001です") is None


def test_outside_city_in_text(router: Router):
    result = router.find_in_text("四街道市に住む父のことで相談です")
    assert (result.kind, result.municipality) == ("outside_city", "四街道市")


def test_find_in_text_is_fast(router: Router):
    texts = [
        "稲毛区小仲台に住む母が最近物忘れがひどくて、同じことを何度も聞いてきます。",
        "ヘルパーさんをお願いしたいのですが、どうすればいいですか。",
        "東京に住んでいますが、実家の父は花見川区で一人暮らしをしています。",
    ] * 300
    started = time.process_time()
    for text in texts:
        router.find_in_text(text)
    per_message = (time.process_time() - started) / len(texts)
    assert per_message < 0.001  # well under a millisecond (typically 30–60 µs)
