"""Round 36's readings (own sentences): Chugoku じゃけど/けえ/おる/んかね, Kansai のやけど, Awa んじょ asking; romaji's
lone wa and a place's hyphenated suffix; 千葉市の外 as outside the city; a distant parent's care manager not found is
no long-distance care; a child's school refusal and a property's registration outside elder care; a worry naming no
one and no sign is no first worry about dementia; kana しせつ and りようしゃ; English meeting and support group."""

from __future__ import annotations

import pytest

from knowledge.vocabulary import (
    OUTSIDE_CITY_HINT,
    hinted_subjects,
    no_one_nor_sign_named,
    outside_elder_care,
    standard_endings,
    unify,
)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("母は岡山におるんじゃけど", "母は岡山にいるんだけど"),
        ("足が悪いけえ、行けん", "足が悪いから、行けん"),
        ("父は元気じゃけえ、大丈夫", "父は元気だから、大丈夫"),
        ("頼めることがあるんかね", "頼めることがあるのかね"),
        ("電話で聞いてもいいんか？", "電話で聞いてもいいのか？"),
        ("よう行かんのやけど、", "よう行かんのだけど、"),
        ("家まで見に来てくれるんじょ？", "家まで見に来てくれるのか？"),
    ],
)
def test_western_kansai_and_awa_endings_are_read_standard(typed, read):
    assert standard_endings(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "手のやけど、どうしたら",  # a burn, not the Kansai のやけど
        "やけどのあとが残っている",
        "おるすばんが多い",  # not おる after a particle
        "来週けえさつに行く",  # no adjective or verb before けえ
        "このかんかんが開かない",  # not 〜んか asking
    ],
)
def test_look_alikes_of_those_endings_stay_as_typed(typed):
    assert standard_endings(typed) == typed


def test_romaji_lone_wa_is_the_topic_particle_and_a_suffix_hyphen_joins():
    assert unify("haha wa naka-ku ni sunde imasu") == "はははなかくにすんでいます"
    # a hyphen typed for the long mark elsewhere stays one
    assert unify("ke-ki wo kaitai") == "けーきをかいたい"


@pytest.mark.parametrize(
    "typed",
    ["母は千葉市の外に住んでいます", "父は千葉市以外で暮らしている", "chichi wa chiba-shi no soto ni imasu"],
)
def test_outside_chiba_city_is_read_as_outside_the_city(typed):
    assert OUTSIDE_CITY_HINT in unify(typed)


@pytest.mark.parametrize("typed", ["千葉市外房線の駅", "千葉市に住んでいます"])
def test_the_city_itself_or_the_outer_coast_is_not_outside_the_city(typed):
    assert OUTSIDE_CITY_HINT not in unify(typed)


@pytest.mark.parametrize(
    "typed", ["遠くに住む母のケアマネさんがまだ決まっていない", "遠方の祖父のケアマネジャーを探したい"]
)
def test_a_distant_parents_care_manager_to_find_is_no_long_distance_care(typed):
    assert "遠距離介護" not in hinted_subjects(unify(typed))


def test_a_distant_parents_care_still_hints_long_distance_care():
    assert "遠距離介護" in hinted_subjects(unify("遠くに住む母の介護が心配です"))


@pytest.mark.parametrize(
    "typed",
    ["息子の不登校のことで話を聞いてもらえる所はありますか", "亡くなった叔父の土地の登記はどこで手続きしますか"],
)
def test_a_childs_school_refusal_or_a_propertys_registration_is_outside_elder_care(typed):
    assert outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "親の介護と子どもの不登校が重なって、どこに相談すれば",
        "子どもの不登校と家計の苦しさで、まとめて相談したい",
        "認知症の母の名義の家の登記をどうすれば",
        "後見登記の証明書はどこでとれますか",
    ],
)
def test_school_refusal_among_other_troubles_or_registration_beside_care_stays_in(typed):
    assert not outside_elder_care(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "最近どうも職場の空気がぎくしゃくしていて、自分でもよく分からないけど誰かに聞いてほしい",
        "なんとなく毎日が落ち着かなくて、何がいけないのか分かりません",
    ],
)
def test_a_worry_naming_no_one_and_no_sign_is_no_first_worry_about_dementia(typed):
    assert no_one_nor_sign_named(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "最近、父と話がかみ合わなくて何が問題か分かりません",
        "なんだか最近、同じことを何度も聞かれる",
        "ハハノモノワスレガシンパイ",
        "祖母が夜中に起きて落ち着かない",
    ],
)
def test_a_worry_naming_someone_or_a_sign_is_left_to_the_ranker(typed):
    assert not no_one_nor_sign_named(typed)


def test_kana_care_workplace_words_are_read_as_their_kanji():
    read = unify("わたしの しせつで りようしゃさんに どなる ひとが いる")
    assert "施設" in read and "利用者" in read
    # not inside another word
    assert "施設" not in unify("いしせつめいをうけた")


@pytest.mark.parametrize(
    "typed", ["Is there a support group for dementia families?", "My mother has dementia, any family meeting?"]
)
def test_english_meeting_and_support_group_are_a_gathering(typed):
    assert "集まり" in unify(typed)
