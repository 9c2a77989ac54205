"""Round 34's readings: Tohoku/Ibaraki さ住む, 〜てっけど, できっぺ and 「親は仙台なんだ」; letters in the old katakana
style (ヲ, 認メタシ, 願フ); 「担当どこ」 as which center is one's own; a business's own labour affairs outside."""

from __future__ import annotations

import pytest

from knowledge.vocabulary import (
    OUTSIDE_CITY_HINT,
    hinted_subjects,
    katakana_style_read,
    outside_elder_care,
    standard_endings,
    unify,
)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("千葉市さ住んでる", "千葉市に住んでる"),
        ("花見川区さ住んでっけど", "花見川区に住んでいるけど"),
        ("ここで相談できっぺか", "ここで相談できるだろうか"),
        ("デイに通ってっけど", "デイに通っているけど"),
    ],
)
def test_tohoku_endings_are_read_standard(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize("typed", ["いっぺん相談したい", "一杯食べた", "父はいっぺんに老けた"])
def test_words_that_only_look_like_tohoku_endings_are_left_alone(typed):
    assert standard_endings(typed) == typed


@pytest.mark.parametrize(
    "typed",
    ["親は仙台なんだ。こっちで相談できる?", "母は大阪です。どこに相談すれば", "父は今も福岡なんです", "おばは横浜だ"],
)
def test_a_relative_said_to_be_in_another_city_hints_outside(typed):
    assert OUTSIDE_CITY_HINT in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "typed",
    ["母は大阪出身です", "父は福岡生まれです", "母は大阪だった頃によく転んだ", "父のことで困っています"],
)
def test_a_birthplace_or_the_past_is_not_living_elsewhere(typed):
    assert OUTSIDE_CITY_HINT not in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("遺言状ヲ認メタシ", "遺言状を認めたし"),
        ("介護サービスヲ受ケタシ", "介護サービスを受けたし"),
        ("母ハ施設ニ入所ス", "母は施設に入所す"),
    ],
)
def test_the_katakana_style_is_read_in_hiragana(typed, read):
    assert katakana_style_read(typed) == read


@pytest.mark.parametrize(
    "typed", ["介護タクシーの料金", "デイサービスの送迎", "ヲタクの息子", "ケアマネに相談したい", "訪問リハを頼みたい"]
)
def test_loanwords_in_modern_text_keep_their_katakana(typed):
    assert katakana_style_read(typed) == typed


@pytest.mark.parametrize(
    "typed",
    ["遺言状ヲ認メタシ。其ノ作法ヲ御教示願フ", "遺言状を認めたし。其の作法を御教示願ふ", "遺言書を認めたいです"],
)
def test_a_will_to_write_in_the_old_style_is_answered(seed_index, typed):
    assert "書きたい" in unify(typed)
    match = seed_index.best(typed)
    assert match is not None and match.slug == "eol-will"


def test_a_finding_acknowledged_is_not_read_as_writing():
    assert "書き" not in unify("病院が症状を認めた")


@pytest.mark.parametrize("typed", ["うちの担当どこ?", "うちの担当はどこ", "母の担当どこですか", "うちノ担当ドコ"])
def test_which_center_is_in_charge_is_answered(seed_index, typed):
    match = seed_index.best(typed)
    assert match is not None and match.slug == "center-find-mine"


@pytest.mark.parametrize("typed", ["ケアマネの担当者はどこ", "担当者どこ行った"])
def test_a_person_in_charge_is_not_read_as_the_center(typed):
    assert "担当のセンター" not in unify(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "訪看。ステーションの労務管理について社労士を紹介してほしい",
        "デイサービスを経営しています。就業規則の作り方を知りたい",
        "うちの事業所の給与計算を頼める社会保険労務士はいますか",
    ],
)
def test_a_business_own_labour_affairs_are_outside(seed_index, typed):
    assert outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed", ["母の障害年金のことで社労士に相談したい", "介護保険の申請をしたい", "父のことで困っています"]
)
def test_a_pension_or_care_itself_is_not_labour(typed):
    assert not outside_elder_care(typed)


def test_a_vague_worry_stays_unanswered(seed_index):
    assert seed_index.best("父のことで困っています") is None


@pytest.mark.parametrize(
    "typed",
    [
        "叔母の後見人の申し立て、遠方に住む私でもできますか",
        "遠方に住む私でも母の介護認定の申請はできますか",
        "県外の娘でも手続きできますか",
    ],
)
def test_a_distant_writer_asking_whether_they_may_file_is_not_long_distance_care(typed):
    assert "遠距離介護" not in hinted_subjects(unify(typed))


@pytest.mark.parametrize(
    "typed",
    ["遠方に住んでいて母の介護が心配です", "県外に住む私にできることはありますか", "遠方に住む私でも母を見守れますか"],
)
def test_care_from_afar_still_hints_long_distance_care(typed):
    assert "遠距離介護" in hinted_subjects(unify(typed))
